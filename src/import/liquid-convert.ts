/** One Liquid construct → the text Jekyll would have printed, a directive, or an HTML comment to review. */
import { lineAt, type Doc } from './edits.js';
import { evaluateCondition, evaluateOutput } from './liquid-eval.js';
import { figureHtml } from './liquid-figure.js';
import type { LiquidNode } from './liquid-parse.js';
import type { Piece } from './liquid-place.js';
import type { Report } from './report.js';
import { assignedList, publicationsDirective, type CategoryLists } from './liquid-where.js';

/** An entry of one of the site's own collections, as a loop over `site.<name>` lists it. */
export interface CollectionDocument {
  title: string;
  url: string;
}

/** What converting a page's Liquid needs: its text, the `site`/`page` scope, and where to report. */
export interface LiquidContext {
  text: string;
  scope: Record<string, unknown>;
  report: Report;
  file: string;
  doc: Doc;
  documents: Record<string, CollectionDocument[]>;
  /** Variables holding one category of publications, with the Vita type listing exactly those. */
  filtered: CategoryLists;
  /** Entries per stock collection as Jekyll published them. */
  sizes: Record<string, number>;
}

type Block = Extract<LiquidNode, { kind: 'block' }>;

const COLLECTIONS: Record<string, string> = {
  publications: 'publications', talks: 'talks', teaching: 'teaching', posts: 'posts', portfolio: 'projects',
};
/** Outputs that print the site's address or base path, which Vita's site-relative links do without. */
export const BASE_PATH = /^(base_path|site\.baseurl|site\.url)$/;
const EMPTY = { tag: '', args: '', children: [] };

/** The piece that replaces `node`; whatever cannot be evaluated is kept for review. */
export function convert(node: LiquidNode, ctx: LiquidContext): Piece {
  const source = ctx.text.slice(node.start, node.end);
  const line = lineAt(ctx.doc, node.start);
  let piece: Piece | undefined;
  switch (node.kind) {
    case 'text': return { text: source, block: false };
    case 'raw': return { text: ctx.text.slice(...node.inner), block: false };
    case 'output': piece = convertOutput(node.expr, source, ctx, line); break;
    case 'tag': piece = convertTag(node.name, node.args.trim(), source, ctx, line); break;
    case 'block': piece = convertBlock(node, source, ctx, line); break;
  }
  return piece ?? keepForReview(source, ctx, line);
}

