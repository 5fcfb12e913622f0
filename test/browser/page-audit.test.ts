/** The browser checks themselves: a page that breaks every rule must produce exactly the expected findings. */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { browserUnavailable, launchBrowser } from './browser.js';
import { auditKeyboard, auditLoadedPage, auditThemeToggle, headingFindings, listenForErrors } from './page-audit.js';
import { serveFolder, type RunningServer } from './static-server.js';

test('headings: one h1 first, no skipped levels', () => {
  assert.deepEqual(headingFindings([1, 2, 3, 2, 3]), []);
  assert.deepEqual(headingFindings([2, 1, 2, 4]).map((f) => f.detail), ['first heading is h2, not h1', 'h2 is followed by h4 (heading 4)']);
  assert.deepEqual(headingFindings([1, 1]).map((f) => f.detail), ['2 h1 elements (expected exactly one); levels 1,1']);
});

const unavailable = browserUnavailable();

describe('a page that breaks every rule', { skip: unavailable ?? false }, () => {
  let browser: Browser, server: RunningServer;
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('is reported check by check', async () => {
    browser = await launchBrowser();
    server = await serveFolder(join(import.meta.dirname, '..', 'fixtures', 'check-browser-bad'));
    const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
    await page.addInitScript({ path: join(process.cwd(), 'node_modules/axe-core/axe.min.js') });
    const errors = listenForErrors(page);
    await page.goto(server.origin + '/', { waitUntil: 'load' });
    const loaded = await auditLoadedPage(page);
    await page.goto(server.origin + '/', { waitUntil: 'load' });
    const keyboard = await auditKeyboard(page);
    const toggle = await auditThemeToggle(page, true);
    const heard = errors.take().map((f) => `${f.check}: ${f.detail.replace(server.origin, '')}`);

    assert.deepEqual(loaded.map((f) => `${f.check}: ${f.detail}`), [
      'overflow: scrolls sideways: scrollWidth 608 > 375, div.wide',
      `images: image did not load: ${server.origin}/missing.png`,
      'axe: color-contrast (serious) at p: Elements must meet minimum color contrast ratio thresholds',
      'headings: h1 is followed by h3 (heading 2)',
    ]);
    assert.deepEqual(keyboard.map((f) => `${f.check}: ${f.detail}`), [
      'skip-link: first Tab stop is <a href="/"> "Home", not a skip link to an existing id',
      'focus-visible: Tab stop 1 <a href="/"> "Home" has no focus indicator (outline none 3px, box-shadow none)',
      'focus-visible: Tab stop 2 <a href="/other/"> "Other" has no focus indicator (outline none 3px, box-shadow none)',
    ]);
    assert.equal(toggle.length, 1);
    assert.match(toggle[0]!.detail, /^no theme toggle found/);
    assert.deepEqual(heard.sort(), [
      'console: console error: Failed to load resource: the server responded with a status of 404 (Not Found)',
      'console: console error: Failed to load resource: the server responded with a status of 404 (Not Found)',
      'console: console error: boom',
      'console: console error: boom',
      'requests: /missing.png answered 404',
      'requests: /missing.png answered 404',
    ]);
  });

  test('a theme toggle that does not remember the choice is caught', async () => {
    const page = await browser.newPage();
    await page.goto(server.origin + '/toggle/', { waitUntil: 'load' });
    assert.deepEqual(await auditThemeToggle(page, false), []);
    assert.deepEqual((await auditThemeToggle(page, true)).map((f) => f.detail), [
      'the choice does not persist: rgb(0, 0, 0) / rgba(0, 0, 0, 0) before reload, rgb(255, 255, 255) / rgba(0, 0, 0, 0) after',
    ]);
  });
});
