/**
 * Screenshots of the Chinese home pages for docs/i18n.md, from real builds: examples/chinese (a site in Chinese)
 * and the Chinese half of examples/bilingual (/zh/), photographed in Debian's chromium. The top of each page is
 * kept, scaled and saved as a palette PNG in docs/images/. Usage: npx tsx scripts/i18n-screenshots.ts [out-dir]
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from '../src/build.js';
import { formatDiagnostics } from '../src/diagnostics/format.js';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../test/browser/browser.js';
import { serveFolder } from '../test/browser/static-server.js';
import { photograph } from './screenshot-page.js';

const SHOTS = [
  { site: 'chinese', path: '/', file: 'i18n-zh-home.png', width: 1280, height: 900, scheme: 'light', scaleTo: 960 },
  { site: 'chinese', path: '/', file: 'i18n-zh-home-phone-dark.png', width: 375, height: 812, scheme: 'dark', scaleTo: 375 },
  { site: 'bilingual', path: '/zh/', file: 'i18n-bilingual-zh-home.png', width: 1280, height: 900, scheme: 'light', scaleTo: 960 },
  { site: 'bilingual', path: '/zh/', file: 'i18n-bilingual-zh-home-phone-dark.png', width: 375, height: 812, scheme: 'dark', scaleTo: 375 },
] as const;

const outDir = resolve(process.argv[2] ?? 'docs/images');
mkdirSync(outDir, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'vita-i18n-shots-'));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
try {
  for (const site of [...new Set(SHOTS.map((s) => s.site))]) {
    const result = await build({ root: resolve('examples', site), outDir: join(work, site) });
    if (!result.ok) throw new Error(`building examples/${site} failed:\n${formatDiagnostics(result.diagnostics)}`);
    const server = await serveFolder(result.outDir);
    try {
      for (const shot of SHOTS.filter((s) => s.site === site)) {
        await photograph(browser, server.origin + shot.path, shot, join(outDir, shot.file));
      }
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
