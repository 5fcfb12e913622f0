/** Recognises honours tables: `<i>Award</i> (note) by Body.` in one cell, `2021 & 2022` in the last. */
import { inlineMarkdown, textOf } from './inline.js';
import { itemsOf } from './items.js';
import type { ElementNode, HtmlNode } from './tree.js';
import type { Attempt } from './recognition.js';
import type { HonorRecord } from './records.js';
import { clip } from './news.js';

const YEARS = /^((?:19|20)\d{2})(\s*(?:&|,|and|\/|;)\s*(?:19|20)\d{2})*$/;

/** Honours when every row ends in a cell of years. */
export function recogniseHonors(block: ElementNode): Attempt {
  const { shape, items } = itemsOf(block);
  if (shape !== 'rows') return { claimed: false };
  const withYears = items.filter((it) => it.cells.length >= 2 && YEARS.test(textOf(it.cells[it.cells.length - 1]!.children)));
  if (withYears.length === 0) return { claimed: false };
  const records: HonorRecord[] = [];
  for (const [i, item] of items.entries()) {
    const last = item.cells[item.cells.length - 1];
    const years = last && item.cells.length >= 2 ? textOf(last.children) : '';
    if (!YEARS.test(years)) return { claimed: true, what: 'honours table', nearMiss: `row ${i + 1} ("${clip(textOf(item.nodes))}") has no cell of years like 2021 & 2022` };
    const record = parseHonor(item.cells.slice(0, -1).flatMap((c) => c.children));
    if (!record) return { claimed: true, what: 'honours table', nearMiss: `row ${i + 1} has no award name` };
    records.push({ ...record, years: years.match(/\d{4}/g)!.map(Number) });
  }
  return { claimed: true, result: { kind: 'honors', records, count: records.length } };
}

function parseHonor(nodes: HtmlNode[]): Omit<HonorRecord, 'years'> | undefined {
  const named = nodes.find((n): n is ElementNode => n.type === 'element' && ['i', 'em', 'b', 'strong'].includes(n.name));
  const rest = named ? nodes.filter((n) => n !== named) : nodes;
  let text = inlineMarkdown(rest);
  let title = named ? textOf(named.children) : '';
  if (!title) {
    const by = text.search(/\s+by\s+/);
    title = (by < 0 ? text : text.slice(0, by)).trim();
    text = by < 0 ? '' : text.slice(by);
  }
  if (!title) return undefined;
  const notes: string[] = [];
  text = text.replace(/\s*\(([^()]+)\)/g, (_, inner: string) => (notes.push(inner.trim()), ' '));
  const by = /(?:^|\s)by\s+(.+?)[.\s]*$/.exec(text)?.[1]?.replace(/\\([\\`*_[\]<>])/g, '$1');
  const leftover = text.replace(/(?:^|\s)by\s+.+$/, '').replace(/[\s.,;:]+/g, ' ').trim();
  if (leftover) notes.push(leftover);
  return { title, ...(by ? { by } : {}), ...(notes.length ? { note: notes.join('; ') } : {}) };
}
