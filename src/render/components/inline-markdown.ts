import MarkdownIt from 'markdown-it';

// One shared instance: building markdown-it is far slower than rendering a short line with it.
// These fields live in YAML data (news text, bio, notes, footer), and data values are always escaped
// (DESIGN.md), so raw HTML is shown as text; Markdown emphasis and links still work, and markdown-it
// refuses javascript:, vbscript:, file: and data: link targets on its own.
const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** Renders one line of inline Markdown from the owner's data (news text, bio, notes) to HTML, without a <p>. */
export function renderInlineMarkdown(text: string): string {
  return md.renderInline(text);
}

/** The tokens of one line of inline Markdown, parsed with the same settings (for output other than HTML: the PDF CV). */
export function parseInlineMarkdown(text: string): Array<ReturnType<MarkdownIt['parseInline']>[number]> {
  return md.parseInline(text, {})[0]?.children ?? [];
}
