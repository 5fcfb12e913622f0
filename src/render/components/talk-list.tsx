import type { Talk, TalkType } from '../../model/talks.js';
import { formatMonthYear } from './format-date.js';
import { renderBlockMarkdown } from './entry-markdown.js';
import { ItemLinks } from './entry-links.js';
import { groupByYear } from './post-list.js';
import { withBase } from './site-url.js';

const TYPE_LABELS: Record<TalkType, string> = {
  invited: 'Invited talk', contributed: 'Contributed talk', keynote: 'Keynote', poster: 'Poster',
  tutorial: 'Tutorial', seminar: 'Seminar', panel: 'Panel', other: 'Talk',
};

function TalkItem({ talk, basePath }: { talk: Talk; basePath: string }) {
  const place = [talk.event, talk.location].filter(Boolean);
  return (
    <li class="talk">
      <time class="talk__date" dateTime={talk.date}>{formatMonthYear(talk.date)}</time>
      <div class="talk__body">
        <p class="talk__title">
          {talk.type && <><span class={`badge badge--talk badge--${talk.type}`}>{TYPE_LABELS[talk.type]}</span>{' '}</>}
          <strong>{talk.title}</strong>
        </p>
        {place.length > 0 && (
          <p class="talk__event">
            {talk.event && (talk.url ? <a href={withBase(basePath, talk.url)}>{talk.event}</a> : <span>{talk.event}</span>)}
            {talk.event && talk.location && <span aria-hidden="true"> · </span>}
            {talk.location && <span class="talk__location">{talk.location}</span>}
          </p>
        )}
        {talk.description && <div class="talk__desc" dangerouslySetInnerHTML={{ __html: renderBlockMarkdown(talk.description) }} />}
        <ItemLinks links={talk.links} basePath={basePath} />
      </div>
    </li>
  );
}

/** Talks newest first; `byYear` groups them under year headings (the talks page), else one list (directives, CV). */
export function TalkList({ talks, basePath, byYear = false, limit }: { talks: readonly Talk[]; basePath: string; byYear?: boolean; limit?: number }) {
  const shown = limit === undefined ? talks : talks.slice(0, limit);
  if (shown.length === 0) return null;
  if (!byYear) return <ul class="talks">{shown.map((t) => <TalkItem talk={t} basePath={basePath} />)}</ul>;
  return (
    <div class="talk-archive">
      {groupByYear(shown, (t) => t.date).map(([year, items]) => (
        <section class="year-group" aria-labelledby={`talks-${year}`}>
          <h2 class="year-group__title" id={`talks-${year}`}>{year}</h2>
          <ul class="talks">{items.map((t) => <TalkItem talk={t} basePath={basePath} />)}</ul>
        </section>
      ))}
    </div>
  );
}
