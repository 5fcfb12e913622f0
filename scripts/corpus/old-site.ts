/**
 * What the old Jekyll site published, read from its sources the way Jekyll would route them: the URL of every
 * page, post and collection document, every static file, the titles of collection items and the navigation.
 * The corpus check compares the imported site against this.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { decodeEntities } from '../../src/check/html-scan.js';
import { urlKey } from '../../src/import/jekyll-urls.js';
import { postsToday } from '../../src/model/posts.js';
import { parseYaml11 } from '../../src/import/yaml11.js';

type Rec = Record<string, unknown>;

/** One page, post or collection document of the old site. */
export interface OldDocument {
  /** Source path relative to the repository. */
  file: string;
  /** The collection (`posts`, `publications` …), or undefined for a page. */
  collection?: string;
  title?: string;
  /** Normalised URL (see normalizeUrl). */
  url: string;
  /** The URL as Jekyll wrote it (`/news.html/` stays a folder; its normalised form would be `/news`). */
  written: string;
}

export interface OldSite {
  config: Rec;
  documents: OldDocument[];
  /** Normalised URLs of everything the old site served (documents and static files). */
  urls: Set<string>;
  /** Output paths of the files the old site served as they were (no front matter), e.g. `/notes/README.html`. */
  copied: Set<string>;
  /** `_data/navigation.yml` main entries. */
  navigation: { title: string; url: string }[];
  /** Text the sources wrote as code (fences, indented, backtick spans, `<pre>`/`<code>`), whitespace collapsed. */
  code: string[];
  /** Tags the sources wrote escaped, as text. */
  escaped: Set<string>;
}

const MARKUP = /\.(md|markdown|html|htm)$/i;

