// Issue #19, promise 4: addresses with spaces and non-ASCII names are published at their decoded paths and
// written as URLs percent-encoded exactly once — in links, the sitemap, the feeds, canonical and OpenGraph
// URLs, JSON-LD, redirect pages and the search index.
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { readTree, runCli, writeSite } from '../helpers/site.js';
import { parseXml } from '../write/feeds/xml-tree.js';

const SITE = {
  'site.yml': `title: Lab
url: https://t.example/lab
search: true
author:
  name: Ada
navigation:
  - { title: Notes, url: /my notes/ }
  - { title: Course, url: "/teaching/caf%C3%A9/" }
redirects:
  /old cv/: /files/My Paper.pdf
`,
  'pages/index.md': `---
title: Home
---

[pdf](/lab/files/My%20Paper.pdf), [again](</lab/files/My Paper.pdf>), [thesis](/lab/files/论文.pdf), [sure](</lab/files/100% sure.txt>).
`,
  'pages/cafe.md': '---\ntitle: Café\npermalink: /teaching/caf%C3%A9/\nredirect_from: /old cafe/\n---\n\nCoffee.\n',
  'pages/notes.md': '---\ntitle: Notes\npermalink: /my notes/\n---\n\nNotes.\n',
  'posts/2024-05-01-first.md': '---\ntitle: First\npermalink: /posts/first post/\n---\n\nSee [the paper](</lab/files/My Paper.pdf>).\n',
  'static/files/My Paper.pdf': 'pdf\n',
  'static/files/论文.pdf': 'pdf\n',
  'static/files/100% sure.txt': 'txt\n',
};

const hrefs = (html: string) => [...html.matchAll(/<a href="([^"]*)"[^>]*>/g)].map((m) => m[0]);
const tag = (html: string, pattern: RegExp) => pattern.exec(html)?.[0];

