/**
 * Rewrites the Liquid of an academicpages page: base-path helpers disappear, the stock collection
 * loops become directives, conditions and outputs that read `_config.yml` and the front matter are evaluated,
 * and any other Liquid becomes an invisible HTML comment and a report line.
 */
import { applyEdits, lineAt, type Doc, type Edit } from './edits.js';
import { evaluateCondition, evaluateOutput } from './liquid-eval.js';
import { parseLiquid, type LiquidNode } from './liquid-parse.js';
import type { Report } from './report.js';

interface Ctx { text: string; scope: Record<string, unknown>; report: Report; file: string; doc: Doc; documents: Record<string, CollectionDocument[]> }

/** An entry of one of the site's own collections, as a loop over `site.<name>` lists it. */
export interface CollectionDocument {
  title: string;
  url: string;
}
interface Piece { text: string; block: boolean }

const COLLECTIONS: Record<string, string> = { publications: 'publications', talks: 'talks', teaching: 'teaching', posts: 'posts', portfolio: 'projects' };
const BASE_PATH = /^(base_path|site\.baseurl|site\.url)$/;

/** Converts every Liquid construct in the page body (`page` is its front matter); returns the new body. */
export function convertLiquid(doc: Doc, file: string, config: Record<string, unknown>, report: Report, page: Record<string, unknown> = {},
  documents: Record<string, CollectionDocument[]> = {}): Doc {
  const ctx: Ctx = { text: doc.text, scope: { site: config, page, assigned: assignedNames(doc.text) }, report, file, doc, documents };
  const edits: Edit[] = [];
  let basePaths = 0, firstBasePath = 0;
  for (const node of parseLiquid(doc.text)) {
    if (node.kind === 'text') continue;
    if (isBasePath(node)) {
      basePaths++;
      firstBasePath ||= lineAt(doc, node.start);
    }
    const piece = convert(node, ctx);
    edits.push(placeEdit(node, piece, doc.text));
  }
  if (basePaths) report.add('liquid', `${basePaths} base-path reference(s) removed ({% include base_path %}, {{ base_path }}, {{ site.baseurl }}, {{ site.url }})`, file, firstBasePath);
  return applyEdits(doc, edits);
}

