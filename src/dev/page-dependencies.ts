import { createHash } from 'node:crypto';
import type { Page, Site } from '../model/types.js';
import type { ThemeAssets } from '../render/head/document-head.js';

/**
 * What a rendered page depends on, as digests. A page is rendered again only when its own digest
 * changes, so editing one page re-renders that page, and editing data re-renders the pages that show it.
 */
export interface SharedDigests {
  /** Everything every page shows: config, profile, navigation, footer, analytics, theme assets. */
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
const CHROME_KEYS: ReadonlySet<string> = new Set(['config', 'author', 'navigation', 'footer', 'analytics', 'pages']);

/** Digests of the shared parts of a site, computed once per build. */
export function sharedDigests(site: Site, assets: ThemeAssets): SharedDigests {
  const chrome = digest(JSON.stringify([site.config, site.author, site.navigation, site.footer, site.analytics ?? null, assets]));
  // Every other field, including those that features add to the Site, is data some directive may show.
  const record = site as unknown as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => !CHROME_KEYS.has(k)).sort();
  const data = new Map<string, string>(keys.map((k) => [k, digest(JSON.stringify(record[k]) ?? '')]));
  const listing = site.pages.map((p) => [p.url, p.title, p.date ?? '', p.layout, p.draft, p.description ?? '', p.excerpt ?? '']);
  const everything = digest(JSON.stringify([[...data], listing]));
  return { chrome, data, everything };
}

/** The digest of everything `page` renders from: its own text and front matter, plus what it shows. */
export function pageFingerprint(page: Page, shared: SharedDigests): string {
  const parts = [shared.chrome, JSON.stringify(page)];
  const needs = new Set<string>();
  let unknown = page.layout !== 'page';
  for (const name of directivesIn(page.body)) {
    const keys = DIRECTIVE_DATA[name];
    if (keys === undefined) unknown = true;
    else for (const k of keys) needs.add(k);
  }
  if (unknown) parts.push(shared.everything);
  else for (const k of [...needs].sort()) parts.push(shared.data.get(k) ?? '');
  return digest(parts.join('\n'));
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
