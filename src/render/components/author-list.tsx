import { fill } from '../../i18n/fill.js';
import type { UiText } from '../../i18n/ui-text.js';
import type { PublicationAuthor } from '../../model/types.js';

function Author({ author, ui }: { author: PublicationAuthor; ui: UiText }) {
  const name = author.isOwner ? <strong class="author__name author__name--owner">{author.name}</strong> : <span class="author__name">{author.name}</span>;
  return (
    <span class={author.isOwner ? 'author author--owner' : 'author'}>
      {name}
      {author.equal && <sup class="author__mark" title={ui.messages.equal_contribution}>*</sup>}
      {author.corresponding && <sup class="author__mark" title={ui.messages.corresponding_author}>†</sup>}
    </span>
  );
}

function joined(authors: readonly PublicationAuthor[], ui: UiText) {
  return authors.map((a, i) => (
    <>
      {i > 0 && ', '}
      <Author author={a} ui={ui} />
    </>
  ));
}

/** `et al. (3 more, including <strong>owner</strong>)`: the owner's name, when folded away, stays visible and bold. */
function HiddenCount({ count, owner, ui }: { count: number; owner: string | undefined; ui: UiText }) {
  if (owner === undefined) return <>{fill(ui.messages.more_authors, { count })}</>;
  const [before = '', after = ''] = fill(ui.messages.more_authors_with_owner, { count }).split('{name}');
  return <>{before}<strong class="author__name--owner">{owner}</strong>{after}</>;
}

/**
 * Authors separated by commas, the owner in <strong>, `*` and `†` marks as <sup> with a title. Lists longer
 * than `limit` show the first `limit` names and fold the rest into a <details>, which needs no script.
 */
export function AuthorList({ authors, ui, etAl = false, limit }: {
  authors: readonly PublicationAuthor[];
  ui: UiText;
  etAl?: boolean;
  limit?: number;
}) {
  const cut = limit !== undefined && authors.length > limit + 1 ? limit : authors.length;
  const shown = authors.slice(0, cut);
  const hidden = authors.slice(cut);
  const hiddenOwner = hidden.find((a) => a.isOwner);
  return (
    <div class="author-list">
      {joined(shown, ui)}
      {hidden.length > 0 && (
        <details class="author-list__more">
          <summary><HiddenCount count={hidden.length} owner={hiddenOwner?.name} ui={ui} /></summary>
          {', '}
          {joined(hidden, ui)}
        </details>
      )}
      {etAl && <span class="author-list__etal">{`, ${ui.messages.et_al}`}</span>}
    </div>
  );
}
