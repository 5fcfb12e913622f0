/** Turns inline HTML (text, b, i, a, code, br …) into inline Markdown and plain text. */
import { decodeEntities } from './entities.js';
import type { HtmlNode } from './tree.js';

/** Plain text of nodes: entities decoded, whitespace collapsed, comments dropped. */
export function textOf(nodes: readonly HtmlNode[]): string {
  return collapse(rawText(nodes));
}

function rawText(nodes: readonly HtmlNode[]): string {
  let out = '';
  for (const n of nodes) {
    if (n.type === 'text') out += decodeEntities(n.text);
    else if (n.type === 'element') out += n.name === 'br' ? ' ' : rawText(n.children);
  }
  return out;
}

/** Collapses runs of whitespace (not no-break spaces) to one space and trims. */
export function collapse(text: string): string {
  return text.replace(/[ \t\r\n\f]+/g, ' ').trim();
}

/** Escapes the characters that would start Markdown syntax inside inline text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, (c) => '\\' + c);
}

/** Inline Markdown for nodes: `<b>` → `**`, `<i>` → `*`, `<a href>` → a link; other tags keep their text. */
export function inlineMarkdown(nodes: readonly HtmlNode[]): string {
  return collapse(toMarkdown(nodes)).replace(/\*\*\s*\*\*/g, '');
}

function toMarkdown(nodes: readonly HtmlNode[]): string {
  let out = '';
  for (const n of nodes) {
    if (n.type === 'text') out += escapeMarkdown(decodeEntities(n.text));
    else if (n.type === 'element') {
      const raw = toMarkdown(n.children);
      const inner = collapse(raw);
      switch (n.name) {
        case 'b': case 'strong': out += inner ? wrap('**', inner, raw) : ''; break;
        case 'i': case 'em': out += inner ? wrap('*', inner, raw) : ''; break;
        case 'code': out += inner ? '`' + textOf(n.children) + '`' : ''; break;
        case 'br': out += ' '; break;
        case 'a': out += n.attrs.href && inner ? `[${inner}](${n.attrs.href.replace(/[()\s]/g, encodeURIComponent)})` : inner; break;
        default: out += toMarkdown(n.children);
      }
    }
  }
  return out;
}

// Emphasis markers must hug the text, so surrounding spaces move outside them.
function wrap(marker: string, inner: string, raw: string): string {
  return (/^\s/.test(raw) ? ' ' : '') + marker + inner + marker + (/\s$/.test(raw) ? ' ' : '');
}
