import MarkdownIt from 'markdown-it';
import { bareLinksPlugin } from '../markdown/bare-links.js';

// Descriptions of talks, courses and projects come from data files (or the bodies of small entry
// files) and are data: Markdown formatting works, raw HTML is shown as text, unsafe link schemes are refused.
const md = new MarkdownIt({ html: false, linkify: true, typographer: false }).use(bareLinksPlugin);

/** Renders a data description (paragraphs, lists, emphasis, links) to HTML with raw HTML escaped. */
export function renderBlockMarkdown(text: string): string {
  return md.render(text);
}
