import type { TeachingEntry } from '../../model/teaching.js';
import type { TypstText } from '../typst-text.js';
import { entryCall } from './entry.js';

/** Courses: term, course (with its code), role and institution. */
export function teachingSection(entries: readonly TeachingEntry[], t: TypstText): string {
  return entries.map((e) => entryCall({
    when: t.plain(e.term ?? e.date?.slice(0, 4) ?? '', e.source),
    title: t.link(e.url, t.plain(e.code ? `${e.code}: ${e.course}` : e.course, e.source)),
    at: [e.role, e.institution].filter((x): x is string => Boolean(x)).map((x) => t.plain(x, e.source)).join(', '),
  })).join('\n');
}
