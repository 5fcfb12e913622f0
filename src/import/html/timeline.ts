/** Recognises experience/education tables with logos: a bold organisation, a role and `(Jan. 2025 - Now)`. */
import { findRange } from './dates.js';
import { collapse, textOf } from './inline.js';
import { itemsOf } from './items.js';
import { descendants, type ElementNode, type HtmlNode } from './tree.js';
import type { Attempt } from './recognition.js';
import type { TimelineRecord } from './records.js';
import { clip } from './news.js';

// A role that names a degree belongs in education.yml rather than experience.yml.
const DEGREE = /^(bachelor|master|ph\.?\s?d|doctor|b\.?\s?sc|m\.?\s?sc|b\.?\s?eng|m\.?\s?eng|b\.?a\b|m\.?a\b|mphil|m\.?phil|msc|bsc|diploma|undergraduate|graduate student|high school|middle school)/i;

/** Timeline entries when every row has a bold organisation and a date range. */
export function recogniseTimeline(block: ElementNode): Attempt {
  const { items } = itemsOf(block);
  const ranged = items.filter((it) => findRange(textOf(it.nodes))).length;
  if (ranged === 0 || hasQuotedTitle(items.flatMap((i) => i.nodes))) return { claimed: false };
  const experience: TimelineRecord[] = [];
  const education: TimelineRecord[] = [];
  const order: ('experience' | 'education')[] = [];
  for (const [i, item] of items.entries()) {
    const record = parseRow(item.nodes);
    if (typeof record === 'string') return { claimed: true, what: 'experience table', nearMiss: `row ${i + 1} ("${clip(textOf(item.nodes))}") ${record}` };
    const kind = DEGREE.test(record.role) ? 'education' : 'experience';
    (kind === 'education' ? education : experience).push(record);
    if (!order.includes(kind)) order.push(kind);
  }
  return { claimed: true, result: { kind: 'timeline', experience, education, order, count: items.length } };
}

/** True when some bold text is a quoted title, the mark of a publication list. */
export function hasQuotedTitle(nodes: readonly HtmlNode[]): boolean {
  return descendants(nodes).some((e) => (e.name === 'b' || e.name === 'strong') && /^["“].*["”]\.?$/.test(textOf(e.children)));
}

function parseRow(nodes: HtmlNode[]): TimelineRecord | string {
  const all = descendants(nodes);
  const name = all.find((e) => e.name === 'b' || e.name === 'strong');
  if (!name) return 'has no bold organisation name';
  const img = all.find((e) => e.name === 'img' && e.attrs.src);
  const anchor = descendants(name.children).find((e) => e.name === 'a' && e.attrs.href) ?? all.find((e) => e.name === 'a' && e.attrs.href && e.start < name.start);
  const nameText = textOf(name.children);
  const afterName = collapse(textAfter(nodes, name.end));
  const range = findRange(afterName);
  if (!range) return 'has no date range like (Jan. 2025 - Now)';
  const role = (afterName.slice(0, range.index) + ' ' + afterName.slice(range.index + range.length)).replace(/[\s.,;:]+$/g, '').replace(/^[\s.,;:]+/, '').replace(/\s+/g, ' ').replace(/[.,;]+\s*$/, '');
  if (!role) return 'has no role';
  const { organization, unit } = splitName(nameText, anchor ? textOf(anchor.children) : '');
  if (!organization) return 'has an empty organisation name';
  return {
    organization,
    ...(unit ? { unit } : {}),
    ...(anchor ? { url: anchor.attrs.href! } : {}),
    role,
    start: range.start,
    ...(range.end !== range.start ? { end: range.end } : {}),
    ...(img ? { logo: sitePath(img.attrs.src!) } : {}),
  };
}

// `CSE, Sun Yat-sen University` with `CSE` linked: the linked part is the unit. Otherwise the
// organisation comes first (`OPPO Research Institute, Y-Lab`).
function splitName(text: string, linked: string): { organization: string; unit?: string } {
  const comma = text.indexOf(',');
  if (comma < 0) return { organization: text };
  const first = text.slice(0, comma).trim();
  const rest = text.slice(comma + 1).trim();
  if (linked && linked === first && rest) return { organization: rest, unit: first };
  return rest ? { organization: first, unit: rest } : { organization: first };
}

function textAfter(nodes: readonly HtmlNode[], offset: number): string {
  let out = '';
  const walk = (list: readonly HtmlNode[]) => {
    for (const n of list) {
      if (n.type === 'text' && n.start >= offset) out += textOf([n]) + ' ';
      else if (n.type === 'element') walk(n.children);
    }
  };
  walk(nodes);
  return out;
}

/** A relative image path written on a page at the site root (`images/a.png`) as a site path. */
export function sitePath(src: string): string {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src) || src.startsWith('/')) return src;
  return '/' + src.replace(/^\.\//, '');
}
