import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { LoadedSite } from '../load/load-site.js';
import type { SiteSettings } from '../model/site-config.js';
import type { Site, SourceRef } from '../model/types.js';
import type { DirectiveSpec } from '../render/directives/spec.js';
import type { FoundLink } from '../render/markdown/markdown-env.js';
import type { SearchEntry } from '../render/search/search-markup.js';
import type { OutputFile } from '../write/output-file.js';

/** A page a feature makes from data (a paper's page, a tag page), rendered through the theme's layout. */
export interface GeneratedPage {
  url: string;
  title: string;
  description?: string;
  /**
   * Trusted HTML built from escaped data. It (and `extraHead`, `jsonLd`) may be a getter that renders on
   * demand, so that a feature with thousands of pages never holds all their HTML at once; the build reads it once.
   */
  bodyHtml: string;
  /**
   * A body too big to hold as one string (the list of 10,000 papers, ~40 MB): when given, the build takes the
   * body from here, piece by piece, instead of `bodyHtml`, and writes the page as UTF-8 bytes.
   */
  bodyParts?(): Iterable<string>;
  extraHead?: string;
  jsonLd?: object[];
  /** Where the data behind the page came from, for URL-conflict messages. */
  source: SourceRef;
  date?: string;
  /** Links in Markdown the page renders, checked like a Markdown page's. */
  links?: FoundLink[];
  /** Leave out of sitemap.xml (e.g. tag pages). */
  noSitemap?: boolean;
  /** How the page appears in site search; pages without it (lists, tag pages) are not indexed. */
  search?: SearchEntry;
}

/** What a feature's model step sees: the loaded files, and the validated site settings (for the owner's names). */
export interface FeatureModelInput {
  loaded: LoadedSite;
  settings: SiteSettings | undefined;
  drafts: boolean;
  /** `YYYY-MM-DD`: content dated later is in the future (default: SOURCE_DATE_EPOCH, else the clock). */
  today?: string;
  /** Keep future-dated content. */
  future?: boolean;
}

/** What a feature's page and file steps get from the build besides the Site: the directives every Markdown body may use. */
export interface FeatureRenderContext {
  directives: ReadonlyMap<string, DirectiveSpec>;
}

/**
 * One kind of content (publications, posts, talks …) plugged into the pipeline: which files it reads,
 * its part of the model, its directives, and the pages and files it adds to the output.
 */
export interface Feature {
  name: string;
  /** Names of the data/<name>.yml files it reads. */
  dataFiles?: readonly string[];
  /** Top-level folders of Markdown files it reads (e.g. `posts`), loaded into `loaded.collections`. */
  contentFolders?: readonly string[];
  /** Validates its records and returns its fields of the Site. */
  model?(input: FeatureModelInput, bag: DiagnosticBag): Partial<Site>;
  directives?: readonly DirectiveSpec[];
  /** Pages it generates from the finished Site. */
  pages?(site: Site, bag: DiagnosticBag, context: FeatureRenderContext): GeneratedPage[];
  /** Other output files (feeds, citation downloads, images); an iterable lets the build write each as it is made. */
  files?(site: Site, bag: DiagnosticBag, context: FeatureRenderContext): Iterable<OutputFile>;
  /**
   * The paths `files` will make, known without making them, so that a static file or a page claiming one is a
   * url-conflict before anything is written. Exactly the paths of `files` (test/features/output-paths.test.ts).
   */
  outputPaths?(site: Site): Iterable<string>;
  /** Search records for items that have no page of their own (a talk), pointing into the page that lists them. */
  searchRecords?(site: Site): SearchRecord[];
}

/** One search result that is not a page of its own: Pagefind indexes `content` and links to `url`. */
export interface SearchRecord extends SearchEntry {
  /** Site-relative URL, without the base path. */
  url: string;
  title: string;
  content: string;
}
