import type { Site } from '../../model/types.js';
import { absoluteUrl, withBase } from '../components/site-url.js';
import { analyticsHtml } from './analytics.js';
import { escapeAttr } from './escape.js';
import { THEME_INIT_SCRIPT } from './theme-init.js';
import type { SearchAssetUrls } from '../search/search-assets.js';

/** URLs of the theme's stylesheet and script, site-relative (`/assets/vita.1a2b3c4d.css`); the base path is added here. */
export interface ThemeAssets {
  css: string;
  js: string;
  /** The site's own stylesheet (theme settings and the owner's CSS), loaded after Vita's; absent when it has none. */
  siteCss?: string;
  /** The search dialog's files, when the site has search. */
  search?: SearchAssetUrls;
}

/** What varies from page to page in <head>. */
export interface PageHeadInfo {
  title: string;
  description: string;
  /** Absolute URL; omitted for pages that must not be indexed (404). */
  canonical?: string;
  ogType: 'website' | 'profile' | 'article';
  noindex?: boolean;
  /** Trusted HTML made by Vita itself (e.g. Highwire citation_* meta). */
  extraHead?: string;
  /** Ready `<script type="application/ld+json">` elements. */
  jsonLdHtml?: string;
  /** `<link rel="alternate" hreflang>` tags of a multilingual site's page. */
  alternatesHtml?: string;
}

// Page background colours of Vita's own palette, for the browser UI (a preset with its own palette gives its
// own); must match theme/vita.css.
const LIGHT_BG = '#fbfbf9';
const DARK_BG = '#15171b';

const meta = (name: string, content: string) => `<meta name="${name}" content="${escapeAttr(content)}">`;
const themeColor = (colour: string, scheme: 'light' | 'dark') =>
  `<meta name="theme-color" content="${escapeAttr(colour)}" media="(prefers-color-scheme: ${scheme})">`;
const prop = (property: string, content: string) => `<meta property="${property}" content="${escapeAttr(content)}">`;

/** The tags shared by every page of a site; built once per site and reused (pages are rendered by the thousand). */
export function siteHeadHtml(site: Site, assets: ThemeAssets): string {
  const { config, author } = site;
  const scheme = config.colorScheme === 'system' ? 'light dark' : config.colorScheme;
  const icon = author.avatar ? withBase(config.basePath, author.avatar) : 'data:,';
  const handle = xHandle(site);
  return [
    meta('color-scheme', scheme),
    themeColor(site.theme?.colours.light.bg ?? LIGHT_BG, 'light'),
    themeColor(site.theme?.colours.dark.bg ?? DARK_BG, 'dark'),
    `<script>${THEME_INIT_SCRIPT}</script>`,
    `<link rel="stylesheet" href="${escapeAttr(withBase(config.basePath, assets.css))}">`,
    ...(assets.siteCss ? [`<link rel="stylesheet" href="${escapeAttr(withBase(config.basePath, assets.siteCss))}">`] : []),
    `<script src="${escapeAttr(withBase(config.basePath, assets.js))}" defer></script>`,
    ...(assets.search ? [`<script src="${escapeAttr(withBase(config.basePath, assets.search.boot))}" defer></script>`] : []),
    // Without an icon link browsers request /favicon.ico and log a 404 in the console.
    `<link rel="icon" href="${escapeAttr(icon)}">`,
    meta('author', author.name),
    prop('og:site_name', config.title),
    ...(author.avatar ? [prop('og:image', absoluteUrl(config, author.avatar)), meta('twitter:image', absoluteUrl(config, author.avatar))] : []),
    meta('twitter:card', 'summary'),
    ...(handle ? [meta('twitter:creator', handle)] : []),
    analyticsHtml(site.analytics),
    // The owner's own tags (verification, analytics Vita does not know), trusted like a Jekyll include.
    site.theme?.html.head_end ?? '',
  ].join('');
}

/** `@handle` from the owner's X link, for twitter:creator. */
function xHandle(site: Site): string | undefined {
  const x = site.author.links.find((l) => l.kind === 'x');
  const m = x && /^https:\/\/(?:www\.)?(?:x|twitter)\.com\/([A-Za-z0-9_]{1,15})\/?$/.exec(x.url);
  return m?.[1] ? `@${m[1]}` : undefined;
}

/** The tags that differ per page, in the order crawlers expect them: title first. */
export function pageHeadHtml(info: PageHeadInfo): string {
  // Concatenated, with the title, description and URL escaped once each: this runs for every page.
  const title = escapeAttr(info.title);
  const description = escapeAttr(info.description);
  const canonical = info.canonical ? escapeAttr(info.canonical) : undefined;
  return `<title>${title}</title><meta name="description" content="${description}">` +
    (info.noindex ? '<meta name="robots" content="noindex">' : '') +
    (canonical ? `<link rel="canonical" href="${canonical}">` : '') +
    (info.alternatesHtml ?? '') +
    `<meta property="og:type" content="${escapeAttr(info.ogType)}">` +
    `<meta property="og:title" content="${title}"><meta property="og:description" content="${description}">` +
    (canonical ? `<meta property="og:url" content="${canonical}">` : '') +
    `<meta name="twitter:title" content="${title}"><meta name="twitter:description" content="${description}">` +
    (info.extraHead ?? '') +
    (info.jsonLdHtml ?? '');
}
