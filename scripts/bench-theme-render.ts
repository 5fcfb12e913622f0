/**
 * Measures renderPage over many pages of one site, with the per-site chrome cache (one Site object, as in a build)
 * against a cache miss on every page (a fresh Site object each time, i.e. what rendering without the cache costs).
 * Usage: npx tsx scripts/bench-theme-render.ts [pages=2000]
 */
import { renderPage } from '../src/render/layouts/render-page.js';
import { fixturePage, fixtureSite } from '../test/render/components/site-fixture.js';

const count = Number(process.argv[2] ?? 2000);
const assets = { css: '/assets/vita.0123456789.css', js: '/assets/vita.0123456789.js' };
const body = '<p>' + 'A paragraph of rendered Markdown with a <a href="/x/">link</a>. '.repeat(20) + '</p>';
const pages = Array.from({ length: count }, (_, i) =>
  fixturePage({ url: `/posts/p${i}/`, title: `Post ${i}`, layout: i % 2 ? 'page' : 'home', description: `Post number ${i}` }));

function run(label: string, siteFor: () => ReturnType<typeof fixtureSite>): void {
  let bytes = 0;
  const start = process.hrtime.bigint();
  for (const page of pages) bytes += renderPage({ site: siteFor(), page, bodyHtml: body, assets }).length;
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(`${label.padEnd(28)} ${count} pages in ${ms.toFixed(1)} ms  (${((ms * 1000) / count).toFixed(1)} µs/page, ${(bytes / count / 1024).toFixed(1)} KiB/page)`);
}

const shared = fixtureSite();
// Warm up both paths so JIT compilation is not measured.
run('warm-up (cached)', () => shared);
run('warm-up (uncached)', () => fixtureSite());
run('cached chrome (one Site)', () => shared);
run('no cache (fresh Site each)', () => fixtureSite());
