import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import type { ReadBibtex } from '../../load/bibtex.js';
import type { YamlFile } from '../../load/yaml.js';
import type { Author, Publication, PublicationAuthor, Venue } from '../types.js';
import type { DraftPublication } from './draft.js';
import { fromBibtex } from './from-bibtex.js';
import { fromYaml } from './from-yaml.js';
import { ownerMatcher } from './owner-names.js';
import { publicationSlug } from './slug.js';
import { toBibtex } from './to-bibtex.js';
import { buildVenues, VenueIndex } from './venues.js';

/** What the publications model reads: publications.bib, data/publications.yml, data/venues.yml and the owner. */
export interface PublicationSources {
  bibtex?: ReadBibtex;
  yaml?: YamlFile;
  venues?: YamlFile;
  owner: Pick<Author, 'name' | 'nativeName' | 'nameVariants'>;
  /** The site's languages, the default first (for titles given per language). */
  languages?: readonly string[];
}

/** Merges BibTeX (minus crossref-only volumes) and YAML publications, resolves venues and owner names; newest year first, within a year in source order (as al-folio). */
export function buildPublications(sources: PublicationSources, bag: DiagnosticBag): { publications: Publication[]; venues: Venue[] } {
  const venues = buildVenues(sources.venues, bag);
  const index = new VenueIndex(venues);
  const drafts = [
    ...(sources.yaml ? fromYaml(sources.yaml, bag, sources.languages) : []),
    ...(sources.bibtex ? sources.bibtex.finish().filter((r) => !r.crossrefTarget).map((r) => fromBibtex(r, bag)) : []),
  ];
  const unique = reportDuplicates(drafts, bag);
  const o = sources.owner;
  const isOwner = ownerMatcher([o.name, ...(o.nativeName ? [o.nativeName] : []), ...o.nameVariants]);
  const ranked = unique.map((d, i) => ({ p: finish(d, index, isOwner), year: d.year ?? 0, i }));
  ranked.sort((a, b) => b.year - a.year || a.i - b.i);
  return { publications: ranked.map((r) => r.p), venues };
}

// One error per repeated key, naming every place it occurs; only the first occurrence is kept.
function reportDuplicates(drafts: DraftPublication[], bag: DiagnosticBag): DraftPublication[] {
  const groups = new Map<string, DraftPublication[]>();
  for (const d of drafts) {
    const k = publicationSlug(d.key).toLowerCase();
    groups.set(k, [...(groups.get(k) ?? []), d]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const places = group.map((d) => `${d.source.file}:${d.source.line}`);
    const second = group[1]!.source;
    const spellings = [...new Set(group.map((d) => d.key))];
    const message = spellings.length === 1
      ? `The publication key "${spellings[0]}" is used ${group.length} times: ${places.join(', ')}.`
      : `The publication keys "${spellings.join('", "')}" give the same page /publications/${publicationSlug(spellings[0]!)}/: ${places.join(', ')}.`;
    bag.error('duplicate-publication-key', second.file, { line: second.line, col: second.col }, message,
      'Keys must be unique across publications.bib and data/publications.yml (ignoring case), because each names the page /publications/<key>/. Rename or delete all but one.');
  }
  return [...groups.values()].map((g) => g[0]!);
}

function finish(d: DraftPublication, index: VenueIndex, isOwner: (a: { name: string; given?: string; family?: string }) => boolean): Publication {
  const venue = index.find(d.venueShort) ?? index.find(d.venueText);
  const tiers = [...new Set([...d.tiers, ...(venue?.tiers ?? [])])];
  const venueName = d.venueText && venue && normalizedEq(d.venueText, venue.key) ? venue.name ?? d.venueText : d.venueText ?? venue?.name;
  const { venueText: _unused, authors, ...rest } = d;
  const p = rest as Publication;
  // Built field by field: object rest/spread per author is slow in V8 at 50,000 authors.
  p.authors = authors.map((a) => {
    const out: PublicationAuthor = { name: a.name, isOwner: a.ownerMark || isOwner(a), equal: a.equal, corresponding: a.corresponding };
    if (a.given !== undefined) out.given = a.given;
    if (a.family !== undefined) out.family = a.family;
    return out;
  });
  if (venueName) p.venue = venueName;
  if (d.venueShort ?? venue?.key) p.venueShort = (d.venueShort ?? venue?.key)!;
  p.tiers = tiers;
  // One object per paper, filled in place (the draft's rest is already a copy): keys in the order a spread gave.
  p.bibtex = d.bibtex ?? toBibtex(p);
  return p;
}

function normalizedEq(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
