import { join, resolve } from 'node:path';
import { makeCvPdf } from './cv-pdf/cv-pdf.js';
import { sourceDateFromEnv } from './cv-pdf/document-date.js';
import { DiagnosticBag, type Diagnostic } from './diagnostics/diagnostic.js';
import { loadBibtexParser, loadLiquid } from './lazy-modules.js';
import { loadSite, type Parsers } from './load/load-site.js';
import { buildSite } from './model/build-site.js';
import { everyLanguage } from './model/editions.js';
import type { Site } from './model/types.js';
import { checkUrlCollisions } from './model/url-collisions.js';
import { checkNameLengths } from './model/url-name-length.js';
import { directiveRegistry } from './render/directives/registry.js';
import { renderNotFound } from './render/layouts/render-page.js';
import { checkInternalLinks } from './render/link-check.js';
import { drawOverrides, hasOverrides } from './render/overrides/prepare-overrides.js';
import { renderPages } from './render/render-pages.js';
import { themeAssets } from './render/theme-assets.js';
import type { ThemeAssets } from './render/head/document-head.js';
import { searchAssets } from './render/search/search-assets.js';
import { Tasks, type StepTiming } from './task.js';
import type { Feature, GeneratedPage } from './features/feature.js';
import { FEATURES } from './features/index.js';
import { renderGeneratedPages } from './render/render-generated.js';
import { inMemory, type OutputFile, type OutputPieces } from './write/output-file.js';
import { resolveOutDir } from './write/out-dir.js';
import { redirectFiles } from './write/redirects.js';
import { robotsTxt, sitemapXml } from './write/sitemap.js';
import { sitemapEntries } from './write/sitemap-entries.js';
import { recoverOutput, StagedOutput } from './write/staged-output.js';
import { indexForSearch } from './write/search-index.js';
import { featureFileClaims, urlClaims } from './write/url-claims.js';

export interface BuildOptions {
  /** The site folder (holds site.yml). */
  root: string;
  /** Output folder; default `<root>/_site`. Relative paths resolve against `cwd`. */
  outDir?: string;
  cwd?: string;
  /** Include drafts (the dev server does). */
  drafts?: boolean;
  /** `YYYY-MM-DD`: posts dated later are left out (default: SOURCE_DATE_EPOCH, else today's date in UTC). */
  today?: string;
  /** Include future-dated posts. */
  future?: boolean;
  /** Build everything but write nothing (used by `vita check` on a temp folder, and tests). */
  write?: boolean;
  /** Receives one progress line per step. */
  log?: (line: string) => void;
  /** Renders the Markdown pages; `vita dev` passes a cache that re-renders only pages whose inputs changed. */
  pageRenderer?: typeof renderPages;
  /** Reads and parses site files; `vita dev` passes memoised ones so unchanged files are not read or parsed again. */
  parsers?: Parsers;
  /** Content features to build with; default: all of Vita's. */
  features?: readonly Feature[];
  /**
   * With site.yml's `cv: { pdf: true }`: `typeset` (default) makes /cv.pdf in the build; `later` leaves it to the
   * caller (`vita dev` typesets it after the HTML is served), and links to /cv.pdf still count as good.
   */
  cvPdf?: 'typeset' | 'later';
}

export interface BuildResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  outDir: string;
  site?: Site;
  /** Every output file, in memory — only when `write` is false (a written build keeps none of them). */
  files: OutputFile[];
  /** The path of every output file, relative to the output folder, in the order they were made. */
  paths: string[];
  timings: StepTiming[];
}

