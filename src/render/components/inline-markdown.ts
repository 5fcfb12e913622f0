import MarkdownIt from 'markdown-it';

// One shared instance: building markdown-it is far slower than rendering a short line with it.
// `html: true` because these fields are the owner's own words, trusted like their pages (DESIGN.md).
const md = new MarkdownIt({ html: true, linkify: false, typographer: false });

/** Renders one line of the owner's inline Markdown (news text, bio, notes) to HTML without a <p>. */
export function renderInlineMarkdown(text: string): string {
  return md.renderInline(text);
}
