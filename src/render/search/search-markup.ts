import type { Site } from '../../model/types.js';

/** What a search result says a page is; also the values of the `kind` filter. */
export type SearchKind = 'Page' | 'Paper' | 'Post' | 'Talk' | 'Project';

/** How one page appears in site search. */
export interface SearchEntry {
  kind: SearchKind;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; gives the result its date and the `year` filter. */
  date?: string;
}

/** Attributes that mark a page for Pagefind: `main` on <main>, `layout` on the layout around it. */
export interface SearchAttributes {
  main: string;
  layout: string;
}

const NONE: SearchAttributes = { main: '', layout: '' };

/** True when search is on and `url` is not under one of the owner's `exclude` prefixes. */
export function searchIndexes(site: Site, url: string): boolean {
  const search = site.config.search;
  return search !== undefined && !search.exclude.some((prefix) => url.startsWith(prefix));
}

/**
 * The Pagefind attributes for a page: only <main> is indexed (header, sidebar and footer are the same on every
 * page), and a page without them is left out. Pagefind reads one key per attribute, so the date goes on the layout.
 * Empty when search is off, so a site without search gets exactly the HTML it always had. Values are Vita's own
 * kinds and validated dates, never free text.
 */
export function searchAttributes(site: Site, url: string, entry: SearchEntry | undefined): SearchAttributes {
  if (!entry || !searchIndexes(site, url)) return NONE;
  const main = ` data-pagefind-body data-pagefind-meta="kind:${entry.kind}" data-pagefind-filter="kind:${entry.kind}"`;
  const layout = entry.date ? ` data-pagefind-meta="date:${entry.date}" data-pagefind-filter="year:${entry.date.slice(0, 4)}"` : '';
  return { main, layout };
}
