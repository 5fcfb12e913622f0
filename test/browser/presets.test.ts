/**
 * Every theme preset in a real browser: examples/full is built once per preset and its home, publications and
 * CV pages are checked at a phone and a desktop size, in light and dark, with the same audit as every other
 * page (axe-core WCAG 2.1 A and AA, no sideways scrolling, no console errors, no failed requests).
 */
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { PRESETS } from '../../src/validate/schemas/theme.js';
import { browserUnavailable, launchBrowser } from './browser.js';
import { auditLoadedPage, listenForErrors } from './page-audit.js';
import { buildInto } from './sites.js';
import { serveFolder } from './static-server.js';

const AXE = resolve('node_modules/axe-core/axe.min.js');
const PAGES = ['/', '/publications/', '/cv/'];
const VIEWPORTS = [{ width: 375, height: 812 }, { width: 1280, height: 800 }];
const unavailable = browserUnavailable();

describe('theme presets in a real browser', { skip: unavailable ?? false }, () => {
  const work = mkdtempSync(join(tmpdir(), 'vita-presets-'));
  let browser: Browser | undefined;
  after(async () => {
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
  });

  for (const preset of PRESETS) {
    test(`${preset}: ${PAGES.join(' ')} at 375 and 1280 px, light and dark`, async () => {
      const root = join(work, preset, 'site');
      cpSync(resolve('examples/full'), root, { recursive: true });
      appendFileSync(join(root, 'site.yml'), `theme:\n  preset: ${preset}\n`);
      const server = await serveFolder(await buildInto(root, join(work, preset)));
      browser ??= await launchBrowser();
      const findings: string[] = [];
      try {
        for (const viewport of VIEWPORTS) {
          const context = await browser.newContext({ viewport });
          await context.addInitScript({ path: AXE });
          const page = await context.newPage();
          const errors = listenForErrors(page);
          for (const scheme of ['light', 'dark'] as const) {
            await page.emulateMedia({ colorScheme: scheme });
            for (const url of PAGES) {
              await page.goto(server.origin + url, { waitUntil: 'load' });
              for (const f of [...(await auditLoadedPage(page)), ...errors.take()]) findings.push(`${url} ${viewport.width} ${scheme} ${f.check}: ${f.detail}`);
            }
          }
          await context.close();
        }
      } finally {
        await server.close();
      }
      assert.deepEqual(findings, []);
    });
  }
});
