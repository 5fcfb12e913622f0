import { katex } from '../../lazy-modules.js';
import type { MarkdownIt, StateBlock, StateInline, Token } from 'markdown-it';
import { escapeHtml } from '../escape.js';
import { bodyPosition, type MarkdownEnv } from '../markdown/markdown-env.js';
import { katexCssUrl } from './katex-assets.js';

/**
 * `$…$` (inline) and `$$…$$` (display, on lines of their own) rendered by KaTeX at build time: HTML plus
 * MathML, no script. The first formula of a page brings in KaTeX's stylesheet with a <link> (allowed in
 * <body>), so pages without math load nothing extra. A TeX mistake is a diagnostic at the formula.
 */
export function mathPlugin(md: MarkdownIt): void {
  md.inline.ruler.after('escape', 'vita_math_inline', inlineMath);
  md.block.ruler.before('fence', 'vita_math_block', blockMath, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.renderer.rules.vita_math_inline = (tokens, idx, _o, env) => render(tokens[idx]!, false, env as MarkdownEnv | undefined);
  md.renderer.rules.vita_math_block = (tokens, idx, _o, env) => render(tokens[idx]!, true, env as MarkdownEnv | undefined) + '\n';
}

// Pandoc's rule: the opening $ is not followed by a space, the closing $ not preceded by one nor followed by a digit.
function inlineMath(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  const start = state.pos;
  if (src.charCodeAt(start) !== 0x24 /* $ */ || src.charCodeAt(start + 1) === 0x24) return false;
  const first = src[start + 1];
  if (first === undefined || /\s/.test(first)) return false;
  let end = start + 1;
  for (;;) {
    end = src.indexOf('$', end);
    if (end < 0) return false;
    if (src[end - 1] === '\\') { end++; continue; }
    break;
  }
  if (/\s/.test(src[end - 1]!) || /\d/.test(src[end + 1] ?? '')) return false;
  if (!silent) {
    const token = state.push('vita_math_inline', 'math', 0);
    token.content = src.slice(start + 1, end);
    token.markup = '$';
  }
  state.pos = end + 1;
  return true;
}

function blockMath(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  // Tried at every line of every paragraph: a line not starting with `$` is turned away before anything is copied.
  if (state.src.charCodeAt(state.bMarks[startLine]! + state.tShift[startLine]!) !== 0x24 /* $ */) return false;
  const lineOf = (l: number) => state.src.slice(state.bMarks[l]! + state.tShift[l]!, state.eMarks[l]!);
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const first = lineOf(startLine);
  if (!first.startsWith('$$')) return false;
  let content: string;
  let last = startLine;
  const rest = first.slice(2);
  if (rest.trimEnd().endsWith('$$') && rest.trim().length > 2) {
    content = rest.trimEnd().slice(0, -2);
  } else {
    if (rest.trim() !== '' && rest.includes('$$')) return false;
    const lines = [rest];
    let closed = false;
    for (let l = startLine + 1; l < endLine; l++) {
      const text = lineOf(l);
      if (text.trimEnd().endsWith('$$')) {
        lines.push(text.trimEnd().slice(0, -2));
        last = l;
        closed = true;
        break;
      }
      lines.push(text);
    }
    if (!closed) return false;
    content = lines.join('\n');
  }
  if (silent) return true;
  const token = state.push('vita_math_block', 'math', 0);
  token.block = true;
  token.content = content.trim();
  token.map = [startLine, last + 1];
  token.markup = '$$';
  state.line = last + 1;
  return true;
}

function render(token: Token, display: boolean, env: MarkdownEnv | undefined): string {
  let html: string;
  try {
    html = katex().renderToString(token.content, { displayMode: display, throwOnError: true, output: 'htmlAndMathml', strict: 'ignore', trust: false });
  } catch (error) {
    if (env?.bag) report(error, token, display, env);
    html = `<code class="math-error">${escapeHtml(token.content)}</code>`;
  }
  const wrapped = display ? `<div class="math math--display">${html}</div>` : `<span class="math">${html}</span>`;
  if (!env || (env as { mathCss?: boolean }).mathCss) return wrapped;
  (env as { mathCss?: boolean }).mathCss = true;
  return `<link rel="stylesheet" href="${env.site.config.basePath}${katexCssUrl()}">` + wrapped;
}

function report(error: unknown, token: Token, display: boolean, env: MarkdownEnv): void {
  // KaTeX underlines the bad part with combining characters, which terminals show as noise.
  const reason = (error instanceof katex().ParseError ? error.message.replace(/^KaTeX parse error: /, '') : String(error)).replace(/\u0332/g, '');
  const needle = (display ? '' : '$') + token.content;
  let line = token.map ? token.map[0] : 0, col = 0;
  const found = env.lines.findIndex((l, i) => i >= line && l.includes(needle));
  if (found >= 0) { line = found; col = env.lines[found]!.indexOf(needle); }
  env.bag.error('math-syntax', env.file, bodyPosition(env, line, col + 1), `KaTeX cannot read this formula: ${reason.split('\n')[0]}`,
    'Check the TeX between the dollar signs; write \\$ for a literal dollar sign.');
}

