import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildContent, fileText, messages } from '../features/content-site.js';

const SITE_YML = `title: { en: Ada Lovelace, de: Ada Lovelace (Deutsch) }
url: https://ada.example.org/lab
languages: [en, de, zh-Hans]
author:
  name: Ada Lovelace
  native_name: 艾达
  position: { en: Analyst, de: Analytikerin }
navigation:
  - { title: { en: About, de: Über mich, zh-Hans: 关于 }, url: / }
  - { title: { en: Notes, de: Notizen }, url: /notes/ }
  - { title: { en: Talks }, url: /talks/ }
ui_text:
  earlier_news: { en: Older news, de: Ältere Meldungen }
`;

const FILES = {
  'site.yml': SITE_YML,
  'pages/index.md': '---\ntitle: Home\n---\n\n::news{limit=3}\n',
  'pages/index.de.md': '---\ntitle: Startseite\n---\n\n::news{limit=3}\n',
  'pages/zh-hans/index.md': '---\ntitle: 首页\npermalink: /\n---\n\n::news{limit=3}\n',
  'pages/notes.md': '---\ntitle: Notes\n---\n\nEnglish notes.\n',
  'pages/notes.de.md': '---\ntitle: Notizen\n---\n\nDeutsche Notizen.\n',
  'pages/talks.md': '---\ntitle: Talks\n---\n\nOnly in English.\n',
  'pages/zh-hans/only.md': '---\ntitle: 只有中文\n---\n\n只有中文。\n',
  'data/news.yml': [
    '- { date: 2025-05, text: { en: A paper in English, de: Ein Aufsatz auf Deutsch } }',
    '- { date: 2025-04, text: Only one language }',
    '- { date: 2025-03, text: a }', '- { date: 2025-02, text: b }', '- { date: 2025-01, text: c }', '- { date: 2024-12, text: d }',
  ].join('\n') + '\n',
};

const PAGES: Record<string, string> = {
  'index.html': '/', 'de/index.html': '/de/', 'zh-hans/index.html': '/zh-hans/',
  'notes/index.html': '/notes/', 'de/notes/index.html': '/de/notes/', 'talks/index.html': '/talks/', 'zh-hans/only/index.html': '/zh-hans/only/',
};

const hreflangs = (html: string) => [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => `${m[1]} ${m[2]}`);

test('a multilingual site: each language under its folder, with its lang, words and translated data', async () => {
  const result = await buildContent(FILES);
  assert.deepEqual(messages(result), []);
  const html = result.paths.filter((p) => p.endsWith('.html')).sort();
  assert.deepEqual(html, ['404.html', ...Object.keys(PAGES)].sort());
  const de = fileText(result, 'de/index.html');
  assert.match(de, /^<!doctype html>\n<html lang="de">/);
  assert.match(fileText(result, 'zh-hans/index.html'), /^<!doctype html>\n<html lang="zh-Hans">/);
  assert.ok(de.includes('<a class="site-title" href="/lab/de/">Ada Lovelace (Deutsch)</a>'));
  assert.ok(de.includes('<li><a href="/lab/de/" aria-current="page">Über mich</a></li><li><a href="/lab/de/notes/">Notizen</a></li><li><a href="/lab/talks/">Talks</a></li>'));
  assert.ok(de.includes('Ein Aufsatz auf Deutsch'));
  assert.ok(de.includes('Only one language'), 'a value given once is the same in every language');
  assert.ok(de.includes('Analytikerin'));
  assert.ok(de.includes('<summary>Ältere Meldungen</summary>'));
  const zh = fileText(result, 'zh-hans/index.html');
  assert.ok(zh.includes('<span class="news__text" lang="en">A paper in English</span>'), 'no Chinese text: the default language\'s, marked');
  assert.ok(de.includes('<span class="news__text">Ein Aufsatz auf Deutsch</span>'), 'a translated text carries no lang of its own');
  assert.ok(de.includes('<span class="news__text">Only one language</span>'), 'a value given once is in no known language');
  assert.ok(zh.includes('<summary>更早的动态</summary>'), 'ui_text in English and German leaves the shipped Chinese words');
  assert.ok(zh.includes('<li><a href="/lab/zh-hans/" aria-current="page">关于</a></li><li><a href="/lab/notes/">Notes</a></li>'));
  assert.ok(fileText(result, 'index.html').includes('<summary>Older news</summary>'));
});

test('every page links each of its versions and x-default, both ways', async () => {
  const result = await buildContent(FILES);
  const expected: Record<string, string[]> = {
    '/': ['en /', 'de /de/', 'zh-Hans /zh-hans/', 'x-default /'],
    '/notes/': ['en /notes/', 'de /de/notes/', 'x-default /notes/'],
    '/talks/': ['en /talks/', 'x-default /talks/'],
    '/zh-hans/only/': ['zh-Hans /zh-hans/only/', 'x-default /zh-hans/only/'],
  };
  for (const [path, url] of Object.entries(PAGES)) {
    const versions = Object.values(expected).find((v) => v.some((line) => line.endsWith(` ${url}`)))!;
    const full = versions.map((line) => line.replace(' /', ' https://ada.example.org/lab/'));
    assert.deepEqual(hreflangs(fileText(result, path)), full, path);
  }
  const sitemap = fileText(result, 'sitemap.xml');
  assert.ok(sitemap.includes('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'));
  assert.ok(sitemap.includes('<url><loc>https://ada.example.org/lab/de/notes/</loc>' +
    '<xhtml:link rel="alternate" hreflang="en" href="https://ada.example.org/lab/notes/"/>' +
    '<xhtml:link rel="alternate" hreflang="de" href="https://ada.example.org/lab/de/notes/"/>' +
    '<xhtml:link rel="alternate" hreflang="x-default" href="https://ada.example.org/lab/notes/"/></url>'));
});

test('the language switcher leads to the same page in each language, else to that language\'s home page', async () => {
  const result = await buildContent(FILES);
  const switcher = (path: string) => /<nav class="language-switch"[\s\S]*?<\/nav>/.exec(fileText(result, path))?.[0];
  assert.equal(switcher('de/notes/index.html'), '<nav class="language-switch" aria-label="Sprachen"><ul>' +
    '<li><a href="/lab/notes/" lang="en" hreflang="en">English</a></li>' +
    '<li><a href="/lab/de/notes/" lang="de" hreflang="de" aria-current="page">Deutsch</a></li>' +
    '<li><a href="/lab/zh-hans/" lang="zh-Hans" hreflang="zh-Hans">简体中文</a></li></ul></nav>');
  assert.match(switcher('talks/index.html')!, /<a href="\/lab\/talks\/" lang="en" hreflang="en" aria-current="page">English<\/a>.*<a href="\/lab\/de\/" lang="de"/);
});

test('a site with one language is unchanged: no switcher, no hreflang, no xhtml in the sitemap', async () => {
  const result = await buildContent({ 'pages/index.md': '---\ntitle: Home\n---\n', 'pages/about.en.md': '---\ntitle: About\n---\n' });
  assert.deepEqual(messages(result), []);
  const home = fileText(result, 'index.html');
  assert.ok(!home.includes('hreflang') && !home.includes('language-switch'));
  assert.ok(!fileText(result, 'sitemap.xml').includes('xhtml'));
  assert.ok(result.paths.includes('about/index.html'), 'a suffix naming the site\'s one language is the page itself');
});
