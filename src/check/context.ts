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

/** Everything one check needs: the built site, how URLs are prefixed, and where to point diagnostics. */
export interface CheckContext {
  site: BuiltSite;
  /** Path prefix the site is served under, `''` or like `/repo`. */
  basePath: string;
  bag: DiagnosticBag;
  /** Where to report a problem at `offset` of `page` whose text in the source is `needle`. */
  locate(page: BuiltPage, offset?: number, needle?: string): { file: string; position?: Position };
}

/**
 * Builds the `locate` function. A page with a known source is reported at its source file, at the first line that
 * contains the offending text (a link written by the owner); text that came from data or the theme has no line
 * there, so the file alone is named. A page without a source is reported at its output file under `outLabel`
 * (e.g. `_site`), at the exact line of the output.
 */
export function makeLocator(outLabel: string, sourceOf: (page: BuiltPage) => PageSource | undefined): CheckContext['locate'] {
  const texts = new Map<BuiltPage, SourceText>();
  return (page, offset, needle) => {
    const source = sourceOf(page);
    if (source) {
      const index = needle && source.text !== undefined ? source.text.indexOf(needle) : -1;
      if (index < 0) return { file: source.file };
      return { file: source.file, position: new SourceText(source.file, source.text!).position(index) };
    }
    const file = `${outLabel}${page.path}`;
    if (offset === undefined) return { file };
    let text = texts.get(page);
    if (!text) texts.set(page, (text = new SourceText(file, page.html)));
    return { file, position: text.position(offset) };
  };
}
