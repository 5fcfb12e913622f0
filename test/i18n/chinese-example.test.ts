import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../../src/build.js';
import { ENGLISH, localeFor } from '../../src/i18n/locales/index.js';

test('examples/chinese builds clean, in Chinese: lang, words and dates, with the papers of examples/seed', async () => {
  const result = await build({ root: 'examples/chinese', write: false });
  assert.deepEqual(result.diagnostics.map((d) => d.message), []);
  const page = (path: string) => Buffer.from((result.files.find((f) => f.path === path) as { content: Uint8Array }).content).toString('utf8');
  const home = page('index.html');
  assert.match(home, /^<!doctype html>\n<html lang="zh-CN">/);
  const zh = localeFor('zh-CN')!.messages;
  for (const word of [zh.skip_to_content, zh.research_interests, zh.present, zh.earlier_news, zh.equal_contribution]) {
    assert.ok(home.includes(word), word);
  }
  assert.ok(home.includes('<time class="news__date" datetime="2025-05">2025年5月</time>'));
  for (const english of [ENGLISH.messages.skip_to_content, ENGLISH.messages.earlier_news, 'Present', 'Research interests']) {
    assert.ok(!home.includes(english), english);
  }
  assert.ok(page('publications/index.html').includes('<h2 id="pubs-selected">代表性论文</h2>'));
});
