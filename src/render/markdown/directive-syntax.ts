/** A directive as written: `::name[label]{attrs}` or the opening line of `:::name[label]{attrs}`. */
export interface DirectiveCall {
  name: string;
  label?: string;
  /** Attributes in source order; a bare word is `true`. */
  attrs: Array<{ key: string; value: string | true; col: number }>;
  /** 0-based column of the first colon. */
  col: number;
  /** Set when the attribute list could not be read; the message says why. */
  error?: { message: string; col: number };
}

const HEAD = /^( {0,3})(:{2,})([a-zA-Z][\w-]*)/;

/** Parses a directive line; returns undefined when the line is not one. `colons` is 2 for leaf, ≥3 for containers. */
export function parseDirectiveLine(line: string): (DirectiveCall & { colons: number }) | undefined {
  const head = HEAD.exec(line);
  if (!head) return undefined;
  const call: DirectiveCall & { colons: number } = { name: head[3]!, attrs: [], col: head[1]!.length, colons: head[2]!.length };
  let i = head[0].length;
  if (line[i] === '[') {
    const end = line.indexOf(']', i);
    if (end < 0) return { ...call, error: { message: 'The [label] of this directive is not closed.', col: i } };
    call.label = line.slice(i + 1, end);
    i = end + 1;
  }
  if (line[i] === '{') {
    const end = findClosingBrace(line, i);
    if (end < 0) return { ...call, error: { message: 'The {options} of this directive are not closed.', col: i } };
    const parsed = parseAttributes(line.slice(i + 1, end), i + 1);
    if ('error' in parsed) return { ...call, error: parsed.error };
    call.attrs = parsed.attrs;
    i = end + 1;
  }
  if (line.slice(i).trim() !== '') return { ...call, error: { message: 'Unexpected text after the directive.', col: i } };
  return call;
}

function findClosingBrace(line: string, open: number): number {
  let quote: string | undefined;
  for (let i = open + 1; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '}') return i;
  }
  return -1;
}

const ATTR = /\s*(?:([#.][\w-]+)|([a-zA-Z_][\w-]*)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"'=}]+)))?)/y;

function parseAttributes(text: string, offset: number): { attrs: DirectiveCall['attrs'] } | { error: { message: string; col: number } } {
  const attrs: DirectiveCall['attrs'] = [];
  let i = 0;
  while (i < text.length) {
    if (/^\s*$/.test(text.slice(i))) break;
    ATTR.lastIndex = i;
    const m = ATTR.exec(text);
    if (!m || m[0].trim() === '') return { error: { message: `Cannot read the option starting at "${text.slice(i).trim().slice(0, 20)}".`, col: offset + i } };
    const col = offset + i + (m[0].length - m[0].trimStart().length);
    if (m[1]) attrs.push({ key: m[1][0] === '#' ? 'id' : 'class', value: m[1].slice(1), col });
    else attrs.push({ key: m[2]!, value: m[3] ?? m[4] ?? m[5] ?? true, col });
    i = ATTR.lastIndex;
  }
  return { attrs };
}
