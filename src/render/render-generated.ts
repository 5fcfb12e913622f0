import type { GeneratedPage } from '../features/feature.js';
import { outputPathForUrl } from '../model/permalink.js';
import type { Page, Site } from '../model/types.js';
import type { OutputFile, OutputPieces } from '../write/output-file.js';
import type { ThemeAssets } from './head/document-head.js';
import { pageInPieces } from './layouts/page-in-pieces.js';
import { renderPage } from './layouts/render-page.js';

/** Renders pages made from data (a paper's page, a tag page) through the same layout as Markdown pages, handing each to `emit`. */
export function renderGeneratedPages(site: Site, pages: readonly GeneratedPage[], assets: ThemeAssets, emit: (file: OutputFile | OutputPieces) => void): void {
  for (const g of pages) {
    const page: Page = {
      source: g.source,
      url: g.url,
      title: g.title,
      ...(g.description ? { description: g.description } : {}),
      layout: 'page',
      ...(g.date ? { date: g.date } : {}),
      draft: false,
      redirectFrom: [],
      body: '',
      bodyLine: 1,
      frontMatter: {},
    };
    // Each part is read once, the body first: a feature may make them on demand (see GeneratedPage).
    const parts = g.bodyParts?.();
    const bodyHtml = parts ? '' : g.bodyHtml;
    const { extraHead, jsonLd, search } = g;
    const context = { site, page, bodyHtml, assets, ...(extraHead ? { extraHead } : {}), ...(jsonLd ? { jsonLd } : {}), ...(search ? { search } : {}) };
    const path = outputPathForUrl(g.url);
    emit(parts ? { path, parts: pageInPieces(context, parts) } : { path, content: renderPage(context) });
  }
}