/** Reads the old site in `root`. */
export function readOldSite(root: string): OldSite {
  const config = readYaml(join(root, '_config.yml'));
  const collections = isRec(config.collections) ? config.collections : {};
  const exclude = new Set([...list(config.exclude), 'Gemfile', 'Gemfile.lock', 'node_modules', 'vendor']);
  const documents: OldDocument[] = [];
  const urls = new Set<string>();
  const copied = new Set<string>();
  const code: string[] = [];
  const escaped = new Set<string>();
  // Jekyll (`future: false`, its default) leaves out posts dated after the day it builds; "today" as Vita reads it.
  const today = postsToday(undefined, process.env, Date.now);
  for (const rel of walk(root, '')) {
    if (MARKUP.test(rel) && !/^_(includes|layouts|sass)\//.test(rel)) {
      const text = readFileSync(join(root, rel), 'utf8');
      code.push(...codeWritten(text));
      for (const tag of escapedTags(text)) escaped.add(tag);
    }
    const [top] = rel.split('/');
    if (exclude.has(top!) || exclude.has(rel)) continue;
    if (top === '_posts' || top === '_pages' || (top!.startsWith('_') && collections[top!.slice(1)] !== undefined)) {
      const name = top!.slice(1);
      const coll = name === 'pages' ? undefined : name;
      const settings = coll && isRec(collections[coll]) ? (collections[coll] as Rec) : {};
      if (coll && coll !== 'posts' && settings.output !== true) continue;
      const fm = MARKUP.test(rel) ? frontMatter(join(root, rel)) : undefined;
      // A collection's file without front matter was copied as it was (the usual `/:collection/:path` pattern).
      if (!fm && coll && coll !== 'posts' && !/\/[_.#~]/.test(rel)) {
        urls.add(normalizeUrl('/' + rel.slice(1)));
        copied.add('/' + rel.slice(1));
      }
      const unpublishedFuture = coll === 'posts' && config.future !== true && postDate(rel, fm ?? {}) > today;
      if (!fm || fm.published === false || unpublishedFuture) continue;
      const written = documentUrl(rel, coll, fm, settings, config);
      const url = normalizeUrl(written);
      // Two documents at one URL: Jekyll wrote them in path order, so only the last one was ever seen there.
      const earlier = documents.findIndex((d) => d.url === url);
      if (earlier >= 0) documents.splice(earlier, 1);
      const title = str(fm.title) ? { title: str(fm.title)! } : {};
      documents.push({ file: rel, ...(coll ? { collection: coll } : {}), ...title, url, written });
      urls.add(url);
      continue;
    }
    if (top!.startsWith('_') || top!.startsWith('.')) continue;
    const fm = MARKUP.test(rel) ? frontMatter(join(root, rel)) : undefined;
    if (fm) {
      const written = str(fm.permalink) ?? '/' + rel.replace(/\.(md|markdown)$/i, '.html');
      const url = normalizeUrl(written);
      documents.push({ file: rel, ...(str(fm.title) ? { title: str(fm.title)! } : {}), url, written });
      urls.add(url);
    } else {
      urls.add(normalizeUrl('/' + rel));
      copied.add('/' + rel);
    }
  }
  const nav = readYaml(join(root, '_data/navigation.yml'));
  const navigation = (Array.isArray(nav.main) ? nav.main : []).filter(isRec)
    .filter((e) => str(e.title) && str(e.url)).map((e) => ({ title: str(e.title)!, url: str(e.url)! }));
  return { config, documents, urls, copied, navigation, code, escaped };
}

/** The code samples of a source: fenced blocks, backtick spans, `{% highlight %}`, `<pre>` and `<code>`. */
export function codeWritten(text: string): string[] {
  const out: string[] = [];
  const patterns = [/^[ \t]*(`{3,}|~{3,})[^\n]*\n([\s\S]*?)^[ \t]*\1/gm, /(`+)([^`][\s\S]*?)\1(?!`)/g,
    /()\{%-?\s*highlight\b[^%]*%\}([\s\S]*?)\{%-?\s*endhighlight\s*-?%\}/g, /<(pre|code)\b[^>]*>([\s\S]*?)<\/\1>/gi];
  for (const re of patterns) {
    for (const m of text.matchAll(re)) out.push(collapseCode(m[2]!), collapseCode(decodeEntities(m[2]!)));
  }
  // Indented code after a blank line; an indented line starting with a tag is HTML inside a block, as kramdown read it.
  for (const m of text.matchAll(/\n[ \t]*\n((?:(?: {4}|\t)[^\n]*\n|[ \t]*\n)+)/g)) {
    if (!/^\s*</.test(m[1]!)) out.push(collapseCode(m[1]!));
  }
  return out.filter(Boolean);
}

/** Tags the owner wrote escaped (`&lt;details&gt;`), meant to be read as text, decoded and collapsed. */
export function escapedTags(text: string): string[] {
  return [...text.matchAll(/&lt;[\s\S]{1,200}?&gt;/g)].map((m) => collapseCode(decodeEntities(m[0])));
}

/** Code text compared whitespace-insensitively, entities left as written in both. */
export function collapseCode(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `/a/index.html`, `/a.html`, `/a/` and `/a` all name one thing on GitHub Pages: `/a` (the importer's own key). */
export const normalizeUrl = urlKey;

function documentUrl(rel: string, coll: string | undefined, fm: Rec, settings: Rec, config: Rec): string {
  const permalink = str(fm.permalink);
  if (permalink) return permalink;
  const stem = basename(rel, extname(rel));
  if (!coll) return '/' + rel.replace(/^_pages\//, '').replace(/\.(md|markdown)$/i, '.html');
  const dated = /^(\d{4})-(\d{2})-(\d{2})-(.+)$/.exec(stem);
  const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(str(fm.date) ?? '') ?? dated;
  const title = str(fm.slug) ?? dated?.[4] ?? stem;
  const pattern = coll === 'posts' ? postPattern(str(fm.permalink) ?? str(config.permalink)) : str(settings.permalink) ?? '/:collection/:path';
  const cats = list(fm.categories ?? fm.category).map(slug).join('/');
  const path = rel.slice(rel.indexOf('/') + 1).replace(/\.[^.]+$/, '');
  const url = pattern
    .replace(/:collection/g, coll).replace(/:path/g, path).replace(/:name/g, slug(stem)).replace(/:title/g, slug(title))
    .replace(/:categories/g, cats).replace(/:year/g, date?.[1] ?? '').replace(/:month/g, date?.[2] ?? '')
    .replace(/:i_month/g, String(Number(date?.[2] ?? 0))).replace(/:day/g, date?.[3] ?? '')
    .replace(/:output_ext/g, '.html');
  return url;
}

function postPattern(p: string | undefined): string {
  if (!p || p === 'date') return '/:categories/:year/:month/:day/:title.html';
  if (p === 'pretty') return '/:categories/:year/:month/:day/:title/';
  if (p === 'ordinal') return '/:categories/:year/:y_day/:title.html';
  if (p === 'none') return '/:categories/:title.html';
  return p;
}

function postDate(rel: string, fm: Rec): string {
  const written = fm.date instanceof Date ? fm.date.toISOString() : str(fm.date);
  return (written ?? /(\d{4}-\d{2}-\d{2})-[^/]*$/.exec(rel)?.[1] ?? '').slice(0, 10);
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}._~-]+/gu, '-').replace(/^-+|-+$/g, '');
}

/**
 * The front matter of a file, or undefined when it has none (then Jekyll copies it as a static file). Front
 * matter that is not valid YAML Jekyll ignored whole, so a document's slug was its file name, date included.
 */
export function frontMatter(path: string): Rec | undefined {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const m = /^---[ \t]*\n([\s\S]*?)\n?---[ \t]*(?:\n|$)/.exec(text);
  if (!m) return undefined;
  try {
    const v = parseYaml11(m[1]!);
    return isRec(v) ? v : {};
  } catch {
    return { slug: basename(path, extname(path)) };
  }
}

function readYaml(path: string): Rec {
  if (!existsSync(path)) return {};
  try {
    const v = parseYaml11(readFileSync(path, 'utf8'));
    return isRec(v) ? v : {};
  } catch {
    return {};
  }
}

function walk(root: string, prefix: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, prefix)).sort()) {
    if (name === '.git') continue;
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(join(root, rel)).isDirectory()) out.push(...walk(root, rel));
    else out.push(rel);
  }
  return out;
}

function isRec(v: unknown): v is Rec {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  if (typeof v === 'number') return String(v);
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

function list(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(str).filter((x): x is string => !!x);
  const s = str(v);
  return s ? s.split(/\s+/) : [];
}
