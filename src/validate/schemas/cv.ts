import * as z from 'zod';
import { dateField, urlField } from './common.js';

/** Sections of the CV page, in the order they may be listed under `order`. */
export const CV_SECTIONS = ['education', 'experience', 'publications', 'talks', 'teaching', 'honors', 'skills', 'service', 'other'] as const;

const entry = z.union([
  z.string().min(1),
  z.strictObject({ text: z.string().min(1), date: dateField.optional(), url: urlField.optional() }),
]);

/** data/cv.yml: what the CV page shows beyond the site's other data. */
export const cvSchema = z.strictObject({
  page: z.boolean().optional(),
  summary: z.string().optional(),
  order: z.array(z.enum(CV_SECTIONS)).optional(),
  skills: z.array(z.strictObject({ category: z.string().min(1), items: z.array(z.string()) })).optional(),
  service: z.array(entry).optional(),
  sections: z.array(z.strictObject({ title: z.string().min(1), items: z.array(entry) })).optional(),
});

export type CvRecord = z.output<typeof cvSchema>;
