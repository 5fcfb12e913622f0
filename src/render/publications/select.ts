import type { Publication, PublicationStatus, PublicationType } from '../../model/types.js';

/** Filters of `::publications{…}` and of list sections. */
export interface PublicationFilter {
  selected?: boolean;
  year?: number;
  type?: PublicationType;
  tag?: string;
  status?: PublicationStatus;
  limit?: number;
}

/** Publications matching every given filter, in model order (newest year first), at most `limit`. */
export function filterPublications(pubs: readonly Publication[], f: PublicationFilter): Publication[] {
  const tag = f.tag?.toLowerCase();
  const out = pubs.filter((p) =>
    (f.selected === undefined || p.selected === f.selected) &&
    (f.year === undefined || p.year === f.year) &&
    (f.type === undefined || p.type === f.type) &&
    (f.status === undefined || p.status === f.status) &&
    (tag === undefined || p.tags.some((t) => t.toLowerCase() === tag)));
  return f.limit === undefined ? out : out.slice(0, f.limit);
}

/** Whether a publication is not (yet) published in a venue: shown under "Preprints". */
export function isPreprint(p: Publication): boolean {
  return p.status === 'preprint' || p.status === 'under-review' || p.type === 'preprint';
}
