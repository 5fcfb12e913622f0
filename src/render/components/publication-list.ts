import type { UiText } from '../../i18n/ui-text.js';
import type { Publication } from '../../model/types.js';
import { escapeHtml } from '../escape.js';
import type { Section } from '../publications/sections.js';
import { escapeJsx as esc } from './jsx-escape.js';
import { publicationItemHtml } from './publication-item.js';

// A paper drawn by the owner's template keeps the list's spacing and separators (class `publication`).
const OVERRIDE_CLASS = 'publication publication--override';

/** Explains `*` and `†`, only for the marks the listed papers use. */
export function marksLegendHtml({ pubs, ui }: { pubs: readonly Publication[]; ui: UiText }): string {
  const equal = pubs.some((p) => p.authors.some((a) => a.equal));
  const corresponding = pubs.some((p) => p.authors.some((a) => a.corresponding));
  if (!equal && !corresponding) return '';
  const t = ui.messages;
  return '<p class="publication-legend">' +
    (equal ? `<span class="publication-legend__item"><sup>*</sup>${esc(` ${t.equal_contribution}`)}</span>` : '') +
    (equal && corresponding ? ' · ' : '') +
    (corresponding
      ? `<span class="publication-legend__item"><sup>†</sup>${esc(` ${t.corresponding_author}`)}</span>` : '') +
    '</p>';
}

export interface PublicationListProps {
  pubs: readonly Publication[];
  basePath: string;
  /** The owner's own drawing of each paper (theme.components.publication), used instead of the default item. */
  drawn?: ReadonlyMap<Publication, string> | undefined;
  ui: UiText;
  level?: 2 | 3 | 4;
  idPrefix?: string;
}

/** An ordered list of publications with the legend for author marks. */
export function publicationListHtml(props: PublicationListProps): string {
  const { pubs, basePath, drawn, ui, level = 3, idPrefix = 'pub' } = props;
  if (pubs.length === 0) {
    return `<p class="publication-list publication-list--empty">${esc(ui.messages.no_publications)}</p>`;
  }
  let items = '';
  for (const p of pubs) {
    items += itemHtml(p, drawn, () => publicationItemHtml({ pub: p, basePath, ui, level, idPrefix }));
  }
  return `<div class="publications">${marksLegendHtml({ pubs, ui })}<ol class="publication-list">${items}</ol></div>`;
}

function itemHtml(p: Publication, drawn: ReadonlyMap<Publication, string> | undefined, own: () => string): string {
  const html = drawn?.get(p);
  return html === undefined ? own() : `<li class="${OVERRIDE_CLASS}">${html}</li>`;
}

/**
 * The publications page body, piece by piece: one legend, then a headed section per group (h2, papers as h3).
 * With 10,000 papers the page is ~40 MB of HTML; taken in pieces it is written without ever being one string.
 */
export function* publicationSectionsParts(sections: readonly Section[], basePath: string, ui: UiText,
  drawn?: ReadonlyMap<Publication, string>): Generator<string> {
  if (sections.length === 0) {
    yield `<p class="publication-list publication-list--empty">${esc(ui.messages.no_publications_yet)}</p>`;
    return;
  }
  yield `<div class="publications">${marksLegendHtml({ pubs: sections.flatMap((s) => s.pubs), ui })}`;
  for (const s of sections) {
    const id = `pubs-${s.id}`;
    yield `<section class="publication-section" aria-labelledby="${escapeHtml(id)}">` +
      `<h2 id="${escapeHtml(id)}">${escapeHtml(s.title)}</h2><ol class="publication-list">`;
    for (const p of s.pubs) {
      yield itemHtml(p, drawn, () => publicationItemHtml({ pub: p, basePath, ui, level: 3, idPrefix: id }));
    }
    yield '</ol></section>';
  }
  yield '</div>';
}

/** The publications page body as one string (for a page of the owner's that lists its sections). */
export function publicationSectionsHtml(sections: readonly Section[], basePath: string, ui: UiText,
  drawn?: ReadonlyMap<Publication, string>): string {
  let html = '';
  for (const part of publicationSectionsParts(sections, basePath, ui, drawn)) html += part;
  return html;
}
