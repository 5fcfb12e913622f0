import * as z from 'zod';
import { dateField, urlField } from './common.js';
import { translatable } from './translatable.js';

/** data/news.yml */
export const newsSchema = z.array(
  z.strictObject({
    date: dateField,
    text: translatable(z.string().min(1).describe('Inline Markdown')),
  }),
);

const dateOrPresent = z.union([z.literal('present'), dateField]);

/** data/experience.yml and data/education.yml */
export const timelineSchema = z.array(
  z.strictObject({
    organization: translatable(z.string().min(1)),
    unit: translatable(z.string()).optional(),
    url: urlField.optional(),
    role: translatable(z.string().min(1)),
    start: dateField.optional(),
    end: dateOrPresent.optional(),
    location: translatable(z.string()).optional(),
    logo: urlField.optional(),
    description: translatable(z.string()).optional(),
  }),
);

/** data/honors.yml */
export const honorsSchema = z.array(
  z
    .strictObject({
      title: translatable(z.string().min(1)),
      by: translatable(z.string()).optional(),
      year: z.union([z.number().int(), z.string()]).optional(),
      years: z.array(z.union([z.number().int(), z.string()])).optional(),
      note: translatable(z.string()).optional(),
      url: urlField.optional(),
    }),
);

export type NewsRecord = z.output<typeof newsSchema>[number];
export type TimelineRecord = z.output<typeof timelineSchema>[number];
export type HonorRecord = z.output<typeof honorsSchema>[number];
