import * as z from 'zod';
import { dateField, urlField } from './common.js';

/** One course: an entry of data/teaching.yml, or the front matter of teaching/*.md. */
export const teachingSchema = z.strictObject({
  course: z.string().min(1),
  code: z.string().optional(),
  role: z.string().optional(),
  institution: z.string().optional(),
  term: z.string().optional(),
  date: dateField.optional(),
  url: urlField.optional(),
  description: z.string().optional(),
});

/** data/teaching.yml */
export const teachingListSchema = z.array(teachingSchema);

export type TeachingRecord = z.output<typeof teachingSchema>;
