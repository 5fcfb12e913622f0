import type { SourceRef } from '../model/types.js';
import { checkUrl } from '../validate/url.js';
import { encodeSiteUrl } from '../model/url-encoding.js';
import { inlineMarkdownToTypst } from './inline-markdown.js';
import { escapeMarkup, typstString } from './typst-escape.js';

/** Where a data value is written: a file, and the line and column when known. */
export type DataSource = SourceRef | { file: string; line?: undefined; col?: undefined };

/** A data value printed in the CV and where it came from, so a glyph no font has can be traced back to it. */
export interface DataText {
  text: string;
  source: DataSource;
}

/**
 * Turns data values into Typst markup while the CV is written: every value is escaped, every link made absolute
 * (a PDF has no site to be relative to), and every value is remembered for the glyph check after compiling.
 */
export class TypstText {
  /** Every data value written so far, in order. */
  readonly texts: DataText[] = [];

  /** `siteUrl`: the site's absolute URL without a trailing slash, for site-relative links. */
  constructor(private readonly siteUrl: string) {}

  /** A plain data value as markup. */
  plain(value: string, source: DataSource): string {
    this.texts.push({ text: value, source });
    return escapeMarkup(value);
  }

  /** An inline-Markdown data value (a note, a description) as markup. */
  markdown(value: string, source: DataSource): string {
    const { markup, printed } = inlineMarkdownToTypst(value, (url) => this.absoluteUrl(url));
    this.texts.push({ text: printed, source });
    return markup;
  }

  /** `label` (markup) linked to `url`, or the label alone when the URL cannot be linked from a PDF. */
  link(url: string | undefined, label: string): string {
    const target = url === undefined ? undefined : this.absoluteUrl(url);
    return target ? `#link(${typstString(target)})[${label}];` : label;
  }

  /** http(s) and mailto URLs as they are; site-relative ones under the site's URL; anything else undefined. */
  absoluteUrl(url: string): string | undefined {
    if (checkUrl(url) !== undefined) return undefined;
    if (/^(https?|mailto):/i.test(url)) return url;
    return url.startsWith('/') ? this.siteUrl + encodeSiteUrl(url) : undefined;
  }
}