test('site paths with spaces and non-ASCII: files at the decoded paths, every URL encoded once', async () => {
  const root = writeSite(SITE);
  try {
    const run = await runCli(['build', root]);
    assert.equal(run.stderr, '');
    assert.equal(run.code, 0);
    const out = join(root, '_site');
    const text = (path: string) => readFileSync(join(out, path), 'utf8');
    const paths = [...readTree(out).keys()].filter((p) => !p.startsWith('pagefind/') && !p.startsWith('assets/'));
    assert.deepEqual(paths, ['.vita-output', '404.html', 'feed.json', 'feed.xml', 'files/100% sure.txt', 'files/My Paper.pdf',
      'files/论文.pdf', 'index.html', 'my notes/index.html', 'old cafe/index.html', 'old cv/index.html', 'posts/first post/index.html',
      'posts/index.html', 'robots.txt', 'sitemap.xml', 'teaching/café/index.html']);

    const sitemap = text('sitemap.xml');
    assert.equal(sitemap, `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://t.example/lab/</loc></url>
  <url><loc>https://t.example/lab/my%20notes/</loc></url>
  <url><loc>https://t.example/lab/posts/</loc></url>
  <url><loc>https://t.example/lab/posts/first%20post/</loc><lastmod>2024-05-01</lastmod></url>
  <url><loc>https://t.example/lab/teaching/caf%C3%A9/</loc></url>
</urlset>
`);
    assert.equal(parseXml(sitemap).children.length, 5);

    const atom = parseXml(text('feed.xml'));
    const entry = atom.children.find((c) => c.name === 'entry')!;
    assert.equal(entry.children.find((c) => c.name === 'id')!.text, 'https://t.example/lab/posts/first%20post/');
    assert.equal(entry.children.find((c) => c.name === 'link')!.attrs.href, 'https://t.example/lab/posts/first%20post/');
    const content = entry.children.find((c) => c.name === 'content')!;
    assert.equal(content.attrs['xml:base'], 'https://t.example/lab/posts/first%20post/');
    assert.equal(content.text, '<p>See <a href="/lab/files/My%20Paper.pdf">the paper</a>.</p>\n');
    const item = (JSON.parse(text('feed.json')) as { items: { id: string; url: string }[] }).items[0]!;
    assert.deepEqual([item.id, item.url], ['https://t.example/lab/posts/first%20post/', 'https://t.example/lab/posts/first%20post/']);

    assert.equal(text('old cafe/index.html'), redirect('/lab/teaching/caf%C3%A9/', 'https://t.example/lab/teaching/caf%C3%A9/'));
    assert.equal(text('old cv/index.html'), redirect('/lab/files/My%20Paper.pdf', 'https://t.example/lab/files/My%20Paper.pdf'));

    const cafe = text('teaching/café/index.html');
    assert.equal(tag(cafe, /<link rel="canonical"[^>]*>/), '<link rel="canonical" href="https://t.example/lab/teaching/caf%C3%A9/">');
    assert.equal(tag(cafe, /<meta property="og:url"[^>]*>/), '<meta property="og:url" content="https://t.example/lab/teaching/caf%C3%A9/">');
    // The navigation marks the current page whether its entry was written encoded or not.
    assert.deepEqual(hrefs(cafe).filter((h) => h.includes('/lab/')), ['<a href="/lab/my%20notes/">',
      '<a href="/lab/teaching/caf%C3%A9/" aria-current="page">']);
    assert.ok(text('my notes/index.html').includes('<a href="/lab/my%20notes/" aria-current="page">'));
    const post = text('posts/first post/index.html');
    assert.match(post, /<script type="application\/ld\+json">\{"@context":"https:\/\/schema.org","@type":"BlogPosting","headline":"First","url":"https:\/\/t.example\/lab\/posts\/first%20post\/"/);
    assert.ok(text('posts/index.html').includes('<a href="/lab/posts/first%20post/">First</a>'));
    // The owner's links, written encoded or not, pass the link check and come out encoded once.
    assert.deepEqual(hrefs(text('index.html')).slice(-4), ['<a href="/lab/files/My%20Paper.pdf">', '<a href="/lab/files/My%20Paper.pdf">',
      '<a href="/lab/files/%E8%AE%BA%E6%96%87.pdf">', '<a href="/lab/files/100%25%20sure.txt">']);

    const fragments = [...readTree(join(out, 'pagefind/fragment')).values()]
      .map((bytes) => (JSON.parse(gunzipSync(bytes).toString('utf8').slice('pagefind_dcd'.length)) as { url: string }).url).sort();
    assert.deepEqual(fragments, ['/', '/my%20notes/', '/posts/first%20post/', '/teaching/caf%C3%A9/']);

    // `vita check` reads the built pages' encoded links back to the files: none is broken (only descriptions are missing).
    const check = await runCli(['check', root]);
    assert.deepEqual([...new Set(check.stderr.match(/\[[a-z-]+\]$/gm))], ['[missing-description]']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a link to a missing file with a space is reported at its decoded path, in either form', async () => {
  const root = writeSite({ ...SITE, 'pages/index.md': '---\ntitle: Home\n---\n\n[a](</files/Old Paper.pdf>) [b](/files/Old%20Paper.pdf)\n' });
  try {
    const run = await runCli(['build', root]);
    assert.equal(run.code, 1);
    const lines = run.stderr.split('\n').filter((l) => l.includes('[broken-link]'));
    assert.deepEqual(lines, [
      'pages/index.md:5:1 error This link points to /files/Old Paper.pdf, which the site does not have. [broken-link]',
      'pages/index.md:5:33 error This link points to /files/Old Paper.pdf, which the site does not have. [broken-link]',
    ]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

function redirect(href: string, canonical: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Redirecting…</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${canonical}">
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<p>This page has moved to <a href="${href}">${canonical}</a>.</p>
</body>
</html>
`;
}

test('a translated page at an address with a space: hreflang links, the language switch and the sitemap encode it once', async () => {
  const root = writeSite({
    'site.yml': 'title: Lab\nurl: https://t.example\nlanguages: [en, zh]\nauthor:\n  name: Ada\n',
    'pages/index.md': '---\ntitle: Home\n---\n\nHi.\n',
    'pages/index.zh.md': '---\ntitle: 首页\n---\n\n你好。\n',
    'pages/notes.md': '---\ntitle: Notes\npermalink: /my notes/\n---\n\nNotes.\n',
    'pages/notes.zh.md': '---\ntitle: 笔记\npermalink: /我的 笔记/\n---\n\n笔记。\n',
  });
  try {
    const run = await runCli(['build', root]);
    assert.equal(run.stderr, '');
    const out = join(root, '_site');
    const text = (path: string) => readFileSync(join(out, path), 'utf8');
    const zh = '/zh/%E6%88%91%E7%9A%84%20%E7%AC%94%E8%AE%B0/';
    assert.deepEqual([...text('my notes/index.html').matchAll(/<link rel="alternate" hreflang[^>]*>/g)].map((m) => m[0]), [
      '<link rel="alternate" hreflang="en" href="https://t.example/my%20notes/">',
      `<link rel="alternate" hreflang="zh" href="https://t.example${zh}">`,
      '<link rel="alternate" hreflang="x-default" href="https://t.example/my%20notes/">',
    ]);
    assert.ok(text('my notes/index.html').includes(`<a href="${zh}" lang="zh" hreflang="zh">`));
    const sitemap = text('sitemap.xml');
    assert.ok(sitemap.includes(`<url><loc>https://t.example${zh}</loc><xhtml:link rel="alternate" hreflang="en" href="https://t.example/my%20notes/"/>`
      + `<xhtml:link rel="alternate" hreflang="zh" href="https://t.example${zh}"/>`
      + '<xhtml:link rel="alternate" hreflang="x-default" href="https://t.example/my%20notes/"/></url>'), sitemap);
    parseXml(sitemap);
    assert.ok(readTree(out).has('zh/我的 笔记/index.html'));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
