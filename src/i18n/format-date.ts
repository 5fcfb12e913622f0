import { fill } from './fill.js';
import type { DateWords } from './messages.js';

/**
 * Dates as the theme prints them, from the `YYYY`, `YYYY-MM` or `YYYY-MM-DD` strings of the model, with a
 * locale's own month names and word order: never Intl, the machine's locale or its time zone, so every
 * machine builds the same bytes.
 */
function parts(date: string): { year: string; month?: number; day?: number } {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!m?.[1]) return { year: date };
  const month = m[2] === undefined ? undefined : Number(m[2]);
  if (month === undefined || month < 1 || month > 12) return { year: m[1] };
  const day = m[3] === undefined ? undefined : Number(m[3]);
  return day !== undefined && day >= 1 && day <= 31 ? { year: m[1], month, day } : { year: m[1], month };
}

/** `2025-05` → `May 2025`, `2025年5月`; `2025` → `2025`. */
export function formatMonthYear(date: string, words: DateWords): string {
  const { year, month } = parts(date);
  return month === undefined ? year : fill(words.month_year, { year, month: words.months[month - 1]! });
}

/** `2025-01` → `Jan 2025`: the short form used in date ranges. */
export function formatShortMonthYear(date: string, words: DateWords): string {
  const { year, month } = parts(date);
  return month === undefined ? year : fill(words.short_month_year, { year, month: words.short_months[month - 1]! });
}

/** `2025-05-01` → `1 May 2025`, `2025年5月1日`; shorter dates as `formatMonthYear` prints them. */
export function formatDay(date: string, words: DateWords): string {
  const { year, month, day } = parts(date);
  if (month === undefined || day === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return formatMonthYear(date, words);
  return fill(words.day_month_year, { year, month: words.months[month - 1]!, day });
}

/** `Jan 2025 – Present`, `Sep 2019 – Jun 2023`, or one date when there is no end; `present` is the locale's word. */
export function formatDateRange(start: string | undefined, end: string | undefined, current: boolean,
  words: DateWords, present: string): string {
  const from = start === undefined ? '' : formatShortMonthYear(start, words);
  const to = current ? present : end === undefined ? '' : formatShortMonthYear(end, words);
  if (from && to) return from === to ? from : `${from}${words.range}${to}`;
  return from || to;
}
