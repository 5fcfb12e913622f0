/** Splits a hand-written HTML block into its repeated items: table rows, list items, cards or `<br>`-separated lines. */
import { elements, isBlank, type ElementNode, type HtmlNode } from './tree.js';

export interface Item {
  /** The item's content: a row's cells' children joined, an `li`'s children, or one line's nodes. */
  nodes: HtmlNode[];
  /** Table cells when the item is a row. */
  cells: ElementNode[];
  /** Offset of the item in the page, for messages. */
  start: number;
}

const WRAPPERS = new Set(['div', 'p', 'section', 'span', 'center', 'font', 'blockquote']);

/** Descends through wrappers (`div`, `p` …) that hold a single element and nothing else. */
export function unwrap(node: ElementNode): ElementNode {
  let cur = node;
  for (;;) {
    const kids = elements(cur.children);
    const only = kids[0];
    if (kids.length !== 1 || !only || !WRAPPERS.has(cur.name) || !isBlank(cur.children.filter((n) => n !== only))) return cur;
    cur = only;
  }
}

/** The items of a block, or undefined when it is neither a table, a list nor lines. */
export function itemsOf(block: ElementNode): { shape: 'rows' | 'list' | 'cards' | 'lines'; items: Item[] } {
  const root = unwrap(block);
  if (root.name === 'table') {
    const rows = elements(root.children).flatMap((c) => (c.name === 'tbody' || c.name === 'thead' ? elements(c.children) : [c])).filter((e) => e.name === 'tr');
    return {
      shape: 'rows',
      items: rows.map((tr) => {
        const cells = elements(tr.children).filter((c) => c.name === 'td' || c.name === 'th');
        return { cells, nodes: cells.flatMap((c) => [...c.children, { type: 'text' as const, text: ' ', start: c.end, end: c.end }]), start: tr.start };
      }),
    };
  }
  if (root.name === 'ul' || root.name === 'ol') {
    return { shape: 'list', items: elements(root.children).filter((e) => e.name === 'li').map((li) => ({ nodes: li.children, cells: [], start: li.start })) };
  }
  const kids = elements(root.children);
  // A grid of cards: two or more `<div>`s (or `<article>`s) of one class, each an item.
  if (kids.length >= 2 && kids.every((k) => (k.name === 'div' || k.name === 'article') && k.attrs.class === kids[0]!.attrs.class)) {
    return { shape: 'cards', items: kids.map((k) => ({ nodes: k.children, cells: [], start: k.start })) };
  }
  const items: Item[] = [];
  let cur: HtmlNode[] = [];
  const push = () => {
    if (!isBlank(cur)) items.push({ nodes: cur, cells: [], start: cur[0]!.start });
    cur = [];
  };
  for (const n of root.children) {
    if (n.type === 'element' && n.name === 'br') push();
    else cur.push(n);
  }
  push();
  return { shape: 'lines', items };
}

/** The nodes of an item without leading whitespace-only text and comments. */
export function trimStart(nodes: readonly HtmlNode[]): HtmlNode[] {
  let i = 0;
  while (i < nodes.length && isBlank([nodes[i]!])) i++;
  return nodes.slice(i);
}
