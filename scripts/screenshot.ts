/**
 * Screenshots a built site in Debian's chromium: every page given (default: home, publications, 404) at
 * 375 and 1280 px wide, in light and dark, plus the print stylesheet at 800 px. Usage: npx tsx scripts/screenshot.ts <built-site-dir> <out-dir> [url-path…]
 * The site is served from 127.0.0.1 so site-absolute URLs (/assets/…) resolve as they will in production.
 */
import { createServer, type Server } from 'node:http';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp', '.avif': 'image/avif', '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf', '.xml': 'application/xml', '.txt': 'text/plain',
};

function serve(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    } catch {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      try { res.end(readFileSync(join(root, '404.html'))); } catch { res.end('not found'); }
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    done({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  }));
}

const [siteDir, outDir, ...paths] = process.argv.slice(2);
if (!siteDir || !outDir) {
  console.error('usage: tsx scripts/screenshot.ts <built-site-dir> <out-dir> [url-path…]');
  process.exit(2);
}
const pages = paths.length > 0 ? paths : ['/', '/publications/', '/404.html'];
mkdirSync(outDir, { recursive: true });
const { server, origin } = await serve(resolve(siteDir));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const path of pages) {
        await page.goto(origin + path, { waitUntil: 'load' });
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        const name = (path.replace(/\.html$/, '').replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home') + `-${width}-${scheme}.png`;
        await page.screenshot({ path: join(outDir, name), fullPage: true });
        console.log(`${name}${scrollWidth > width ? `  HORIZONTAL OVERFLOW: ${scrollWidth}px` : ''}`);
      }
      await context.close();
    }
  }
  const context = await browser.newContext({ viewport: { width: 800, height: 1100 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.emulateMedia({ media: 'print' });
  for (const path of pages) {
    await page.goto(origin + path, { waitUntil: 'load' });
    const name = (path.replace(/\.html$/, '').replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home') + '-print.png';
    await page.screenshot({ path: join(outDir, name), fullPage: true });
    console.log(name);
  }
  await context.close();
} finally {
  await browser.close();
  server.close();
}
