/**
 * Site search in a real browser: examples/full (search on) and a small site under a base path, built with the real
 * pipeline and served locally. The dialog must find papers by their abstract and posts by their tags, be usable
 * from the keyboard, pass axe at phone and desktop widths in both schemes, and never reach past the site's origin.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { build } from '../../src/build.js';
import { formatDiagnostics } from '../../src/diagnostics/format.js';
import { writeSite } from '../helpers/site.js';
import { browserUnavailable, launchBrowser } from './browser.js';
import { listenForErrors } from './page-audit.js';
import { serveFolder, type RunningServer } from './static-server.js';

const unavailable = browserUnavailable();
const AXE = join(process.cwd(), 'node_modules/axe-core/axe.min.js');
const AXE_DIALOG = `axe.run(document.querySelector('dialog.search'), { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] })
  .then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`;

async function buildOrThrow(root: string, outDir: string): Promise<void> {
  const result = await build({ root, outDir });
  if (!result.ok) throw new Error(formatDiagnostics(result.diagnostics));
}

/** Every URL a page requests, to prove none leaves the origin and that search loads nothing until it opens. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => void urls.push(request.url()));
  return urls;
}

// Clearing the field empties the status line first, so that the next status is the answer to `term`.
async function search(page: Page, term: string): Promise<Array<{ href: string; title: string; meta: string }>> {
  await page.fill('#search-input', '');
  await page.waitForFunction(() => document.querySelector('.search__status')?.textContent === '');
  await page.fill('#search-input', term);
  await page.waitForFunction(() => document.querySelector('.search__status')?.textContent !== '');
  return page.$$eval('.search__link', (links) => links.map((a) => ({
    href: a.getAttribute('href') ?? '', title: a.querySelector('.search__title')?.textContent ?? '', meta: a.querySelector('.search__meta')?.textContent ?? '',
  })));
}

describe('site search', { skip: unavailable ?? false }, () => {
  let browser: Browser, full: RunningServer, based: RunningServer, tmp: string;
  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'vita-search-'));
    const lab = writeSite({
      'site.yml': 'title: Lab\nurl: https://example.org/lab\nsearch: true\nauthor:\n  name: Ada Lovelace\n',
      'pages/index.md': '---\ntitle: Home\n---\nWelcome to the lab.\n',
      'posts/2024-03-01-engines.md': '---\ntitle: Notes on engines\ntags: [Machinery]\n---\nThe analytical engine weaves algebraic patterns.\n',
      'data/talks.yml': '- { title: Weaving numbers, event: Royal Society, date: 2024-05-02, description: Jacquard looms and cards. }\n',
    });
    await Promise.all([buildOrThrow(resolve('examples/full'), join(tmp, 'full')), buildOrThrow(lab, join(tmp, 'www/lab'))]);
    rmSync(lab, { recursive: true, force: true });
    [browser, full, based] = await Promise.all([launchBrowser(), serveFolder(join(tmp, 'full')), serveFolder(join(tmp, 'www'))]);
  });
  after(async () => {
    await browser?.close();
    await full?.close();
    await based?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  test('examples/full: finds a paper by its abstract and a post by its tag, from the keyboard, without leaving the origin', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
    await page.addInitScript({ path: AXE });
    const requests = recordRequests(page);
    const errors = listenForErrors(page);
    await page.goto(full.origin + '/', { waitUntil: 'load' });
    assert.deepEqual(requests.filter((u) => /pagefind|search-dialog|search\.[0-9a-f]+\.css/.test(u)), [], 'nothing of search loads before the dialog opens');

    await page.keyboard.press('/');
    await page.waitForSelector('dialog.search[open]');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-input');
    const paper = await search(page, 'holdfasts');
    assert.deepEqual(paper[0], { href: '/publications/okafor2025kelp/', title: 'Kelp forest recovery after marine heatwaves', meta: 'Paper · 2025' });
    assert.equal(await page.textContent('.search__status'), '1 result');

    const tagged = await search(page, 'citizen science');
    assert.ok(tagged.some((r) => r.href === '/posts/what-volunteers-see/' && r.meta === 'Post · 2 Nov 2024'), JSON.stringify(tagged));
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), tagged[0]!.href);
    await page.keyboard.press('ArrowUp');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-input');

    await page.selectOption('#search-kind', 'Talk');
    await page.waitForFunction(() => [...document.querySelectorAll('.search__meta')].every((m) => m.textContent?.startsWith('Talk')));
    assert.deepEqual(await page.$$eval('.search__link', (links) => links.map((a) => a.getAttribute('href'))), ['/talks/#talks-2024']);
    assert.deepEqual(await page.evaluate(AXE_DIALOG), []);

    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog.search', { state: 'hidden', timeout: 5000 });
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('search-button')), true, 'focus returns to the search button');
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog.search[open]');

    assert.deepEqual(requests.filter((u) => !u.startsWith(full.origin + '/')), []);
    assert.deepEqual(errors.take(), []);
    await page.close();
  });

  for (const [width, scheme] of [[375, 'light'], [375, 'dark'], [1280, 'dark']] as const) {
    test(`the open dialog with results passes axe at ${width} px, ${scheme}`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme });
      await page.addInitScript({ path: AXE });
      const errors = listenForErrors(page);
      await page.goto(full.origin + '/posts/', { waitUntil: 'load' });
      await page.click('.search-button');
      await page.waitForSelector('dialog.search[open]');
      assert.ok((await search(page, 'kelp')).length > 1);
      assert.deepEqual(await page.evaluate(AXE_DIALOG), []);
      const box = await page.$eval('dialog.search', (d) => d.getBoundingClientRect().width);
      assert.ok(box <= width, `dialog is ${box} px wide`);
      assert.deepEqual(errors.take(), []);
      await page.close();
    });
  }

  test('under a base path, results link into the base path', async () => {
    const page = await browser.newPage();
    const requests = recordRequests(page);
    const errors = listenForErrors(page);
    await page.goto(based.origin + '/lab/', { waitUntil: 'load' });
    await page.click('.search-button');
    await page.waitForSelector('dialog.search[open]');
    assert.deepEqual(await search(page, 'algebraic'), [{ href: '/lab/posts/engines/', title: 'Notes on engines', meta: 'Post · 1 Mar 2024' }]);
    assert.deepEqual(await search(page, 'jacquard'), [{ href: '/lab/talks/#talks-2024', title: 'Weaving numbers', meta: 'Talk · 2 May 2024' }]);
    await search(page, 'machinery');
    await Promise.all([page.waitForURL(based.origin + '/lab/posts/engines/'), page.keyboard.press('Enter')]);
    assert.equal(await page.textContent('h1'), 'Notes on engines');
    assert.deepEqual(requests.filter((u) => !u.startsWith(based.origin + '/lab/')), []);
    assert.deepEqual(errors.take(), []);
    await page.close();
  });
});
