/** The URL Jekyll gave a page, post or collection document, so that old addresses keep working after import. */
import { basename, extname } from 'node:path';
import { isRecord, str } from './config.js';

type Rec = Record<string, unknown>;

/**
 * The old URL of `rel` (a path in the old repository): its front matter `permalink`, else the collection's
 * `permalink` pattern (`/:collection/:path/`), else Jekyll's default for posts (`site.permalink`), pages and
 * collections. Returned as written by Jekyll (`/publication/x`, `/cv/`, `/2020/01/02/post.html`).
 */
export function jekyllUrl(rel: string, fm: Rec, config: Rec): string {
  const permalink = str(fm.permalink);
  if (permalink) return permalink.startsWith('/') ? permalink : '/' + permalink;
  const [top] = rel.split('/');
  const stem = basename(rel, extname(rel));
  if (top === '_pages' || !top!.startsWith('_')) {
    const path = top === '_pages' ? rel.slice('_pages/'.length) : rel;
    return '/' + path.replace(/\.(md|markdown)$/i, '.html').replace(/(^|\/)index\.html$/, '$1');
  }
  const coll = top!.slice(1);
  const collections = isRecord(config.collections) ? config.collections : {};
  const settings = isRecord(collections[coll]) ? (collections[coll] as Rec) : {};
  const dated = /^(\d{4})-(\d{2})-(\d{2})-(.+)$/.exec(stem);
  const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(str(fm.date) ?? '') ?? dated;
  const pattern = coll === 'posts' ? postPattern(str(config.permalink)) : str(settings.permalink) ?? '/:collection/:path';
  const categories = listOf(fm.categories ?? fm.category).map(slugify).join('/');
  // A `slug` in the front matter names the document in its URL; else the file name without its date.
  const name = str(fm.slug) ?? dated?.[4] ?? stem;
  const path = rel.slice(top!.length + 1).replace(/\.[^.]+$/, '');
  const url = pattern
    .replace(/:collection/g, coll).replace(/:path/g, path).replace(/:name/g, slugify(stem))
    .replace(/:title/g, prettySlug(name)).replace(/:slug/g, prettySlug(name))
    .replace(/:categories/g, categories).replace(/:year/g, date?.[1] ?? '').replace(/:month/g, date?.[2] ?? '')
    .replace(/:i_month/g, String(Number(date?.[2] ?? 0))).replace(/:day/g, date?.[3] ?? '')
    .replace(/:i_day/g, String(Number(date?.[3] ?? 0))).replace(/:output_ext/g, '.html');
  return url.replace(/\/{2,}/g, '/');
}

/**
 * One key for the forms GitHub Pages serves alike: `/a/index.html`, `/a.html`, `/a/` and `/a` → `/a`; a page at
 * `/a.html/` (a permalink ending in `.html/`) answered `/a.html` too.
 */
export function urlKey(url: string): string {
  let u = url.replace(/[?#].*$/, '').replace(/\/{2,}/g, '/');
  try {
    u = decodeURI(u);
  } catch {
    // kept as written
  }
  u = u.replace(/\/index\.html?$/, '/').replace(/\/+$/, '').replace(/\.html$/, '');
  return u.startsWith('/') ? u || '/' : '/' + u;
}

// Jekyll's named permalink styles; anything else is a pattern.
function postPattern(p: string | undefined): string {
  if (!p || p === 'date') return '/:categories/:year/:month/:day/:title:output_ext';
  if (p === 'pretty') return '/:categories/:year/:month/:day/:title/';
  if (p === 'ordinal') return '/:categories/:year/:y_day/:title:output_ext';
  if (p === 'none') return '/:categories/:title:output_ext';
  return p;
}

/** Jekyll's default slugify: lower-case, runs of anything but letters, digits, `.`, `_`, `~`, `-` become `-`. */
export function slugify(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}._~-]+/gu, '-').replace(/^-+|-+$/g, '');
}

// Jekyll's `pretty` slug, case kept: what `:title` becomes in a post's URL (`Awesome-RL` stays as written).
function prettySlug(text: string): string {
  return text.replace(/[^\p{L}\p{N}._~!$&'()+,;=@-]+/gu, '-').replace(/^-+|-+$/g, '');
}

function listOf(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(str).filter((x): x is string => !!x);
  return str(v)?.split(/\s+/) ?? [];
}
