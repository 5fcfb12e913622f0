/**
 * Recognises publication cards and lists written by hand in the modern style: each item a `<li>` or
 * `<div>` with a title (`<p class="…title">`, or a leading `<strong>`/`<b>`), the authors (the owner in
 * `<strong>`, `<b>` or `<u>`), a venue, tag badges and a row of links; optionally inside a
 * `<section>` whose heading ("Selected publications", "Preprints") names the group.
 */
import { splitAuthors } from '../authors.js';
import { textOf } from './inline.js';
import { assignKeys } from './publications.js';
import type { PublicationRecord } from './records.js';
import type { Attempt } from './recognition.js';
import { elements, isBlank, descendants, nodesBetween, type ElementNode, type HtmlNode } from './tree.js';
import { classifyVenueText, isTier } from './venue.js';
import { clip } from './news.js';

const HEADING = /^h[1-6]$/;
const cls = (e: ElementNode, re: RegExp) => re.test(e.attrs.class ?? '');
const TITLE = /(^|[\s_-]|paper|pub)title\b/i;
const AUTHORS = /author/i;
const VENUE = /venue|journal|conference|booktitle/i;
const TAG = /(^|[\s_-])(tag|badge|label)s?\b/i;
const CARD_CLASS = /\b[\w-]*(pub|paper|publication)[\w-]*\b/i;

interface Card { title: string; authors: string[]; owners: string[]; venue?: string; tags: string[]; links: { label: string; url: string }[] }

/** Publications when every item of a list or card grid has a title and authors. */
export function recognisePublicationCards(block: ElementNode): Attempt {
  const { heading, items, classed } = cardsOf(block);
  if (!items.length) return { claimed: false };
  const cards = items.map(parseCard);
  const ok = cards.filter((c): c is Card => typeof c !== 'string');
  // Items with a title class, or a block whose classes say "publications", are claimed; plain lists
  // only when every item reads as a paper with a venue.
  if (!classed && (ok.length < cards.length || ok.some((c) => c.venue === undefined))) return { claimed: false };
  if (!ok.length) return { claimed: false };
  const bad = cards.findIndex((c) => typeof c === 'string');
  if (bad >= 0) return { claimed: true, what: 'publication cards', nearMiss: `item ${bad + 1} ("${clip(textOf(items[bad]!.children))}") ${cards[bad]}` };
  const selected = heading !== undefined && /selected|featured|highlight|representative|key/i.test(heading);
  const records = ok.map((c) => toRecord(c, selected));
  assignKeys(records);
  const owners = [...new Set(ok.flatMap((c) => c.owners))];
  return { claimed: true, result: { kind: 'publications', records, owners, count: records.length, ...(heading ? { section: heading } : {}) } };
}

// The section heading (if any) and the items: the `<li>`s of a list or the cards of a grid.
function cardsOf(block: ElementNode): { heading?: string; items: ElementNode[]; classed: boolean } {
  let root = block;
  let heading: string | undefined;
  for (;;) {
    const kids = elements(root.children);
    const h = kids.find((k) => HEADING.test(k.name));
    const rest = kids.filter((k) => k !== h && !(k.name === 'p' && !cls(k, TITLE)));
    if (h && heading === undefined) heading = textOf(h.children);
    if (rest.length === 1 && ['div', 'section', 'ul', 'ol'].includes(rest[0]!.name) && (h || kids.length === 1)) {
      if (root.name === 'ul' || root.name === 'ol') break;
      root = rest[0]!;
      continue;
    }
    break;
  }
  const kids = elements(root.children);
  let items: ElementNode[] = [];
  if (root.name === 'ul' || root.name === 'ol') items = kids.filter((k) => k.name === 'li');
  else if (kids.length && kids.every((k) => k.name === 'div' || k.name === 'article') && new Set(kids.map((k) => k.attrs.class ?? '')).size === 1) items = kids;
  const classed = CARD_CLASS.test(`${block.attrs.class ?? ''} ${root.attrs.class ?? ''} ${items[0]?.attrs.class ?? ''}`)
    || (items.length > 0 && items.every((it) => descendants(it.children).some((e) => cls(e, TITLE))));
  return { ...(heading ? { heading } : {}), items, classed };
}

