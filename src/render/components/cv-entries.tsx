import type { ComponentChildren } from 'preact';
import { formatDateRange, formatShortMonthYear } from '../../i18n/format-date.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { UiText } from '../../i18n/ui-text.js';
import type { CvItem } from '../../model/cv.js';
import type { Honor, Publication, TimelineEntry } from '../../model/types.js';
import type { Talk } from '../../model/talks.js';
import type { TeachingEntry } from '../../model/teaching.js';
import { renderInlineMarkdown } from './inline-markdown.js';
import { withBase } from './site-url.js';

/** One CV line: the date column, then what happened. */
export function CvEntry({ when, children }: { when: string; children: ComponentChildren }) {
  return (
    <li class="cv-entry">
      <span class="cv-entry__when">{when}</span>
      <div class="cv-entry__what">{children}</div>
    </li>
  );
}

/** Degrees or positions, most recent first. */
export function CvTimeline({ entries, basePath, ui }: { entries: readonly TimelineEntry[]; basePath: string; ui: UiText }) {
  return (
    <ul class="cv-list">
      {entries.map((e) => (
        <CvEntry when={formatDateRange(e.start, e.end, e.current, ui.dates, ui.messages.present)}>
          <strong>{e.role}</strong>, {e.url ? <a href={withBase(basePath, e.url)}>{e.organization}</a> : e.organization}
          {e.unit && <>, {e.unit}</>}
          {e.location && <span class="cv-entry__note"> · {e.location}</span>}
          {e.description && <div class="cv-entry__desc" dangerouslySetInnerHTML={{ __html: renderInlineMarkdown(e.description) }} />}
        </CvEntry>
      ))}
    </ul>
  );
}

const CV_STATUS: Record<Exclude<Publication['status'], 'published'>, MessageKey> = {
  preprint: 'cv_preprint', 'under-review': 'cv_under_review', accepted: 'cv_accepted',
};

/** Publications as numbered citations: authors (the owner in bold), title, venue, year. */
export function CvPublications({ pubs, ui }: { pubs: readonly Publication[]; ui: UiText }) {
  const t = ui.messages;
  return (
    <ol class="cv-pubs">
      {pubs.map((p) => (
        <li class="cv-pub">
          {p.authors.map((a, i) => (
            <>
              {i > 0 && (i === p.authors.length - 1 && !p.etAl ? ` ${t.and} ` : ', ')}
              {a.isOwner ? <strong>{a.name}</strong> : a.name}
              {a.equal && <sup title={t.equal_contribution}>*</sup>}
            </>
          ))}
          {p.etAl ? ` ${t.et_al}` : '.'} <span class="cv-pub__title">{p.title}</span>.
          {p.venue && <> <em>{p.venue}</em>{p.year !== undefined ? ',' : '.'}</>}
          {p.year !== undefined && <> {p.year}.</>}
          {p.status !== 'published' && <span class="cv-entry__note"> ({t[CV_STATUS[p.status]]})</span>}
        </li>
      ))}
    </ol>
  );
}

/** Talks, newest first: date, title, event and place. */
export function CvTalks({ talks, ui }: { talks: readonly Talk[]; ui: UiText }) {
  return (
    <ul class="cv-list">
      {talks.map((t) => (
        <CvEntry when={t.date ? formatShortMonthYear(t.date, ui.dates) : ''}>
          “{t.title}”{t.event && <>, <em>{t.event}</em></>}{t.location && <>, {t.location}</>}
          {t.type && <span class="cv-entry__note"> ({ui.messages[`cv_talk_${t.type}`]})</span>}
        </CvEntry>
      ))}
    </ul>
  );
}

/** Courses: term, course, role and institution. */
export function CvTeaching({ entries }: { entries: readonly TeachingEntry[] }) {
  return (
    <ul class="cv-list">
      {entries.map((e) => (
        <CvEntry when={e.term ?? e.date?.slice(0, 4) ?? ''}>
          <strong>{e.code ? `${e.code}: ${e.course}` : e.course}</strong>
          {e.role && <>, {e.role}</>}{e.institution && <>, {e.institution}</>}
        </CvEntry>
      ))}
    </ul>
  );
}

/** Honours: years, title, awarding body, note. */
export function CvHonors({ honors }: { honors: readonly Honor[] }) {
  return (
    <ul class="cv-list">
      {honors.map((h) => (
        <CvEntry when={h.years.join(', ')}>
          <strong>{h.title}</strong>{h.by && <>, {h.by}</>}
          {h.note && <span class="cv-entry__note"> <span dangerouslySetInnerHTML={{ __html: renderInlineMarkdown(h.note) }} /></span>}
        </CvEntry>
      ))}
    </ul>
  );
}

/** Free lines from data/cv.yml (service, other sections). */
export function CvItems({ items, basePath, ui }: { items: readonly CvItem[]; basePath: string; ui: UiText }) {
  return (
    <ul class="cv-list">
      {items.map((item) => (
        <CvEntry when={item.date ? formatShortMonthYear(item.date, ui.dates) : ''}>
          {item.url
            ? <a href={withBase(basePath, item.url)} dangerouslySetInnerHTML={{ __html: renderInlineMarkdown(item.text) }} />
            : <span dangerouslySetInnerHTML={{ __html: renderInlineMarkdown(item.text) }} />}
        </CvEntry>
      ))}
    </ul>
  );
}
