/**
 * Screenshots of every theme preset for docs/theming.md: examples/full is built once per preset (its site.yml
 * gains `theme: { preset: … }` in a temporary copy) and its home page is photographed in Debian's chromium at
 * 1280 px, light and dark. The top 1280×900 of the page is kept, scaled to 960 px and saved as a palette PNG
 * in docs/images/preset-<name>-<scheme>.png. Usage: npx tsx scripts/preset-screenshots.ts [out-dir]
 */
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from '../src/build.js';
import { formatDiagnostics } from '../src/diagnostics/format.js';
import { PRESETS } from '../src/validate/schemas/theme.js';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../test/browser/browser.js';
import { serveFolder } from '../test/browser/static-server.js';
import { photograph } from './screenshot-page.js';

const outDir = resolve(process.argv[2] ?? 'docs/images');
mkdirSync(outDir, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'vita-presets-'));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
try {
  for (const preset of PRESETS) {
    const root = join(work, preset);
    cpSync(resolve('examples/full'), root, { recursive: true });
    appendFileSync(join(root, 'site.yml'), `theme:\n  preset: ${preset}\n`);
    const result = await build({ root, outDir: join(root, '_site') });
    if (!result.ok) throw new Error(`building examples/full with preset ${preset} failed:\n${formatDiagnostics(result.diagnostics)}`);
    const server = await serveFolder(result.outDir);
    try {
      for (const scheme of ['light', 'dark'] as const) {
        const shot = { width: 1280, height: 900, scheme, scaleTo: 960 };
        await photograph(browser, server.origin + '/', shot, join(outDir, `preset-${preset}-${scheme}.png`));
      }
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
