/** Parses the Liquid in a page into a tree of text, `{{ output }}`, `{% tag %}` and block nodes, with offsets. */

export type LiquidNode =
  | { kind: 'text'; start: number; end: number }
  | { kind: 'output'; expr: string; start: number; end: number }
  | { kind: 'tag'; name: string; args: string; start: number; end: number }
  | { kind: 'raw'; start: number; end: number; inner: [number, number] }
  | { kind: 'block'; name: string; args: string; start: number; end: number; branches: Branch[] };

/** The body of a block before the first `else`/`elsif`/`when`, then each later branch. */
export interface Branch {
  tag: string;
  args: string;
  children: LiquidNode[];
}

const BLOCKS = new Set(['for', 'if', 'unless', 'capture', 'case', 'comment', 'tablerow']);
const BRANCHES = new Set(['else', 'elsif', 'when']);
/** True when the text holds any Liquid markup. */
export function hasLiquid(text: string): boolean {
  return new MarkupScanner(text).next(0) !== undefined;
}

/** One `{% tag %}` or `{{ output }}`: where it starts and ends, and what is inside without `-` and spaces. */
interface Markup {
  start: number;
  end: number;
  tag?: string;
  output?: string;
}

/**
 * Finds `{% … %}` and `{{ … }}` in order, each ended by the first closer after it — what the regular expression
 * /\{%-?\s*([\s\S]*?)\s*-?%\}|\{\{-?\s*([\s\S]*?)\s*-?\}\}/g found — in linear time: that expression searched
 * from every unclosed `{{` to the end of the text again (an imported post of 250 KB of `{{ ` took 23 s). Where
 * the next opener and its closer are is remembered, so no part of the text is searched twice.
 */
interface Delimiters {
  open: '{%' | '{{';
  close: '%}' | '}}';
  /** Where the next opener is (-1: not looked for yet) and the first closer after it. */
  opener: number;
  closer: number;
  /** No more markup of this kind in the text. */
  done: boolean;
}

class MarkupScanner {
  private readonly kinds: Delimiters[] = [
    { open: '{%', close: '%}', opener: -1, closer: -1, done: false },
    { open: '{{', close: '}}', opener: -1, closer: -1, done: false },
  ];

  constructor(private readonly text: string) {}

  /** The first markup that starts at or after `from`. */
  next(from: number): Markup | undefined {
    let best: { kind: Delimiters; start: number; end: number } | undefined;
    for (const kind of this.kinds) {
      if (kind.done) continue;
      if (kind.opener < from) kind.opener = this.text.indexOf(kind.open, from);
      if (kind.opener < 0) {
        kind.done = true;
        continue;
      }
      if (kind.closer < kind.opener + 2) kind.closer = this.text.indexOf(kind.close, kind.opener + 2);
      // No closer after this opener means none after any later one either.
      if (kind.closer < 0) {
        kind.done = true;
        continue;
      }
      if (!best || kind.opener < best.start) best = { kind, start: kind.opener, end: kind.closer + 2 };
    }
    if (!best) return undefined;
    const inner = trimMarkup(this.text.slice(best.start + 2, best.end - 2));
    return best.kind.open === '{%' ? { start: best.start, end: best.end, tag: inner } : { start: best.start, end: best.end, output: inner };
  }
}

// `{%- x -%}` and `{{ x }}` hold `x`: one `-` and the spaces next to the delimiters are not part of it.
function trimMarkup(inner: string): string {
  let text = inner.startsWith('-') ? inner.slice(1) : inner;
  text = text.replace(/^\s+/, '');
  if (text.endsWith('-')) text = text.slice(0, -1);
  return text.replace(/\s+$/, '');
}

/** Parses `text` into top-level nodes; a block left open ends where the text ends. */
export function parseLiquid(text: string): LiquidNode[] {
  const root: LiquidNode[] = [];
  type Open = { node: Extract<LiquidNode, { kind: 'block' }>; branch: Branch };
  const stack: Open[] = [];
  const push = (n: LiquidNode) => (stack.length ? stack[stack.length - 1]!.branch.children : root).push(n);
  let pos = 0;
  const scanner = new MarkupScanner(text);
  for (let m = scanner.next(0); m; m = scanner.next(pos)) {
    const { start, end } = m;
    if (start > pos) push({ kind: 'text', start: pos, end: start });
    pos = end;
    if (m.output !== undefined) {
      push({ kind: 'output', expr: m.output, start, end });
      continue;
    }
    const [, name = '', args = ''] = /^(\S+)\s*([\s\S]*)$/.exec(m.tag!) ?? [];
    if (name === 'raw') {
      const close = /\{%-?\s*endraw\s*-?%\}/g;
      close.lastIndex = end;
      const c = close.exec(text);
      const stop = c ? c.index + c[0].length : text.length;
      push({ kind: 'raw', start, end: stop, inner: [end, c ? c.index : text.length] });
      pos = stop;
    } else if (BLOCKS.has(name)) {
      const branch: Branch = { tag: name, args, children: [] };
      const node = { kind: 'block' as const, name, args, start, end, branches: [branch] };
      push(node);
      stack.push({ node, branch });
    } else if (BRANCHES.has(name) && stack.length) {
      const top = stack[stack.length - 1]!;
      top.branch = { tag: name, args, children: [] };
      top.node.branches.push(top.branch);
    } else if (name.startsWith('end') && stack.some((o) => o.node.name === name.slice(3))) {
      while (stack.length) {
        const open = stack.pop()!;
        open.node.end = end;
        if (open.node.name === name.slice(3)) break;
      }
    } else push({ kind: 'tag', name, args, start, end });
  }
  if (pos < text.length) push({ kind: 'text', start: pos, end: text.length });
  for (const open of stack) open.node.end = text.length;
  return root;
}
