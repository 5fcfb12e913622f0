import type { CvItem } from '../../model/cv.js';
import { formatShortMonthYear } from '../../i18n/format-date.js';
import type { UiText } from '../../i18n/ui-text.js';
import type { DataSource, TypstText } from '../typst-text.js';
import { entryCall } from './entry.js';

/** Free lines of data/cv.yml (service, the owner's own sections): date, then the line's inline Markdown. */
export function itemsSection(items: readonly CvItem[], source: DataSource, t: TypstText, ui: UiText): string {
  return items.map((item) => entryCall({
    when: item.date ? t.plain(formatShortMonthYear(item.date, ui.dates), source) : '',
    desc: t.link(item.url, t.markdown(item.text, source)),
  })).join('\n');
}

/** Skills: one line per category, its items joined by commas. */
export function skillsSection(skills: ReadonlyArray<{ category: string; items: string[] }>, source: DataSource,
  t: TypstText): string {
  return skills.map((s) => `#cv-skill([${t.plain(s.category, source)}], [${t.plain(s.items.join(', '), source)}])`)
    .join('\n');
}
