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
import sharp from 'sharp';
import { build } from '../src/build.js';
import { formatDiagnostics } from '../src/diagnostics/format.js';
import { PRESETS } from '../src/validate/schemas/theme.js';
import { serveFolder } from '../test/browser/static-server.js';

const outDir = resolve(process.argv[2] ?? 'docs/images');
mkdirSync(outDir, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'vita-presets-'));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
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
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
        const page = await context.newPage();
        await page.goto(server.origin + '/', { waitUntil: 'load' });
        const shot = await page.screenshot({ fullPage: false });
        const file = join(outDir, `preset-${preset}-${scheme}.png`);
        await sharp(shot).resize({ width: 960 }).png({ palette: true, quality: 90, compressionLevel: 9, effort: 10 }).toFile(file);
        console.log(file);
        await context.close();
      }
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
