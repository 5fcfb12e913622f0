import type { Page, Site } from '../../model/types.js';
import { absoluteUrl } from '../components/site-url.js';

/** True for the site's home page (a multilingual site's in each language), titled by the site alone and carrying the owner's Person data. */
export function isHomePage(page: Page, site?: Site): boolean {
  return page.url === (site?.languages?.current.prefix ?? '') + '/';
}

/** `Page title · Site title`; the home page (or a page titled like the site) gets the site title alone. */
export function pageTitle(site: Site, page: Page): string {
  const siteTitle = site.config.title;
  return isHomePage(page, site) || page.title === siteTitle || page.title === '' ? siteTitle : `${page.title} · ${siteTitle}`;
}

/** The page's own description, else its excerpt, else the site's description. */
export function pageDescription(site: Site, page: Page): string {
  return page.description || page.excerpt || site.config.description;
}

/** The absolute canonical URL of a page: site URL + base path + page URL. */
export function canonicalUrl(site: Site, page: Page): string {
  return absoluteUrl(site.config, page.url);
}
