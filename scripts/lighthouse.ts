/**
 * Lighthouse 12 (mobile settings, the default) against the built example site served on 127.0.0.1: prints the
 * four category scores of the home and publications pages, and the audits that cost points.
 * Usage: node --import tsx scripts/lighthouse.ts [site folder, default examples/seed]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../test/browser/browser.js';
import { buildInto } from '../test/browser/sites.js';
import { serveFolder } from '../test/browser/static-server.js';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The pages the issue names: the home page and the publications page. */
export const PAGES = ['/', '/publications/'];

export interface PageScores {
  path: string;
  /** 0–100 per category; null when Lighthouse could not score it. */
  scores: Record<Category, number | null>;
  /** Audits that scored below 1 in a category, as `category: audit id (title)`. */
  failing: string[];
  /** Errors Lighthouse reported for the run (e.g. the page did not load). */
  runtimeError?: string;
}

/** Runs Lighthouse once per page of `origin` in one chromium; pages are measured one after another. */
export async function runLighthouse(origin: string, paths: readonly string[], categories: readonly Category[] = CATEGORIES): Promise<PageScores[]> {
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS], logLevel: 'error' });
  try {
    const out: PageScores[] = [];
    for (const path of paths) {
      // The full-page screenshot only decorates the HTML report; skipping it saves seconds per page and changes no score.
      const result = await lighthouse(origin + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories], disableFullPageScreenshot: true });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const lhr = result.lhr;
      // Categories not run are null, like ones Lighthouse could not score.
      const scores = Object.fromEntries(CATEGORIES.map((c) => {
        const score = lhr.categories[c]?.score;
        return [c, score === null || score === undefined ? null : Math.round(score * 100)];
      })) as Record<Category, number | null>;
      const failing = CATEGORIES.flatMap((c) => (lhr.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${c}: ${ref.id} (${lhr.audits[ref.id]!.title}) score ${lhr.audits[ref.id]!.score}`));
      out.push({ path, scores, failing, ...(lhr.runtimeError ? { runtimeError: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}) });
    }
    return out;
  } finally {
    chrome.kill();
  }
}

/** Builds `root` into a temporary folder, serves it, and measures `paths`. */
export async function measureSite(root: string, paths: readonly string[] = PAGES, categories: readonly Category[] = CATEGORIES): Promise<PageScores[]> {
  const tmp = mkdtempSync(join(tmpdir(), 'vita-lighthouse-'));
  try {
    const server = await serveFolder(await buildInto(root, tmp));
    try {
      return await runLighthouse(server.origin, paths, categories);
    } finally {
      await server.close();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The scores as a table, then the audits that cost points. */
export function formatScores(results: readonly PageScores[]): string {
  const lines = [`${'page'.padEnd(16)}${CATEGORIES.map((c) => c.padStart(16)).join('')}`];
  for (const r of results) lines.push(`${r.path.padEnd(16)}${CATEGORIES.map((c) => String(r.scores[c] ?? '—').padStart(16)).join('')}`);
  for (const r of results) {
    if (r.runtimeError) lines.push(`${r.path}: runtime error ${r.runtimeError}`);
    for (const f of r.failing) lines.push(`${r.path}: ${f}`);
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = resolve(process.argv[2] ?? 'examples/seed');
  console.log(formatScores(await measureSite(root)));
}
