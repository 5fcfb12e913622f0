import * as z from 'zod';
import { dateField, linkSchema, stringList, urlField } from './common.js';

/** One project: an entry of data/projects.yml, or the front matter of projects/*.md (whose body is the page). */
export const projectSchema = z.strictObject({
  title: z.string().min(1),
  summary: z.string().optional(),
  image: urlField.optional(),
  image_alt: z.string().optional(),
  url: urlField.optional(),
  links: z.array(linkSchema).optional(),
  tags: stringList.optional(),
  date: dateField.optional(),
  body: z.string().optional().describe('Markdown of the project\'s own page, by design: like pages/, it is trusted, '
    + 'so raw HTML in it is published as written (every other field is escaped text)'),
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens').optional(),
});

/** data/projects.yml */
export const projectsSchema = z.array(projectSchema);

export type ProjectRecord = z.output<typeof projectSchema>;
