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
    }
  });

/** A string or a list of strings, normalised to a list. */
export const stringList = z.union([z.string(), z.array(z.string())]).transform((v) => (Array.isArray(v) ? v : [v]));

/** A link with a free label. */
export const linkSchema = z.strictObject({
  label: z.string().min(1),
  url: urlField,
  icon: z.string().optional(),
});
