import { slugify } from '../markdown/slugify.js';
import { formatMonthYear } from './format-date.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2025-05-01` → `1 May 2025`; shorter dates as `formatMonthYear` prints them. Never the machine's locale. */
export function formatDay(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return formatMonthYear(date);
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** `1 min read`, `7 min read`. */
export function readingTimeLabel(minutes: number): string {
  return `${minutes} min read`;
}

/** Site-relative URL of a tag's page. */
export function tagUrl(tag: string): string {
  return `/posts/tags/${slugify(tag)}/`;
}
