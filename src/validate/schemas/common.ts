import * as z from 'zod';
import { checkUrl, URL_HINT } from '../url.js';

/** A URL from data: http(s), mailto or site-relative; anything else is refused with a hint. */
export const urlField = z.string().superRefine((value, ctx) => {
  const problem = checkUrl(value);
  if (problem) ctx.addIssue({ code: 'custom', message: `The URL "${value}" ${problem}.\n${URL_HINT}`, params: { rule: 'unsafe-url' } });
});

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a bare year may be written as a number. */
export const dateField = z
  .union([z.string(), z.number().int()])
  .transform((v) => String(v))
  .superRefine((value, ctx) => {
    if (!DATE.test(value)) {
      ctx.addIssue({ code: 'custom', message: `"${value}" is not a date Vita understands.\nWrite YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2025-05.`, params: { rule: 'bad-date' } });
    } else if (value.length === 10 && !isCalendarDay(value)) {
      // Left in, 2023-02-29 would reach the feeds and JSON-LD, which readers and Scholar reject as a date.
      const [year, month] = [Number(value.slice(0, 4)), Number(value.slice(5, 7))];
      const name = MONTHS[month - 1]!;
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is not a day of the calendar: ${name} ${year} has ${daysInMonth(year, month)} days.\n`
          + 'Check the day: months have 28 to 31 days, and February has a 29th only in leap years.',
        params: { rule: 'bad-date' },
      });
    }
  });

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

/** Days in a month (1–12) of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when a `YYYY-MM-DD` string (already of that shape) names a day that exists, e.g. not 2023-02-29. */
export function isCalendarDay(value: string): boolean {
  return Number(value.slice(8, 10)) <= daysInMonth(Number(value.slice(0, 4)), Number(value.slice(5, 7)));
}

/** A string or a list of strings, normalised to a list. */
export const stringList = z.union([z.string(), z.array(z.string())]).transform((v) => (Array.isArray(v) ? v : [v]));

/** A link with a free label. */
export const linkSchema = z.strictObject({
  label: z.string().min(1),
  url: urlField,
  icon: z.string().optional(),
});
