import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { startDev } from '../../src/dev/dev-session.js';
import { browserUnavailable, launchBrowser } from '../browser/browser.js';

const skip = browserUnavailable();
const PAGE = (text: string, extra = '') => `---\ntitle: Home\n---\n<link rel="stylesheet" href="/css/custom.css">\n\n${text}\n${extra}`;

describe('the dev client in a real browser', { timeout: 90_000, skip }, () => {
  test('swaps CSS in place, reloads on edits, shows and clears the escaped overlay', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vita-dev-browser-'));
    mkdirSync(join(dir, 'pages'));
    mkdirSync(join(dir, 'static/css'), { recursive: true });
    writeFileSync(join(dir, 'site.yml'), 'title: Browser\nurl: https://example.org\nauthor:\n  name: Ada Tester\n');
    writeFileSync(join(dir, 'pages/index.md'), PAGE('Version one.'));
    writeFileSync(join(dir, 'static/css/custom.css'), '.page__body { color: rgb(255, 0, 0) }\n');
    const started = await startDev({ root: dir, cwd: dir, host: '127.0.0.1', port: 0, color: false, log: () => {}, report: () => {} });
    assert.ok(started.ok);
    const dev = started.session;
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(dev.server.url);
      const connected = async (): Promise<void> => {
        for (let i = 0; i < 200 && dev.server.events.size === 0; i++) await new Promise((r) => setTimeout(r, 50));
      };
      await connected();
      const color = () => page.evaluate(() => getComputedStyle(document.querySelector('.page__body')!).color);
      assert.equal(await color(), 'rgb(255, 0, 0)');
      await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));

      writeFileSync(join(dir, 'static/css/custom.css'), '.page__body { color: rgb(0, 0, 255) }\n');
      await page.waitForFunction(() => getComputedStyle(document.querySelector('.page__body')!).color === 'rgb(0, 0, 255)', undefined, { timeout: 20_000 });
      assert.equal(await page.evaluate(() => (window as unknown as { marker?: number }).marker), 1, 'no reload for a stylesheet');
      assert.equal(await page.evaluate(() => document.querySelectorAll('link[href*="/css/custom.css"]').length), 1, 'the old link is removed');

      await Promise.all([page.waitForEvent('load', { timeout: 20_000 }), writeFileSync(join(dir, 'pages/index.md'), PAGE('Version two.'))]);
      assert.match(await page.evaluate(() => document.body.textContent ?? ''), /Version two\./);
      await connected();

      writeFileSync(join(dir, 'pages/index.md'), PAGE('Version three.', '\n::oops{x="<b>bold</b>"}\n'));
      await page.waitForSelector('vita-error-overlay', { state: 'attached', timeout: 20_000 });
      const overlay = await page.evaluate(() => {
        const root = document.querySelector('vita-error-overlay')!.shadowRoot!;
        return { loc: root.querySelector('.loc')?.textContent, frame: root.querySelector('pre')?.textContent, bolds: root.querySelectorAll('pre b').length };
      });
      assert.equal(overlay.loc, 'pages/index.md:8:1');
      assert.match(overlay.frame ?? '', /> 8 \| ::oops\{x="<b>bold<\/b>"\}/);
      assert.equal(overlay.bolds, 0, 'the code frame is text, not markup');
      assert.match(await page.evaluate(() => document.body.textContent ?? ''), /Version two\./, 'the last good page stays');

      await Promise.all([page.waitForEvent('load', { timeout: 20_000 }), writeFileSync(join(dir, 'pages/index.md'), PAGE('Version four.'))]);
      assert.match(await page.evaluate(() => document.body.textContent ?? ''), /Version four\./);
      assert.equal(await page.evaluate(() => document.querySelector('vita-error-overlay')), null);
    } finally {
      await browser.close();
      await dev.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
