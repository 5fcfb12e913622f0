/** `_pages/*.md|html` → `pages/*.md` (and `_posts/` → `posts/`), keeping title, permalink, excerpt, redirect_from, date. */
import { basename, extname } from 'node:path';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { convertBody, unindentHtml, type BodyContext } from './body.js';
import { str } from './config.js';
import type { Report } from './report.js';
import { readOddDate } from './odd-dates.js';
import { readSourceFile } from './source.js';

export interface OutputPage {
  /** Path in the new site, e.g. `pages/index.md`. */
  path: string;
  /** The old site's file it came from. */
  source: string;
  frontMatter: Record<string, unknown>;
  body: string;
}

const PAGE_KEYS = ['title', 'permalink', 'redirect_from', 'excerpt', 'description', 'date'];
// Keys that only steer Jekyll's theme; they hold nothing of the owner's and are dropped without a line
// (`header` and `sidebar` can hold images and text, so those are reported like any other key).
const THEME_KEYS = new Set(['layout', 'author_profile', 'classes', 'share', 'related', 'comments', 'read_time', 'toc', 'toc_label', 'toc_icon', 'toc_sticky', 'collection', 'type']);

/** Where a page goes: a folder under pages/ (`research/` for a collection) and the permalink it keeps. */
export interface PagePlacement {
  dir?: string;
  /** Jekyll's URL for a file without a `permalink` (a collection entry, a page outside `_pages/`). */
  permalink?: string;
}

/** Converts one page of `_pages/` (or another file Jekyll rendered as a page, placed by `place`). */
export function convertPage(root: string, rel: string, ctx: BodyContext, bag: DiagnosticBag, taken: Set<string>, place: PagePlacement = {}): OutputPage {
  const src = readSourceFile(root, rel, ctx.report, bag);
  const fm = src.frontMatter;
  const permalink = str(fm.permalink) ?? place.permalink;
  const stem = basename(rel, extname(rel));
  const dir = place.dir ?? '';
  let name = dir + (permalink === '/' ? 'index' : stem === 'index' ? 'home' : stem);
  for (let n = 2; taken.has(name); n++) name = `${dir}${stem}-${n}`;
  taken.add(name);
  const out = pageFrontMatter(fm, rel, stem, ctx.report);
  if (!str(fm.permalink) && place.permalink) out.permalink = place.permalink;
  if (fm.date !== undefined) {
    const date = readOddDate(fm.date, rel, ctx.report);
    if (date) out.date = date;
    else delete out.date;
  }
  if (permalink === '/') out.layout = 'home';
  const body = extname(rel) === '.html' ? unindentHtml(src.body) : src.body;
  const converted = convertBody(body, src.bodyLine, rel, ctx, fm);
  const sections = ctx.data.pageSections?.[rel];
  if (sections) out.publications = { sections };
  return { path: `pages/${name}.md`, source: rel, frontMatter: out, body: converted };
}

/**
 * Converts one post of `_posts/` (or a draft of `_drafts/`) to `posts/YYYY-MM-DD-slug.md`. A file name Vita
 * does not take (capitals, `_`, `@`) gets a slug of lower-case words; `oldUrl` (where Jekyll served the post)
 * becomes a redirect when the post's new address differs.
 */
export function convertPost(root: string, rel: string, ctx: BodyContext, bag: DiagnosticBag, draft: boolean, oldUrl?: (fm: Record<string, unknown>) => string): OutputPage | undefined {
  const src = readSourceFile(root, rel, ctx.report, bag);
  const fm = src.frontMatter;
  const stem = basename(rel, extname(rel));
  const dated = /^(\d{4}-\d{2}-\d{2})-(.+)$/.exec(stem);
  const written = readOddDate(fm.date, rel, ctx.report, stem.slice(0, 4));
  const date = dated?.[1] ?? written;
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    ctx.report.add('not-carried', 'post without a date in its file name or front matter: not imported', rel);
    return undefined;
  }
  const name = dated?.[2] ?? stem;
  const slug = postSlug(name);
  if (slug !== name) ctx.report.add('addresses', `post slug "${name}" → "${slug}" (Vita's post names are lower-case words and hyphens)`, rel);
  const day = written && /^\d{4}-\d{2}-\d{2}$/.test(written) ? written : date;
  const out = pageFrontMatter({ ...fm, date: day }, rel, name, ctx.report, ['tags', 'categories']);
  for (const key of ['tags', 'categories']) {
    if (list(fm[key]).length) out[key] = list(fm[key]);
    else delete out[key];
  }
  if (draft) out.draft = true;
  // Jekyll ignored front matter it could not parse, permalink and all: the file name gave the slug and address.
  const old = oldUrl?.(src.unparsed ? { slug: stem } : fm);
  const now = (src.unparsed && str(fm.permalink)) || `/posts/${slug}/`;
  if (old && (src.unparsed || !str(fm.permalink)) && old.replace(/\/?$/, '/') !== now.replace(/\/?$/, '/')) {
    out.redirect_from = [...list(out.redirect_from), old];
    ctx.report.add('addresses', `old address ${old} redirects to the post's new address ${now}`, rel);
  }
  const body = extname(rel) === '.html' ? unindentHtml(src.body) : src.body;
  return { path: `posts/${date}-${slug}.md`, source: rel, frontMatter: out, body: convertBody(body, src.bodyLine, rel, ctx, fm) };
}

function pageFrontMatter(fm: Record<string, unknown>, rel: string, stem: string, report: Report, extra: string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const title = str(fm.title);
  out.title = title ?? titleFromName(stem);
  if (!title) report.add('not-carried', `no title: "${out.title}" made from the file name`, rel);
  for (const key of [...PAGE_KEYS.slice(1), ...extra]) if (fm[key] !== undefined && fm[key] !== null && fm[key] !== '') out[key] = fm[key];
  if (fm.published === false) out.draft = true;
  const dropped = Object.keys(fm).filter((k) => !PAGE_KEYS.includes(k) && !extra.includes(k) && k !== 'published' && !THEME_KEYS.has(k)).sort();
  if (dropped.length) report.add('not-carried', `front matter keys with no Vita meaning: ${dropped.map((k) => `${k}: ${JSON.stringify(fm[k])}`).join('; ')}`, rel);
  return out;
}

/** A post file name's slug as Vita takes it: lower-case ASCII letters, digits and single hyphens. */
export function postSlug(written: string): string {
  const ascii = written.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'post';
}

function titleFromName(stem: string): string {
  const words = stem.replace(/[-_]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : 'Untitled';
}

/** A string or list of strings as a list. */
export function list(v: unknown): string[] {
  if (Array.isArray(v)) return v.map((x) => str(x)).filter((x): x is string => !!x);
  const s = str(v);
  return s ? [s] : [];
}
