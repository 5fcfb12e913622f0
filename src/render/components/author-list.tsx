import type { PublicationAuthor } from '../../model/types.js';

/** Titles of the author marks; the publication list prints the same words in its legend. */
export const EQUAL_TITLE = 'Equal contribution';
export const CORRESPONDING_TITLE = 'Corresponding author';

function Author({ author }: { author: PublicationAuthor }) {
  const name = author.isOwner ? <strong class="author__name author__name--owner">{author.name}</strong> : <span class="author__name">{author.name}</span>;
  return (
    <span class={author.isOwner ? 'author author--owner' : 'author'}>
      {name}
      {author.equal && <sup class="author__mark" title={EQUAL_TITLE}>*</sup>}
      {author.corresponding && <sup class="author__mark" title={CORRESPONDING_TITLE}>†</sup>}
    </span>
  );
}

function joined(authors: readonly PublicationAuthor[]) {
  return authors.map((a, i) => (
    <>
      {i > 0 && ', '}
      <Author author={a} />
    </>
  ));
}

/**
 * Authors separated by commas, the owner in <strong>, `*` and `†` marks as <sup> with a title. Lists longer
 * than `limit` show the first `limit` names and fold the rest into a <details>, which needs no script.
 */
export function AuthorList({ authors, etAl = false, limit }: { authors: readonly PublicationAuthor[]; etAl?: boolean; limit?: number }) {
  const cut = limit !== undefined && authors.length > limit + 1 ? limit : authors.length;
  const shown = authors.slice(0, cut);
  const hidden = authors.slice(cut);
  const hiddenOwner = hidden.find((a) => a.isOwner);
  return (
    <div class="author-list">
      {joined(shown)}
      {hidden.length > 0 && (
        <details class="author-list__more">
          <summary>
            {`et al. (${hidden.length} more`}
            {hiddenOwner ? <>{', including '}<strong class="author__name--owner">{hiddenOwner.name}</strong></> : null}
            {')'}
          </summary>
          {', '}
          {joined(hidden)}
        </details>
      )}
      {etAl && <span class="author-list__etal">{', et al.'}</span>}
    </div>
  );
}
