import type { TeachingEntry } from '../../model/teaching.js';
import { renderBlockMarkdown } from './entry-markdown.js';
import { OverrideItem, type DrawnItems } from './override-item.js';
import { withBase } from './site-url.js';

function Course({ entry, basePath }: { entry: TeachingEntry; basePath: string }) {
  const title = entry.code ? `${entry.code}: ${entry.course}` : entry.course;
  const where = [entry.role, entry.institution].filter(Boolean).join(', ');
  return (
    <li class="course">
      <span class="course__term">{entry.term ?? entry.date?.slice(0, 4) ?? ''}</span>
      <div class="course__body">
        <p class="course__title"><strong>{entry.url ? <a href={withBase(basePath, entry.url)}>{title}</a> : title}</strong></p>
        {where && <p class="course__role">{where}</p>}
        {entry.description && <div class="course__desc" dangerouslySetInnerHTML={{ __html: renderBlockMarkdown(entry.description) }} />}
      </div>
    </li>
  );
}

/**
 * Courses newest first: term, course (linked when it has a page), role and institution, description. `drawn`
 * holds the owner's own drawing of each course (theme.components.teaching_entry), used instead of Vita's.
 */
export function TeachingList({ entries, basePath, limit, drawn }: {
  entries: readonly TeachingEntry[];
  basePath: string;
  limit?: number;
  drawn?: DrawnItems<TeachingEntry>;
}) {
  const shown = limit === undefined ? entries : entries.slice(0, limit);
  if (shown.length === 0) return null;
  return <ul class="courses">{shown.map((e) => {
    const own = drawn?.get(e);
    return own !== undefined ? <OverrideItem block="course" html={own} /> : <Course entry={e} basePath={basePath} />;
  })}</ul>;
}
