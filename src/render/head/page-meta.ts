import type { Page, Site } from '../../model/types.js';
import { absoluteUrl } from '../components/site-url.js';

/** True for the site's home page, which is titled by the site alone and carries the owner's Person data. */
export function isHomePage(page: Page): boolean {
  return page.url === '/';
}

/** `Page title · Site title`; the home page (or a page titled like the site) gets the site title alone. */
export function pageTitle(site: Site, page: Page): string {
  const siteTitle = site.config.title;
  return isHomePage(page) || page.title === siteTitle || page.title === '' ? siteTitle : `${page.title} · ${siteTitle}`;
}

/** The page's own description, else its excerpt, else the site's description. */
export function pageDescription(site: Site, page: Page): string {
  return page.description || page.excerpt || site.config.description;
}

/** The absolute canonical URL of a page: site URL + base path + page URL. */
export function canonicalUrl(site: Site, page: Page): string {
  return absoluteUrl(site.config, page.url);
}
