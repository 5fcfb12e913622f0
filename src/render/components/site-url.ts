import type { SiteConfig } from '../../model/types.js';

/** Prefixes a site-relative URL (`/images/a.png`) with the base path; other URLs pass through unchanged. */
export function withBase(basePath: string, url: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? basePath + url : url;
}

/** The absolute form of a site-relative URL (for canonical links, OpenGraph and JSON-LD). */
export function absoluteUrl(config: SiteConfig, url: string): string {
  // config.url already ends with the base path (https://host/repo), so only the path is added.
  return /^https?:\/\//.test(url) ? url : config.url + url;
}

/** True for URLs that leave the site (shown with their address when printed). */
export function isExternal(url: string): boolean {
  return /^https?:\/\//.test(url);
}
