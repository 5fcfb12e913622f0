import type { Post } from './posts.js';
import type { Talk } from './talks.js';
import type { TeachingEntry } from './teaching.js';
import type { Project } from './projects.js';
import type { Gallery } from './gallery.js';
import type { CvData } from './cv.js';
import type { Link, SourceRef } from './source-ref.js';

export type { Link, SourceRef } from './source-ref.js';
import type { ComponentName, PresetName, ProfilePlacement, SnippetPlace } from '../validate/schemas/theme.js';
import type { CvPdfSettings } from './cv-pdf-settings.js';
import type { UiText } from '../i18n/ui-text.js';

/**
 * The Site model: a plain, immutable description of everything the theme renders.
 * Built by `model/` from validated records; read by `render/` and `write/`. No file access here.
 */

export interface SiteConfig {
  title: string;
  /** Absolute URL of the site's root, base path included, no trailing slash: `https://example.github.io/repo`. */
  url: string;
  /** Path prefix the site is served under, `''` or like `/repo`. */
  basePath: string;
  description: string;
  /** BCP 47 language tag, e.g. `en`. */
  language: string;
  /** Colour scheme the theme starts in. */
  colorScheme: 'system' | 'light' | 'dark';
  /** Site search, when turned on in site.yml. */
  search?: SearchSettings;
  /** Show citation counts from data/citations.yml, and which one (site.yml `citation_counts`). */
  citationCounts?: { source: 'openalex' | 'semantic_scholar' | 'max' };
  /** site.yml `future: true`: posts dated after today are published. */
  future?: boolean;
  /** site.yml `redirects`: old site paths (normalised) and the path or URL each now redirects to. */
  redirects?: { from: string; to: string }[];
  /** site.yml `known_broken_links`: site paths a link may point to without failing the build. */
  knownBrokenLinks?: string[];
}

/** How site search is set up (site.yml `search`). */
export interface SearchSettings {
  /** Site-relative URL prefixes whose pages stay out of the index. */
  exclude: string[];
}

/** Profile link kinds the theme knows icons and labels for. */
export type ProfileKind =
  | 'scholar' | 'orcid' | 'github' | 'gitlab' | 'arxiv' | 'semantic_scholar' | 'dblp' | 'researchgate'
  | 'linkedin' | 'x' | 'bluesky' | 'mastodon' | 'youtube' | 'huggingface' | 'zhihu' | 'wechat' | 'website' | 'cv';

export interface ProfileLink {
  kind: ProfileKind;
  /** Full URL (user names such as a GitHub handle are expanded by the model). */
  url: string;
  /** Accessible name, e.g. `Google Scholar`. */
  label: string;
}

export interface Author {
  name: string;
  /** Native-script name shown beside the name, e.g. `王泽卿`. */
  nativeName?: string;
  /** Every spelling that counts as the owner in author lists (includes `name` and `nativeName`). */
  nameVariants: string[];
  avatar?: string;
  /** One or two sentences; Markdown inline allowed (owner-trusted). */
  bio?: string;
  position?: string;
  location?: string;
  employer?: { name: string; url?: string };
  emails: string[];
  links: ProfileLink[];
  interests: string[];
}

export interface NavItem {
  title: string;
  url: string;
}

export interface Analytics {
  provider: 'google' | 'plausible' | 'goatcounter' | 'umami';
  id: string;
  /** Script host for self-hosted providers (plausible, umami). */
  src?: string;
}

export interface Footer {
  /** Inline Markdown, owner-trusted. */
  text?: string;
  links: Link[];
}

/** A Markdown page (pages/*.md) or post. `html` is filled by render, not model. */
export interface Page {
  source: SourceRef;
  /** Site-relative URL path starting and (for folders) ending with `/`, e.g. `/` or `/publications/`. */
  url: string;
  title: string;
  description?: string;
  excerpt?: string;
  layout: string;
  date?: string;
  draft: boolean;
  redirectFrom: string[];
  /** Markdown body (front matter removed). */
  body: string;
  /** Line in the source file where the body starts (1-based), so Markdown positions map back. */
  bodyLine: number;
  /** Remaining front matter keys, for layouts that use them (e.g. `publications.sections`). */
  frontMatter: Readonly<Record<string, unknown>>;
  /** Layout choices the page's front matter makes (`profile`, `full_width`, `hide_title`, `toc`). */
  display?: PageDisplay;
}

