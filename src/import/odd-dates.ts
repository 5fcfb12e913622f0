/**
 * Dates as owners wrote them in front matter and Jekyll tolerated them ("October 20", "22-08-2023", "2023/8/22",
 * "Spring 2021", "2013-10-01 - 2013-01-31", "202O-06-21"): read into `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`) when the
 * reading is certain, else dropped with a report line. Never a NaN year.
 */
import type { Report } from './report.js';

const SEASONS = ['spring', 'summer', 'fall', 'autumn', 'winter'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `value` as a Vita date, or undefined (reported) when it cannot be read. `fallbackYear` completes "October 20". */
export function readOddDate(value: unknown, file: string, report: Report, fallbackYear?: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const text = String(value).trim();
  const date = parseDate(text, fallbackYear);
  if (date === undefined) report.add('not-carried', `date "${text}" is not a date Vita can read: left out`, file);
  else if (date !== text && !/^\d{4}-\d{2}-\d{2}[T ]\d{2}:/.test(text)) report.add('converted', `date "${text}" read as ${date}`, file);
  return date;
}

function parseDate(text: string, fallbackYear?: string): string | undefined {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]|$)/.exec(text) ?? /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (m) return day(m[1]!, m[2]!, m[3]!);
  // A range keeps its start.
  m = /^(\d{4})-(\d{2})-(\d{2})\s*(?:-|–|to)\s*\S/.exec(text);
  if (m) return day(m[1]!, m[2]!, m[3]!);
  m = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? `${m[1]}-${m[2]!.padStart(2, '0')}` : undefined;
  if (/^\d{4}$/.test(text)) return text;
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) return day(m[3]!, m[2]!, m[1]!);
  m = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s*(\d{4})?$/.exec(text);
  if (m) return monthDay(m[1]!, m[2]!, m[3] ?? fallbackYear);
  m = /^(\d{1,2})\s+([A-Za-z]+)\.?,?\s*(\d{4})?$/.exec(text);
  if (m) return monthDay(m[2]!, m[1]!, m[3] ?? fallbackYear);
  m = /^([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(text);
  if (m) {
    // A term ("Spring 2021") is certain only of its year.
    if (SEASONS.includes(m[1]!.toLowerCase())) return m[2];
    const month = monthOf(m[1]!);
    return month ? `${m[2]}-${month}` : undefined;
  }
  return undefined;
}

function monthDay(name: string, d: string, year: string | undefined): string | undefined {
  const month = monthOf(name);
  return month && year ? day(year, month, d) : undefined;
}

function monthOf(name: string): string | undefined {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i < 0 ? undefined : String(i + 1).padStart(2, '0');
}

function day(y: string, m: string, d: string): string | undefined {
  const month = Number(m), dd = Number(d);
  if (month < 1 || month > 12 || dd < 1 || dd > new Date(Date.UTC(Number(y), month, 0)).getUTCDate()) return undefined;
  return `${y}-${String(month).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}
