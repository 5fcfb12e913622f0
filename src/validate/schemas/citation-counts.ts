import * as z from 'zod';

/** Which fetched count a publication shows. */
export const CITATION_COUNT_SOURCES = ['openalex', 'semantic_scholar', 'max'] as const;

/** site.yml `citation_counts`: whether the theme shows the counts `vita sync` wrote to data/citations.yml. */
export const citationCountsSettingsSchema = z.strictObject({
  show: z.boolean().optional().describe('Show "Cited by N" on publications (default false)'),
  source: z.enum(CITATION_COUNT_SOURCES).optional().describe('Which count: openalex, semantic_scholar or max, the larger (default)'),
}).describe('Citation counts from data/citations.yml, written by `vita sync`');

const YMD = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const day = z.string().regex(YMD, 'must be a date written YYYY-MM-DD');
const count = z.number().int('must be a whole number').min(0, 'must be 0 or more\nA count is a number of citations, such as 12.');

/** One paper's counts in data/citations.yml; `pin` and `hide` are the owner's and `vita sync` keeps them. */
export const paperCountsSchema = z.strictObject({
  openalex: count.optional(),
  semantic_scholar: count.optional(),
  fetched: day.optional().describe('When vita sync last fetched the counts'),
  pin: count.optional().describe('Show this number instead of a fetched one'),
  hide: z.boolean().optional().describe('Show no count for this paper'),
});

/** data/citations.yml as `vita sync` writes it. */
export const citationsFileSchema = z.strictObject({
  fetched: day.optional(),
  h_index: count.optional(),
  papers: z.record(z.string(), paperCountsSchema.nullable()).optional(),
});

export type CitationCountsSettings = z.output<typeof citationCountsSettingsSchema>;
export type PaperCounts = z.output<typeof paperCountsSchema>;
