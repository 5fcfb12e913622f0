/**
 * The language switcher of examples/bilingual in a real browser: clicking a language lands on the same page in
 * that language (with that `lang` on <html>), or on that language's home page when the page has no translation.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { browserUnavailable, launchBrowser } from './browser.js';
import { listenForErrors } from './page-audit.js';
import { buildInto } from './sites.js';
import { serveFolder, type RunningServer } from './static-server.js';

const unavailable = browserUnavailable();
let browser: Browser | undefined, server: RunningServer | undefined, tmp = '';

before(async () => {
  if (unavailable) return;
  tmp = mkdtempSync(join(tmpdir(), 'vita-switch-'));
  server = await serveFolder(await buildInto(resolve('examples/bilingual'), tmp));
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

// Clicks the switcher's link for `language` and waits for the page it leads to.
async function switchTo(page: Page, language: string): Promise<{ path: string; lang: string | null; current: string | null }> {
  await Promise.all([page.waitForEvent('load'), page.click(`nav.language-switch a[hreflang="${language}"]`)]);
  return {
    path: new URL(page.url()).pathname,
    lang: await page.getAttribute('html', 'lang'),
    current: await page.textContent('nav.language-switch a[aria-current="page"]'),
  };
}

test('the switcher goes to the translated page and back, at phone and desktop widths', { skip: unavailable ?? false }, async () => {
  for (const viewport of [{ width: 375, height: 812 }, { width: 1280, height: 800 }]) {
    const page = await browser!.newPage({ viewport });
    const errors = listenForErrors(page);
    await page.goto(`${server!.origin}/publications/`);
    assert.deepEqual(await switchTo(page, 'zh'), { path: '/zh/publications/', lang: 'zh', current: '简体中文' });
    assert.equal(await page.textContent('h1'), '论文');
    assert.deepEqual(await switchTo(page, 'en'), { path: '/publications/', lang: 'en', current: 'English' });
    // A paper's page exists in English only: Chinese leads to the Chinese home page.
    await page.goto(`${server!.origin}/publications/wang2025toptodown/`);
    assert.deepEqual(await switchTo(page, 'zh'), { path: '/zh/', lang: 'zh', current: '简体中文' });
    assert.deepEqual(errors.take(), []);
    await page.close();
  }
});
