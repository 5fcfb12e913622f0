import type { Talk } from '../../model/talks.js';
import { formatShortMonthYear } from '../../i18n/format-date.js';
import type { UiText } from '../../i18n/ui-text.js';
import type { TypstText } from '../typst-text.js';
import { entryCall } from './entry.js';

/** Talks, newest first: the title in quotes, the event, the place and the kind of talk. */
export function talksSection(talks: readonly Talk[], t: TypstText, ui: UiText): string {
  return talks.map((talk) => entryCall({
    ...(talk.date ? { when: t.plain(formatShortMonthYear(talk.date, ui.dates), talk.source) } : {}),
    title: '“' + t.link(talk.url, t.plain(talk.title, talk.source)) + '”',
    ...(talk.event ? { at: '#emph[' + t.plain(talk.event, talk.source) + '];' } : {}),
    ...(talk.location || talk.type
      ? { note: [talk.location, talk.type].filter((x): x is string => Boolean(x)).map((x) => t.plain(x, talk.source)).join(' · ') }
      : {}),
  })).join('\n');
}
