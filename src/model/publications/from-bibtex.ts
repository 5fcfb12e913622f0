import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import type { BibRecord } from '../../load/bibtex.js';
import type { TextName } from '../../load/bibtex/convert.js';
import { monthNumber } from '../../load/bibtex/values.js';
import { URL_HINT } from '../../validate/url.js';
import type { Link, PublicationStatus, PublicationType } from '../types.js';
import { parseAnnotations } from './annotations.js';
import type { DraftPublication, DraftAuthor } from './draft.js';
import { addLink, arxivId, doiOf, fieldUrl, iconForUrl, LINK_FIELDS } from './links.js';

const TYPES: Record<string, PublicationType> = {
  article: 'article', inproceedings: 'conference', conference: 'conference', proceedings: 'book', book: 'book',
  inbook: 'chapter', incollection: 'chapter', phdthesis: 'thesis', mastersthesis: 'thesis', thesis: 'thesis',
  techreport: 'report', report: 'report', unpublished: 'preprint', online: 'other', misc: 'other', talk: 'talk',
};
const STATUSES = new Set<PublicationStatus>(['published', 'accepted', 'preprint', 'under-review']);

/** A BibTeX record → a publication draft (venue and owner are resolved later for all sources at once). */
export function fromBibtex(r: BibRecord, bag: DiagnosticBag): DraftPublication {
  const f = r.fields;
  const file = r.source.file;
  if (!f.title) {
    bag.error('bibtex-missing-title', file, { line: r.source.line, col: r.source.col }, `Entry "${r.key}" has no title.`, 'Add title = {…}; every publication needs one for its list entry and its page.');
  }
  const arxiv = f.arxiv ?? (/^arxiv$/i.test(f.archiveprefix ?? f.eprinttype ?? '') ? f.eprint : undefined);
  const type = publicationType(r, arxiv);
  const links: Link[] = [];
  for (const spec of LINK_FIELDS) {
    const value = spec.field === 'arxiv' ? arxiv : f[spec.field];
    if (!value) continue;
    const target = fieldUrl(spec.field, value);
    if ('problem' in target) {
      bag.error('unsafe-url', file, r.fieldPosition(spec.field), `The URL "${value}" in field "${spec.field}" of entry "${r.key}" ${target.problem}.`, URL_HINT);
      continue;
    }
    addLink(links, { label: spec.label, ...(spec.text ? { text: spec.text } : {}), url: target.url, icon: spec.field === 'code' ? codeIcon(target.url) : spec.icon });
  }
  let preview: string | undefined;
  if (f.preview) {
    const target = fieldUrl('preview', f.preview);
    if ('problem' in target) bag.error('unsafe-url', file, r.fieldPosition('preview'), `The URL "${f.preview}" in field "preview" of entry "${r.key}" ${target.problem}.`, URL_HINT);
    else preview = target.url;
  }
  const pdf = links.find((l) => l.label === 'PDF' && l.url.startsWith('/'))?.url;
  const { year, month, date } = dates(f);
  const status = f.status && STATUSES.has(f.status as PublicationStatus) ? (f.status as PublicationStatus) : type === 'preprint' ? 'preprint' : 'published';
  const authors = annotate(r, bag);
  return {
    key: r.key,
    type,
    status,
    title: f.title ?? '',
    authors,
    ...(r.authorsOthers ? { etAl: true } : {}),
    venueText: venueOf(r, type),
    ...(f.abbr ? { venueShort: f.abbr } : {}),
    tiers: splitList(f.tier),
    ...(year !== undefined ? { year } : {}),
    ...(month !== undefined ? { month } : {}),
    ...(date ? { date } : {}),
    ...(f.volume ? { volume: f.volume } : {}),
    ...(f.number ?? f.issue ? { issue: (f.number ?? f.issue)! } : {}),
    ...(f.pages ? { pages: f.pages } : {}),
    ...(f.publisher ? { publisher: f.publisher } : {}),
    ...(f.doi ? { doi: doiOf(f.doi) } : {}),
    ...(arxiv ? { arxiv: arxivId(arxiv) } : {}),
    tags: splitList(f.tags),
    ...(f.award ? { award: f.award } : {}),
    selected: isTrue(f.selected),
    links,
    ...(f.abstract ? { abstract: f.abstract } : {}),
    ...(preview ? { preview } : {}),
    ...(pdf ? { pdf } : {}),
    bibtex: r.bibtex,
    bibtexShow: f.bibtex_show === undefined ? true : isTrue(f.bibtex_show),
    source: r.source,
  };
}

