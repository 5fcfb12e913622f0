import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { outputPathForUrl } from '../model/permalink.js';
import type { Page, Site } from '../model/types.js';
import type { OutputFile } from '../write/output-file.js';
import type { DirectiveSpec } from './directives/spec.js';
import type { ThemeAssets } from './head/document-head.js';
import { renderPage } from './layouts/render-page.js';
import { sharedMarkdown } from './markdown/create-markdown.js';
import { bodyLines, type FoundLink, type MarkdownEnv } from './markdown/markdown-env.js';

/** Output of rendering Markdown pages: their files and every link they contain, for checking. */
export interface RenderedPages {
  files: OutputFile[];
  links: Array<FoundLink & { pageUrl: string }>;
}

/** Renders each Markdown page: Markdown and directives to HTML, then through the theme's layout. */
export function renderPages(site: Site, pages: readonly Page[], directives: ReadonlyMap<string, DirectiveSpec>, assets: ThemeAssets, bag: DiagnosticBag): RenderedPages {
  const md = sharedMarkdown();
  const files: OutputFile[] = [];
  const links: RenderedPages['links'] = [];
  for (const page of pages) {
    const env: MarkdownEnv = { site, page, file: page.source.file, bodyLine: page.bodyLine, lines: bodyLines(page.body), bag, directives, links: [] };
    const bodyHtml = md.render(page.body, env as unknown as Record<string, unknown>);
    for (const link of env.links) links.push({ ...link, pageUrl: page.url });
    files.push({ path: outputPathForUrl(page.url), content: renderPage({ site, page, bodyHtml, assets, ...(page.draft ? {} : { search: { kind: 'Page' } }) }) });
  }
  return { files, links };
}
