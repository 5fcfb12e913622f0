/**
 * Talks and courses that had pages of their own on the old site but that no page listed: the owner's own
 * /talks/ or /teaching/ page left the stock loop out. As entries of data/talks.yml they would show nowhere
 * (the owner's page stays in place of Vita's list), so they stay what Jekyll made them: pages at their old
 * addresses.
 */
import { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { collectionHasOutput } from './addresses.js';
import type { ByRole } from './classify.js';
import type { CollectionContext } from './collections.js';
import { jekyllUrl, urlKey } from './jekyll-urls.js';
import { newPageUrl } from './kept-urls.js';
import type { PageSources } from './page-sources.js';
import { convertPage } from './pages.js';
import { Report } from './report.js';
import { readSourceFile } from './source.js';

const KINDS = [
  { role: 'talk', collection: 'talks', list: '/talks/', directive: 'talks' },
  { role: 'teaching', collection: 'teaching', list: '/teaching/', directive: 'teaching' },
] as const;

/**
 * Adds the unlisted entries to `sources` as pages and returns `byRole` without them, for the data files.
 * An entry counts as listed when some page holds the kind's directive (`::talks`) or no page of the owner
 * takes the list's address (then Vita's own list shows it).
 */
export function keepUnlistedEntries(src: string, byRole: ByRole, sources: PageSources, ctx: CollectionContext): ByRole {
  const moved = new Set<string>();
  for (const kind of KINDS) {
    const rels = byRole(kind.role);
    if (!rels.length || !collectionHasOutput(ctx.config, kind.collection)) continue;
    const listed = sources.pages.some((p) => new RegExp(`^::${kind.directive}\\b`, 'm').test(p.body));
    const ownList = sources.pages.some((p) => urlKey(newPageUrl(p)) === urlKey(kind.list));
    if (listed || !ownList) continue;
    const taken = new Set<string>();
    for (const rel of rels) {
      // Read once more only for the address: the page conversion below reports what the file holds.
      const url = jekyllUrl(rel, readSourceFile(src, rel, new Report(), new DiagnosticBag()).frontMatter, ctx.config);
      const page = convertPage(src, rel, ctx, ctx.bag, taken, { dir: `${kind.collection}/`, permalink: url });
      sources.pages.push(page);
      sources.oldUrls.set(page, url);
      moved.add(rel);
      const why = `your ${kind.list} page does not list the entries of _${kind.collection}/`;
      ctx.report.add('addresses', `${why}: this one stays a page at its old address ${url}, as on the old site`, rel);
    }
  }
  return (role) => byRole(role).filter((rel) => !moved.has(rel));
}
