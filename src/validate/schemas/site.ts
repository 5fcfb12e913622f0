import * as z from 'zod';
import { citationCountsSettingsSchema } from './citation-counts.js';
import { linkSchema, stringList, urlField } from './common.js';
import { themeSchema } from './theme.js';
import { searchSchema } from './search.js';
import { cvPdfSchema } from './cv-pdf.js';
import { uiTextSchema } from './ui-text.js';
import { languageTag, translatable } from './translatable.js';

const PROFILE_KINDS = [
  'scholar', 'orcid', 'github', 'gitlab', 'arxiv', 'semantic_scholar', 'dblp', 'researchgate', 'linkedin', 'x',
  'bluesky', 'mastodon', 'youtube', 'huggingface', 'zhihu', 'wechat', 'website', 'cv',
] as const;

const links = z.strictObject(
  Object.fromEntries(PROFILE_KINDS.map((k) => [k, z.string().min(1).optional().describe(`${k}: a user name or id, or a full URL`)])) as Record<(typeof PROFILE_KINDS)[number], z.ZodOptional<z.ZodString>>,
);

// The map form first: `{ name, url }` would also pass for a translation (both keys have the shape of a language tag).
const employer = z.union([z.strictObject({ name: translatable(z.string()), url: urlField.optional() }), translatable(z.string())]);

/** The owner's profile, shown in the sidebar and used to highlight their name in author lists. */
export const authorSchema = z.strictObject({
  name: z.string().min(1).describe('Full name as usually written, e.g. "Zeqing Wang"'),
  native_name: z.string().optional().describe('Name in native script, e.g. "王泽卿"'),
  name_variants: z.array(z.string()).optional().describe('Other spellings to highlight in author lists'),
  avatar: urlField.optional(),
  bio: translatable(z.string().describe('One or two sentences, inline Markdown')).optional(),
  position: translatable(z.string()).optional(),
  location: translatable(z.string()).optional(),
  employer: employer.optional(),
  email: stringList.optional(),
  interests: z.array(translatable(z.string())).optional(),
  links: links.optional(),
});

/** site.yml: the site, its owner, navigation, footer and analytics. */
export const siteSchema = z.strictObject({
  $schema: z.string().optional(),
  title: translatable(z.string().min(1).describe('Site title, used in <title> and the header')),
  url: z.string().regex(/^https?:\/\/[^/\s]+(\/[^\s]*)?$/, 'must be an absolute http(s) URL such as https://name.github.io\nWrite the address the site will be served at.').describe('Absolute URL the site is served at'),
  description: translatable(z.string()).optional(),
  language: languageTag.optional().describe('BCP 47 tag of the site\'s language, e.g. en or zh-Hans (a multilingual site lists them under languages:)'),
  languages: z.array(languageTag).min(1).optional()
    .describe('A multilingual site\'s languages, the default first: it is served at /, each other one under /<tag>/'),
  color_scheme: z.enum(['system', 'light', 'dark']).optional(),
  ui_text: uiTextSchema.optional(),
  author: authorSchema,
  navigation: z.array(z.strictObject({ title: translatable(z.string().min(1)), url: urlField })).optional(),
  footer: z.strictObject({ text: translatable(z.string()).optional(), links: z.array(linkSchema).optional() }).optional(),
  citation_counts: citationCountsSettingsSchema.optional(),
  cv: cvPdfSchema.optional(),
  analytics: z
    .strictObject({ provider: z.enum(['google', 'plausible', 'goatcounter', 'umami']), id: z.string().min(1), src: urlField.optional() })
    .optional(),
  theme: themeSchema.optional(),
  search: searchSchema.optional(),
  future: z.boolean().optional().describe('Publish posts dated after today (Jekyll\'s future: true), as vita build --future does'),
  redirects: z.record(z.string(), z.string().min(1)).optional()
    .describe('Old addresses that keep working: path on this site → the page it now redirects to'),
  known_broken_links: z.array(z.string()).optional()
    .describe('Site paths that links may point to although the site lacks them (warned about, not an error), e.g. links already broken on an imported site'),
});

export type SiteRecord = z.output<typeof siteSchema>;
export { PROFILE_KINDS };
