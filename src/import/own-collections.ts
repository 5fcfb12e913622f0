/** Which files of an academicpages repository become pages: the site's own collections; the stock pages left out. */
import { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { collectionHasOutput } from './addresses.js';
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
    if (!coll || !collectionHasOutput(config, coll)) continue;
    const fm = readSourceFile(root, rel, new Report(), new DiagnosticBag()).frontMatter;
    out.push({ rel, coll, fm, url: jekyllUrl(rel, fm, config) });
  }
  return out;
}
