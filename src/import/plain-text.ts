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

/**
 * An entry body (talk, course, project) for Vita's data Markdown, which shows raw HTML as text: each
 * paragraph holding tags becomes inline Markdown; lists and tables are left as written.
 */
export function entryMarkdown(body: string): string {
  return body.split(/(\n[ \t]*\n+)/).map((para) => {
    if (!/<[a-zA-Z][^>]*>/.test(para) || /^\s*([-*+]|\d+\.|\|)\s/m.test(para)) return para;
    return inlineMarkdown(parseHtml(para));
  }).join('');
}
