import type { PagefindIndex } from 'pagefind';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Feature, SearchRecord } from '../features/feature.js';
import type { Site } from '../model/types.js';
import { encodeSitePath, encodeSiteUrl } from '../model/url-encoding.js';
import { searchIndexes } from '../render/search/search-markup.js';
import type { OutputFile } from './output-file.js';
import { pagefindBinary } from './pagefind-binary.js';
import { loadPagefind } from '../lazy-modules.js';

/** Where the site's HTML is for indexing: the staged output folder, or the built files in memory. */
export type SearchSource = { folder: string } | { files: readonly OutputFile[] };

/** The index as output files under `pagefind/`, or what went wrong. */
export type SearchIndexResult = { ok: true; files: OutputFile[]; entries: number } | { ok: false; message: string };

// Of Pagefind's bundle, the search library, its worker and WebAssembly, and the index itself. Its ready-made UIs
// (pagefind-ui, modular and component UIs, highlighting) are left out: Vita's dialog is its own.
const KEEP = /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta|wasm\.[\w-]+\.pagefind|(fragment|index|filter)\/[\w.-]+)$/;

/**
 * The build's "indexing for search" step: indexes the finished site, with the features' records for items that
 * have no page of their own, and hands each index file to `emit`. A failure is a `search-index-failed` error.
 */
export async function indexForSearch(site: Site, features: readonly Feature[], source: SearchSource, emit: (file: OutputFile) => void,
  bag: DiagnosticBag): Promise<void> {
  const binary = pagefindBinary();
  const hint = `Search runs Pagefind, which comes with Vita as the npm package ${binary.packageName}: reinstall Vita (npm install) ` +
    'so it is there, or set `search: false` in site.yml to build without search.';
  if (!binary.path) {
    bag.error('search-index-failed', 'site.yml', undefined, `Building the search index failed: Pagefind's program for this machine is missing.`, hint);
    return;
  }
  const records = features.flatMap((f) => f.searchRecords?.(site) ?? []).filter((r) => searchIndexes(site, r.url));
  const built = await buildSearchIndex(source, records, site.config.language);
  if (built.ok) built.files.forEach(emit);
  else bag.error('search-index-failed', 'site.yml', undefined, `Building the search index failed: ${built.message}`, hint);
}

/**
 * Builds the Pagefind index of a finished site. Only pages marked `data-pagefind-body` are indexed (see
 * render/search/search-markup.ts); `records` add items without a page of their own. The result's URLs are
 * site-relative without the base path: the search script adds it, as it is served from `<base>/pagefind/`.
 */
export async function buildSearchIndex(source: SearchSource, records: readonly SearchRecord[], language: string): Promise<SearchIndexResult> {
  let index: PagefindIndex | undefined;
  try {
    // Loaded here, not at start-up: only sites with search need it.
    const pagefind = await loadPagefind();
    // Lists of items that have their own results (papers, posts, talks, projects) would only repeat them.
    const created = await pagefind.createIndex({
      excludeSelectors: ['.publications', '.post-list', '.post-nav', '.talks', '.project-card', '.paper__cite'],
    });
    if (!created.index) return failed(created.errors);
    index = created.index;
    const errors: string[] = [];
    if ('folder' in source) {
      errors.push(...(await index.addDirectory({ path: source.folder, glob: '**/*.html' })).errors);
    } else {
      for (const file of source.files) {
        if (!('content' in file) || !file.path.endsWith('.html')) continue;
        const html = typeof file.content === 'string' ? file.content : Buffer.from(file.content).toString('utf8');
        if (!html.includes('data-pagefind-body')) continue;
        errors.push(...(await index.addHTMLFile({ url: encodeSitePath('/' + file.path.replace(/(^|\/)index\.html$/, '$1')), content: html })).errors);
      }
    }
    for (const r of records) {
      const meta = { title: r.title, kind: r.kind, ...(r.date ? { date: r.date } : {}) };
      const filters = { kind: [r.kind], ...(r.date ? { year: [r.date.slice(0, 4)] } : {}) };
      errors.push(...(await index.addCustomRecord({ url: r.url.startsWith('/') ? encodeSiteUrl(r.url) : r.url, content: r.content, language, meta, filters })).errors);
    }
    const built = await index.getFiles();
    errors.push(...built.errors);
    if (errors.length > 0) return failed(errors);
    const files = built.files.filter((f) => KEEP.test(f.path)).sort((a, b) => (a.path < b.path ? -1 : 1));
    const entries = built.files.filter((f) => f.path.startsWith('fragment/')).length;
    return { ok: true, files: files.map((f) => ({ path: `pagefind/${f.path}`, content: f.content })), entries };
  } catch (error) {
    return failed([(error as Error).message ?? String(error)]);
  } finally {
    await index?.deleteIndex().catch(() => undefined);
  }
}

function failed(errors: readonly string[]): SearchIndexResult {
  return { ok: false, message: errors.join('\n') || 'Pagefind gave no reason.' };
}
