import { fill } from '../../i18n/fill.js';
import type { UiText } from '../../i18n/ui-text.js';
import type { PublicationAuthor } from '../../model/types.js';
import { escapeJsx as esc } from './jsx-escape.js';

/** The props of an author list: the names, the site's words, `and others`, and where to fold. */
export interface AuthorListProps {
  authors: readonly PublicationAuthor[];
  ui: UiText;
  etAl?: boolean;
  limit?: number;
}

function authorHtml(author: PublicationAuthor, ui: UiText): string {
  const name = author.isOwner
    ? `<strong class="author__name author__name--owner">${esc(author.name)}</strong>`
    : `<span class="author__name">${esc(author.name)}</span>`;
  const equal = author.equal ? `<sup class="author__mark" title="${esc(ui.messages.equal_contribution)}">*</sup>` : '';
  const corresponding = author.corresponding
    ? `<sup class="author__mark" title="${esc(ui.messages.corresponding_author)}">†</sup>` : '';
  return `<span class="${author.isOwner ? 'author author--owner' : 'author'}">${name}${equal}${corresponding}</span>`;
}

function joined(authors: readonly PublicationAuthor[], ui: UiText): string {
  let out = '';
  for (let i = 0; i < authors.length; i++) out += (i > 0 ? ', ' : '') + authorHtml(authors[i]!, ui);
  return out;
}

/** `et al. (3 more, including <strong>owner</strong>)`: the owner's name, when folded away, stays visible and bold. */
function hiddenCountHtml(count: number, owner: string | undefined, ui: UiText): string {
  if (owner === undefined) return esc(fill(ui.messages.more_authors, { count }));
  const [before = '', after = ''] = fill(ui.messages.more_authors_with_owner, { count }).split('{name}');
  return `${esc(before)}<strong class="author__name--owner">${esc(owner)}</strong>${esc(after)}`;
}

/**
 * Authors separated by commas, the owner in <strong>, `*` and `†` marks as <sup> with a title. Lists longer
 * than `limit` show the first `limit` names and fold the rest into a <details>, which needs no script.
 * A string template (it runs for every paper on the list page and every paper page; the bytes are those of the
 * JSX component it replaced, test/render/components/publication-strings.test.tsx).
 */
export function authorListHtml({ authors, ui, etAl = false, limit }: AuthorListProps): string {
  const cut = limit !== undefined && authors.length > limit + 1 ? limit : authors.length;
  const shown = cut === authors.length ? authors : authors.slice(0, cut);
  let more = '';
  if (cut < authors.length) {
    const hidden = authors.slice(cut);
    const summary = hiddenCountHtml(hidden.length, hidden.find((a) => a.isOwner)?.name, ui);
    more = `<details class="author-list__more"><summary>${summary}</summary>, ${joined(hidden, ui)}</details>`;
  }
  const etAlHtml = etAl ? `<span class="author-list__etal">${esc(`, ${ui.messages.et_al}`)}</span>` : '';
  return `<div class="author-list">${joined(shown, ui)}${more}${etAlHtml}</div>`;
}
