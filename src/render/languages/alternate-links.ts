import type { PageVersion, Site } from '../../model/types.js';
import { absoluteUrl } from '../components/site-url.js';
import { escapeAttr } from '../head/escape.js';

/**
 * The versions of a page for crawlers: every language it exists in, and `x-default` for the default language's
 * (a page only in other languages names its first). Empty on a site with one language.
 */
export function pageVersions(site: Site, pageUrl: string): readonly PageVersion[] {
  const languages = site.languages;
  if (!languages) return [];
  return languages.versions[pageUrl] ?? [{ tag: languages.current.tag, url: pageUrl }];
}

/** `<link rel="alternate" hreflang>` for each version of the page, and x-default. */
export function alternateLinksHtml(site: Site, pageUrl: string): string {
  const versions = pageVersions(site, pageUrl);
  if (versions.length === 0) return '';
  const link = (tag: string, url: string) => `<link rel="alternate" hreflang="${escapeAttr(tag)}" href="${escapeAttr(absoluteUrl(site.config, url))}">`;
  return versions.map((v) => link(v.tag, v.url)).join('') + link('x-default', versions[0]!.url);
}
