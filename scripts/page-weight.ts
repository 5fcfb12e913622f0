/**
 * Page weight of a built site: per page, the bytes of HTML, CSS, JS, fonts and images it loads (raw and gzip).
 * Fonts are every font file its stylesheets declare: an upper bound, as a browser fetches only the faces it uses.
 * Flags the home page when it weighs more than 50 KB before images or ships more than 3 KB of JavaScript.
 * Usage: node --import tsx scripts/page-weight.ts [site folder, default examples/seed]   (exit 1 when flagged)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readBuiltSite, resolveOutputPath, type BuiltPage, type BuiltSite } from '../src/check/built-site.js';
import { basePathOf } from '../src/check/base-path.js';
import { classifyUrl } from '../src/check/classify-url.js';
import { buildInto } from '../test/browser/sites.js';

export const KINDS = ['html', 'css', 'js', 'fonts', 'images'] as const;
export type Kind = (typeof KINDS)[number];

/** Bytes of one kind: as stored and gzip-compressed (what a server with compression sends). */
export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  url: string;
  bytes: Record<Kind, Bytes>;
}

/** Budgets for the home page, in raw bytes: a phone on a slow network should get the whole page at once. */
export const BUDGET = { beforeImages: 50 * 1024, js: 3 * 1024 };

const FONT = /\.(woff2?|ttf|otf|eot)$/i;
// Inline scripts with a data type (JSON-LD) are not code the browser runs.
const DATA_SCRIPT = /json|template/i;

/** Weighs every page of an output folder (redirect pages skipped); a file used by several pages counts for each. */
export function measurePageWeights(outDir: string): PageWeight[] {
  const site = readBuiltSite(outDir);
  const basePath = basePathOf(site);
  const size = fileSizer(outDir);
  return site.pages.filter((p) => !p.isRedirect).map((page) => {
    const bytes = Object.fromEntries(KINDS.map((k) => [k, { raw: 0, gzip: 0 }])) as Record<Kind, Bytes>;
    const add = (kind: Kind, b: Bytes) => {
      bytes[kind].raw += b.raw;
      bytes[kind].gzip += b.gzip;
    };
    add('html', weigh(Buffer.from(page.html, 'utf8')));
    const seen = new Set<string>();
    const addOnce = (kind: Kind, path: string) => {
      if (seen.has(path)) return;
      seen.add(path);
      add(kind, size(path));
    };
    for (const { kind, path } of resourcesOf(site, page, basePath)) {
      addOnce(kind, path);
      // Fonts are loaded by the stylesheets that declare them.
      if (kind === 'css') for (const font of fontsOf(readFileSync(join(outDir, path), 'utf8'), path, site)) addOnce('fonts', font);
    }
    for (const code of inlineScripts(page)) add('js', weigh(Buffer.from(code, 'utf8')));
    return { url: page.url, bytes };
  });
}

/** Problems of the home page against the budget, as sentences; empty when within it. */
export function homePageFlags(weights: readonly PageWeight[]): string[] {
  const home = weights.find((w) => w.url === '/');
  if (!home) return ['no home page (/) in the output'];
  const flags: string[] = [];
  const before = home.bytes.html.raw + home.bytes.css.raw + home.bytes.js.raw + home.bytes.fonts.raw;
  if (before > BUDGET.beforeImages) flags.push(`home page weighs ${before} bytes (${kb(before)}) before images; budget ${BUDGET.beforeImages} bytes`);
  if (home.bytes.js.raw > BUDGET.js) flags.push(`home page ships ${home.bytes.js.raw} bytes (${kb(home.bytes.js.raw)}) of JavaScript; budget ${BUDGET.js} bytes`);
  return flags;
}

/** A table of raw / gzip kilobytes per page and kind. */
export function formatWeights(weights: readonly PageWeight[]): string {
  const head = ['page'.padEnd(20), ...KINDS.map((k) => k.padStart(16)), 'before images'.padStart(18)].join('');
  const rows = weights.map((w) => {
    const before = { raw: 0, gzip: 0 };
    for (const k of ['html', 'css', 'js', 'fonts'] as const) {
      before.raw += w.bytes[k].raw;
      before.gzip += w.bytes[k].gzip;
    }
    return [w.url.padEnd(20), ...KINDS.map((k) => pair(w.bytes[k]).padStart(16)), pair(before).padStart(18)].join('');
  });
  return [head, ...rows, 'KB raw / gzip; fonts: all declared by the stylesheets (an upper bound)'].join('\n');
}

function resourcesOf(site: BuiltSite, page: BuiltPage, basePath: string): Array<{ kind: Kind; path: string }> {
  const out: Array<{ kind: Kind; path: string }> = [];
  const add = (kind: Kind, url: string | undefined) => {
    if (!url) return;
    const target = classifyUrl(url, page.url, basePath);
    const path = target.kind === 'internal' ? resolveOutputPath(site, target.path) : undefined;
    if (path) out.push({ kind, path });
  };
  for (const tag of page.scan.tags) {
    const rel = tag.attrs.get('rel')?.value.toLowerCase().split(/\s+/) ?? [];
    if (tag.name === 'link' && rel.includes('stylesheet')) add('css', tag.attrs.get('href')?.value);
    else if (tag.name === 'link' && rel.includes('preload') && FONT.test(tag.attrs.get('href')?.value ?? '')) add('fonts', tag.attrs.get('href')?.value);
    else if (tag.name === 'script' && tag.attrs.has('src')) add('js', tag.attrs.get('src')?.value);
    else if (tag.name === 'img') add('images', tag.attrs.get('src')?.value);
  }
  return out;
}

function fontsOf(css: string, cssPath: string, site: BuiltSite): string[] {
  const out: string[] = [];
  for (const m of css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
    if (!FONT.test(m[1]!)) continue;
    const target = classifyUrl(m[1]!, cssPath, '');
    const path = target.kind === 'internal' ? resolveOutputPath(site, target.path) : undefined;
    if (path) out.push(path);
  }
  return out;
}

function inlineScripts(page: BuiltPage): string[] {
  const out: string[] = [];
  const re = /<script(\s[^>]*)?>([\s\S]*?)<\/script\s*>/gi;
  for (const m of page.html.matchAll(re)) {
    const attrs = m[1] ?? '';
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1] ?? '';
    if (!DATA_SCRIPT.test(type) && m[2]!.trim()) out.push(m[2]!);
  }
  return out;
}

function fileSizer(outDir: string): (path: string) => Bytes {
  const cache = new Map<string, Bytes>();
  return (path) => {
    let b = cache.get(path);
    if (!b) cache.set(path, (b = weigh(readFileSync(join(outDir, path)))));
    return b;
  };
}

function weigh(data: Buffer): Bytes {
  return { raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
}

function kb(n: number): string {
  return `${(n / 1024).toFixed(1)} KB`;
}

function pair(b: Bytes): string {
  return `${(b.raw / 1024).toFixed(1)} / ${(b.gzip / 1024).toFixed(1)}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const tmp = mkdtempSync(join(tmpdir(), 'vita-weight-'));
  try {
    const weights = measurePageWeights(await buildInto(resolve(process.argv[2] ?? 'examples/seed'), tmp));
    console.log(formatWeights(weights));
    const flags = homePageFlags(weights);
    for (const f of flags) console.log(`FLAG: ${f}`);
    process.exitCode = flags.length ? 1 : 0;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
