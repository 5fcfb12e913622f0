/** Which files of an academicpages repository become pages: the site's own collections; the stock pages left out. */
import { closeSync, openSync, readSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { collectionHasOutput } from './addresses.js';
import { isRecord, str } from './config.js';
import { jekyllUrl } from './jekyll-urls.js';
import { Report } from './report.js';
import { readSourceFile } from './source.js';

// Pages every fork carries unchanged from the theme: archives Vita builds its own way, demos and terms.
export const STOCK_PAGES = /^_pages\/((category|tag|page|collection)-archive\.html|archive-layout-with-content\.md|markdown\.md|terms\.md)$/;

// The entries of the site's own collections that Jekyll gave pages (`output: true`), with their front matter and URL.
export function ownCollectionEntries(root: string, rels: readonly string[], config: Record<string, unknown>) {
  const out: { rel: string; coll: string; fm: Record<string, unknown>; url: string }[] = [];
  for (const rel of rels) {
    const coll = /^_([^/]+)\/.+\.(md|markdown|html)$/.exec(rel)?.[1];
    if (!coll || !collectionHasOutput(config, coll) || !hasFrontMatter(root, rel)) continue;
    const fm = readSourceFile(root, rel, new Report(), new DiagnosticBag()).frontMatter;
    out.push({ rel, coll, fm, url: jekyllUrl(rel, fm, config) });
  }
  return out;
}

/**
 * The files of `output: true` collections that Jekyll copied as they were (no front matter: a PDF, a
 * stand-alone HTML page), with the address it copied each to. Names starting with `_`, `.`, `#` or `~` it skipped.
 */
export function collectionStaticFiles(root: string, rels: readonly string[], config: Record<string, unknown>,
): { rel: string; url: string }[] {
  const out: { rel: string; url: string }[] = [];
  for (const rel of rels) {
    const m = /^_([^/]+)\/(.+)$/.exec(rel);
    if (!m || !collectionHasOutput(config, m[1]!) || /(^|\/)[_.#~]/.test(m[2]!) || hasFrontMatter(root, rel)) continue;
    out.push({ rel, url: staticUrl(m[1]!, m[2]!, config) });
  }
  return out;
}

// Jekyll's URL of a collection's static file: the collection's pattern with `:path` and `:name` filled in and
// no output extension, then the file's own extension.
function staticUrl(coll: string, path: string, config: Record<string, unknown>): string {
  const settings = isRecord(config.collections) ? config.collections[coll] : undefined;
  let pattern = (isRecord(settings) ? str(settings.permalink) : undefined) ?? '/:collection/:path:output_ext';
  if (/:(?!collection|path|name|output_ext|title)[a-z_]+/.test(pattern)) pattern = '/:collection/:path:output_ext';
  const ext = extname(path);
  const url = pattern.replace(/:collection/g, coll).replace(/:path/g, '/' + path.slice(0, path.length - ext.length))
    .replace(/:name/g, basename(path, ext)).replace(/:output_ext|:title/g, '');
  return ('/' + url).replace(/\/{2,}/g, '/').replace(/\/+$/, '') + ext;
}

// Jekyll reads a collection file as a document only when its first line is `---`.
function hasFrontMatter(root: string, rel: string): boolean {
  const fd = openSync(join(root, rel), 'r');
  try {
    const head = Buffer.alloc(64);
    const n = readSync(fd, head, 0, 64, 0);
    return /^(\uFEFF)?---[ \t]*\r?\n/.test(head.subarray(0, n).toString('utf8'));
  } finally {
    closeSync(fd);
  }
}
