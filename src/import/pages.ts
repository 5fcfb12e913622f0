/** `_pages/*.md|html` → `pages/*.md` (and `_posts/` → `posts/`), keeping title, permalink, excerpt, redirect_from, date. */
import { basename, extname } from 'node:path';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { convertBody, unindentHtml, type BodyContext } from './body.js';
import { str } from './config.js';
import type { Report } from './report.js';
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

/** Converts one page of `_pages/`. */
export function convertPage(root: string, rel: string, ctx: BodyContext, bag: DiagnosticBag, taken: Set<string>): OutputPage {
  const src = readSourceFile(root, rel, ctx.report, bag);
  const fm = src.frontMatter;
  const permalink = str(fm.permalink);
  const stem = basename(rel, extname(rel));
  let name = permalink === '/' ? 'index' : stem === 'index' ? 'home' : stem;
  for (let n = 2; taken.has(name); n++) name = `${stem}-${n}`;
  taken.add(name);
  const out = pageFrontMatter(fm, rel, stem, ctx.report);
  if (permalink === '/') out.layout = 'home';
  const body = extname(rel) === '.html' ? unindentHtml(src.body) : src.body;
  const converted = convertBody(body, src.bodyLine, rel, ctx, fm);
  const sections = ctx.data.pageSections?.[rel];
  if (sections) out.publications = { sections };
  return { path: `pages/${name}.md`, source: rel, frontMatter: out, body: converted };
}

/** Converts one post of `_posts/` (or a draft of `_drafts/`) to `posts/YYYY-MM-DD-slug.md`. */
export function convertPost(root: string, rel: string, ctx: BodyContext, bag: DiagnosticBag, draft: boolean): OutputPage | undefined {
  const src = readSourceFile(root, rel, ctx.report, bag);
  const fm = src.frontMatter;
  const stem = basename(rel, extname(rel));
  const dated = /^(\d{4}-\d{2}-\d{2})-(.+)$/.exec(stem);
  const date = dated?.[1] ?? str(fm.date)?.slice(0, 10);
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    ctx.report.add('not-carried', 'post without a date in its file name or front matter: not imported', rel);
    return undefined;
  }
  const out = pageFrontMatter({ ...fm, date: str(fm.date)?.slice(0, 10) ?? date }, rel, dated?.[2] ?? stem, ctx.report, ['tags', 'categories']);
  for (const key of ['tags', 'categories']) if (list(fm[key]).length) out[key] = list(fm[key]);
  if (draft) out.draft = true;
  const body = extname(rel) === '.html' ? unindentHtml(src.body) : src.body;
  return { path: `posts/${date}-${dated?.[2] ?? stem}.md`, source: rel, frontMatter: out, body: convertBody(body, src.bodyLine, rel, ctx, fm) };
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
