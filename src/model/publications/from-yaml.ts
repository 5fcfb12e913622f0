import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { monthNumber } from '../../load/bibtex/values.js';
import { positionOf, type YamlFile } from '../../load/yaml.js';
import { publicationListSchema, publicationSchema, type PublicationAuthorRecord, type PublicationRecord } from '../../validate/schemas/publication.js';
import { validateYaml } from '../../validate/zod-diagnostics.js';
import type { Link, SourceRef } from '../types.js';
import { localize, Translated, type Localized } from '../../i18n/translated.js';
import { checkTranslations } from '../translation-check.js';
import type { DraftAuthor, DraftPublication } from './draft.js';
import { addLink, fieldUrl, iconForUrl, LINK_FIELDS } from './links.js';
import { splitName } from './owner-names.js';

/**
 * data/publications.yml → drafts; each entry is validated on its own so one mistake hides no other. A title given
 * per language is kept whole beside the default language's (`languages`, the default first).
 */
export function fromYaml(file: YamlFile, bag: DiagnosticBag, languages: readonly string[] = ['en']): DraftPublication[] {
  const list = validateYaml(publicationListSchema, file, bag);
  if (!list) return [];
  const out: DraftPublication[] = [];
  list.forEach((_, i) => {
    const valid = validateYaml(publicationSchema, file, bag, [i]);
    if (!valid) return;
    checkTranslations(file, valid, languages, bag, [i]);
    const record = localize(valid, { language: languages[0]!, fallback: languages[0]! });
    const p = positionOf(file, [i]);
    const monthProblem = typeof record.month === 'string' && monthNumber(record.month) === undefined;
    if (monthProblem) {
      bag.error('invalid-value', file.source.file, positionOf(file, [i, 'month']), `"month" must be 1–12 or a month name, not "${record.month}".`);
    }
    const draft = draftOf(record, { file: file.source.file, line: p.line, col: p.col });
    out.push(valid.title instanceof Translated ? { ...draft, titleTranslations: valid.title.values } : draft);
  });
  return out;
}

function draftOf(r: Localized<PublicationRecord>, source: SourceRef): DraftPublication {
  const links: Link[] = [];
  // A link the owner labelled themselves wins over the one Vita would make for the same label (e.g. arXiv).
  const ownLabels = new Set((r.links ?? []).map((l) => l.label.toLowerCase()));
  // Standard fields first (al-folio order), then the free-labelled links in the order written.
  for (const spec of LINK_FIELDS) {
    const value = (r as Record<string, unknown>)[spec.field];
    if (typeof value !== 'string' || !value || ownLabels.has(spec.label.toLowerCase())) continue;
    const target = fieldUrl(spec.field, value);
    if ('url' in target) addLink(links, { label: spec.label, ...(spec.text ? { text: spec.text } : {}), url: target.url, icon: spec.field === 'code' && iconForUrl(target.url) === 'link' ? 'code' : spec.field === 'code' ? iconForUrl(target.url) : spec.icon });
  }
  for (const link of r.links ?? []) addLink(links, { label: link.label, url: link.url, icon: link.icon ?? iconForUrl(link.url) });
  const pdfLink = r.pdf ? fieldUrl('pdf', r.pdf) : undefined;
  const pdf = pdfLink && 'url' in pdfLink && pdfLink.url.startsWith('/') ? pdfLink.url : undefined;
  const previewLink = r.preview ? fieldUrl('preview', r.preview) : undefined;
  const preview = previewLink && 'url' in previewLink ? previewLink.url : undefined;
  const dateParts = r.date ? /^(\d{4})(?:-(\d{2}))?/.exec(r.date) : null;
  const year = r.year ?? (dateParts ? Number(dateParts[1]) : undefined);
  const month = typeof r.month === 'number' ? r.month : r.month ? monthNumber(r.month) : dateParts?.[2] ? Number(dateParts[2]) : undefined;
  const date = r.date ?? (year !== undefined ? (month ? `${year}-${String(month).padStart(2, '0')}` : String(year)) : undefined);
  const status = r.status ?? (r.type === 'preprint' ? 'preprint' : 'published');
  const type = r.type ?? (status === 'preprint' ? 'preprint' : 'other');
  return {
    key: r.key,
    type,
    status,
    title: r.title,
    authors: r.authors.map(authorOf),
    ...(r.venue ? { venueText: r.venue } : {}),
    ...(r.venue_short ?? r.abbr ? { venueShort: (r.venue_short ?? r.abbr)! } : {}),
    tiers: r.tier ?? [],
    ...(year !== undefined ? { year } : {}),
    ...(month !== undefined ? { month } : {}),
    ...(date ? { date } : {}),
    ...(r.volume ? { volume: r.volume } : {}),
    ...(r.issue ?? r.number ? { issue: (r.issue ?? r.number)! } : {}),
    ...(r.pages ? { pages: r.pages.replace(/(\d)\s*-{1,2}\s*(\d)/, '$1–$2') } : {}),
    ...(r.publisher ? { publisher: r.publisher } : {}),
    ...(r.doi ? { doi: r.doi } : {}),
    ...(r.arxiv ? { arxiv: r.arxiv } : {}),
    tags: r.tags ?? [],
    ...(r.award ? { award: r.award } : {}),
    selected: r.selected ?? false,
    links,
    ...(r.abstract ? { abstract: r.abstract } : {}),
    ...(preview ? { preview } : {}),
    ...(pdf ? { pdf } : {}),
    ...(r.bibtex ? { bibtex: r.bibtex.trim() } : {}),
    bibtexShow: r.bibtex_show ?? true,
    source,
  };
}

// "Zeqing Wang*", "Keze Wang†", "Wang, Zeqing" or { name, equal, corresponding }.
function authorOf(a: PublicationAuthorRecord): DraftAuthor {
  const raw = typeof a === 'string' ? a : a.name;
  const m = /^(.*?)\s*([*†‡]+)$/.exec(raw.trim());
  const written = m ? m[1]! : raw.trim();
  const marks = m?.[2] ?? '';
  const { given, family } = splitName(written);
  const name = written.includes(',') ? [given, family].filter(Boolean).join(' ') : written;
  return {
    name,
    ...(given ? { given } : {}),
    ...(family ? { family } : {}),
    equal: marks.includes('*') || (typeof a === 'object' && a.equal === true),
    corresponding: /[†‡]/.test(marks) || (typeof a === 'object' && a.corresponding === true),
    ownerMark: false,
  };
}
