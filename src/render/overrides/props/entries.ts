import { formatDateRange, formatMonthYear } from '../../../i18n/format-date.js';
import type { Talk } from '../../../model/talks.js';
import type { TeachingEntry } from '../../../model/teaching.js';
import type { Honor, Site, TimelineEntry } from '../../../model/types.js';
import { renderBlockMarkdown } from '../../components/entry-markdown.js';
import { renderInlineMarkdown } from '../../components/inline-markdown.js';
import { talkTypeKey } from '../../components/talk-list.js';
import { linkProps, orNull, urlProp, type Props } from './common.js';

/** The documented keys of `entry`, `honor`, `talk` and `course`, in the order docs/theming.md lists them. */
export const TIMELINE_ENTRY_KEYS = ['kind', 'organization', 'unit', 'url', 'role', 'start', 'end', 'current',
  'date_label', 'location', 'logo', 'description', 'description_html'] as const;
export const HONOR_KEYS = ['title', 'by', 'years', 'years_label', 'note', 'note_html', 'url'] as const;
export const TALK_KEYS = ['title', 'type', 'type_label', 'date', 'date_label', 'event', 'location', 'url', 'links',
  'description', 'description_html'] as const;
export const TEACHING_ENTRY_KEYS = ['course', 'code', 'title', 'role', 'institution', 'term', 'date', 'term_label',
  'url', 'description', 'description_html'] as const;

// Data descriptions are Markdown without raw HTML (entry-markdown.ts); the HTML is Vita's, safe to print raw.
const inline = (text: string | undefined) => (text ? renderInlineMarkdown(text) : null);
const block = (text: string | undefined) => (text ? renderBlockMarkdown(text) : null);

/** `entry`: one position (data/experience.yml) or degree (data/education.yml). */
export function timelineEntryProps(entry: TimelineEntry, site: Site): Props {
  const { basePath } = site.config;
  const ui = site.ui;
  return {
    kind: site.education.includes(entry) ? 'education' : 'experience',
    organization: entry.organization,
    unit: orNull(entry.unit),
    url: urlProp(basePath, entry.url),
    role: entry.role,
    start: orNull(entry.start),
    end: orNull(entry.end),
    current: entry.current,
    date_label: formatDateRange(entry.start, entry.end, entry.current, ui.dates, ui.messages.present) || null,
    location: orNull(entry.location),
    logo: urlProp(basePath, entry.logo),
    description: orNull(entry.description),
    description_html: inline(entry.description),
  };
}

/** `honor`: one honour or award (data/honors.yml). */
export function honorProps(honor: Honor, site: Site): Props {
  return {
    title: honor.title,
    by: orNull(honor.by),
    years: [...honor.years],
    years_label: honor.years.length ? honor.years.join(', ') : null,
    note: orNull(honor.note),
    note_html: inline(honor.note),
    url: urlProp(site.config.basePath, honor.url),
  };
}

/** `talk`: one talk (data/talks.yml, talks/*.md). */
export function talkProps(talk: Talk, site: Site): Props {
  const { basePath } = site.config;
  return {
    title: talk.title,
    type: orNull(talk.type),
    type_label: talk.type ? site.ui.messages[talkTypeKey(talk.type)] : null,
    date: orNull(talk.date),
    date_label: talk.date ? formatMonthYear(talk.date, site.ui.dates) : null,
    event: orNull(talk.event),
    location: orNull(talk.location),
    url: urlProp(basePath, talk.url),
    links: linkProps(talk.links, basePath, site.ui),
    description: orNull(talk.description),
    description_html: block(talk.description),
  };
}

/** `course`: one course taught (data/teaching.yml, teaching/*.md). */
export function teachingEntryProps(entry: TeachingEntry, site: Site): Props {
  return {
    course: entry.course,
    code: orNull(entry.code),
    title: entry.code ? `${entry.code}: ${entry.course}` : entry.course,
    role: orNull(entry.role),
    institution: orNull(entry.institution),
    term: orNull(entry.term),
    date: orNull(entry.date),
    term_label: entry.term ?? entry.date?.slice(0, 4) ?? null,
    url: urlProp(site.config.basePath, entry.url),
    description: orNull(entry.description),
    description_html: block(entry.description),
  };
}
