import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ENGLISH, LOCALES, localeFor } from '../../src/i18n/locales/index.js';
import type { Messages } from '../../src/i18n/messages.js';
import { buildContent, fileText, messages } from '../features/content-site.js';
import { wordySite as site } from './wordy-site.js';

const PAGES = ['index.html', '404.html', 'publications/index.html', 'publications/a/index.html', 'posts/index.html',
  'posts/a/index.html', 'posts/b/index.html', 'talks/index.html', 'cv/index.html', 'posts/tags/index.html'];

/** The fixed parts of an English UI text that the locale words differently (placeholders cut out). */
function englishLeftovers(locale: Messages): string[] {
  const out: string[] = [];
  for (const [key, english] of Object.entries(ENGLISH.messages) as [keyof Messages, string][]) {
    if (locale[key] === english) continue;
    for (const part of english.split(/\{\w+\}/)) if (part.trim().length >= 3) out.push(part.trim());
  }
  return out;
}

test('every shipped locale renders the pages with no English UI word left', async () => {
  for (const locale of LOCALES.filter((l) => l.tag !== 'en')) {
    // With search on, so that the search dialog's words (carried by the search button) are checked too.
    const result = await buildContent(site(locale.tag, 'search: true\n'));
    assert.deepEqual(messages(result), [], locale.tag);
    const leftovers = englishLeftovers(locale.messages);
    for (const page of PAGES) {
      // BibTeX in <pre> is data, not the theme's words (its `and` joins authors in every language); the search
      // index's data-pagefind-* attributes name kinds of result (kind:Paper), never shown as they are.
      const html = fileText(result, page).replace(/<pre[^>]*>[\s\S]*?<\/pre>/g, '').replace(/ data-pagefind-[a-z]+="[^"]*"/g, '');
      assert.match(html, new RegExp(`<html lang="${locale.tag}"`));
      const found = leftovers.filter((word) => new RegExp(`(?<![\\w-])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`).test(html));
      assert.deepEqual(found, [], `${locale.tag} ${page}`);
    }
  }
});

test('the fixture does print the English words, so the check above can fail', async () => {
  const result = await buildContent(site('en'));
  const html = PAGES.map((p) => fileText(result, p)).join('\n');
  const printed = englishLeftovers(localeFor('de')!.messages).filter((w) => html.includes(w));
  for (const word of ['Skip to content', 'Earlier news', 'Present', 'Equal contribution', 'Corresponding author',
    'Copy BibTeX', 'Under review', 'min read', 'Older post', 'Invited talk', 'Page not found', 'Abstract', 'Cite',
    'Research interests', 'Dark theme', 'arXiv preprint', 'Tip', 'Code', 'Slides', 'Curriculum Vitae', 'On this page']) {
    assert.ok(printed.includes(word), word);
  }
});

test('a Chinese site: the words and dates a reader sees', async () => {
  const result = await buildContent(site('zh-CN'));
  const home = fileText(result, 'index.html');
  assert.match(home, /<html lang="zh-CN"/);
  for (const piece of ['<a class="skip-link" href="#main">跳到正文</a>', '<time class="news__date" datetime="2025-05">2025年5月</time>',
    '<summary>更早的动态</summary>', '<span class="timeline__dates">2025年1月 – 至今</span>', '<li class="badge badge--status">审稿中</li>',
    '<summary>等（另有 3 位，包括 <strong class="author__name--owner">Zeqing Wang</strong>）</summary>', '<em>Φ</em>, 第 3 卷, 第 2 期, 第 1–9 页, 2025',
    'data-copied-text="已复制到剪贴板" data-copy-failed-text="复制失败" hidden>复制 BibTeX</button>', '<span>提示</span>',
    'aria-label="表格"', '>代码</a>', '<em>arXiv 预印本</em> arXiv:2401.00001']) {
    assert.ok(home.includes(piece), piece);
  }
  assert.ok(fileText(result, 'posts/a/index.html').includes('<time datetime="2025-05-01">2025年5月1日</time> <span aria-hidden="true">·</span> 更新于 <time datetime="2025-05-02">2025年5月2日</time>'));
  assert.ok(fileText(result, 'publications/index.html').includes('<meta name="description" content="Zeqing Wang的 2 篇论文。">'));
});

test('English pages carry no copy-status words: the theme script has them', async () => {
  const html = fileText(await buildContent(site('en')), 'index.html');
  assert.ok(html.includes('<button type="button" class="copy-button" data-copy-target="pubs-a-bibtex" hidden>Copy BibTeX</button>'));
  const script = readFileSync(new URL('../../theme/vita.js', import.meta.url), 'utf8');
  assert.ok(script.includes(`'${ENGLISH.messages.copied}'`) && script.includes(`'${ENGLISH.messages.copy_failed}'`));
});

test('ui_text replaces single words; a language without a locale keeps English words and says so', async () => {
  const own = await buildContent(site('de', 'ui_text:\n  earlier_news: Frühere Meldungen\n  present: jetzt\n'));
  assert.deepEqual(messages(own), []);
  const home = fileText(own, 'index.html');
  assert.ok(home.includes('<summary>Frühere Meldungen</summary>') && home.includes('Jan. 2025 – jetzt'));
  const dutch = await buildContent(site('nl'));
  assert.deepEqual(messages(dutch), ['site.yml:3:11 warning Vita has no UI words for the language "nl"; the theme\'s words stay in English. [no-ui-locale]']);
  assert.ok(fileText(dutch, 'index.html').includes('<summary>Earlier news</summary>'));
});

test('which locale a language tag gets', () => {
  const pick = (tag: string) => localeFor(tag)?.tag;
  assert.deepEqual(['zh', 'zh-CN', 'zh-Hans-SG', 'zh-TW', 'zh-HK', 'zh-Hant', 'zh-Hant-CN', 'de-AT', 'pt-BR', 'EN-gb', 'nl'].map(pick),
    ['zh-Hans', 'zh-Hans', 'zh-Hans', 'zh-Hant', 'zh-Hant', 'zh-Hant', 'zh-Hant', 'de', 'pt', 'en', undefined]);
});

test('the search dialog\'s words: English ones in its script, another language\'s on the search button', async () => {
  const german = fileText(await buildContent(site('de', 'search: true\n')), 'index.html');
  const words = JSON.parse(/data-search-words="([^"]*)"/.exec(german)![1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
  assert.equal(words.search_title, localeFor('de')!.messages.search_title);
  assert.equal(words.search_first_results, '{count} Treffer, die ersten {shown} werden gezeigt');
  assert.deepEqual(words.short_months, localeFor('de')!.dates.short_months);
  assert.ok(!fileText(await buildContent(site('en', 'search: true\n')), 'index.html').includes('data-search-words'));
  const script = readFileSync(new URL('../../theme/search-dialog.js', import.meta.url), 'utf8');
  for (const [key, english] of Object.entries(ENGLISH.messages)) {
    if (key.startsWith('search_')) assert.ok(script.includes(`${key}: '${english}'`), key);
  }
});
