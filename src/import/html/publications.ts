/**
 * Recognises hand-written publication tables or lists: `<b>"Title"</b>`, authors with the owner in
 * `<u>`/`<b>` and `*` for equal contribution, the venue in `<i>` with tiers `(CCF-B, Q1)` and tag
 * badges `<b>Highlight</b>`, then `[<a>Arxiv</a>][<a>Code</a>]` links.
 */
import { textOf } from './inline.js';
import { itemsOf } from './items.js';
import { descendants, nodesBetween, type ElementNode, type HtmlNode } from './tree.js';
import { splitAuthors } from '../authors.js';
import type { Attempt } from './recognition.js';
import type { PublicationRecord } from './records.js';
import { clip } from './news.js';
import { hasQuotedTitle } from './timeline.js';
import { classifyVenue } from './venue.js';

/** Publications when every row or item has a quoted bold title and an author list. */
export function recognisePublications(block: ElementNode): Attempt {
  const { items } = itemsOf(block);
  if (!items.some((it) => hasQuotedTitle(it.nodes))) return { claimed: false };
  const records: PublicationRecord[] = [];
  const owners = new Set<string>();
  for (const [i, item] of items.entries()) {
    const parsed = parseItem(item.nodes);
    if (typeof parsed === 'string') return { claimed: true, what: 'publication list', nearMiss: `item ${i + 1} ("${clip(textOf(item.nodes))}") ${parsed}` };
    parsed.owners.forEach((o) => owners.add(o));
    records.push(parsed.record);
  }
  assignKeys(records);
  return { claimed: true, result: { kind: 'publications', records, owners: [...owners], count: records.length } };
}

function parseItem(nodes: HtmlNode[]): { record: PublicationRecord; owners: string[] } | string {
  const all = descendants(nodes);
  const titleEl = all.find((e) => (e.name === 'b' || e.name === 'strong') && /^["“].*["”]\.?$/.test(textOf(e.children)));
  if (!titleEl) return 'has no title in quotes inside <b>';
  const title = textOf(titleEl.children).replace(/\.$/, '').replace(/^["“]|["”]$/g, '').trim();
  const venueEl = all.find((e) => (e.name === 'i' || e.name === 'em') && e.start > titleEl.end);
  const authorEnd = venueEl?.start ?? firstLinkStart(all, titleEl.end);
  const authorNodes = nodesBetween(nodes, titleEl.end, authorEnd);
  const authorText = textOf(authorNodes).replace(/[.\s]+$/, '');
  if (!authorText) return 'has no authors between the title and the venue';
  const authors = splitAuthors(authorText);
  const owners = descendants(authorNodes).filter((e) => ['u', 'b', 'strong'].includes(e.name)).map((e) => textOf(e.children).replace(/[*†]+$/, ''));
  const links = all.filter((e) => e.name === 'a' && e.attrs.href && e.start > (venueEl?.end ?? titleEl.end)).map((a) => ({ label: textOf(a.children) || 'Link', url: a.attrs.href! }));
  const venue = venueEl ? classifyVenue(venueEl) : undefined;
  const arxiv = links.map((l) => /arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5})/i.exec(l.url)?.[1]).find(Boolean);
  const record: PublicationRecord = {
    key: '',
    title,
    authors,
    type: venue?.type ?? 'other',
    status: venue?.status ?? 'published',
    ...(venue?.name ? { venue: venue.name } : {}),
    ...(venue?.year ? { year: venue.year } : {}),
    ...(venue?.tiers.length ? { tier: venue.tiers } : {}),
    ...(venue?.tags.length ? { tags: venue.tags } : {}),
    ...(arxiv ? { arxiv } : {}),
    ...(links.length ? { links } : {}),
  };
  return { record, owners };
}

function firstLinkStart(all: ElementNode[], after: number): number {
  return all.find((e) => e.name === 'a' && e.start > after)?.start ?? Number.MAX_SAFE_INTEGER;
}

const STOP = new Set(['a', 'an', 'the', 'is', 'this', 'on', 'of', 'for', 'in', 'to', 'towards', 'toward', 'and', 'with', 'via', 'from', 'by', 'are', 'do', 'does', 'what', 'how', 'why', 'when', 'can']);

/** Keys like `wang2025generated`: first author's family name, year, first significant title word. */
export function assignKeys(records: PublicationRecord[]): void {
  const used = new Set<string>();
  for (const r of records) {
    const family = ascii(r.authors[0]?.replace(/[*†]/g, '').trim().split(/\s+/).pop() ?? '') || 'anon';
    const word = r.title.split(/\s+/).map((w) => ascii(w)).find((w) => w && !STOP.has(w)) ?? 'paper';
    const base = `${family}${r.year ?? ''}${word}`;
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}${n}`;
    used.add(key);
    r.key = key;
  }
}

function ascii(text: string): string {
  return text.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '').toLowerCase();
}
