import * as z from 'zod';
import { dateField, isCalendarDay, stringList, urlField } from './common.js';

const FULL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A post's day: `YYYY-MM-DD` exactly, since posts are ordered and dated to the day. */
export const dayField = dateField.superRefine((value, ctx) => {
  if (/^\d{4}(-\d{2})?$/.test(value)) {
    ctx.addIssue({ code: 'custom', message: `A post's date must be a full day, not "${value}".\nWrite YYYY-MM-DD, e.g. 2025-05-01.`, params: { rule: 'bad-date' } });
  }
});

/**
 * Front matter of posts/YYYY-MM-DD-slug.md. Loose like page front matter, so posts imported from Jekyll
 * (`layout`, `comments`, `share` …) keep working; the keys Vita reads are typed.
 */
export const postFrontMatterSchema = z.looseObject({
  title: z.string().min(1),
  date: dayField.optional(),
  updated: dayField.optional(),
  tags: stringList.optional(),
  categories: stringList.optional(),
  excerpt: z.string().optional(),
  description: z.string().optional(),
  draft: z.boolean().optional(),
  permalink: z.string().optional(),
  redirect_from: stringList.optional(),
  image: urlField.optional(),
});

export type PostFrontMatter = z.output<typeof postFrontMatterSchema>;

/** True for `YYYY-MM-DD` with months 01–12 and days 01–31, whether or not the month has that day. */
export function isDayShaped(value: string): boolean {
  return FULL_DATE.test(value);
}

/** True for `YYYY-MM-DD` naming a day that exists. */
export function isFullDate(value: string): boolean {
  return FULL_DATE.test(value) && isCalendarDay(value);
}
