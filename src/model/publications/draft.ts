import type { Publication, PublicationAuthor } from '../types.js';

/** An author before owner matching; `ownerMark` is an explicit BibLaTeX `highlight` annotation. */
export interface DraftAuthor extends Omit<PublicationAuthor, 'isOwner'> {
  ownerMark: boolean;
}

/** A publication from one source, before venues, owner names and duplicate keys are settled. */
export interface DraftPublication extends Omit<Publication, 'authors' | 'venue' | 'bibtex'> {
  authors: DraftAuthor[];
  /** The venue as written (a key, name or alias of data/venues.yml, or a free name). */
  venueText?: string;
  /** BibTeX as written; absent for YAML, where it is generated once the venue is known. */
  bibtex?: string;
}
