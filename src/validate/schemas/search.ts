import * as z from 'zod';

// A site-relative path prefix such as /notes/; anything else could never match a page's URL.
const pathPrefix = z
  .string()
  .regex(/^\/[^\s?#]*$/, 'must be a site-relative path such as /notes/\nWrite the start of the URLs to leave out of search, beginning with /.');

/** site.yml `search`: `true` turns on site search (a Pagefind index built with the site); a block tunes it. */
export const searchSchema = z
  .union([
    z.boolean(),
    z.strictObject({
      enabled: z.boolean().optional().describe('Turn search off without deleting the block (default: true)'),
      exclude: z.array(pathPrefix).optional().describe('URL prefixes left out of the index, e.g. ["/notes/"]'),
    }),
  ])
  .describe('Site search: true, or a block. Builds a search index with the site and adds a search button to the header');

export type SearchRecord = z.output<typeof searchSchema>;