function convertOutput(raw: string, source: string, ctx: LiquidContext, line: number): Piece | undefined {
  const expr = raw.trim();
  if (BASE_PATH.test(expr)) return { text: '', block: false };
  const size = /^site\.(\w+)\s*\|\s*size$/.exec(expr);
  const count = size && Object.hasOwn(ctx.sizes, size[1]!) ? ctx.sizes[size[1]!] : undefined;
  if (count !== undefined) {
    const what = 'replaced by the number of entries the old site had:';
    ctx.report.add('liquid', `\`${oneLine(source)}\` ${what} ${count}`, ctx.file, line);
    return { text: String(count), block: false };
  }
  const value = evaluateOutput(raw, ctx.scope);
  if (value === undefined) return undefined;
  const from = expr.startsWith('page.') ? 'its front matter value' : expr.startsWith('site.') ? 'its _config.yml value'
    : /^["']/.test(expr) ? 'its value' : 'nothing: the variable is never set, so Jekyll printed';
  ctx.report.add('liquid', `\`${oneLine(source)}\` replaced by ${from} "${value}"`, ctx.file, line);
  return { text: value, block: false };
}

function convertTag(name: string, args: string, source: string, ctx: LiquidContext, line: number): Piece | undefined {
  if (name === 'assign') return categoryAssign(args, source, ctx, line);
  if (name !== 'include') return undefined;
  if (args === 'base_path') return { text: '', block: false };
  if (/^cv-template\.html\b/.test(args)) return directive('cv', source, ctx, line);
  const figure = /^figure\b/.test(args) ? figureHtml(args) : undefined;
  if (figure) {
    ctx.report.add('liquid', `\`${oneLine(source)}\` → an HTML figure`, ctx.file, line);
    return { text: figure, block: true };
  }
  if (/^toc\b/.test(args)) {
    const why = 'Vita pages have no generated table of contents';
    ctx.report.add('kramdown', `\`${oneLine(source)}\` removed: ${why}`, ctx.file, line);
    return { text: '', block: false };
  }
  return undefined;
}

function convertBlock(node: Block, source: string, ctx: LiquidContext, line: number): Piece | undefined {
  const args = node.args.trim();
  if (node.name === 'for' && /\{%-?\s*include\s+archive-single/.test(source)) {
    const coll = /^\w+\s+in\s+(?:site\.(\w+)|paginator\.(posts))\b/.exec(args);
    // academicpages' grouped publication page loops over the categories, then the papers.
    const name = coll?.[1] === 'publication_category' ? 'publications' : coll && COLLECTIONS[coll[1] ?? coll[2]!];
    if (name) return directive(name, openingTag(source), ctx, line);
    const own = coll?.[1] ? ctx.documents[coll[1]] : undefined;
    if (own) return entryList(own, /\breversed\b/.test(args), source, ctx, line);
    const list = /^\w+\s+in\s+([\w-]+)(\s+reversed)?\s*$/.exec(args);
    const type = list ? ctx.filtered.types.get(list[1]!) : undefined;
    const order = 'listed oldest first; Vita lists newest first';
    const opening = oneLine(openingTag(source));
    if (type !== undefined && !list![2]) ctx.report.add('liquid', `\`${opening}\` ${order}`, ctx.file, line);
    if (type !== undefined) return directive(publicationsDirective(type), openingTag(source), ctx, line);
  }
  if (node.name === 'capture' && args === 'written_year') return { text: '', block: false };
  if (node.name === 'comment') {
    ctx.report.add('liquid', 'Liquid comment kept as an HTML comment', ctx.file, line);
    const children = node.branches[0]!.children;
    const inner = ctx.text.slice(children[0]?.start ?? node.end, children.at(-1)?.end ?? node.end);
    return { text: `<!--${inner.replace(/--/g, '- -')}-->`, block: false };
  }
  if (node.name === 'if' || node.name === 'unless') return convertCondition(node, source, ctx, line);
  return undefined;
}

function convertCondition(node: Block, source: string, ctx: LiquidContext, line: number): Piece | undefined {
  const chosen = chooseBranch(node, ctx.scope);
  if (chosen === undefined) return undefined;
  const outcome = chosen === EMPTY ? 'content left out'
    : chosen.tag === 'else' ? 'the else branch kept' : 'content kept';
  const what = `\`${oneLine(openingTag(source))}\` evaluated with _config.yml and front matter values`;
  ctx.report.add('liquid', `${what}: ${outcome}`, ctx.file, line);
  const pieces = chosen.children.map((c) => convert(c, ctx));
  const text = pieces.map((p) => (p.block ? `\n\n${p.text.trim()}\n\n` : p.text)).join('');
  return { text, block: pieces.some((p) => p.block) };
}

// `{% assign x = site.publications | where: "category", … %}`: gone when its loop becomes a directive.
function categoryAssign(args: string, source: string, ctx: LiquidContext, line: number): Piece | undefined {
  const list = assignedList(args, ctx.filtered);
  if (!list) return undefined;
  const why = ctx.filtered.unmapped.get(list);
  if (why) {
    ctx.report.add('liquid', `\`${oneLine(source)}\` has no Vita filter listing exactly it: ${why}`, ctx.file, line);
    return undefined;
  }
  const becomes = `the loop over ${list} becomes \`::${publicationsDirective(ctx.filtered.types.get(list)!)}\``;
  ctx.report.add('liquid', `\`${oneLine(source)}\` removed: ${becomes}`, ctx.file, line);
  return { text: '', block: false };
}

// The branch an if/unless takes with the config's values; undefined when a condition reads anything else.
function chooseBranch(node: Block, scope: Record<string, unknown>) {
  for (const [i, b] of node.branches.entries()) {
    if (b.tag === 'else') return b;
    const value = evaluateCondition(b.args, scope);
    if (value === undefined) return undefined;
    if (i === 0 && node.name === 'unless' ? !value : value) return b;
  }
  return EMPTY;
}

// A loop over one of the site's own collections, written out as the list of links Jekyll rendered.
function entryList(docs: CollectionDocument[], reversed: boolean, source: string, ctx: LiquidContext, line: number) {
  const ordered = reversed ? [...docs].reverse() : docs;
  ctx.report.add('liquid', `\`${oneLine(openingTag(source))}\` → a list of its ${docs.length} entries`, ctx.file, line);
  const esc = (t: string) => t.replace(/([\\[\]*_`<])/g, '\\$1');
  return { text: ordered.map((d) => `- [${esc(d.title)}](${d.url})`).join('\n'), block: true } satisfies Piece;
}

function directive(name: string, source: string, ctx: LiquidContext, line: number): Piece {
  ctx.report.add('liquid', `\`${oneLine(source)}\` → \`::${name}\``, ctx.file, line);
  return { text: `::${name}`, block: true };
}

// What cannot be evaluated stays in the page as an HTML comment: invisible, but there to rewrite by hand.
function keepForReview(source: string, ctx: LiquidContext, line: number): Piece {
  const what = 'not evaluated, kept as an HTML comment (invisible; rewrite it by hand)';
  ctx.report.add('liquid', `${what}: \`${oneLine(openingTag(source))}\``, ctx.file, line);
  return { text: `<!-- Liquid from the old site: ${source.replace(/--/g, '- -')} -->`, block: source.includes('\n') };
}

// The first tag or output of a construct, which is what the report shows.
function openingTag(source: string): string {
  return /^\{%[\s\S]*?%\}|^\{\{[\s\S]*?\}\}/.exec(source)?.[0] ?? source;
}

// Source text on one line for the report, shortened.
function oneLine(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 80 ? t.slice(0, 79) + '…' : t;
}
