/** Builds a forgiving element tree from scanner tokens (unclosed elements close at their parent's end). */
import { scanHtml, type Token } from './scan.js';

export interface ElementNode {
  type: 'element';
  name: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
  start: number;
  end: number;
}
export interface TextNode { type: 'text'; text: string; start: number; end: number }
export interface CommentNode { type: 'comment'; text: string; start: number; end: number }
export type HtmlNode = ElementNode | TextNode | CommentNode;

/** Parses `html[from, to)` into a list of top-level nodes. */
export function parseHtml(html: string, from = 0, to = html.length): HtmlNode[] {
  return buildTree(scanHtml(html, from, to), to);
}

function buildTree(tokens: Token[], docEnd: number): HtmlNode[] {
  const root: ElementNode = { type: 'element', name: '#root', attrs: {}, children: [], start: 0, end: docEnd };
  const stack: ElementNode[] = [root];
  for (const t of tokens) {
    const top = stack[stack.length - 1]!;
    if (t.kind === 'text') top.children.push({ type: 'text', text: t.text, start: t.start, end: t.end });
    else if (t.kind === 'comment') top.children.push({ type: 'comment', text: t.text, start: t.start, end: t.end });
    else if (t.kind === 'open') {
      const el: ElementNode = { type: 'element', name: t.name, attrs: t.attrs, children: [], start: t.start, end: t.end };
      top.children.push(el);
      if (!t.selfClosing) stack.push(el);
    } else {
      // A stray close tag with no open element of that name is ignored, as browsers do.
      const at = stack.map((e) => e.name).lastIndexOf(t.name);
      if (at <= 0) continue;
      while (stack.length > at) stack.pop()!.end = t.end;
    }
  }
  while (stack.length > 1) stack.pop()!.end = docEnd;
  return root.children;
}

/** Element children of a node, skipping text that is only whitespace and comments. */
export function elements(nodes: readonly HtmlNode[]): ElementNode[] {
  return nodes.filter((n): n is ElementNode => n.type === 'element');
}

/** True when the nodes hold nothing but whitespace and comments. */
export function isBlank(nodes: readonly HtmlNode[]): boolean {
  return nodes.every((n) => n.type === 'comment' || (n.type === 'text' && !n.text.trim()));
}

/** Every descendant element, depth first. */
export function descendants(nodes: readonly HtmlNode[]): ElementNode[] {
  const out: ElementNode[] = [];
  const walk = (list: readonly HtmlNode[]) => {
    for (const n of list) if (n.type === 'element') { out.push(n); walk(n.children); }
  };
  walk(nodes);
  return out;
}

/** Comments anywhere inside the nodes, in document order. */
export function comments(nodes: readonly HtmlNode[]): CommentNode[] {
  const out: CommentNode[] = [];
  const walk = (list: readonly HtmlNode[]) => {
    for (const n of list) {
      if (n.type === 'comment') out.push(n);
      else if (n.type === 'element') walk(n.children);
    }
  };
  walk(nodes);
  return out;
}

/** The nodes (and parts of nested nodes) lying between two offsets. */
export function nodesBetween(nodes: readonly HtmlNode[], from: number, to: number): HtmlNode[] {
  const out: HtmlNode[] = [];
  for (const n of nodes) {
    if (n.end <= from || n.start >= to) continue;
    if (n.start >= from && n.end <= to) out.push(n);
    else if (n.type === 'element') out.push(...nodesBetween(n.children, from, to));
  }
  return out;
}