function publicationType(r: BibRecord, arxiv: string | undefined): PublicationType {
  const journal = r.fields.journal ?? '';
  if (r.type === 'article' && /^(arxiv|corr)\b/i.test(journal)) return 'preprint';
  if ((r.type === 'misc' || r.type === 'online' || r.type === 'unpublished') && arxiv) return 'preprint';
  return TYPES[r.type] ?? 'other';
}

function venueOf(r: BibRecord, type: PublicationType): string | undefined {
  const f = r.fields;
  if (type === 'thesis') return f.school ?? f.institution;
  if (type === 'report') return f.institution;
  return f.journal ?? f.journaltitle ?? f.booktitle ?? f.howpublished ?? (type === 'preprint' && f.eprint ? 'arXiv' : undefined);
}

function dates(f: Record<string, string>): { year?: number; month?: number; date?: string } {
  const iso = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(f.date ?? '');
  if (iso) return { year: Number(iso[1]), ...(iso[2] ? { month: Number(iso[2]) } : {}), date: iso[0] };
  const year = /\d{4}/.exec(f.year ?? '')?.[0];
  if (!year) return {};
  const month = f.month ? monthNumber(f.month) : undefined;
  return { year: Number(year), ...(month ? { month, date: `${year}-${String(month).padStart(2, '0')}` } : { date: year }) };
}

// `author+an = {1=equal; 3=corresponding}` marks; a name may also end in `*` or `†` as in YAML.
function annotate(r: BibRecord, bag: DiagnosticBag): DraftAuthor[] {
  const marks = r.fields['author+an'] ? parseAnnotations(r.fields['author+an'], r.authors.length, (message) =>
    bag.warn('bibtex-author-annotation', r.source.file, r.fieldPosition('author+an'), `${message} (entry "${r.key}").`, 'Write author+an = {1=equal; 2=equal; 3=corresponding}, counting authors from 1.')) : new Map();
  return r.authors.map((n, i) => {
    const a = authorOf(n);
    const m = marks.get(i + 1);
    // Set in place (same keys, same order as a spread): a copy per author is garbage with 50,000 of them.
    if (m) {
      a.equal ||= m.has('equal');
      a.corresponding ||= m.has('corresponding');
    }
    a.ownerMark = m?.has('highlight') ?? false;
    return a;
  });
}

const MARKS = new Set(['*', '†', '‡']);

function authorOf(n: TextName): DraftAuthor {
  let given = n.given, family = n.family, literal = n.literal;
  let equal = false, corresponding = false;
  const strip = (s: string | undefined) => {
    if (!s || !MARKS.has(s[s.length - 1]!)) return s;
    const m = /^(.*?)\s*([*†‡]+)$/.exec(s);
    if (!m) return s;
    if (m[2]!.includes('*')) equal = true;
    if (/[†‡]/.test(m[2]!)) corresponding = true;
    return m[1];
  };
  literal = strip(literal);
  family = strip(family);
  given = strip(given);
  const name = literal ?? [given, family].filter(Boolean).join(' ') + (n.suffix ? ` ${n.suffix}` : '');
  const author = { name } as DraftAuthor;
  if (given) author.given = given;
  if (family) author.family = family;
  author.equal = equal;
  author.corresponding = corresponding;
  author.ownerMark = false;
  return author;
}

function codeIcon(url: string): string {
  const icon = iconForUrl(url);
  return icon === 'link' ? 'code' : icon;
}

function splitList(value: string | undefined): string[] {
  return value ? value.split(/[,;]/).map((s) => s.trim()).filter(Boolean) : [];
}

function isTrue(value: string | undefined): boolean {
  return value !== undefined && /^(true|yes|1)$/i.test(value.trim());
}
