import { DiagnosticBag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Page, Site } from '../model/types.js';
import type { DirectiveSpec } from '../render/directives/spec.js';
import type { ThemeAssets } from '../render/head/document-head.js';
import { renderPages, type RenderedPages } from '../render/render-pages.js';
import type { OutputFile } from '../write/output-file.js';
import { dependencyKey, pageNeeds, samePage, sharedDigests } from './page-dependencies.js';

interface Entry {
  page: Page;
  /** The language of the Site it was rendered for: a multilingual site renders each language in its own call. */
  language: string;
  needs: readonly string[] | 'everything';
  /** `dependencyKey` when rendered; '' when the render could not be cached. */
  key: string;
  file: OutputFile;
  links: RenderedPages['links'];
  diagnostics: Diagnostic[];
}

/**
 * A drop-in for `renderPages` that remembers each page's output and renders again only the pages whose
 * inputs changed (see page-dependencies.ts). What a cached page reported while rendering (links,
 * diagnostics) is replayed, so a build from the cache reports exactly what a full build would.
 */
export class PageRenderCache {
  private entries = new Map<string, Entry>();
  private renderedByLanguage = new Map<string, string[]>();

  /** URLs of the pages the last build rendered afresh (the last call for each language), sorted. */
  get lastRendered(): string[] {
    return [...this.renderedByLanguage.values()].flat().sort();
  }

  /** Same contract as `renderPages`. */
  readonly render = (site: Site, pages: readonly Page[], directives: ReadonlyMap<string, DirectiveSpec>, assets: ThemeAssets, bag: DiagnosticBag): RenderedPages => {
    const shared = sharedDigests(site, assets);
    const stale = pages.filter((p) => {
      const entry = this.entries.get(key(p));
      return entry === undefined || entry.key === '' || !samePage(entry.page, p) || entry.key !== dependencyKey(entry.needs, shared);
    });
    const staleSet = new Set(stale);
    const language = site.config.language;
    this.renderedByLanguage.set(language, stale.map((p) => p.url));

    if (stale.length > 0) {
      const fresh = new DiagnosticBag();
      const rendered = renderPages(site, stale, directives, assets, fresh);
      for (const d of fresh.items) bag.add(d);
      // Diagnostics are attributed to pages by file; one we cannot attribute makes this batch uncacheable.
      const files = new Set(stale.map((p) => p.source.file));
      const cacheable = fresh.items.every((d) => files.has(d.file));
      const linksByPage = new Map<string, RenderedPages['links']>();
      for (const l of rendered.links) linksByPage.set(l.pageUrl, [...(linksByPage.get(l.pageUrl) ?? []), l]);
      stale.forEach((page, i) => {
        const file = rendered.files[i];
        if (!file) return;
        const needs = pageNeeds(page);
        const entry: Entry = {
          page,
          language,
          needs,
          key: cacheable ? dependencyKey(needs, shared) : '',
          file,
          links: linksByPage.get(page.url) ?? [],
          diagnostics: fresh.items.filter((d) => d.file === page.source.file),
        };
        this.entries.set(key(page), entry);
      });
    }

    const files: OutputFile[] = [];
    const links: RenderedPages['links'] = [];
    const live = new Set<string>();
    for (const page of pages) {
      const entry = this.entries.get(key(page))!;
      live.add(key(page));
      files.push(entry.file);
      links.push(...entry.links);
      if (!staleSet.has(page)) for (const d of entry.diagnostics) bag.add(d);
    }
    for (const [k, entry] of [...this.entries]) if (!live.has(k) && entry.language === language) this.entries.delete(k);
    return { files, links };
  };
}

// One entry per source file; a changed URL is a changed page (samePage compares it).
function key(page: Page): string {
  return page.source.file;
}
