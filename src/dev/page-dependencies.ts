import { createHash } from 'node:crypto';
import type { Page, Site } from '../model/types.js';
import type { ThemeAssets } from '../render/head/document-head.js';

/**
 * What a rendered page depends on. A page is rendered again only when the page itself or the digest
 * of what it shows changes, so editing one page re-renders that page, and editing data re-renders the
 * pages that show it. This relies on rendering reading nothing but the Site model and the theme
 * assets; if the renderer ever reads files (say, image sizes from static/), their contents belong here.
 */
export interface SharedDigests {
  /** Everything every page shows: config, profile, navigation, footer, analytics, theme settings and files, theme assets. */
  chrome: string;
  /** One digest per kind of data a directive shows. */
  data: ReadonlyMap<string, string>;
  /** All data plus the list of pages: for layouts and directives whose needs we do not know. */
  everything: string;
}

// The Site data each directive reads. A directive missing here (a new one) counts as reading
// everything, so forgetting to add it costs speed, never correctness.
const DIRECTIVE_DATA: Readonly<Record<string, readonly (keyof Site)[]>> = {
  news: ['news'],
  experience: ['experience'],
  education: ['education'],
  honors: ['honors'],
  publications: ['publications', 'venues'],
  note: [], tip: [], important: [], warning: [], caution: [],
};
// Covered by the chrome digest (shown on every page) or by the page listing, not looked up per directive.
const CHROME_KEYS: ReadonlySet<string> = new Set(['config', 'author', 'navigation', 'footer', 'analytics', 'theme', 'pages']);

/** Digests of the shared parts of a site, computed once per build. */
export function sharedDigests(site: Site, assets: ThemeAssets): SharedDigests {
  // The theme's snippets and component templates change every page, so they count as chrome.
  const chrome = digest(JSON.stringify([site.config, site.author, site.navigation, site.footer, site.analytics ?? null, site.theme ?? null, assets]));
  // Every other field, including those that features add to the Site, is data some directive may show.
  const record = site as unknown as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => !CHROME_KEYS.has(k)).sort();
  const data = new Map<string, string>(keys.map((k) => [k, digest(JSON.stringify(record[k]) ?? '')]));
  const listing = site.pages.map((p) => [p.url, p.title, p.date ?? '', p.layout, p.draft, p.description ?? '', p.excerpt ?? '']);
  const everything = digest(JSON.stringify([[...data], listing]));
  return { chrome, data, everything };
}

/** The data a page shows beyond the chrome: Site fields named by its directives, or everything. */
export function pageNeeds(page: Page): readonly string[] | 'everything' {
  if (page.layout !== 'page') return 'everything';
  const needs = new Set<string>();
  for (const name of directivesIn(page.body)) {
    const keys = DIRECTIVE_DATA[name];
    if (keys === undefined) return 'everything';
    for (const k of keys) needs.add(k);
  }
  return [...needs].sort();
}

/** A short key that changes whenever anything in `needs` (or the chrome) changes. */
export function dependencyKey(needs: readonly string[] | 'everything', shared: SharedDigests): string {
  if (needs === 'everything') return `${shared.chrome}|*|${shared.everything}`;
  return [shared.chrome, ...needs.map((k) => shared.data.get(k) ?? '')].join('|');
}

/** Whether two pages are the same input: equal fields, compared structurally (cheap when unchanged). */
export function samePage(a: Page, b: Page): boolean {
  return sameValue(a, b);
}

// Structural equality for the plain data of the model (strings, numbers, booleans, arrays, plain objects).
function sameValue(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  const kx = Object.keys(x), ky = Object.keys(y);
  if (kx.length !== ky.length) return false;
  const rx = x as Record<string, unknown>, ry = y as Record<string, unknown>;
  for (const k of kx) if (!(k in ry) || !sameValue(rx[k], ry[k])) return false;
  return true;
}

/** Names of the directives (`::news`, `:::note`) used in a Markdown body, each once. */
export function directivesIn(body: string): Set<string> {
  const names = new Set<string>();
  for (const m of body.matchAll(/^[ \t]*:{2,}([A-Za-z][\w-]*)/gm)) names.add(m[1]!);
  return names;
}

function digest(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}
