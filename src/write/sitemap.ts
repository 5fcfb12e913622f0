import { escapeHtml } from '../render/escape.js';

/** One page in sitemap.xml; `alternates` are its versions in a multilingual site's languages. */
export interface SitemapEntry {
  loc: string;
  lastmod?: string;
  alternates?: ReadonlyArray<{ hreflang: string; href: string }>;
}

/** sitemap.xml for the given absolute page URLs (sorted, so output is deterministic). */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const multilingual = entries.some((e) => e.alternates);
  const rows = [...entries]
    .sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0))
    .map((e) => `  <url><loc>${escapeHtml(e.loc)}</loc>${e.lastmod ? `<lastmod>${escapeHtml(e.lastmod)}</lastmod>` : ''}${alternateLinks(e)}</url>`);
  const namespaces = `xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${multilingual ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"' : ''}`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset ${namespaces}>\n${rows.join('\n')}\n</urlset>\n`;
}

// Google's form: each version lists every version, itself included, and x-default for the default language's.
function alternateLinks(entry: SitemapEntry): string {
  if (!entry.alternates?.length) return '';
  const link = (hreflang: string, href: string) => `<xhtml:link rel="alternate" hreflang="${escapeHtml(hreflang)}" href="${escapeHtml(href)}"/>`;
  return entry.alternates.map((a) => link(a.hreflang, a.href)).join('') + link('x-default', entry.alternates[0]!.href);
}

/** robots.txt allowing everything and pointing at the sitemap. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