/** A dated news item; `date` is `YYYY-MM` or `YYYY-MM-DD`. */
export interface NewsItem {
  date: string;
  /** Inline Markdown, owner-trusted. */
  text: string;
  /** Fields whose text is in another language than the site edition's (a fallback), with that language. */
  fallbackLanguages?: Readonly<Record<string, string>>;
  source: SourceRef;
}

/** A position or degree: data/experience.yml, data/education.yml. */
export interface TimelineEntry {
  organization: string;
  /** Sub-unit, e.g. `CSE` or `Y-Lab`. */
  unit?: string;
  url?: string;
  role: string;
  start?: string;
  /** `undefined` with `current: true` renders as "Present". */
  end?: string;
  current: boolean;
  location?: string;
  logo?: string;
  /** Inline Markdown, owner-trusted. */
  description?: string;
  /** Fields whose text is in another language than the site edition's (a fallback), with that language. */
  fallbackLanguages?: Readonly<Record<string, string>>;
  source: SourceRef;
}

export interface Honor {
  title: string;
  /** Awarding body. */
  by?: string;
  years: string[];
  /** Extra words such as `(Top 5%)`; inline Markdown. */
  note?: string;
  url?: string;
  /** Fields whose text is in another language than the site edition's (a fallback), with that language. */
  fallbackLanguages?: Readonly<Record<string, string>>;
  source: SourceRef;
}

export interface PublicationAuthor {
  name: string;
  given?: string;
  family?: string;
  isOwner: boolean;
  /** Marked `*`: equal contribution. */
  equal: boolean;
  /** Marked `†`: corresponding author. */
  corresponding: boolean;
}

export type PublicationType = 'article' | 'conference' | 'preprint' | 'thesis' | 'book' | 'chapter' | 'report' | 'talk' | 'other';
export type PublicationStatus = 'published' | 'accepted' | 'preprint' | 'under-review';

export interface Publication {
  /** Citation key; also the slug of `/publications/<key>/`. */
  key: string;
  type: PublicationType;
  status: PublicationStatus;
  /** Title as Unicode text; `$…$` marks math. */
  title: string;
  /** The title in other languages of a multilingual site, by language tag (data/publications.yml `title: { zh: … }`). */
  titleTranslations?: Readonly<Record<string, string>>;
  /** Fields whose text is in another language than the site edition's (a fallback), with that language. */
  fallbackLanguages?: Readonly<Record<string, string>>;
  authors: PublicationAuthor[];
  /** The source's author list ends with "and others": print "et al." after the names. */
  etAl?: boolean;
  /** Full venue name, e.g. `IEEE Transactions on Multimedia`. */
  venue?: string;
  /** Short venue badge, e.g. `CVPR` or `TMM`. */
  venueShort?: string;
  /** Tier badges from data/venues.yml or the entry, e.g. `CCF-A`, `Q1`. */
  tiers: string[];
  year?: number;
  month?: number;
  /** ISO date as precise as known (`2025`, `2025-06`, `2025-06-11`). */
  date?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  publisher?: string;
  doi?: string;
  arxiv?: string;
  /** Free tags such as `Highlight`, `Oral`. */
  tags: string[];
  award?: string;
  selected: boolean;
  links: Link[];
  abstract?: string;
  /** Site-relative or absolute URL of a preview image. */
  preview?: string;
  /** Site-relative URL of the PDF when it is hosted on this site (for `citation_pdf_url`). */
  pdf?: string;
  /** BibTeX to show and download; generated when the source was YAML. */
  bibtex?: string;
  /** Show the BibTeX block on list pages. */
  bibtexShow: boolean;
  /** "Cited by N" from data/citations.yml, when the owner shows counts. */
  citedBy?: number;
  source: SourceRef;
}

