/** Plain-text helpers for posts: excerpts and reading time, computed once in the model. */

const MORE = /<!--\s*more\s*-->/i;
const MAX_EXCERPT = 280;

/** The text before `<!--more-->`, else the first paragraph, as plain text of at most ~280 characters. */
export function excerptOf(body: string): string {
  const more = MORE.exec(body);
  const source = more ? body.slice(0, more.index) : firstParagraph(body);
  return truncate(plainText(source));
}

function firstParagraph(body: string): string {
  // Blocks are read one at a time: the first paragraph is usually near the top of a long body.
  const text = body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body;
  const blockBreak = /\n{2,}/g;
  let inFence = false;
  for (let start = 0; start <= text.length;) {
    const m = blockBreak.exec(text);
    const end = m ? m.index : text.length;
    const block = text.slice(start, end);
    start = m ? m.index + m[0].length : text.length + 1;
    const trimmed = block.trim();
    const fences = trimmed.includes('```') || trimmed.includes('~~~') ? (trimmed.match(/^(```|~~~)/gm) ?? []).length : 0;
    if (inFence) {
      if (fences % 2 === 1) inFence = false;
      continue;
    }
    if (fences % 2 === 1) { inFence = true; continue; }
    // Headings, code, directives, raw HTML, tables, images and maths are not prose to summarise.
    if (trimmed === '' || /^(#|```|~~~|::|<|\||!\[|\$\$|    )/.test(block) || fences > 0) continue;
    return trimmed;
  }
  return '';
}

/** Markdown inline syntax removed: link and emphasis markers, inline HTML, math delimiters. */
export function plainText(markdown: string): string {
  // Each step is a pass over the text; the checks skip the passes whose syntax is absent.
  let text = markdown;
  if (text.includes('<!--')) text = text.replace(/<!--[\s\S]*?-->/g, '');
  if (text.includes('$')) text = text.replace(/\$\$([\s\S]+?)\$\$|\$([^\s$](?:[^$]*?[^\s$\\])?)\$(?!\d)/g, (_m, display?: string, inline?: string) => plainTex(display ?? inline ?? ''));
  if (text.includes('](')) text = text.replace(/!\[[^\]]*\]\([^)]*\)/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  if (text.includes('<')) text = text.replace(/<[^>]+>/g, '');
  return text
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/(\*\*|__|\*|_|~~|`)/g, '')
    // What /\s+/ → ' ' does, but a lone space (nearly every match in prose) is left alone instead of replaced.
    .replace(/\s{2,}|[^\S ]/g, ' ')
    .trim();
}

// Enough TeX to read a formula in a feed reader: fractions become a/(b), other commands and braces go.
function plainTex(tex: string): string {
  let text = tex;
  for (let i = 0; i < 8 && /[{}]/.test(text); i++) {
    text = text.replace(/\\frac\{([^{}]*)\}\{([^{}]*)\}/g, '$1/($2)').replace(/([\^_])\{([^{}]*)\}/g, '$1$2');
    if (!/\\frac\{[^{}]*\}\{[^{}]*\}|[\^_]\{[^{}]*\}/.test(text)) break;
  }
  return text.replace(/\\(left|right)\b/g, '').replace(/\\([a-zA-Z]+)/g, '$1').replace(/[{}]/g, '').replace(/\s+/g, ' ').trim();
}

function truncate(text: string): string {
  if (text.length <= MAX_EXCERPT) return text;
  const cut = text.slice(0, MAX_EXCERPT);
  const space = cut.lastIndexOf(' ');
  return (space > MAX_EXCERPT / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '') + '…';
}

// Words per minute for alphabetic scripts; characters per minute for Chinese, Japanese and Korean,
// where a character carries about what a short word does elsewhere.
const WORDS_PER_MINUTE = 220;
const CJK_PER_MINUTE = 400;
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/g;

const NON_ASCII = /[^\x00-\x7f]/;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Minutes to read a Markdown body, rounded up, at least 1. */
export function readingMinutes(body: string): number {
  const ascii = !NON_ASCII.test(body);
  const cjk = ascii ? 0 : (body.match(CJK) ?? []).length;
  const words = ascii ? asciiWords(body) : (body.replace(CJK, ' ').match(WORD) ?? []).length;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE + cjk / CJK_PER_MINUTE));
}

// Counts what WORD matches in ASCII text (a letter or digit, then letters, digits, ' and -) without
// building a match per word: the Unicode-aware regex is the slow part of reading a thousand posts.
function asciiWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (inWord) inWord = alnum || c === 39 /* ' */ || c === 45 /* - */;
    else if (alnum) {
      words++;
      inWord = true;
    }
  }
  return words;
}
