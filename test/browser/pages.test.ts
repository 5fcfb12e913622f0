/**
 * Every page of the example sites in a real browser: at a phone and a desktop size, in light and dark, each page
 * must not scroll sideways, log no errors, fail no requests, load every image, pass axe-core (WCAG 2.1 A and AA),
 * offer a skip link first, show keyboard focus, keep headings in order, and have a theme toggle that persists.
 * Screenshots of every page are written to test-output/screenshots/ for a person to look at.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserUnavailable, launchBrowser } from './browser.js';
import { auditKeyboard, auditLoadedPage, auditThemeToggle, listenForErrors, type Finding } from './page-audit.js';
import { buildSites } from './sites.js';
import { serveFolder, type RunningServer } from './static-server.js';
import { knownDefect } from './known-defects.js';

const AXE = resolve('node_modules/axe-core/axe.min.js');
const SCREENSHOTS = resolve('test-output/screenshots');
const VIEWPORTS = [
  { name: 'mobile', width: 375, height: 812, isMobile: true, hasTouch: true },
  { name: 'desktop', width: 1280, height: 800, isMobile: false, hasTouch: false },
] as const;
const SCHEMES = ['light', 'dark'] as const;

const unavailable = browserUnavailable();
const built = unavailable ? undefined : await buildSites();

describe('pages in a real browser', { skip: unavailable ?? false }, () => {
  let browser: Browser | undefined;
  const servers: RunningServer[] = [];
  after(async () => {
    await browser?.close();
    for (const s of servers) await s.close();
    built?.cleanup();
    console.log(`screenshots: ${SCREENSHOTS}`);
  });

  for (const site of built?.sites ?? []) {
    for (const viewport of VIEWPORTS) {
      describe(`${site.name} at ${viewport.width}×${viewport.height}`, () => {
        let context: BrowserContext, page: Page, origin: string, errors: ReturnType<typeof listenForErrors>;
        test('opens', async () => {
          browser ??= await launchBrowser();
          const server = await serveFolder(site.outDir);
          servers.push(server);
          origin = server.origin;
          context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, isMobile: viewport.isMobile, hasTouch: viewport.hasTouch });
          await context.addInitScript({ path: AXE });
          page = await context.newPage();
          errors = listenForErrors(page);
          assert.ok(site.pages.length > 0, `${site.name} has no pages`);
        });
        for (const url of site.pages) {
          for (const scheme of SCHEMES) {
            test(`${url} ${scheme}`, async (t) => {
              await page.emulateMedia({ colorScheme: scheme });
              await page.goto(origin + url, { waitUntil: 'load' });
              // Keyboard first, on the fresh page, so Tab starts at the top; then focus is dropped for a clean screenshot.
              const findings: Finding[] = [...(await auditKeyboard(page))];
              await page.evaluate('document.activeElement && document.activeElement.blur()');
              findings.push(...(await auditLoadedPage(page)));
              const dir = join(SCREENSHOTS, site.name);
              mkdirSync(dir, { recursive: true });
              await page.screenshot({ path: join(dir, `${slug(url)}-${viewport.name}-${scheme}.png`), fullPage: true });
              // The toggle is part of the layout: it is clicked and reloaded on the home page, and must be visible everywhere.
              findings.push(...(await auditThemeToggle(page, url === '/')));
              findings.push(...errors.take());
              const where = { site: site.name, url, viewport: viewport.name, scheme };
              const expected = findings.filter((f) => knownDefect(where, f));
              const unexpected = findings.filter((f) => !knownDefect(where, f));
              for (const f of expected) {
                await t.test(`${f.check}: ${f.detail}`, { todo: knownDefect(where, f) }, () => assert.fail(f.detail));
              }
              assert.deepEqual(unexpected.map((f) => `${f.check}: ${f.detail}`), []);
            });
          }
        }
        test('closes', async () => {
          await context?.close();
        });
      });
    }
  }
});

function slug(url: string): string {
  return url.replace(/^\/|\/$/g, '').replace(/[^a-zA-Z0-9.-]+/g, '_') || 'index';
}
