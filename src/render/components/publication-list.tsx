import type { Publication } from '../../model/types.js';
import type { Section } from '../publications/sections.js';
import { CORRESPONDING_TITLE, EQUAL_TITLE } from './author-list.js';
import { PublicationItem } from './publication-item.js';

/** Explains `*` and `†`, only for the marks the listed papers use. */
export function MarksLegend({ pubs }: { pubs: readonly Publication[] }) {
  const equal = pubs.some((p) => p.authors.some((a) => a.equal));
  const corresponding = pubs.some((p) => p.authors.some((a) => a.corresponding));
  if (!equal && !corresponding) return null;
  return (
    <p class="publication-legend">
      {equal && <span class="publication-legend__item"><sup>*</sup>{` ${EQUAL_TITLE}`}</span>}
      {equal && corresponding && ' · '}
      {corresponding && <span class="publication-legend__item"><sup>†</sup>{` ${CORRESPONDING_TITLE}`}</span>}
    </p>
  );
}

export interface PublicationListProps {
  pubs: readonly Publication[];
  basePath: string;
  level?: 2 | 3 | 4;
  idPrefix?: string;
}

/** An ordered list of publications with the legend for author marks. */
export function PublicationList({ pubs, basePath, level = 3, idPrefix = 'pub' }: PublicationListProps) {
  if (pubs.length === 0) return <p class="publication-list publication-list--empty">No publications to show.</p>;
  return (
    <div class="publications">
      <MarksLegend pubs={pubs} />
      <ol class="publication-list">
        {pubs.map((p) => <PublicationItem pub={p} basePath={basePath} level={level} idPrefix={idPrefix} />)}
      </ol>
    </div>
  );
}

/** The publications page body: one legend, then a headed section per group (h2, papers as h3). */
export function PublicationSections({ sections, basePath }: { sections: readonly Section[]; basePath: string }) {
  if (sections.length === 0) return <p class="publication-list publication-list--empty">No publications yet.</p>;
  return (
    <div class="publications">
      <MarksLegend pubs={sections.flatMap((s) => s.pubs)} />
      {sections.map((s) => (
        <section class="publication-section" aria-labelledby={`pubs-${s.id}`}>
          <h2 id={`pubs-${s.id}`}>{s.title}</h2>
          <ol class="publication-list">
            {s.pubs.map((p) => <PublicationItem pub={p} basePath={basePath} level={3} idPrefix={`pubs-${s.id}`} />)}
          </ol>
        </section>
      ))}
    </div>
  );
}
