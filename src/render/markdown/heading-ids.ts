import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { slugify } from './slugify.js';

/**
 * Gives every heading an id from its text, made unique within the page with -1, -2 … as markdown-it-anchor
 * does. Written here because that plugin looks each heading up in the token list and restarts the suffix
 * count for every duplicate: 20,000 headings took minutes.
 */
export function headingIdsPlugin(md: MarkdownIt): void {
  md.core.ruler.push('vita_heading_ids', (state: StateCore) => {
    const used = new Set<string>();
    // Next suffix to try per base slug; suffixes tried before are still taken, so skipping them is safe.
    const nextSuffix = new Map<string, number>();
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.type !== 'heading_open' || token.attrGet('id') !== null) continue;
      const base = slugify(headingText(tokens[i + 1]?.children ?? []));
      let id = base;
      let n = nextSuffix.get(base) ?? 1;
      while (used.has(id)) id = `${base}-${n++}`;
      nextSuffix.set(base, n);
      used.add(id);
      token.attrSet('id', id);
    }
  });
}

// The text markdown-it-anchor slugified: plain text and inline code, without markup.
function headingText(children: readonly Token[]): string {
  return children.filter((t) => t.type === 'text' || t.type === 'code_inline').map((t) => t.content).join('');
}