// Variables the page sets itself (or that stock includes set); any other bare variable is nil in Liquid.
function assignedNames(text: string): Set<string> {
  const names = new Set(['base_path', 'group_names', 'group_items', 'forloop', 'paginator', 'include', 'layout', 'content']);
  for (const m of text.matchAll(/\{%-?\s*(?:assign|capture|increment|decrement)\s+([\w-]+)|\{%-?\s*(?:for|tablerow)\s+([\w-]+)\s+in\b/g)) names.add(m[1] ?? m[2]!);
  return names;
}

function isBasePath(node: LiquidNode): boolean {
  return (node.kind === 'output' && BASE_PATH.test(node.expr.trim())) || (node.kind === 'tag' && node.name === 'include' && node.args.trim() === 'base_path');
}

function convert(node: LiquidNode, ctx: Ctx): Piece {
  const source = ctx.text.slice(node.start, node.end);
  const line = lineAt(ctx.doc, node.start);
  switch (node.kind) {
    case 'text': return { text: source, block: false };
    case 'raw': return { text: ctx.text.slice(...node.inner), block: false };
    case 'output': {
      if (BASE_PATH.test(node.expr.trim())) return { text: '', block: false };
      const value = evaluateOutput(node.expr, ctx.scope);
      if (value === undefined) break;
      const expr = node.expr.trim();
      const from = /^(site|page)\./.test(expr) ? (expr.startsWith('page') ? 'its front matter value' : 'its _config.yml value')
        : /^["']/.test(expr) ? 'its value' : 'nothing: the variable is never set, so Jekyll printed';
      ctx.report.add('liquid', `\`${oneLine(source)}\` replaced by ${from} "${value}"`, ctx.file, line);
      return { text: value, block: false };
    }
    case 'tag': {
      const args = node.args.trim();
      if (node.name === 'include' && args === 'base_path') return { text: '', block: false };
      if (node.name === 'include' && /^cv-template\.html\b/.test(args)) return directive('cv', source, ctx, line);
      if (node.name === 'include' && /^figure\b/.test(args)) {
        const figure = figureHtml(args);
        if (figure) {
          ctx.report.add('liquid', `\`${oneLine(source)}\` → an HTML figure`, ctx.file, line);
          return { text: figure, block: true };
        }
      }
      if (node.name === 'include' && /^toc\b/.test(args)) {
        ctx.report.add('kramdown', `\`${oneLine(source)}\` removed: Vita pages have no generated table of contents`, ctx.file, line);
        return { text: '', block: false };
      }
      break;
    }
    case 'block': {
      const args = node.args.trim();
      if (node.name === 'for') {
        const coll = /^\w+\s+in\s+(?:site\.(\w+)|paginator\.(posts))\b/.exec(args);
        // academicpages' grouped publication page loops over the categories, then the papers.
        const name = coll?.[1] === 'publication_category' ? 'publications' : coll && COLLECTIONS[coll[1] ?? coll[2]!];
        if (name && /\{%-?\s*include\s+archive-single/.test(source)) return directive(name, openingTag(source), ctx, line);
        const own = coll?.[1] ? ctx.documents[coll[1]] : undefined;
        if (own && /\{%-?\s*include\s+archive-single/.test(source)) return entryList(own, /\breversed\b/.test(args), source, ctx, line);
      }
      if (node.name === 'capture' && args === 'written_year') return { text: '', block: false };
      if (node.name === 'comment') {
        ctx.report.add('liquid', 'Liquid comment kept as an HTML comment', ctx.file, line);
        const inner = ctx.text.slice(node.branches[0]!.children[0]?.start ?? node.end, node.branches[0]!.children.at(-1)?.end ?? node.end);
        return { text: `<!--${inner.replace(/--/g, '- -')}-->`, block: false };
      }
      if (node.name === 'if' || node.name === 'unless') {
        const chosen = chooseBranch(node, ctx.scope);
        if (chosen === undefined) break;
        ctx.report.add('liquid', `\`${oneLine(openingTag(source))}\` evaluated with _config.yml and front matter values: ${chosen === EMPTY ? 'content left out' : chosen.tag === 'else' ? 'the else branch kept' : 'content kept'}`, ctx.file, line);
        const pieces = chosen.children.map((c) => convert(c, ctx));
        return { text: pieces.map((p) => (p.block ? `\n\n${p.text.trim()}\n\n` : p.text)).join(''), block: pieces.some((p) => p.block) };
      }
      break;
    }
  }
  return keepForReview(source, ctx, line);
}

const EMPTY = { tag: '', args: '', children: [] };

// The branch an if/unless takes with the config's values; undefined when a condition reads anything else.
function chooseBranch(node: Extract<LiquidNode, { kind: 'block' }>, scope: Record<string, unknown>) {
  for (const [i, b] of node.branches.entries()) {
    if (b.tag === 'else') return b;
    const value = evaluateCondition(b.args, scope);
    if (value === undefined) return undefined;
    if (i === 0 && node.name === 'unless' ? !value : value) return b;
  }
  return EMPTY;
}

// A loop over one of the site's own collections, written out as the list of links Jekyll rendered.
function entryList(docs: CollectionDocument[], reversed: boolean, source: string, ctx: Ctx, line: number): Piece {
  const ordered = reversed ? [...docs].reverse() : docs;
  ctx.report.add('liquid', `\`${oneLine(openingTag(source))}\` → a list of its ${docs.length} entries`, ctx.file, line);
  const esc = (t: string) => t.replace(/([\\[\]*_`<])/g, '\\$1');
  return { text: ordered.map((d) => `- [${esc(d.title)}](${d.url})`).join('\n'), block: true };
}

function directive(name: string, source: string, ctx: Ctx, line: number): Piece {
  ctx.report.add('liquid', `\`${oneLine(source)}\` → \`::${name}\``, ctx.file, line);
  return { text: `::${name}`, block: true };
}

// What cannot be evaluated stays in the page as an HTML comment: invisible, but there to rewrite by hand.
function keepForReview(source: string, ctx: Ctx, line: number): Piece {
  ctx.report.add('liquid', `not evaluated, kept as an HTML comment (invisible; rewrite it by hand): \`${oneLine(openingTag(source))}\``, ctx.file, line);
  return { text: `<!-- Liquid from the old site: ${source.replace(/--/g, '- -')} -->`, block: source.includes('\n') };
}

// A construct alone on its line(s) replaces those whole lines; a directive or callout always gets
// lines of its own with blank lines around, and a stock `<ul>` wrapped around a loop goes with it.
function placeEdit(node: LiquidNode, piece: Piece, text: string): Edit {
  let start = node.start, end = node.end;
  const ulBefore = /<ul>\s*$/.exec(text.slice(text.lastIndexOf('\n', start - 1) + 1, start));
  const ulAfter = /^\s*<\/ul>/.exec(text.slice(end));
  if (piece.block && ulBefore && ulAfter) {
    start -= ulBefore[0].length;
    end += ulAfter[0].length;
  }
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl < 0 ? text.length : nl;
  const alone = !text.slice(lineStart, start).trim() && !text.slice(end, lineEnd).trim();
  if (alone) {
    const stop = nl < 0 ? text.length : nl + 1;
    const body = piece.text.trim() ? (piece.block ? `\n${piece.text.trim()}\n\n` : piece.text.replace(/^\n+/, '') + (piece.text.endsWith('\n') ? '' : '\n')) : '';
    return { start: lineStart, end: stop, text: body };
  }
  return { start, end, text: piece.block ? `\n\n${piece.text.trim()}\n\n` : piece.text };
}

// minimal-mistakes' `{% include figure image_path="…" alt="…" caption="…" %}` as the HTML it produced.
function figureHtml(args: string): string | undefined {
  const attrs: Record<string, string> = {};
  for (const m of args.matchAll(/(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[m[1]!] = m[2] ?? m[3] ?? '';
  const src = attrs.image_path;
  if (!src || /\{\{|\{%/.test(args)) return undefined;
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const caption = attrs.caption ? `<figcaption>${attrs.caption}</figcaption>` : '';
  return `<figure><img src="${esc(src)}" alt="${esc(attrs.alt ?? '')}">${caption}</figure>`;
}

// The first tag or output of a construct, which is what the report shows.
function openingTag(source: string): string {
  return /^\{%[\s\S]*?%\}|^\{\{[\s\S]*?\}\}/.exec(source)?.[0] ?? source;
}

/** Source text on one line for the report, shortened. */
export function oneLine(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 80 ? t.slice(0, 79) + '…' : t;
}
