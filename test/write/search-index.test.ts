import assert from 'node:assert/strict';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { build, type BuildResult } from '../../src/build.js';
import { finished, spawnSourceBuild } from '../build/child-build.js';
import { fileText, messages } from '../features/content-site.js';
import { writeSite } from '../helpers/site.js';

// Every kind of page: indexed ones (home, a page, a paper, a post, a talk as a record) and ones that must not be
// (a draft page and post, a tag page, a redirect, 404, the lists, and a page under an excluded prefix).
const FILES = {
  'pages/index.md': '---\ntitle: Home\nlayout: home\n---\nWelcome.\n',
  'pages/engines.md': '---\ntitle: Engines\nredirect_from: [/machines/]\n---\nOn engines.\n',
  'pages/private/diary.md': '---\ntitle: Diary\n---\nNot for search.\n',
  'pages/wip.md': '---\ntitle: Work in progress\ndraft: true\n---\nUnfinished.\n',
  'posts/2024-03-01-looms.md': '---\ntitle: Looms\ntags: [Weaving]\n---\nCards drive the loom.\n',
  'posts/2024-04-01-secret.md': '---\ntitle: Secret\ndraft: true\n---\nShh.\n',
  'publications.bib': '@article{ada1843, title = {Notes on the engine}, author = {Lovelace, Ada}, journal = {Memoirs}, year = {1843},\n  abstract = {Bernoulli numbers by machine.}}\n',
  'data/talks.yml': '- { title: Numbers by machine, event: Royal Society, date: 1843-06-02 }\n',
};

async function buildWith(search: string): Promise<BuildResult> {
  const root = writeSite({ 'site.yml': `title: Ada\nurl: https://ada.example.org\nauthor:\n  name: Ada Lovelace\n${search}`, ...FILES });
  try {
    return await build({ root, write: false, drafts: true, today: '2025-01-01' });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const mainTag = (html: string) => /<main[^>]*>/.exec(html)?.[0];
const layoutTag = (html: string) => /<div class="layout[^>]*>/.exec(html)?.[0];

test('search marks the pages to index, leaves out drafts, tags, redirects, 404, lists and excluded paths, and writes the index', async () => {
  const result = await buildWith('search:\n  exclude: [/private/]\n');
  assert.deepEqual(messages(result), []);
  const marked = (kind: string) => `<main id="main" class="main" data-pagefind-body data-pagefind-meta="kind:${kind}" data-pagefind-filter="kind:${kind}">`;
  assert.equal(mainTag(fileText(result, 'index.html')), marked('Page'));
  assert.equal(mainTag(fileText(result, 'engines/index.html')), marked('Page'));
  assert.equal(mainTag(fileText(result, 'publications/ada1843/index.html')), marked('Paper'));
  assert.equal(layoutTag(fileText(result, 'publications/ada1843/index.html')), '<div class="layout layout--page" data-pagefind-meta="date:1843" data-pagefind-filter="year:1843">');
  assert.equal(mainTag(fileText(result, 'posts/looms/index.html')), marked('Post'));
  assert.equal(layoutTag(fileText(result, 'posts/looms/index.html')), '<div class="layout layout--page" data-pagefind-meta="date:2024-03-01" data-pagefind-filter="year:2024">');
  for (const path of ['wip/index.html', 'posts/secret/index.html', 'posts/tags/weaving/index.html', 'posts/tags/index.html', 'machines/index.html',
    '404.html', 'publications/index.html', 'posts/index.html', 'talks/index.html', 'private/diary/index.html']) {
    assert.ok(!fileText(result, path).includes('data-pagefind'), path);
  }

  // Pagefind's search library and the index, without its ready-made UIs; one fragment per indexed page and talk.
  const index = result.paths.filter((p) => p.startsWith('pagefind/'));
  const top = index.filter((p) => !p.slice('pagefind/'.length).includes('/')).map((p) => p.replace(/_[0-9a-f]+\.pf_meta$/, '_<hash>.pf_meta')).sort();
  assert.deepEqual(top, ['pagefind/pagefind-entry.json', 'pagefind/pagefind-worker.js', 'pagefind/pagefind.en_<hash>.pf_meta', 'pagefind/pagefind.js',
    'pagefind/wasm.en.pagefind', 'pagefind/wasm.unknown.pagefind']);
  assert.equal(index.filter((p) => p.startsWith('pagefind/fragment/')).length, 5);
  assert.ok(result.timings.some((t) => t.step === 'indexing for search'));
  // The header gets the button; every page loads the small boot script, never the dialog itself.
  const home = fileText(result, 'index.html');
  assert.match(home, /<button class="theme-toggle search-button" type="button" aria-haspopup="dialog" aria-keyshortcuts="\/ Control\+K Meta\+K" data-search-dialog="\/assets\/search-dialog\.[0-9a-f]{10}\.js" data-search-css="\/assets\/search\.[0-9a-f]{10}\.css" data-search-base="\/" hidden>/);
  assert.match(home, /<script src="\/assets\/search-boot\.[0-9a-f]{10}\.js" defer><\/script>/);
  assert.ok(!home.includes('<script src="/assets/search-dialog'));
});

for (const setting of ['', 'search: false\n', 'search:\n  enabled: false\n']) {
  test(`without search (${JSON.stringify(setting)}) there is no index, no button, no script and no Pagefind markup`, async () => {
    const result = await buildWith(setting);
    assert.deepEqual(messages(result), []);
    assert.deepEqual(result.paths.filter((p) => p.startsWith('pagefind/') || p.includes('search')), []);
    assert.ok(!result.timings.some((t) => t.step === 'indexing for search'));
    for (const path of result.paths.filter((p) => p.endsWith('.html'))) {
      const html = fileText(result, path);
      assert.ok(!/data-pagefind|search-button|search-boot/.test(html), path);
    }
  });
}

test('when Pagefind cannot run, the build reports search-index-failed with what to do, and writes nothing', async () => {
  const root = writeSite({ 'site.yml': 'title: Ada\nurl: https://ada.example.org\nsearch: true\nauthor:\n  name: Ada Lovelace\n', ...FILES });
  try {
    // Pagefind's own override of where its binary is, pointed at nothing: what a missing platform package looks like.
    const env = { ...process.env, PAGEFIND_EXTENDED_BINARY_PATH: join(root, 'no-such-binary') };
    const run = await finished(spawnSourceBuild([root], { env }));
    assert.equal(run.code, 1);
    assert.equal(run.stderr, "site.yml error Building the search index failed: Pagefind's program for this machine is missing. [search-index-failed]\n" +
      `  hint: Search runs Pagefind, which comes with Vita as the npm package @pagefind/${process.platform}-${process.arch}: reinstall Vita ` +
      '(npm install) so it is there, or set `search: false` in site.yml to build without search.\n\n1 error\n\n' +
      'Build failed; nothing was written (the previous _site/ is untouched).\n');
    assert.equal(existsSync(join(root, '_site')), false);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
