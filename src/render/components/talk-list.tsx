import { formatMonthYear } from '../../i18n/format-date.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { UiText } from '../../i18n/ui-text.js';
import type { Talk, TalkType } from '../../model/talks.js';
import { renderBlockMarkdown } from './entry-markdown.js';
import { ItemLinks } from './entry-links.js';
import { OverrideItem, type DrawnItems } from './override-item.js';
import { groupByYear } from './post-list.js';
import { withBase } from './site-url.js';

/** The UI word for a kind of talk. */
export function talkTypeKey(type: TalkType): MessageKey & `talk_${string}` {
  return `talk_${type}`;
}

function TalkItem({ talk, basePath, ui }: { talk: Talk; basePath: string; ui: UiText }) {
  const place = [talk.event, talk.location].filter(Boolean);
  return (
    <li class="talk">
      {talk.date
        ? <time class="talk__date" dateTime={talk.date}>{formatMonthYear(talk.date, ui.dates)}</time>
        : <span class="talk__date" />}
      <div class="talk__body">
        <p class="talk__title">
          {talk.type && <><span class={`badge badge--talk badge--${talk.type}`}>{ui.messages[talkTypeKey(talk.type)]}</span>{' '}</>}
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
        <ItemLinks links={talk.links} basePath={basePath} ui={ui} />
      </div>
    </li>
  );
}

/** The id of a year's heading on /talks/ (`talks-2024`; `talks-undated` for talks without a date). */
export function talkYearId(year: string | undefined): string {
  return `talks-${year ?? 'undated'}`;
}

/**
 * Talks newest first; `byYear` groups them under year headings (the talks page), else one list (directives, CV).
 * `drawn` holds the owner's own drawing of each talk (theme.components.talk), used instead of Vita's.
 */
export function TalkList({ talks, basePath, ui, byYear = false, limit, drawn }: {
  talks: readonly Talk[];
  basePath: string;
  ui: UiText;
  byYear?: boolean;
  limit?: number;
  drawn?: DrawnItems<Talk>;
}) {
  const shown = limit === undefined ? talks : talks.slice(0, limit);
  const item = (t: Talk) => {
    const own = drawn?.get(t);
    return own !== undefined ? <OverrideItem block="talk" html={own} />
      : <TalkItem talk={t} basePath={basePath} ui={ui} />;
  };
  if (shown.length === 0) return null;
  if (!byYear) return <ul class="talks">{shown.map(item)}</ul>;
  return (
    <div class="talk-archive">
      {groupByYear(shown, (t) => t.date, ui.messages.undated).map(([year, items]) => (
        <section class="year-group" aria-labelledby={talkYearId(year === ui.messages.undated ? undefined : year)}>
          <h2 class="year-group__title" id={talkYearId(year === ui.messages.undated ? undefined : year)}>{year}</h2>
          <ul class="talks">{items.map(item)}</ul>
        </section>
      ))}
    </div>
  );
}
