/**
 * Rewrites the Liquid of an academicpages page: base-path helpers disappear, the stock collection
 * loops become directives, conditions and outputs that read `_config.yml` and the front matter are evaluated,
 * and any other Liquid becomes an invisible HTML comment and a report line.
 */
import { applyEdits, lineAt, type Doc, type Edit } from './edits.js';
import { BASE_PATH, convert, type CollectionDocument, type LiquidContext } from './liquid-convert.js';
import { categoryLists, type PublicationKind } from './liquid-where.js';
import { parseLiquid, type LiquidNode } from './liquid-parse.js';
import { placeEdit } from './liquid-place.js';
import type { Report } from './report.js';

export type { CollectionDocument } from './liquid-convert.js';
export type { PublicationKind } from './liquid-where.js';

/** What the importer knows of the whole old site that a page's Liquid may read. */
export interface SiteFacts {
  /** Entries of the site's own collections, for loops over them. */
  documents?: Record<string, CollectionDocument[]>;
  publications?: PublicationKind[];
  /** Entries per stock collection, for `| size`. */
  sizes?: Record<string, number>;
}

/** Converts every Liquid construct in the page body (`page` is its front matter); returns the new body. */
export function convertLiquid(doc: Doc, file: string, config: Record<string, unknown>, report: Report,
  page: Record<string, unknown> = {}, facts: SiteFacts = {}): Doc {
  const scope = { site: config, page, assigned: assignedNames(doc.text) };
  const filtered = categoryLists(doc.text, facts.publications ?? []);
  const documents = facts.documents ?? {};
  const sizes = facts.sizes ?? {};
  const ctx: LiquidContext = { text: doc.text, scope, report, file, doc, documents, filtered, sizes };
  const edits: Edit[] = [];
  let basePaths = 0, firstBasePath = 0;
  for (const node of parseLiquid(doc.text)) {
    if (node.kind === 'text') continue;
    if (isBasePath(node)) {
      basePaths++;
      firstBasePath ||= lineAt(doc, node.start);
    }
    edits.push(placeEdit(node, convert(node, ctx), doc.text));
  }
  if (basePaths) {
    const what = '{% include base_path %}, {{ base_path }}, {{ site.baseurl }}, {{ site.url }}';
    report.add('liquid', `${basePaths} base-path reference(s) removed (${what})`, file, firstBasePath);
  }
  return applyEdits(doc, edits);
}

// Variables the page sets itself (or that stock includes set); any other bare variable is nil in Liquid.
function assignedNames(text: string): Set<string> {
  const names = new Set(['base_path', 'group_names', 'group_items', 'forloop', 'paginator', 'include', 'layout',
    'content']);
  const setting = /\{%-?\s*(?:assign|capture|increment|decrement)\s+([\w-]+)/g;
  const looping = /\{%-?\s*(?:for|tablerow)\s+([\w-]+)\s+in\b/g;
  for (const m of [...text.matchAll(setting), ...text.matchAll(looping)]) names.add(m[1]!);
  return names;
}

function isBasePath(node: LiquidNode): boolean {
  if (node.kind === 'output') return BASE_PATH.test(node.expr.trim());
  return node.kind === 'tag' && node.name === 'include' && node.args.trim() === 'base_path';
}
