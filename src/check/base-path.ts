import type { BuiltSite } from './built-site.js';

/**
 * The path prefix a built site is served under, read from the home page's canonical URL
 * (`https://x.github.io/repo/` → `/repo`); `''` when there is no canonical link to go by.
 */
export function basePathOf(site: BuiltSite): string {
  const home = site.pages.find((p) => p.path === '/index.html');
  const canonical = home?.scan.tags.find((t) => t.name === 'link' && t.attrs.get('rel')?.value.toLowerCase() === 'canonical');
  const href = canonical?.attrs.get('href')?.value;
  if (!href) return '';
  try {
    return new URL(href).pathname.replace(/\/+$/, '');
  } catch {
    return '';
  }
}
