import type { TimelineEntry } from '../../model/types.js';
import { formatDateRange } from '../../i18n/format-date.js';
import type { UiText } from '../../i18n/ui-text.js';
import type { TypstText } from '../typst-text.js';
import { entryCall } from './entry.js';

/** Degrees or positions (data/education.yml, data/experience.yml), in the model's order. */
export function timelineSection(entries: readonly TimelineEntry[], t: TypstText, ui: UiText): string {
  return entries.map((e) => {
    const org = t.link(e.url, t.plain(e.organization, e.source)) + (e.unit ? ', ' + t.plain(e.unit, e.source) : '');
    return entryCall({
      when: t.plain(formatDateRange(e.start, e.end, e.current, ui.dates, ui.messages.present), e.source),
      title: t.plain(e.role, e.source),
      at: org,
      ...(e.location ? { note: t.plain(e.location, e.source) } : {}),
      ...(e.description ? { desc: t.markdown(e.description, e.source) } : {}),
    });
  }).join('\n');
}
