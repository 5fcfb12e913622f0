import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from '../build.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { outputPathForUrl } from '../model/permalink.js';
import { renderPages } from '../render/render-pages.js';
import { builtSiteFromFiles, type BuiltPage, type BuiltSite } from './built-site.js';
import type { ExactLink, PageSource } from './context.js';

export type BuildForCheck =
  | { ok: false; diagnostics: Diagnostic[] }
  | { ok: true; diagnostics: Diagnostic[]; site: BuiltSite; basePath: string; sourceOf: (page: BuiltPage) => PageSource | undefined; links: ExactLink[] };

/**
 * Builds the site in memory (nothing is written) for `vita check`. The build's own link check stops the build at
 * the first missing target, before anchors, theme images and metadata can be looked at; so the links the
 * renderer found are taken over here (they keep their exact file:line:col) and checked against the whole output,
 * and every problem comes out in one report.
 */
export async function buildForCheck(root: string): Promise<BuildForCheck> {
  const links: ExactLink[] = [];
  const result = await build({
    root,
    write: false,
    pageRenderer: (...args) => {
      const rendered = renderPages(...args);
      links.push(...rendered.links);
      return { files: rendered.files, links: [] };
    },
  });
  if (!result.ok || !result.site) return { ok: false, diagnostics: result.diagnostics };
  const site = result.site;
  const files = result.files.map((f) => ('content' in f ? f : { path: f.path }));
  const sources = new Map(site.pages.map((p) => ['/' + outputPathForUrl(p.url), p.source.file]));
  const texts = new Map<string, string | undefined>();
  const sourceOf = (page: BuiltPage): PageSource | undefined => {
    const file = sources.get(page.path);
    if (file === undefined) return undefined;
    if (!texts.has(file)) texts.set(file, readText(join(root, file)));
    const text = texts.get(file);
    return text === undefined ? { file } : { file, text };
  };
  return { ok: true, diagnostics: result.diagnostics, site: builtSiteFromFiles('_site', files), basePath: site.config.basePath, sourceOf, links };
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}
