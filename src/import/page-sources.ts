/** Every file Jekyll rendered as a page or post → the pages and posts of the new site, at settled addresses. */
import { readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { MovedEntry } from './addresses.js';
import type { ByRole } from './classify.js';
import { publicationType, type CollectionContext } from './collections.js';
import { str } from './config.js';
import { jekyllUrl, urlKey } from './jekyll-urls.js';
import { oldUrlOf, settleAddresses, uniquePostSlugs } from './kept-urls.js';
import { collectionStaticFiles, ownCollectionEntries, STOCK_PAGES } from './own-collections.js';
import { collectionSizes } from './collection-sizes.js';
import { convertPage, convertPost, type OutputPage } from './pages.js';
import { Report } from './report.js';
import { readSourceFile } from './source.js';

/** The converted pages, where Jekyll served each, and the stock pages left out (to redirect). */
export interface PageSources {
  pages: OutputPage[];
  oldUrls: Map<OutputPage, string>;
  leftOut: MovedEntry[];
  /** Markdown and HTML files outside `_` folders without front matter: Jekyll copied them as they are. */
  copied: string[];
  /** Files of `output: true` collections without front matter, and the address Jekyll copied each to. */
  collectionCopies: { rel: string; url: string }[];
}

/**
 * Converts `_pages/`, root pages, the site's own collections, `_posts/` and `_drafts/`, in that order. `today`
 * (`YYYY-MM-DD`) tells which posts Jekyll left unpublished as future ones, unless `_config.yml` has `future: true`.
 */
export function convertPages(src: string, byRole: ByRole, navigation: ReadonlySet<string>,
  ctx: CollectionContext, today: string): PageSources {
  const { config, report, bag } = ctx;
  const pages: OutputPage[] = [];
  const taken = new Set<string>();
  const leftOut: MovedEntry[] = [];
  const copied: string[] = [];
  const own = ownCollectionEntries(src, byRole('other'), config);
  const collectionCopies = collectionStaticFiles(src, byRole('other'), config);
  for (const { rel, url } of collectionCopies) {
    report.add('copied', `no front matter, so Jekyll copied it as it was to ${url}: copied there`, rel);
  }
  ctx.documents = {};
  for (const e of own) {
    (ctx.documents[e.coll] ??= []).push({ title: str(e.fm.title) ?? basename(e.rel, extname(e.rel)), url: e.url });
  }
  // A page's `where: "category"` loop over publications becomes a directive only if the types match exactly.
  ctx.publicationKinds = byRole('publication').map((rel) => {
    const fm = frontMatterOf(src, rel);
    return { category: str(fm.category), type: publicationType(fm) };
  });
  ctx.collectionSizes = collectionSizes(byRole, (rel) => frontMatterOf(src, rel), config.future === true, today);
  for (const rel of byRole('page')) {
    if (/^_pages\/(404|sitemap)\.(md|html)$/.test(rel)) {
      report.add('skipped', 'Vita writes its own 404 page and sitemap', rel);
      continue;
    }
    const stockUrl = STOCK_PAGES.test(rel) ? jekyllUrl(rel, frontMatterOf(src, rel), config) : undefined;
    // A stock page the owner put in the menu stays: they chose to show it.
    if (stockUrl !== undefined && !navigation.has(urlKey(stockUrl))) {
      const what = "the theme's stock archive or demo page, the same in every academicpages fork: left out";
      report.add('skipped', `${what}; its address ${stockUrl} redirects to /`, rel);
      leftOut.push({ rel, fm: { permalink: stockUrl }, target: '/' });
      continue;
    }
    pages.push(convertPage(src, rel, ctx, bag, taken));
  }
  // Jekyll renders Markdown and HTML with front matter anywhere outside `_` folders; the rest it copies.
  for (const rel of byRole('root-page')) {
    if (!/^---[ \t]*\r?\n/.test(readFileSync(join(src, rel), 'utf8'))) copied.push(rel);
    else pages.push(convertPage(src, rel, ctx, bag, taken, { permalink: jekyllUrl(rel, {}, config) }));
  }
  for (const { rel, coll, url } of own) {
    pages.push(convertPage(src, rel, ctx, bag, taken, { dir: `${coll}/`, permalink: url }));
    report.add('addresses', `collection "${coll}" entry → a page at its old address ${url}`, rel);
  }
  for (const [role, draft] of [['post', false], ['draft', true]] as const) {
    for (const rel of byRole(role)) {
      const post = convertPost(src, rel, ctx, bag, draft, draft ? undefined : (fm) => jekyllUrl(rel, fm, config));
      if (post) pages.push(post);
    }
  }
  uniquePostSlugs(pages, report);
  const future = (page: OutputPage) =>
    config.future !== true && page.path.startsWith('posts/') && String(page.frontMatter.date) > today;
  settleAddresses(pages, report, (page) => page.frontMatter.draft === true || future(page));
  const oldUrls = new Map(pages.map((page) => [page, oldUrlOf(page)]));
  return { pages, oldUrls, leftOut, copied, collectionCopies };
}

/** The URLs of the navigation entries, to keep the stock pages the owner linked from the menu. */
export function navigationUrls(site: Record<string, unknown>): Set<string> {
  const nav = Array.isArray(site.navigation) ? (site.navigation as { url?: unknown }[]) : [];
  return new Set(nav.map((n) => urlKey(String(n.url ?? ''))));
}

// Only to learn a stock page's address: its report lines and mistakes do not count, the page is left out.
function frontMatterOf(src: string, rel: string): Record<string, unknown> {
  return readSourceFile(src, rel, new Report(), new DiagnosticBag()).frontMatter;
}
