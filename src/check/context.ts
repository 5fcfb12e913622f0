import { SourceText } from '../load/source-text.js';
import type { DiagnosticBag, Position } from '../diagnostics/diagnostic.js';
import type { BuiltPage, BuiltSite } from './built-site.js';

/** The source file a built page came from, when the build says so. */
export interface PageSource {
  /** Path relative to the site root, e.g. `pages/about.md`. */
  file: string;
  /** The file's text, used to find the line of a link written in it. */
  text?: string;
}

/** A link as the Markdown renderer found it: exact source position, and the URL of the page it is on. */
export interface ExactLink {
  href: string;
  file: string;
  line: number;
  col: number;
  pageUrl: string;
}

/** Everything one check needs: the built site, how URLs are prefixed, and where to point diagnostics. */
export interface CheckContext {
  site: BuiltSite;
  /** Path prefix the site is served under, `''` or like `/repo`. */
  basePath: string;
  bag: DiagnosticBag;
  /** Where to report a problem at `offset` of `page` whose text in the source is `needle`. */
  locate(page: BuiltPage, offset?: number, needle?: string): { file: string; position?: Position };
}

export interface LocatorOptions {
  /** Folder prefix for output files whose source is unknown, e.g. `_site` (`''`: the output folder is the root). */
  outLabel: string;
  sourceOf?: (page: BuiltPage) => PageSource | undefined;
  /** Links with exact positions, from the renderer. */
  links?: readonly ExactLink[];
}

/**
 * Builds the `locate` function. In order: a link the renderer found is reported at its exact position; a page with
 * a known source is reported at its source file, at the first occurrence of the offending text (or the file alone
 * when the text came from data or the theme); any other page at its output file under `outLabel`, at the exact
 * line of the output.
 */
export function makeLocator(options: LocatorOptions): CheckContext['locate'] {
  const exact = new Map<string, ExactLink>();
  for (const link of options.links ?? []) {
    const key = `${link.pageUrl}\0${link.href}`;
    if (!exact.has(key)) exact.set(key, link);
  }
  const texts = new Map<BuiltPage, SourceText>();
  return (page, offset, needle) => {
    const link = needle === undefined ? undefined : exact.get(`${page.url}\0${needle}`);
    if (link) return { file: link.file, position: { line: link.line, col: link.col } };
    const source = options.sourceOf?.(page);
    if (source) {
      const index = needle && source.text !== undefined ? source.text.indexOf(needle) : -1;
      if (index < 0) return { file: source.file };
      return { file: source.file, position: new SourceText(source.file, source.text!).position(index) };
    }
    const file = options.outLabel ? `${options.outLabel}${page.path}` : page.path.slice(1);
    if (offset === undefined) return { file };
    let text = texts.get(page);
    if (!text) texts.set(page, (text = new SourceText(file, page.html)));
    return { file, position: text.position(offset) };
  };
}
