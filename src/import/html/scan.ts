/**
 * A small tolerant HTML tag scanner: turns markup into open/close/text/comment tokens with their
 * offsets. It never fails; anything that is not a well-formed tag is text.
 */

export type Token =
  | { kind: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean; start: number; end: number }
  | { kind: 'close'; name: string; start: number; end: number }
  | { kind: 'text'; text: string; start: number; end: number }
  | { kind: 'comment'; text: string; start: number; end: number };

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y;
const ATTR = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Tokens of `html` from `from` to `to` (offsets are into `html`). */
export function scanHtml(html: string, from = 0, to = html.length): Token[] {
  const tokens: Token[] = [];
  let textStart = from;
  let i = from;
  const flushText = (end: number) => {
    if (end > textStart) tokens.push({ kind: 'text', text: html.slice(textStart, end), start: textStart, end });
  };
  while (i < to) {
    const lt = html.indexOf('<', i);
    if (lt < 0 || lt >= to) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      const end = close < 0 || close + 3 > to ? to : close + 3;
      flushText(lt);
      tokens.push({ kind: 'comment', text: html.slice(lt + 4, close < 0 ? to : close), start: lt, end });
      i = textStart = end;
      continue;
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(html);
    if (!m || lt + m[0].length > to) {
      i = lt + 1;
      continue;
    }
    flushText(lt);
    const end = lt + m[0].length;
    const name = m[2]!.toLowerCase();
    if (m[1]) tokens.push({ kind: 'close', name, start: lt, end });
    else tokens.push({ kind: 'open', name, attrs: parseAttrs(m[3] ?? ''), selfClosing: m[4] === '/' || VOID.has(name), start: lt, end });
    i = textStart = end;
  }
  flushText(to);
  return tokens;
}

/** Elements that never have content or a closing tag. */
export const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

function parseAttrs(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of text.matchAll(ATTR)) attrs[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  return attrs;
}

/** Offset just after the tag that closes the element opened at `start` (nesting counted), if it is closed. */
export function closingEnd(text: string, start: number, name: string): number | undefined {
  let depth = 0;
  for (const t of scanHtml(text, start)) {
    if (t.kind === 'open' && t.name === name && !t.selfClosing) depth++;
    else if (t.kind === 'close' && t.name === name && --depth === 0) return t.end;
  }
  return undefined;
}
