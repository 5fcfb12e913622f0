/**
 * Math written for MathJax, made readable by Vita's KaTeX: `\( \)` and `\[ \]` delimiters, `$$…$$` inside
 * a line (kramdown's inline math), bare `\begin{equation|align|eqnarray…}`, and `\displaylines` or
 * `eqnarray`, which KaTeX lacks. A formula KaTeX still cannot read is kept as code with a report line,
 * so that one formula never fails the imported site's build.
 */
import { katex } from '../lazy-modules.js';
import { applyEdits, fencedRanges, inRanges, lineAt, type Doc, type Edit } from './edits.js';
import type { Report } from './report.js';

const ENVS = 'equation|align|alignat|eqnarray|gather|multline';
const MATH = new RegExp([
  '(`+)[^`][\\s\\S]*?\\1', // a code span: left alone
  '\\$\\$([\\s\\S]+?)\\$\\$',
  '\\\\\\\\?\\[([\\s\\S]+?)\\\\\\\\?\\]',
  '\\\\\\\\?\\(([\\s\\S]+?)\\\\\\\\?\\)',
  `(\\\\begin\\{(${ENVS})(\\*?)\\}[\\s\\S]*?\\\\end\\{\\6\\7\\})`,
  '(?<![\\\\$])\\$(?![\\s$])([^$\\n]+?)(?<![\\s\\\\])\\$(?![\\d$])',
].join('|'), 'g');
// `\[x\]` and `\(x\)` are also kramdown's escaped brackets: only TeX-looking content is math.
const TEXLIKE = /[\\^_=]/;

/** Rewrites the body's math for KaTeX; formulas KaTeX cannot read become code. */
export function convertMath(doc: Doc, file: string, report: Report): Doc {
  const fenced = fencedRanges(doc.text);
  const edits: Edit[] = [];
  let rewritten = 0;
  for (const m of doc.text.matchAll(MATH)) {
    if (m[1] !== undefined || inRanges(fenced, m.index)) continue;
    const whole = m[0];
    const alone = ownLines(doc.text, m.index, whole.length);
    let tex: string;
    let display: boolean;
    if (m[2] !== undefined) [tex, display] = [m[2], alone];
    else if (m[3] !== undefined) [tex, display] = [m[3], true];
    else if (m[4] !== undefined) [tex, display] = [m[4], false];
    else if (m[5] !== undefined) [tex, display] = [m[5], true];
    else [tex, display] = [m[8]!, false];
    if ((m[3] !== undefined || m[4] !== undefined) && !TEXLIKE.test(tex)) continue;
    const fixed = katexDialect(tex.trim());
    const problem = katexProblem(fixed, display);
    const line = lineAt(doc, m.index);
    let text: string;
    if (problem) {
      text = display ? `\n\`\`\`tex\n${tex.trim()}\n\`\`\`\n` : codeSpan(whole);
      report.add('verbatim', `formula kept as code: KaTeX cannot read it (${problem})`, file, line);
    } else {
      text = display ? `${alone ? '' : '\n\n'}$$\n${fixed}\n$$${alone ? '' : '\n\n'}` : `$${fixed}$`;
    }
    if (text === whole) continue;
    if (!problem) rewritten++;
    edits.push({ start: m.index, end: m.index + whole.length, text });
  }
  if (rewritten) {
    const kinds = '\\( \\), \\[ \\], $$ inside a line, bare environments';
    const line = lineAt(doc, edits[0]!.start);
    report.add('kramdown', `${rewritten} MathJax formula(s) rewritten for KaTeX (${kinds})`, file, line);
  }
  return applyEdits(doc, edits);
}

/** TeX with what KaTeX lacks replaced: `\displaylines{a \\ b}` → `gathered`, `eqnarray` → a three-column array. */
export function katexDialect(tex: string): string {
  let out = tex.replace(/\\begin\{eqnarray\*?\}/g, '\\begin{array}{rcl}')
    .replace(/\\end\{eqnarray\*?\}/g, '\\end{array}');
  for (let at = out.indexOf('\\displaylines{'); at >= 0; at = out.indexOf('\\displaylines{')) {
    const open = at + '\\displaylines'.length;
    const close = matchingBrace(out, open);
    if (close < 0) break;
    out = `${out.slice(0, at)}\\begin{gathered}${out.slice(open + 1, close)}\\end{gathered}${out.slice(close + 1)}`;
  }
  return out;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function katexProblem(tex: string, display: boolean): string | undefined {
  try {
    katex().renderToString(tex, { displayMode: display, throwOnError: true, strict: 'ignore', trust: false });
    return undefined;
  } catch (error) {
    const message = String((error as Error).message).replace(/^KaTeX parse error: /, '').replace(/\u0332/g, '');
    return message.split('\n')[0]!.replace(/ at position.*$/, '');
  }
}

// True when the match fills its lines (nothing but spaces around it).
function ownLines(text: string, start: number, length: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', start + length);
  return !text.slice(lineStart, start).trim() && !text.slice(start + length, nl < 0 ? text.length : nl).trim();
}

function codeSpan(text: string): string {
  const ticks = '`'.repeat(Math.max(1, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  return `${ticks}${text.replace(/\n/g, ' ')}${ticks}`;
}
