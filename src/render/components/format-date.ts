/**
 * Dates as the theme prints them, from the `YYYY`, `YYYY-MM` or `YYYY-MM-DD` strings of the model.
 * English month names from a table, never Intl or the machine's locale or timezone, so builds are identical.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const FULL_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

function parts(date: string): { year: string; month?: number } {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(date);
  if (!m?.[1]) return { year: date };
  const month = m[2] === undefined ? undefined : Number(m[2]);
  return month !== undefined && month >= 1 && month <= 12 ? { year: m[1], month } : { year: m[1] };
}

/** `2025-05` → `May 2025` (full month name); `2025` → `2025`. */
export function formatMonthYear(date: string): string {
  const { year, month } = parts(date);
  return month === undefined ? year : `${FULL_MONTHS[month - 1]} ${year}`;
}

/** `2025-01` → `Jan 2025`: the short form used in date ranges. */
export function formatShortMonthYear(date: string): string {
  const { year, month } = parts(date);
  return month === undefined ? year : `${MONTHS[month - 1]} ${year}`;
}

/** `Jan 2025 – Present`, `Sep 2019 – Jun 2023`, or one date when there is no end. */
export function formatDateRange(start: string | undefined, end: string | undefined, current: boolean): string {
  const from = start === undefined ? '' : formatShortMonthYear(start);
  const to = current ? 'Present' : end === undefined ? '' : formatShortMonthYear(end);
  if (from && to) return from === to ? from : `${from} – ${to}`;
  return from || to;
}
