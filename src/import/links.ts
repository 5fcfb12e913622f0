/**
 * Links in an imported page that pointed somewhere on the old site keep pointing there: `*.md` links become
 * the target page's address (GitHub Pages' relative-links behaviour), relative links are resolved against
 * the page's old URL (Vita gives every page a folder URL), `//files/x` left by a base path becomes
 * `/files/x`, and links to the old site's own address become site-relative when the old site had the page.
 */
import { posix } from 'node:path';
import { fencedRanges, inRanges, lineAt, makeDoc, mergeRanges } from './edits.js';

export interface LinkContext {
  /** The old site's file the page came from, e.g. `_pages/about.md`. */
  source: string;
  /** The URL Jekyll served the page at, e.g. `/about/` or `/cv`. */
  oldUrl: string;
  /** The new address of a page made from an old site's file, by its path (`_pages/cv.md`). */
  pageUrlOf: (rel: string) => string | undefined;
  /** The old site's address with its base path (`https://ann.github.io/site`), if any. */
  siteBase?: string;
  /** True for a path the old site served; own-domain links elsewhere (a sibling project's site) stay as written. */
  served: (path: string) => boolean;
  /** The new address of the page the old site served at `path` (`/teaching.html` → `/teaching/`), if a page. */
  pageAt?: (path: string) => string | undefined;
}

/** One rewritten link, for the report. */
export interface LinkChange {
  from: string;
  to: string;
  line: number;
}

const MD_LINK = /(\]\(\s*<?)([^)\s>]+)(>?(?:\s+"[^"]*")?\s*\))/g;
const ATTR_LINK = /(\b(?:src|href)\s*=\s*)(["'])([^"']*)\2/g;

/** Rewrites the links of `text`; returns the new text and what changed. Fenced code is left alone. */
export function rewriteLinks(text: string, ctx: LinkContext, firstLine: number): { text: string; changes: LinkChange[] } {
  // Code and HTML comments show or hide text as written; links in them are not followed.
  const comments = [...text.matchAll(/<!--[\s\S]*?-->/g)].map((m): [number, number] => [m.index!, m.index! + m[0].length]);
  const fences = mergeRanges([...fencedRanges(text), ...comments]);
  const changes: LinkChange[] = [];
  const doc = makeDoc(text, firstLine);
  const lineOf = (offset: number) => lineAt(doc, offset);
  const fix = (href: string, offset: number): string => {
    if (inRanges(fences, offset)) return href;
    const to = rewriteHref(href, ctx);
    if (to !== href) changes.push({ from: href, to, line: lineOf(offset) });
    return to;
  };
  let out = text.replace(MD_LINK, (whole, open: string, href: string, close: string, offset: number) => open + fix(href, offset) + close);
  out = out.replace(ATTR_LINK, (whole, attr: string, quote: string, href: string, offset: number) => attr + quote + fix(href, offset) + quote);
  return { text: out, changes };
}

/** The link as it should be written in the new site. */
export function rewriteHref(href: string, ctx: LinkContext): string {
  let h = href.trim();
  if (!h || h.startsWith('#') || /^(mailto|tel|data|javascript):/i.test(h)) return href;
  const own = ownPath(h, ctx.siteBase);
  if (own !== undefined) {
    if (!ctx.served(own.replace(/[?#].*$/, ''))) return href;
    h = own;
  }
  // `{{ base_path }}/files/x` read `//files/x` once the base path was removed: not a host name.
  if (/^\/\/[^/.]+(\/|$)/.test(h)) h = h.replace(/^\/+/, '/');
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(h)) return href;
  const [path, suffix = ''] = splitSuffix(h);
  if (/\.(md|markdown)$/i.test(path)) {
    const target = markdownTarget(path, ctx);
    if (target) return target + suffix;
  }
  if (!path) return h;
  // Relative: resolve as the browser did on the old page's URL.
  const base = ctx.oldUrl.endsWith('/') ? ctx.oldUrl : posix.dirname(ctx.oldUrl) + '/';
  const site = path.startsWith('/') ? path.replace(/\/{2,}/g, '/') : posix.normalize(posix.join(base, path));
  // `/teaching.html` answered with the page Jekyll wrote at `/teaching/`; Vita writes no `.html` twin.
  const page = /\.html$/.test(site) ? ctx.pageAt?.(site) : undefined;
  return (page ?? site) + suffix;
}

/** `https://ann.github.io/site//files/x.pdf` → `/files/x.pdf` when it is on the old site's own address. */
export function ownPath(href: string, siteBase: string | undefined): string | undefined {
  if (!siteBase) return undefined;
  const bare = siteBase.replace(/^https?:\/\//i, '').replace(/\/+$/, '').toLowerCase();
  const m = /^https?:\/\/([^?#]*)/i.exec(href);
  if (!m) return undefined;
  const rest = m[1]!;
  if (rest.toLowerCase() !== bare && !rest.toLowerCase().startsWith(bare + '/')) return undefined;
  const scheme = /^https?:\/\//i.exec(href)![0].length;
  return ('/' + href.slice(scheme + bare.length)).replace(/^\/+/, '/');
}

// A `*.md` link names a file of the repository, relative to the linking file (or to the root with `/`).
function markdownTarget(path: string, ctx: LinkContext): string | undefined {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // kept as written
  }
  const rel = decoded.startsWith('/') ? decoded.slice(1) : posix.normalize(posix.join(posix.dirname(ctx.source), decoded));
  for (const candidate of [rel, `_pages/${posix.basename(rel)}`, posix.basename(rel)]) {
    const url = ctx.pageUrlOf(candidate);
    if (url) return url;
  }
  return undefined;
}

function splitSuffix(href: string): [string, string] {
  const i = href.search(/[?#]/);
  return i < 0 ? [href, ''] : [href.slice(0, i), href.slice(i)];
}
