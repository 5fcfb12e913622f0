import { katex } from '../../lazy-modules.js';
import { LatexConverter, mathTitleToText, type Slot } from '../../load/bibtex/convert.js';
import { escapeHtml } from '../escape.js';

const MATH = /(?<!\\)\$([^$]+)\$/g;
const textCache = new Map<string, string>();

/** A title as HTML: text escaped, `$…$` rendered by KaTeX as MathML (browsers draw it without fonts or CSS). */
export function titleHtml(title: string): string {
  if (!title.includes('$')) return escapeHtml(title);
  let out = '';
  let last = 0;
  for (const m of title.matchAll(MATH)) {
    out += escapeHtml(title.slice(last, m.index));
    // KaTeX escapes what it prints and, untrusted by default, refuses \href and friends.
    out += katex().renderToString(m[1]!, { output: 'mathml', throwOnError: false, strict: 'ignore' });
    last = m.index + m[0].length;
  }
  return out + escapeHtml(title.slice(last));
}

/** A title as plain text, for <title>, meta tags and citations: math becomes Unicode (`$\alpha$` → α). */
export function titleText(title: string): string {
  if (!MATH.test(title)) return title;
  MATH.lastIndex = 0;
  let cached = textCache.get(title);
  if (cached === undefined) {
    cached = title.replace(MATH, (m) => mathTitleToText(m) || m.slice(1, -1));
    textCache.set(title, cached);
  }
  return cached;
}

/** Converts the math of many titles in one parser run, so that `titleText` later finds them ready. */
export function primeTitleTexts(titles: readonly string[]): void {
  const converter = new LatexConverter();
  const maths = new Map<string, Slot<string>>();
  const pending = titles.filter((t) => t.includes('$') && !textCache.has(t));
  for (const t of pending) for (const m of t.matchAll(MATH)) if (!maths.has(m[0])) maths.set(m[0], converter.text(m[0], () => {}));
  converter.flush();
  for (const t of pending) textCache.set(t, t.replace(MATH, (m) => maths.get(m)?.value || m.slice(1, -1)));
}
