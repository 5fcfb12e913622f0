import type { Honor } from '../../model/types.js';
import type { TypstText } from '../typst-text.js';
import { entryCall } from './entry.js';

/** Honours and awards: years, title, awarding body and note. */
export function honorsSection(honors: readonly Honor[], t: TypstText): string {
  return honors.map((h) => entryCall({
    when: t.plain(h.years.join(', '), h.source),
    title: t.link(h.url, t.plain(h.title, h.source)),
    ...(h.by ? { at: t.plain(h.by, h.source) } : {}),
    ...(h.note ? { note: t.markdown(h.note, h.source) } : {}),
  })).join('\n');
}
