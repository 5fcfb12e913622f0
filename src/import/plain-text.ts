/**
 * academicpages prints front matter fields (title, venue, authors, citation) as HTML. Vita keeps them as
 * text, escaped when shown and written bare into BibTeX, RIS, CSL-JSON and meta tags, so tags are
 * dropped and character references decoded, exactly once.
 */
import { inlineMarkdown, textOf } from './html/inline.js';
import { parseHtml } from './html/tree.js';

/** The text a browser shows for an HTML fragment, on one line. */
export function plainText(html: string): string {
  return textOf(parseHtml(html));
}

/** An HTML fragment as inline Markdown (bold, italics and links kept), for fields Vita reads as Markdown. */
export function markdownOf(html: string): string {
  return /[<&]/.test(html) ? inlineMarkdown(parseHtml(html)) : html;
}
