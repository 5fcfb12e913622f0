import * as z from 'zod';
import { dateField, stringList } from './common.js';
import { pageDisplaySchema } from './theme.js';

/**
 * Page front matter. Jekyll's keys are typed; other keys pass through for layouts that read them
 * (so pages imported from Jekyll keep working), except a few well-known typos we catch.
 */
export const frontMatterSchema = z.looseObject({
  title: z.string().min(1),
  permalink: z.string().optional(),
  redirect_from: stringList.optional(),
  excerpt: z.string().optional(),
  description: z.string().optional(),
  layout: z.enum(['home', 'page', 'publications']).optional(),
  date: dateField.optional(),
  draft: z.boolean().optional(),
  nav: z.union([z.boolean(), z.number()]).optional(),
  ...pageDisplaySchema,
});

export type FrontMatterRecord = z.output<typeof frontMatterSchema>;
