import type { GeneratedPage } from '../features/feature.js';
import { everyLanguage } from '../model/editions.js';
import type { Site } from '../model/types.js';
import { absoluteUrl } from '../render/components/site-url.js';
import { pageVersions } from '../render/languages/alternate-links.js';
import type { SitemapEntry } from './sitemap.js';

/** The sitemap's entries: every page of every language and every generated page that belongs in it. */
export function sitemapEntries(site: Site, generated: readonly GeneratedPage[]): SitemapEntry[] {
  const alternates = (url: string) => {
    const versions = pageVersions(site, url);
    if (versions.length === 0) return {};
    return { alternates: versions.map((v) => ({ hreflang: v.tag, href: absoluteUrl(site.config, v.url) })) };
  };
  const entry = (page: { url: string; date?: string | undefined }): SitemapEntry => ({
    loc: absoluteUrl(site.config, page.url), ...(page.date ? { lastmod: page.date } : {}), ...alternates(page.url),
  });
  return [
    ...everyLanguage(site).flatMap((s) => s.pages).map(entry),
    ...generated.filter((g) => !g.noSitemap).map(entry),
  ];
}