function parseCard(item: ElementNode): Card | string {
  const all = descendants(item.children);
  const titleEl = all.find((e) => cls(e, TITLE)) ?? leadingBold(item.children);
  if (!titleEl) return 'has no title (an element with a "title" class, or a leading <strong>/<b>)';
  const title = textOf(titleEl.children).replace(/^["“]|["”]\.?$/g, '').trim();
  if (!title) return 'has an empty title';
  const after = all.filter((e) => e.start >= titleEl.end);
  const venueEl = after.find((e) => cls(e, VENUE)) ?? after.find((e) => (e.name === 'i' || e.name === 'em') && !cls(e, /\bfa\b/));
  const authorsEl = after.find((e) => cls(e, AUTHORS));
  const authorNodes = authorsEl ? authorsEl.children : nodesBetween(item.children, titleEl.end, venueEl?.start ?? firstLink(after));
  const authors = splitAuthors(textOf(authorNodes));
  if (!authors.length) return 'has no authors after the title';
  const owners = descendants(authorNodes).filter((e) => ['u', 'b', 'strong'].includes(e.name)).map((e) => textOf(e.children).replace(/[*†]+$/, ''));
  const tags = all.filter((e) => cls(e, TAG) && !elements(e.children).length).map((e) => textOf(e.children)).filter(Boolean);
  const skip = (e: ElementNode) => (authorsEl && e.start >= authorsEl.start && e.end <= authorsEl.end) || (e.start >= titleEl.start && e.end <= titleEl.end);
  const links = all.filter((e) => e.name === 'a' && e.attrs.href && !skip(e)).map((a) => ({ label: textOf(a.children) || 'Link', url: a.attrs.href! }));
  const titleLink = descendants(titleEl.children).find((e) => e.name === 'a' && e.attrs.href);
  if (titleLink) links.unshift({ label: 'Paper', url: titleLink.attrs.href! });
  const venue = venueEl ? textOf(venueEl.children.filter((n) => !(n.type === 'element' && cls(n, TAG)))) : undefined;
  return { title, authors, owners, ...(venue ? { venue } : {}), tags, links };
}

// A `<strong>`/`<b>` that is the first thing in the item (possibly inside a `<p>`).
function leadingBold(nodes: readonly HtmlNode[]): ElementNode | undefined {
  const first = nodes.find((n) => !isBlank([n]));
  if (!first || first.type !== 'element') return undefined;
  if (first.name === 'b' || first.name === 'strong') return first;
  return first.name === 'p' || first.name === 'div' || first.name === 'span' ? leadingBold(first.children) : undefined;
}

function firstLink(after: ElementNode[]): number {
  return after.find((e) => e.name === 'a')?.start ?? Number.MAX_SAFE_INTEGER;
}

function toRecord(card: Card, selected: boolean): PublicationRecord {
  const parts = card.venue ? classifyVenueText(card.venue) : undefined;
  const tiers = [...(parts?.tiers ?? []), ...card.tags.filter(isTier)];
  const tags = card.tags.filter((t) => !isTier(t));
  const arxiv = card.links.map((l) => /arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5})/i.exec(l.url)?.[1]).find(Boolean);
  return {
    key: '',
    title: card.title,
    authors: card.authors,
    type: parts?.type ?? 'other',
    status: parts?.status ?? 'published',
    ...(parts?.name ? { venue: parts.name } : {}),
    ...(parts?.year ? { year: parts.year } : {}),
    ...(tiers.length ? { tier: tiers } : {}),
    ...(tags.length ? { tags } : {}),
    ...(selected ? { selected: true } : {}),
    ...(arxiv ? { arxiv } : {}),
    ...(card.links.length ? { links: card.links } : {}),
  };
}
