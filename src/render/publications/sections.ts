import type { MessageKey, Messages } from '../../i18n/messages.js';
import type { Publication, PublicationType } from '../../model/types.js';
import { isPreprint } from './select.js';

/** What a section of the publications page shows. */
export type SectionKind = 'selected' | 'preprints' | 'year' | 'type' | 'all';
export const SECTION_KINDS: readonly SectionKind[] = ['selected', 'preprints', 'year', 'type', 'all'];

export interface SectionSpec {
  kind: SectionKind;
  title?: string;
}

/** A heading and its publications. */
export interface Section {
  id: string;
  title: string;
  pubs: Publication[];
}

const ALIASES: Record<string, SectionKind> = { preprint: 'preprints', years: 'year', types: 'type', 'by-year': 'year', 'by-type': 'type' };

/** Used when neither the page nor site.yml says otherwise: preprints first, then everything else by year. */
export const DEFAULT_SECTIONS: readonly SectionSpec[] = [{ kind: 'preprints' }, { kind: 'year' }];

const TYPE_TITLES: Record<PublicationType, MessageKey> = {
  article: 'journal_articles', conference: 'conference_papers', preprint: 'preprints', thesis: 'theses', book: 'books',
  chapter: 'book_chapters', report: 'technical_reports', talk: 'talks', other: 'other_publications',
};

/** Reads `publications: { sections: [...] }` front matter; each item a kind or `{ kind, title }`. */
export function readSections(value: unknown, report: (message: string, hint: string) => void): SectionSpec[] | undefined {
  if (value === undefined) return undefined;
  const sections = (value as { sections?: unknown })?.sections;
  const hint = `Write publications: { sections: [selected, preprints, year] }; a section is one of ${SECTION_KINDS.join(', ')}, or { kind: year, title: "…" }.`;
  if (!Array.isArray(sections) || typeof value !== 'object' || Object.keys(value as object).some((k) => k !== 'sections')) {
    report('"publications" in front matter must be a map with a "sections" list.', hint);
    return undefined;
  }
  const out: SectionSpec[] = [];
  for (const item of sections) {
    const written = typeof item === 'string' ? item : (item as { kind?: unknown })?.kind;
    // Forgive the singular/plural slip people make most (`preprint`, `years`).
    const kind = typeof written === 'string' ? ALIASES[written] ?? written : written;
    const title = typeof item === 'object' && item !== null ? (item as { title?: unknown }).title : undefined;
    if (typeof kind !== 'string' || !(SECTION_KINDS as readonly string[]).includes(kind) || (title !== undefined && typeof title !== 'string')) {
      report(`Unknown publications section ${JSON.stringify(item)}.`, hint);
      continue;
    }
    out.push({ kind: kind as SectionKind, ...(typeof title === 'string' ? { title } : {}) });
  }
  return out;
}

/**
 * Fills sections in order; each paper appears once, in the first section that wants it
 * (so "selected, then by year" lists the selected papers on top and the rest below). Default titles are the site's words `t`.
 */
export function buildSections(pubs: readonly Publication[], specs: readonly SectionSpec[], t: Messages): Section[] {
  const taken = new Set<Publication>();
  const out: Section[] = [];
  const take = (id: string, title: string, match: (p: Publication) => boolean) => {
    const chosen = pubs.filter((p) => !taken.has(p) && match(p));
    for (const p of chosen) taken.add(p);
    if (chosen.length) out.push({ id, title, pubs: chosen });
  };
  for (const spec of specs) {
    switch (spec.kind) {
      case 'selected': take('selected', spec.title ?? t.selected_publications, (p) => p.selected); break;
      case 'preprints': take('preprints', spec.title ?? t.preprints, isPreprint); break;
      case 'all': take('all', spec.title ?? t.publications, () => true); break;
      case 'year': {
        // One pass: a list of 10,000 papers over 30 years should not be filtered 30 times.
        const byYear = new Map<number | undefined, Publication[]>();
        for (const p of pubs) {
          if (taken.has(p)) continue;
          taken.add(p);
          const list = byYear.get(p.year);
          if (list) list.push(p);
          else byYear.set(p.year, [p]);
        }
        const years = [...byYear.keys()].sort((a, b) => (b ?? -1) - (a ?? -1));
        for (const y of years) out.push({ id: `year-${y ?? 'undated'}`, title: y === undefined ? t.undated : String(y), pubs: byYear.get(y)! });
        break;
      }
      case 'type':
        for (const type of Object.keys(TYPE_TITLES) as PublicationType[]) take(`type-${type}`, t[TYPE_TITLES[type]], (p) => p.type === type);
        break;
    }
  }
  return out;
}
