import type { MarkdownIt } from 'markdown-it';

type Token = { type: string; content: string };

// Scripts written without spaces between words: a line break between two of their characters is no space.
// Korean is not among them (it puts spaces between words).
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/**
 * A line break inside a paragraph is a space in HTML; between two Chinese or Japanese characters that space
 * shows as a gap readers do not expect ("研究生， 在"), so such a break is left out. Breaks elsewhere are unchanged.
 */
export function cjkSoftbreakPlugin(md: MarkdownIt): void {
  const softbreak = md.renderer.rules.softbreak ?? ((tokens, idx, options) => (options.breaks ? '<br>\n' : '\n'));
  md.renderer.rules.softbreak = (tokens, idx, options, env, self) => {
    if (!options.breaks && UNSPACED.test(textBefore(tokens, idx).slice(-1)) && UNSPACED.test(textAfter(tokens, idx).slice(0, 1))) return '';
    return softbreak(tokens, idx, options, env, self);
  };
}

// The nearest text before or after the break, looking through link and emphasis markers (not other breaks).
function textBefore(tokens: readonly Token[], idx: number): string {
  for (let i = idx - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.type === 'text') {
      if (t.content) return t.content;
    } else if (!t.type.endsWith('_open') && !t.type.endsWith('_close')) return '';
  }
  return '';
}

function textAfter(tokens: readonly Token[], idx: number): string {
  for (let i = idx + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'text') {
      if (t.content) return t.content;
    } else if (!t.type.endsWith('_open') && !t.type.endsWith('_close')) return '';
  }
  return '';
}
