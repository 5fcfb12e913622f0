/**
 * Old addresses after import: entries that had their own page on the old site redirect to where they are now,
 * links inside pages are rewritten to keep working (links.ts), and links that were already broken on the old
 * site are listed in the report and in site.yml `known_broken_links`, so that they warn instead of failing.
 */
import { fencedRanges, inRanges } from './edits.js';
import { isRecord, str } from './config.js';
import { jekyllUrl, urlKey } from './jekyll-urls.js';
import { newPageUrl } from './kept-urls.js';
import { ownPath, rewriteLinks } from './links.js';
import type { OutputPage } from './pages.js';
import type { Report } from './report.js';
import { collisionKey, normalisePermalink } from '../model/permalink.js';

type Rec = Record<string, unknown>;

/** An entry that moved into a data file, and the address it has now. */
export interface MovedEntry {
  rel: string;
  fm: Rec;
  target: string;
}

/** True when `_config.yml` gives collection `name` pages of its own (`output: true`). */
export function collectionHasOutput(config: Rec, name: string): boolean {
  const c = isRecord(config.collections) ? config.collections[name] : undefined;
  return isRecord(c) && c.output === true;
}

/** site.yml `redirects` for entries that had a page on the old site; addresses a page already has are skipped. */
export function entryRedirects(moved: readonly MovedEntry[], config: Rec, taken: Set<string>, report: Report): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { rel, fm, target } of moved) {
    const from = jekyllUrl(rel, fm, config);
    const r = normalisePermalink(from);
    if (!r.ok) continue;
    const key = collisionKey(r.url);
    if (urlKey(from) === urlKey(target)) continue;
    if (taken.has(key)) {
      report.add('addresses', `old address ${from} is taken by a page of the new site: not redirected`, rel);
      continue;
    }
    taken.add(key);
    out[from] = target;
    report.add('addresses', `old address ${from} redirects to ${target}`, rel);
  }
  return out;
}

/**
 * Rewrites every page's links (see links.ts) and reports each change. `statics` are the site paths of the
 * static files (`/talkmap/map.html`), which a link names as they are.
 */
export function keepLinks(pages: OutputPage[], oldUrls: ReadonlyMap<OutputPage, string>, served: ReadonlySet<string>,
  siteBase: string | undefined, report: Report, statics: readonly string[] = []): void {
  const bySource = new Map(pages.map((p) => [p.source, newPageUrl(p)]));
  const byAddress = new Map<string, string>();
  for (const page of pages) {
    for (const url of [newPageUrl(page), oldUrls.get(page)]) if (url) byAddress.set(urlKey(url), newPageUrl(page));
  }
  for (const path of statics) byAddress.delete(urlKey(path));
  for (const page of pages) {
    const ctx = {
      source: page.source, oldUrl: oldUrls.get(page) ?? newPageUrl(page), pageUrlOf: (rel: string) => bySource.get(rel),
      served: (path: string) => served.has(urlKey(path)), pageAt: (path: string) => byAddress.get(urlKey(path)),
      ...(siteBase ? { siteBase } : {}),
    };
    const { text, changes } = rewriteLinks(page.body, ctx, 1);
    page.body = text;
    const mdLinks = changes.filter((c) => /\.(md|markdown)([?#]|$)/i.test(c.from));
    for (const c of mdLinks) report.add('addresses', `link ${c.from} → ${c.to} (the page made from that file)`, page.source);
    const others = changes.length - mdLinks.length;
    if (others) report.add('addresses', `${others} relative or own-domain link(s) made site-relative, resolved as on the old page ${ctx.oldUrl}`, page.source);
  }
}

/**
 * Site paths that pages and data (`[file, value]` pairs) link to but the old site did not serve either: left as written, listed in
 * the report, and returned for site.yml `known_broken_links`.
 */
export function alreadyBroken(pages: readonly OutputPage[], data: readonly [string, unknown][], served: ReadonlySet<string>, siteBase: string | undefined,
  report: Report): string[] {
  const broken = new Set<string>();
  const check = (target: string, source: string) => {
    const own = ownPath(target, siteBase);
    const path = (own ?? target).replace(/[?#].*$/, '');
    if (!path.startsWith('/') || path.startsWith('//') || served.has(urlKey(path)) || broken.has(path)) return;
    broken.add(path);
    const fix = /\.[a-z0-9]{1,5}$/i.test(path) && !/\.html?$/.test(path) ? `; add it under static${path} to fix it` : '';
    const what = own ? `${target} is on the site's own address but was not a page of the old site (another repository's site?)`
      : `${path} is linked to but the old site did not have it either`;
    report.add('missing', `${what}: left as written, and the build warns about it${own ? '' : fix}`, source);
  };
  for (const page of pages) for (const target of bodyLinks(page.body)) check(target, page.source);
  for (const [file, value] of data) for (const target of dataLinks(value)) check(target, file);
  return [...broken].sort();
}

function bodyLinks(text: string): string[] {
  const fences = fencedRanges(text);
  const out: string[] = [];
  const visible = text.replace(/<!--[\s\S]*?-->/g, (c) => ' '.repeat(c.length));
  for (const m of visible.matchAll(/\]\(\s*<?([^)\s>]+)/g)) if (!inRanges(fences, m.index!)) out.push(m[1]!);
  for (const m of visible.matchAll(/\b(?:src|href)\s*=\s*["']([^"']+)["']/g)) if (!inRanges(fences, m.index!)) out.push(m[1]!);
  return out;
}

function dataLinks(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.startsWith('/') && !value.startsWith('//') && !/\s/.test(value)) out.push(value);
  } else if (Array.isArray(value)) value.forEach((v) => dataLinks(v, out));
  else if (isRecord(value)) Object.values(value).forEach((v) => dataLinks(v, out));
  return out;
}

/** The old site's own address with its base path (`https://ann.github.io/site`), from `_config.yml`. */
export function siteBase(config: Rec): string | undefined {
  const url = str(config.url);
  if (!url || !/^https?:\/\/[^/\s]+/i.test(url)) return undefined;
  const base = str(config.baseurl)?.replace(/^\/*/, '/').replace(/\/+$/, '') ?? '';
  return url.replace(/\/+$/, '') + base;
}

/** Rewrites the links in the text fields of data records (bodies, abstracts, descriptions) as in pages. */
export function keepDataLinks(records: readonly Record<string, unknown>[], served: ReadonlySet<string>, siteBase: string | undefined): void {
  const ctx = { source: '', oldUrl: '/', pageUrlOf: () => undefined, served: (path: string) => served.has(urlKey(path)), ...(siteBase ? { siteBase } : {}) };
  for (const r of records) {
    for (const key of ['body', 'abstract', 'description', 'summary', 'text']) {
      if (typeof r[key] === 'string') r[key] = rewriteLinks(r[key] as string, ctx, 1).text;
    }
  }
}