/** A venue from data/venues.yml: matched by key, name or alias. */
export interface Venue {
  key: string;
  name?: string;
  aliases: string[];
  tiers: string[];
  url?: string;
}

/** A file under static/, copied verbatim to the same path under the output folder. */
export interface StaticFile {
  /** Path relative to static/, `/`-separated. */
  path: string;
}

/** A file of the owner's from theme/: a stylesheet, an HTML snippet or a component template. */
export interface ThemeFile {
  /** Path relative to the site root, e.g. `theme/custom.css`. */
  file: string;
  text: string;
}

/** How the site looks when site.yml has `theme:` (absent: Vita's default look, unchanged). */
export interface Theme {
  preset: PresetName;
  /** Values for theme/vita.css's custom properties (names without `--`), per scheme; empty keeps Vita's. */
  colours: { light: Record<string, string>; dark: Record<string, string> };
  /** CSS font-family values. */
  font: string;
  headingFont: string;
  width: 'narrow' | 'normal' | 'wide';
  profile: ProfilePlacement;
  radius: 'none' | 'small' | 'medium' | 'large';
  density: 'compact' | 'normal' | 'relaxed';
  /** The owner's stylesheets, in the order given; included after Vita's. */
  css: ThemeFile[];
  /** Owner-trusted HTML for named places of every page. */
  html: Partial<Record<SnippetPlace, string>>;
  /** Liquid templates that replace Vita's components. */
  components: Partial<Record<ComponentName, ThemeFile>>;
}

/** Per-page layout choices from front matter. */
export interface PageDisplay {
  profile?: ProfilePlacement;
  fullWidth?: boolean;
  hideTitle?: boolean;
  toc?: boolean;
}

/** One language of a multilingual site (site.yml `languages:`). */
export interface SiteLanguage {
  /** BCP 47 tag as site.yml lists it, e.g. `zh`. */
  tag: string;
  /** The language's name in itself, for the language switcher. */
  name: string;
  /** `''` for the default language, else like `/zh`: every URL of the language's pages starts with it. */
  prefix: string;
}

/** One language's version of a page. */
export interface PageVersion {
  tag: string;
  /** Site-relative URL. */
  url: string;
}

/** The languages of a multilingual site, as one language's Site sees them. */
export interface SiteLanguages {
  /** The language of this Site's pages and words. */
  current: SiteLanguage;
  /** Every language, the default first. */
  all: SiteLanguage[];
  /** The versions of each Markdown page in every language it exists in, by the URL of any of them. */
  versions: Readonly<Record<string, readonly PageVersion[]>>;
}

export interface Site {
  config: SiteConfig;
  /** The words the theme prints, in the site's language. */
  ui: UiText;
  author: Author;
  navigation: NavItem[];
  footer: Footer;
  analytics?: Analytics;
  /** site.yml's `cv:` settings of the PDF CV (always set by the model; test fixtures may leave it out). */
  cvPdf?: CvPdfSettings;
  pages: Page[];
  news: NewsItem[];
  experience: TimelineEntry[];
  education: TimelineEntry[];
  honors: Honor[];
  publications: Publication[];
  venues: Venue[];
  staticFiles: StaticFile[];
  /** Blog posts (posts/*.md), newest first; drafts and future posts only when the build asks. */
  posts?: Post[];
  /** Talks (data/talks.yml, talks/*.md), newest first. */
  talks?: Talk[];
  /** Teaching (data/teaching.yml, teaching/*.md), newest first. */
  teaching?: TeachingEntry[];
  /** Projects (data/projects.yml, projects/*.md) in the owner's order. */
  projects?: Project[];
  /** Images of data/gallery.yml. */
  gallery?: Gallery;
  /** Extra CV sections from data/cv.yml. */
  cv?: CvData;
  /** site.yml's `theme:`; absent when it has none. */
  theme?: Theme;
  /** A multilingual site's languages; absent when it has one language. */
  languages?: SiteLanguages;
  /** The default language's Site only: the same site in each other language, with that language's pages and words. */
  editions?: Site[];
}
