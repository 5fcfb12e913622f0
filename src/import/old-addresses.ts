/** Every address the old site served keeps working: redirects for moved entries, links rewritten to them. */
import {
  collectionHasOutput, entryRedirects, keepDataLinks, keepLinks, siteBase, type MovedEntry,
} from './addresses.js';
import { jekyllUrl, urlKey } from './jekyll-urls.js';
import { claimedAddresses } from './kept-urls.js';
import { collisionKey } from '../model/permalink.js';
import type { PageSources } from './page-sources.js';
import type { Report } from './report.js';

type Rec = Record<string, unknown>;

/** The redirects for site.yml, and every address (as `urlKey`) the old site served. */
export interface OldAddresses {
  redirects: Record<string, string>;
  served: Set<string>;
}

/**
 * Adds redirects from the pages of moved entries (`moved`: source path → front matter; `targets`: source path →
 * new address) and of left-out stock pages, then rewrites the links of pages and `records` to the new addresses.
 */
export function keepOldAddresses(config: Rec, sources: PageSources, statics: readonly string[],
  moved: ReadonlyMap<string, Rec>, targets: ReadonlyMap<string, string>, records: readonly Rec[][], report: Report,
): OldAddresses {
  const { pages, oldUrls, leftOut } = sources;
  const hadPage = (rel: string) => collectionHasOutput(config, rel.split('/')[0]!.slice(1));
  const movedEntries: MovedEntry[] = [...moved].filter(([rel]) => hadPage(rel))
    .map(([rel, fm]) => ({ rel, fm, target: targets.get(rel)! })).filter((m) => m.target);
  // An entry's new page (two entries may share one old permalink) is an address no redirect may take.
  const claimed = claimedAddresses(pages);
  for (const target of targets.values()) claimed.add(collisionKey(target));
  const redirects = entryRedirects([...movedEntries, ...leftOut], config, claimed, report);
  const fixed = ['/feed.xml', '/sitemap.xml', '/404.html'];
  const staticUrls = [...statics.map((rel) => '/' + rel), ...sources.collectionCopies.map((c) => c.url)];
  const served = new Set([...staticUrls, ...oldUrls.values(), ...Object.keys(redirects), ...fixed].map(urlKey));
  for (const page of pages) {
    const from = page.frontMatter.redirect_from;
    for (const url of Array.isArray(from) ? from : []) served.add(urlKey(String(url)));
  }
  for (const [rel, fm] of moved) if (hadPage(rel)) served.add(urlKey(jekyllUrl(rel, fm, config)));
  keepLinks(pages, oldUrls, served, siteBase(config), report, staticUrls);
  for (const list of records) keepDataLinks(list, served, siteBase(config));
  return { redirects, served };
}
