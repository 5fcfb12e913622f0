import { parseInlineMarkdown } from '../render/components/inline-markdown.js';
import { escapeMarkup, typstString } from './typst-escape.js';

// Parsed like the website's inline Markdown: data never holds raw HTML, and markdown-it itself refuses
// javascript:, vbscript:, file: and data: link targets.
type Token = ReturnType<typeof parseInlineMarkdown>[number];

/**
 * One line of the owner's inline Markdown (a CV note, a summary) as Typst markup, and the text it prints:
 * emphasis, strong, code and links become Typst's, every piece of text is escaped. `href` turns a link target
 * into an absolute URL, or undefined
 * to print the link's text alone.
 */
export function inlineMarkdownToTypst(text: string, href: (url: string) => string | undefined): { markup: string; printed: string } {
  return convert(parseInlineMarkdown(text), href);
}

function convert(tokens: readonly Token[], href: (url: string) => string | undefined): { markup: string; printed: string } {
  let out = '';
  let printed = '';
  // Each opening token pushes what closes it, so links without a usable target still close cleanly. A `;` ends
  // each embedded call, so the text after it (`(`, a letter) is never read as more of the call.
  const closers: string[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'text': out += escapeMarkup(token.content); printed += token.content; break;
      case 'code_inline': out += `#raw(${typstString(token.content)});`; printed += token.content; break;
      case 'softbreak': case 'hardbreak': out += ' '; break;
      case 'strong_open': out += '#strong['; closers.push('];'); break;
      case 'em_open': out += '#emph['; closers.push('];'); break;
      case 's_open': out += '#strike['; closers.push('];'); break;
      case 'link_open': {
        const target = href(token.attrGet('href') ?? '');
        out += target ? `#link(${typstString(target)})[` : '#[';
        closers.push('];');
        break;
      }
      case 'strong_close': case 'em_close': case 's_close': case 'link_close': out += closers.pop() ?? ''; break;
      default: out += escapeMarkup(token.content); printed += token.content;
    }
  }
  return { markup: out + closers.reverse().join(''), printed };
}
