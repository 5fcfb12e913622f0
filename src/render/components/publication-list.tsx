import { renderToString } from 'preact-render-to-string';
import type { UiText } from '../../i18n/ui-text.js';
import type { Publication } from '../../model/types.js';
import { escapeHtml } from '../escape.js';
import type { Section } from '../publications/sections.js';
import { PublicationItem } from './publication-item.js';

// A paper drawn by the owner's template keeps the list's spacing and separators (class `publication`).
const OVERRIDE_CLASS = 'publication publication--override';

/** Explains `*` and `†`, only for the marks the listed papers use. */
export function MarksLegend({ pubs, ui }: { pubs: readonly Publication[]; ui: UiText }) {
  const equal = pubs.some((p) => p.authors.some((a) => a.equal));
  const corresponding = pubs.some((p) => p.authors.some((a) => a.corresponding));
  if (!equal && !corresponding) return null;
  return (
    <p class="publication-legend">
      {equal && <span class="publication-legend__item"><sup>*</sup>{` ${ui.messages.equal_contribution}`}</span>}
      {equal && corresponding && ' · '}
      {corresponding && <span class="publication-legend__item"><sup>†</sup>{` ${ui.messages.corresponding_author}`}</span>}
    </p>
  );
}

export interface PublicationListProps {
  pubs: readonly Publication[];
  basePath: string;
  /** The owner's own drawing of each paper (theme.components.publication), used instead of PublicationItem. */
  drawn?: ReadonlyMap<Publication, string> | undefined;
  ui: UiText;
  level?: 2 | 3 | 4;
  idPrefix?: string;
}

/** An ordered list of publications with the legend for author marks. */
export function PublicationList({ pubs, basePath, drawn, ui, level = 3, idPrefix = 'pub' }: PublicationListProps) {
  if (pubs.length === 0) return <p class="publication-list publication-list--empty">{ui.messages.no_publications}</p>;
  return (
    <div class="publications">
      <MarksLegend pubs={pubs} ui={ui} />
      <ol class="publication-list">
        {pubs.map((p) => {
          const own = drawn?.get(p);
          return own !== undefined ? <li class={OVERRIDE_CLASS} dangerouslySetInnerHTML={{ __html: own }} />
            : <PublicationItem pub={p} basePath={basePath} ui={ui} level={level} idPrefix={idPrefix} />;
        })}
      </ol>
    </div>
  );
}

/**
 * The publications page body: one legend, then a headed section per group (h2, papers as h3). Returned as
 * HTML: each paper is rendered on its own and the pieces joined, which for 10,000 papers is far cheaper than
 * one tree rendered into one long chain of concatenations.
 */
export function publicationSectionsHtml(sections: readonly Section[], basePath: string, ui: UiText,
  drawn?: ReadonlyMap<Publication, string>): string {
  if (sections.length === 0) return renderToString(<p class="publication-list publication-list--empty">{ui.messages.no_publications_yet}</p>);
  const parts = [renderToString(<MarksLegend pubs={sections.flatMap((s) => s.pubs)} ui={ui} />)];
  for (const s of sections) {
    const id = `pubs-${s.id}`;
    parts.push(`<section class="publication-section" aria-labelledby="${escapeHtml(id)}"><h2 id="${escapeHtml(id)}">${escapeHtml(s.title)}</h2><ol class="publication-list">`);
    for (const p of s.pubs) {
      const own = drawn?.get(p);
      parts.push(own !== undefined ? `<li class="${OVERRIDE_CLASS}">${own}</li>` : renderToString(<PublicationItem pub={p} basePath={basePath} ui={ui} level={3} idPrefix={id} />));
    }
    parts.push('</ol></section>');
  }
  return `<div class="publications">${parts.join('')}</div>`;
}
