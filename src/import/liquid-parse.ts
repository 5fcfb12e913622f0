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
const MARKUP = /\{%-?\s*([\s\S]*?)\s*-?%\}|\{\{-?\s*([\s\S]*?)\s*-?\}\}/g;

/** True when the text holds any Liquid markup. */
export function hasLiquid(text: string): boolean {
  return /\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/.test(text);
}

/** Parses `text` into top-level nodes; a block left open ends where the text ends. */
export function parseLiquid(text: string): LiquidNode[] {
  const root: LiquidNode[] = [];
  type Open = { node: Extract<LiquidNode, { kind: 'block' }>; branch: Branch };
  const stack: Open[] = [];
  const push = (n: LiquidNode) => (stack.length ? stack[stack.length - 1]!.branch.children : root).push(n);
  let pos = 0;
  MARKUP.lastIndex = 0;
  for (let m = MARKUP.exec(text); m; m = MARKUP.exec(text)) {
    if (m.index > pos) push({ kind: 'text', start: pos, end: m.index });
    const start = m.index;
    const end = start + m[0].length;
    pos = end;
    if (m[2] !== undefined) {
      push({ kind: 'output', expr: m[2], start, end });
      continue;
    }
    const [, name = '', args = ''] = /^(\S+)\s*([\s\S]*)$/.exec(m[1]!) ?? [];
    if (name === 'raw') {
      const close = /\{%-?\s*endraw\s*-?%\}/g;
      close.lastIndex = end;
      const c = close.exec(text);
      const stop = c ? c.index + c[0].length : text.length;
      push({ kind: 'raw', start, end: stop, inner: [end, c ? c.index : text.length] });
      pos = stop;
      MARKUP.lastIndex = stop;
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
