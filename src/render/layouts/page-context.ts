import type { Page, Site } from '../../model/types.js';
import type { ThemeAssets } from '../head/document-head.js';
import type { SearchEntry } from '../search/search-markup.js';

/** Everything a layout needs to render one page. */
export interface PageContext {
  site: Site;
  page: Page;
  /** The page's Markdown, already rendered to HTML (owner-trusted; directives expanded). */
  bodyHtml: string;
  /** Site-relative URLs of the theme's CSS and JS (`/assets/vita.<hash>.css`); the base path is added by the layout. */
  assets: ThemeAssets;
  /** Trusted HTML built by Vita itself, e.g. Highwire citation meta. */
  extraHead?: string;
  /** Extra JSON-LD objects (e.g. a ScholarlyArticle); serialised safely by the layout. */
  jsonLd?: object[];
  /** How the page appears in site search; without it the page is not indexed. */
  search?: SearchEntry;
}
