import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildContent, fileText } from '../features/content-site.js';

const page = { 'pages/index.md': '---\ntitle: Ω\n---\n' };
const siteYml = (language: string) => `title: Ω\nurl: https://t.example\nlanguage: ${language}\nauthor:\n  name: Ω\n`;

// The stylesheets an index page loads, and their text.
async function stylesheets(language: string): Promise<string[]> {
  const result = await buildContent({ 'site.yml': siteYml(language), ...page });
  const hrefs = [...fileText(result, 'index.html').matchAll(/<link rel="stylesheet" href="\/([^"]+)">/g)].map((m) => m[1]!);
  return hrefs.map((href) => fileText(result, href));
}

// The declarations of the rule whose selector names `selector`.
function ruleFor(css: string, selector: string): string | undefined {
  const at = css.indexOf(selector);
  return at < 0 ? undefined : css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at));
}

test('Japanese, Korean and Traditional Chinese pages get their own CJK fonts first; Simplified Chinese and English keep vita.css alone', async () => {
  const cases = [['ja', 'body:lang(ja)', '"Hiragino Sans"', '"Noto Sans CJK JP"'], ['ko', 'body:lang(ko)', '"Apple SD Gothic Neo"', '"Noto Sans CJK KR"'],
    ['zh-Hant', 'body:lang(zh-Hant)', '"PingFang TC"', '"Noto Sans CJK TC"'], ['zh-TW', 'body:lang(zh-TW)', '"PingFang TC"', '"Noto Sans CJK TC"']] as const;
  for (const [language, selector, ...fonts] of cases) {
    const rule = ruleFor((await stylesheets(language)).join('\n'), selector);
    assert.ok(rule, `${language}: ${selector}`);
    for (const font of fonts) assert.ok(rule.includes(font), `${language}: ${font}`);
    assert.ok(!rule.includes('SC"'), `${language}: no Simplified Chinese font in its stack`);
  }
  assert.equal((await stylesheets('zh-Hans')).length, 1, 'vita.css alone: its stack puts Simplified Chinese fonts first');
  assert.equal((await stylesheets('en')).length, 1);
});
