import * as z from 'zod';
import { dateField, linkSchema, stringList, urlField } from './common.js';
import { translatable } from './translatable.js';

export const PUBLICATION_TYPES = ['article', 'conference', 'preprint', 'thesis', 'book', 'chapter', 'report', 'talk', 'other'] as const;
export const PUBLICATION_STATUSES = ['published', 'accepted', 'preprint', 'under-review'] as const;

/** An author: `"Zeqing Wang*"` (`*` equal contribution, `†` corresponding) or a map with the same meaning. */
export const publicationAuthorSchema = z.union([
  z.string().min(1),
  z.strictObject({
    name: z.string().min(1),
    equal: z.boolean().optional().describe('Equal contribution (*)'),
    corresponding: z.boolean().optional().describe('Corresponding author (†)'),
  }),
]);

const text = z.union([z.string(), z.number()]).transform((v) => String(v));

/** One entry of data/publications.yml. */
export const publicationSchema = z.strictObject({
  key: z.string().regex(/^[A-Za-z0-9_.:+-]+$/, 'must be letters, digits and _ . : + - only\nThe key is also the address of the paper\'s page: /publications/<key>/.'),
  title: translatable(z.string().min(1)),
  authors: z.array(publicationAuthorSchema).min(1),
  type: z.enum(PUBLICATION_TYPES).optional(),
  status: z.enum(PUBLICATION_STATUSES).optional(),
  venue: z.string().optional().describe('A venue key, name or alias from data/venues.yml, or the full venue name'),
  venue_short: z.string().optional().describe('Badge text, e.g. CVPR'),
  abbr: z.string().optional().describe('al-folio spelling of venue_short'),
  tier: stringList.optional(),
  year: z.number().int().min(1000).max(9999).optional(),
  month: z.union([z.number().int().min(1).max(12), z.string()]).optional(),
  date: dateField.optional(),
  volume: text.optional(),
  issue: text.optional(),
  number: text.optional(),
  pages: text.optional(),
  publisher: z.string().optional(),
  doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'is not a DOI such as 10.1109/TMM.2025.1234567\nWrite the DOI itself, without https://doi.org/.').optional(),
  arxiv: z.string().regex(/^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})(v\d+)?$/, 'is not an arXiv id such as 2411.14205\nWrite the id itself, without https://arxiv.org/abs/.').optional(),
  tags: stringList.optional(),
  award: z.string().optional(),
  selected: z.boolean().optional(),
  links: z.array(linkSchema).optional(),
  abstract: z.string().optional(),
  preview: urlField.optional(),
  pdf: urlField.optional(),
  code: urlField.optional(),
  html: urlField.optional(),
  website: urlField.optional(),
  slides: urlField.optional(),
  poster: urlField.optional(),
  video: urlField.optional(),
  blog: urlField.optional(),
  supp: urlField.optional(),
  bibtex: z.string().optional().describe('BibTeX to show instead of the generated one'),
  bibtex_show: z.boolean().optional(),
});

/** data/publications.yml is a list of entries. */
export const publicationListSchema = z.array(z.unknown());

export type PublicationRecord = z.output<typeof publicationSchema>;
export type PublicationAuthorRecord = z.output<typeof publicationAuthorSchema>;
