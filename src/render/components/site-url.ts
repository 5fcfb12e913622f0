import { encodeSiteUrl } from '../../model/url-encoding.js';
import type { SiteConfig } from '../../model/types.js';

/**
 * A site-relative URL (`/images/a.png`) with the base path; it and a relative one (`files/a b.pdf`) are
 * percent-encoded once (see url-encoding.ts). URLs with a scheme pass through unchanged.
 */
export function withBase(basePath: string, url: string): string {
  if (isSiteRelative(url)) return basePath + encodeSiteUrl(url);
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') ? url : encodeSiteUrl(url);
}

/** The absolute form of a site-relative URL (for canonical links, OpenGraph, JSON-LD, feeds and the sitemap). */
export function absoluteUrl(config: SiteConfig, url: string): string {
  // config.url already ends with the base path (https://host/repo), so only the path is added.
  return isSiteRelative(url) ? config.url + encodeSiteUrl(url) : url;
}

/** True for URLs that leave the site (shown with their address when printed). */
export function isExternal(url: string): boolean {
  return /^https?:\/\//.test(url);
}

function isSiteRelative(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}