/** Builds a site: load → validate → model → render → write. Writes nothing when any error was found. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  return runBuild(resolve(options.cwd ?? process.cwd(), options.root), options);
}

// The build's steps in order; every early return is a build that found errors. The steps are synchronous except
// for importing the full BibTeX parser (~1 MB of code, ESM-only), which happens only when LaTeX in
// publications.bib goes beyond the fast path, or a publication's title holds math.
async function runBuild(root: string, options: BuildOptions): Promise<BuildResult> {
  const bag = new DiagnosticBag();
  const tasks = new Tasks(options.log);
  const result = (extra: Partial<BuildResult> = {}): BuildResult => ({
    ok: !bag.hasErrors, diagnostics: bag.sorted(), outDir: extra.outDir ?? join(root, '_site'), files: [], paths: [], timings: tasks.timings, ...extra,
  });

  const features = options.features ?? FEATURES;
  const contentFolders = features.flatMap((f) => f.contentFolders ?? []);
  const out = resolveOutDir(root, options.outDir, options.cwd ?? process.cwd(), contentFolders);
  if (!out.ok) {
    bag.error('bad-output-folder', options.outDir ?? '_site', undefined, out.message, out.hint);
    return result();
  }
  // A build killed inside the swap left the previous output aside: it is back before this build can fail.
  if (options.write !== false) recoverOutput(out.outDir);
  const loaded = tasks.run('loading files', () => loadSite(root, bag, contentFolders, options.parsers));
  if (loaded.bibtex?.needsFullParser) await tasks.runAsync('loading the BibTeX parser', loadBibtexParser);
  const site = tasks.run('building the model', () => buildSite(loaded, bag, { drafts: options.drafts ?? false, ...(options.today ? { today: options.today } : {}), ...(options.future ? { future: true } : {}) }, features));
  if (!site || bag.hasErrors) return result({ outDir: out.outDir, ...(site ? { site } : {}) });
  // Titles with math get a plain-text form (for <title>, meta tags, citations) through the full parser.
  if (!loaded.bibtex?.needsFullParser && site.publications.some((p) => p.title.includes('$'))) await tasks.runAsync('loading the BibTeX parser', loadBibtexParser);

  // The owner's component templates are drawn once for everything they replace, before any page uses them.
  if (hasOverrides(site)) {
    await tasks.runAsync('loading the template engine', loadLiquid);
    tasks.run('drawing component overrides', () => {
      drawOverrides(site, bag);
      const again = new DiagnosticBag();
      for (const edition of site.editions ?? []) drawOverrides(edition, again);
      again.items.forEach((d) => bag.addNew(d));
    });
  }
  const theme = themeAssets(site);
  const search = site.config.search ? searchAssets() : undefined;
  const assets: ThemeAssets = search ? { ...theme.assets, search: search.urls } : theme.assets;
  const assetFiles = [...theme.files, ...(search?.files ?? [])];
  const directives = directiveRegistry(features.flatMap((f) => f.directives ?? []));
  const generated: GeneratedPage[] = tasks.run('generating pages', () => features.flatMap((f) => f.pages?.(site, bag, { directives }) ?? []));
  // Every address is settled before anything is written: with two sources for one URL, nothing touches the disk.
  tasks.run('checking URLs', () => {
    const claims = urlClaims(site, assetFiles, generated);
    checkUrlCollisions([...claims, ...featureFileClaims(site, features)], bag);
    checkNameLengths(claims, bag);
  });

  // A real build writes each file into a temporary folder as soon as it exists; `write: false` keeps them in
  // memory, and so does a build that already has errors (it goes on only to report every other problem too).
  const staged = options.write === false || bag.hasErrors ? undefined : StagedOutput.open(out.outDir);
  const files: OutputFile[] = [];
  const paths: string[] = [];
  const emitted = new Set<string>();
  // Image variants of pages' pictures are known only as pages are drawn (other generated files were claimed
  // above); static files come last, so one that claims such a URL is still reported here, and the staged
  // output is never swapped in.
  const emitStatic = (file: OutputFile): void => {
    if (!emitted.has(file.path)) return emit(file);
    if (bag.items.some((d) => d.rule === 'url-conflict' && d.file === `static/${file.path}`)) return; // reported with the URLs
    bag.error('url-conflict', `static/${file.path}`, undefined,
      `2 sources want the URL /${file.path}:\n  static/${file.path} (static file /${file.path})\n  (vita) (generated file /${file.path})`,
      'Rename or remove the static file: Vita makes this file itself.');
  };
  // Written at once, a string takes Node's UTF-8 fast path; kept in memory, it becomes UTF-8 bytes off the
  // JS heap (10,000 paper pages held as strings cost hundreds of MB of heap).
  const emit = (file: OutputFile | OutputPieces): void => {
    emitted.add(file.path);
    paths.push(file.path);
    if (staged) staged.add(file);
    else files.push(inMemory(file));
  };
  try {
    const rendered = tasks.run('rendering pages', () => {
      const parts = everyLanguage(site).map((s) => (options.pageRenderer ?? renderPages)(s, s.pages, directives, assets, bag));
      return { files: parts.flatMap((p) => p.files), links: parts.flatMap((p) => p.links) };
    });
    rendered.files.forEach(emit);
    tasks.run(staged ? 'rendering and writing site files' : 'rendering site files', () => {
      renderGeneratedPages(site, generated, assets, emit);
      for (const feature of features) for (const file of feature.files?.(site, bag, { directives }) ?? []) emit(file);
      [...assetFiles, ...redirectFiles(site)].forEach(emit);
      emit({ path: '404.html', content: renderNotFound(site, assets) });
      emit({ path: 'sitemap.xml', content: sitemapXml(sitemapEntries(site, generated)) });
      emit({ path: 'robots.txt', content: robotsTxt(`${site.config.url}/sitemap.xml`) });
      for (const f of site.staticFiles) emitStatic({ path: f.path, from: loaded.staticSources.get(f.path) ?? join(root, 'static', f.path) });
    });
    if (site.cvPdf?.pdf && options.cvPdf !== 'later') {
      const cv = tasks.run('typesetting cv.pdf', () => makeCvPdf(site, { root, ...sourceDateFromEnv() }));
      cv.diagnostics.forEach((d) => bag.add(d));
      if (cv.pdf) emit({ path: 'cv.pdf', content: cv.pdf });
    }
    tasks.run('checking links', () => {
      const known = new Set(paths.map((path) => '/' + path.replace(/(^|\/)index\.html$/, '$1')));
      if (site.cvPdf?.pdf) known.add('/cv.pdf');
      const generatedLinks = generated.flatMap((g) => (g.links ?? []).map((link) => ({ ...link, pageUrl: g.url })));
      checkInternalLinks([...rendered.links, ...generatedLinks], known, site.config.url, bag, site.config.knownBrokenLinks);
    });
    if (bag.hasErrors) return result({ outDir: out.outDir, site });
    if (site.config.search) {
      const source = staged ? { folder: staged.folder } : { files };
      await tasks.runAsync('indexing for search', () => indexForSearch(site, features, source, emit, bag));
      if (bag.hasErrors) return result({ outDir: out.outDir, site });
    }
    if (staged) tasks.run(`swapping in ${out.outDir}`, () => staged.commit());
    return result({ outDir: out.outDir, site, files, paths });
  } finally {
    staged?.discard();
  }
}
