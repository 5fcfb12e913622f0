import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { MarkdownFile } from '../load/front-matter.js';
import { positionOf } from '../load/yaml.js';
import { frontMatterSchema } from '../validate/schemas/front-matter.js';
import { validateYaml } from '../validate/zod-diagnostics.js';
import { normalisePermalink, urlFromPagePath } from './permalink.js';
import type { Page, PageDisplay } from './types.js';

const KNOWN = new Set(['title', 'permalink', 'redirect_from', 'excerpt', 'description', 'layout', 'date', 'draft', 'nav', 'profile', 'full_width', 'hide_title', 'toc']);

/** How a language other than the default places its pages: under its folder, named by their shared path. */
export interface PagePlacement {
  /** `/zh`: every URL of the language's pages starts with it. */
  prefix: string;
  /** The path a file's URL is made from (`pages/index.zh.md` → `pages/index.md`). */
  pathOf: (file: MarkdownFile) => string;
}

/** Validates each page's front matter and works out its URL and redirects. */
export function buildPages(files: readonly MarkdownFile[], bag: DiagnosticBag, options: { drafts: boolean }, placement?: PagePlacement): Page[] {
  const place = (url: string): string => (placement ? underPrefix(placement.prefix, url) : url);
  const pages: Page[] = [];
  for (const file of files) {
    const name = file.source.file;
    if (!file.hasFrontMatter) {
      bag.error('missing-front-matter', name, { line: 1, col: 1 }, 'This page has no front matter.', 'Start the file with:\n---\ntitle: Page title\n---');
      continue;
    }
    if (!file.frontMatter) continue; // its YAML error is already reported
    const fm = validateYaml(frontMatterSchema, file.frontMatter, bag);
    if (!fm) continue;
    let url: string | undefined = place(urlFromPagePath(placement?.pathOf(file) ?? name));
    if (fm.permalink !== undefined) {
      const result = normalisePermalink(fm.permalink);
      if (result.ok) url = place(result.url);
      else {
        // Keep going, so a bad redirect on the same page is reported in this run too.
        bag.error('bad-permalink', name, positionOf(file.frontMatter, ['permalink']), `The permalink "${fm.permalink}" ${result.reason}.`, result.hint);
        url = undefined;
      }
    }
    const redirectFrom: string[] = [];
    (fm.redirect_from ?? []).forEach((raw, i) => {
      const result = normalisePermalink(raw);
      if (result.ok) redirectFrom.push(place(result.url));
      else {
        const path = Array.isArray(file.frontMatter!.value && (file.frontMatter!.value as Record<string, unknown>).redirect_from) ? ['redirect_from', i] : ['redirect_from'];
        bag.error('bad-permalink', name, positionOf(file.frontMatter!, path), `The redirect "${raw}" ${result.reason}.`, result.hint);
      }
    });
    if (url === undefined || (fm.draft && !options.drafts)) continue;
    const display: PageDisplay = {
      ...(fm.profile ? { profile: fm.profile } : {}),
      ...(fm.full_width !== undefined ? { fullWidth: fm.full_width } : {}),
      ...(fm.hide_title !== undefined ? { hideTitle: fm.hide_title } : {}),
      ...(fm.toc !== undefined ? { toc: fm.toc } : {}),
    };
    const rest = Object.fromEntries(Object.entries(fm).filter(([k]) => !KNOWN.has(k)));
    pages.push(Object.freeze({
      source: { file: name, ...(fm.permalink !== undefined ? positionOf(file.frontMatter, ['permalink']) : { line: 1, col: 1 }) },
      url,
      title: fm.title,
      ...(fm.description ? { description: fm.description } : {}),
      ...(fm.excerpt ? { excerpt: fm.excerpt } : {}),
      layout: fm.layout ?? (url === place('/') ? 'home' : 'page'),
      ...(fm.date ? { date: fm.date } : {}),
      draft: fm.draft ?? false,
      redirectFrom,
      body: file.body,
      bodyLine: file.bodyLine,
      frontMatter: Object.freeze(rest),
      ...(Object.keys(display).length > 0 ? { display } : {}),
    }));
  }
  return pages;
}

// A translation's permalink may be written with or without its language's folder: `/` and `/zh/` both mean `/zh/`.
function underPrefix(prefix: string, url: string): string {
  return url === prefix + '/' || url.startsWith(prefix + '/') ? url : prefix + url;
}
