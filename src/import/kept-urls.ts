/**
 * What Jekyll tolerated about addresses, settled the way Jekyll settled it: two pages with one permalink
 * (the one Jekyll wrote last wins), redirects to a page's own address, and redirects that a page's address
 * already answers. Every decision is a report line.
 */
import { collisionKey, normalisePermalink, urlFromPagePath } from '../model/permalink.js';
import { str } from './config.js';
import type { OutputPage } from './pages.js';
import type { Report } from './report.js';

/** The address Vita will give an imported page. */
export function newPageUrl(page: OutputPage): string {
  const permalink = str(page.frontMatter.permalink);
  if (permalink) {
    const r = normalisePermalink(permalink);
    if (r.ok) return r.url;
  }
  return page.path.startsWith('posts/') ? `/posts/${page.path.replace(/^posts\/\d{4}-\d{2}-\d{2}-|\.md$/g, '')}/` : urlFromPagePath(page.path);
}

/**
 * Drops the pages Jekyll overwrote (same address; Jekyll wrote files in path order, so the last one won) and
 * the redirects that would collide with a page or another redirect. A page Jekyll did not write at all
 * (`unwritten`: a draft, or a post dated after today without `future: true`) never takes an address from one
 * it wrote. `pages` is changed in place.
 */
export function settleAddresses(pages: OutputPage[], report: Report,
  unwritten: (page: OutputPage) => boolean = () => false): void {
  const owner = new Map<string, OutputPage>();
  const order = (p: OutputPage) => `${unwritten(p) ? 0 : 1}${p.source}`;
  for (const page of [...pages].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0))) {
    const key = collisionKey(newPageUrl(page));
    const earlier = owner.get(key);
    owner.set(key, page);
    if (!earlier) continue;
    const why = unwritten(earlier) ? 'Jekyll did not publish this one (a draft, or dated after today without future: true)'
      : `Jekyll wrote ${page.source} there last`;
    const clash = `has the address ${newPageUrl(page)} of ${page.source} too`;
    // A post that lost its address still showed in the post lists: it keeps its own /posts/slug/ address.
    if (earlier.path.startsWith('posts/')) {
      delete earlier.frontMatter.permalink;
      report.add('addresses', `${clash}; ${why}, so this post is at ${newPageUrl(earlier)}`, earlier.source);
      owner.set(collisionKey(newPageUrl(earlier)), earlier);
    } else {
      const kept = unwritten(earlier) ? `${why}, so only it is kept` : `Jekyll wrote ${page.source} last, so only it is kept`;
      report.add('addresses', `${clash}; ${kept}`, earlier.source);
    }
  }
  const kept = new Set(owner.values());
  for (let i = pages.length - 1; i >= 0; i--) if (!kept.has(pages[i]!)) pages.splice(i, 1);
  const claimed = new Set(owner.keys());
  for (const page of pages) {
    const list = redirectList(page.frontMatter.redirect_from);
    if (!list.length) continue;
    const own = collisionKey(newPageUrl(page));
    const keep: string[] = [];
    for (const from of list) {
      const r = normalisePermalink(from);
      const key = r.ok ? collisionKey(r.url) : undefined;
      if (!key) {
        report.add('addresses', `redirect_from "${from}" is not a path on this site: left out`, page.source);
      } else if (key === own) {
        report.add('addresses', `redirect_from "${from}" is the page's own address: left out`, page.source);
      } else if (claimed.has(key)) {
        report.add('addresses', `redirect_from "${from}" is an address another page or redirect already has: left out`, page.source);
      } else {
        claimed.add(key);
        keep.push(from);
      }
    }
    if (keep.length) page.frontMatter.redirect_from = keep;
    else delete page.frontMatter.redirect_from;
  }
}

/** Every address the imported pages claim (their URLs and redirects), as collision keys. */
export function claimedAddresses(pages: readonly OutputPage[]): Set<string> {
  const out = new Set<string>();
  for (const page of pages) {
    out.add(collisionKey(newPageUrl(page)));
    for (const from of redirectList(page.frontMatter.redirect_from)) {
      const r = normalisePermalink(from);
      if (r.ok) out.add(collisionKey(r.url));
    }
  }
  return out;
}

function redirectList(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(str).filter((x): x is string => !!x);
  const s = str(v);
  return s ? [s] : [];
}

/** Where Jekyll served a page: its redirect from the old address, else its (kept) permalink. */
export function oldUrlOf(page: OutputPage): string {
  const redirects = page.frontMatter.redirect_from;
  if (page.path.startsWith('posts/') && Array.isArray(redirects) && redirects.length) return String(redirects.at(-1));
  const permalink = page.frontMatter.permalink;
  return typeof permalink === 'string' && permalink.startsWith('/') ? permalink : newPageUrl(page);
}

/** Vita needs one slug per post; Jekyll only needed one URL per post: later posts get `-2`, `-3`. */
export function uniquePostSlugs(pages: OutputPage[], report: Report): void {
  const seen = new Set<string>();
  for (const page of pages) {
    const m = /^posts\/(\d{4}-\d{2}-\d{2})-(.+)\.md$/.exec(page.path);
    if (!m) continue;
    let slug = m[2]!;
    for (let n = 2; seen.has(slug); n++) slug = `${m[2]}-${n}`;
    seen.add(slug);
    if (slug === m[2]) continue;
    page.path = `posts/${m[1]}-${slug}.md`;
    report.add('addresses', `another post has the slug "${m[2]}": this one is "${slug}"`, page.source);
  }
}
