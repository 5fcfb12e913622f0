import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { TextOrigin } from '../load/text-origin.js';
import type { Site } from '../model/types.js';
import { sharedMarkdown } from '../render/markdown/create-markdown.js';
import { bodyLines, type FoundLink, type MarkdownEnv } from '../render/markdown/markdown-env.js';
import type { FeatureRenderContext } from './feature.js';

/** Renders the Markdown body of a post or project page like a page's: same dialect, every directive, positioned errors. */
export function renderMarkdownBody(
  site: Site, doc: { url: string; file: string; body: string; bodyLine: number; origin?: TextOrigin }, bag: DiagnosticBag,
  { directives }: FeatureRenderContext, links?: FoundLink[],
): string {
  const page = { url: doc.url, frontMatter: {}, source: { file: doc.file, line: 1, col: 1 } };
  const env: MarkdownEnv = {
    site, page, file: doc.file, bodyLine: doc.bodyLine, ...(doc.origin ? { origin: doc.origin } : {}),
    lines: bodyLines(doc.body), bag, directives, links: [],
  };
  const html = sharedMarkdown().render(doc.body, env as unknown as Record<string, unknown>);
  links?.push(...env.links);
  return html;
}

/** True when one of the owner's Markdown pages already has `url`: their page wins over a generated list. */
export function ownPageAt(site: Site, url: string): boolean {
  return site.pages.some((p) => p.url === url);
}
