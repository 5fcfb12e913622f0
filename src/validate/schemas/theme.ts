import * as z from 'zod';
import { stringList } from './common.js';
import { withNamedKeys } from '../named-keys.js';

/** Named looks a site can start from; `classic` is Vita's default. */
export const PRESETS = ['classic', 'scholar', 'modern', 'compact', 'minimal'] as const;
/** Named font stacks; each ends with CJK and emoji fallbacks. */
export const FONT_STACKS = ['sans', 'serif', 'humanist', 'mono'] as const;
/** Where the owner's profile goes on pages that show it. */
export const PROFILE_PLACEMENTS = ['left', 'top', 'none'] as const;
/** Places in every page where the owner's own HTML may go. */
export const SNIPPET_PLACES = ['head_end', 'header_before', 'header_after', 'sidebar_end', 'main_before', 'main_after', 'footer_end'] as const;
/** Components a site may draw itself (see docs/theming.md for each one's props). */
export const COMPONENTS = ['publication', 'news_item', 'profile', 'footer', 'timeline_entry', 'honor', 'talk',
  'teaching_entry', 'project_card', 'post_item', 'gallery_item'] as const;

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$|^#[0-9a-fA-F]{3}$/, 'must be a hex colour such as "#1a5aa6"\nWrite it in quotes: YAML reads # as the start of a comment.');
// Family names go into the stylesheet in quotes, so they may hold only the characters font names use.
const fontFamily = z.string().regex(/^[\p{L}\p{N} ._-]+$/u, 'must be a font family name such as "Source Serif 4" (letters, digits, spaces, . _ -)');
const font = z.union([z.enum(FONT_STACKS), z.array(fontFamily).min(1)])
  .describe('sans, serif, humanist, mono, or a list of font families (CJK and emoji fallbacks are added)');
const themeFile = z.string().min(1).describe('A file in the site\'s theme/ folder, e.g. theme/custom.css');

const componentFiles = Object.fromEntries(COMPONENTS.map((c) => [c, themeFile.optional()])) as
  Record<ComponentName, z.ZodOptional<z.ZodString>>;

/** `theme:` in site.yml: how the site looks, and the owner's own CSS, HTML and components. */
export const themeSchema = z.strictObject({
  preset: z.enum(PRESETS).optional().describe('A named look: classic (default), scholar, modern, compact, minimal'),
  accent: z.union([hexColour, z.strictObject({ light: hexColour, dark: hexColour.optional() })]).optional()
    .describe('Accent colour for links and highlights; hover and dark-mode variants are derived from it'),
  font: font.optional(),
  heading_font: font.optional(),
  width: z.enum(['narrow', 'normal', 'wide']).optional().describe('Page width: narrow (60rem), normal (72rem), wide (84rem)'),
  profile: z.enum(PROFILE_PLACEMENTS).optional().describe('Where the profile goes on the home page: left (sidebar), top, none'),
  radius: z.enum(['none', 'small', 'medium', 'large']).optional().describe('Corner rounding of cards, badges and buttons'),
  density: z.enum(['compact', 'normal', 'relaxed']).optional().describe('Spacing between list entries and blocks'),
  css: stringList.pipe(z.array(themeFile)).optional().describe('Your own stylesheets, included after Vita\'s'),
  html: z.strictObject(Object.fromEntries(SNIPPET_PLACES.map((p) => [p, themeFile.optional()])) as Record<(typeof SNIPPET_PLACES)[number], z.ZodOptional<z.ZodString>>)
    .optional().describe('HTML files to insert at named places of every page'),
  components: withNamedKeys(z.strictObject(componentFiles),
    { rule: 'unknown-component', noun: 'component', docs: 'docs/theming.md#component-overrides',
      unknown: (key) => `"${key}" is not a component Vita draws, so no template can replace it.` },
  ).optional().describe('Liquid templates that replace Vita\'s components'),
});

/** Front matter keys that change one page's layout. */
export const pageDisplaySchema = {
  profile: z.enum(PROFILE_PLACEMENTS).optional().describe('Show the profile on this page: left, top or none'),
  full_width: z.boolean().optional().describe('Let the content use the whole width of the page'),
  hide_title: z.boolean().optional().describe('Leave out the page\'s heading (the title stays in <title>)'),
  toc: z.boolean().optional().describe('Show a table of contents of the page\'s headings'),
};

export type ThemeRecord = z.output<typeof themeSchema>;
export type PresetName = (typeof PRESETS)[number];
export type FontStack = (typeof FONT_STACKS)[number];
export type ProfilePlacement = (typeof PROFILE_PLACEMENTS)[number];
export type SnippetPlace = (typeof SNIPPET_PLACES)[number];
export type ComponentName = (typeof COMPONENTS)[number];
