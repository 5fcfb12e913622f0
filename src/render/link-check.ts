import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { FoundLink } from './markdown/markdown-env.js';

/**
 * Reports links and images in pages that point at nothing this site will contain. `known` holds every
 * site-relative path the build writes (`/`, `/about/`, `/files/cv.pdf` …), without the base path; a path in
 * `tolerated` (site.yml `known_broken_links`) is a warning instead of an error.
 */
export function checkInternalLinks(links: ReadonlyArray<FoundLink & { pageUrl: string }>, known: ReadonlySet<string>, siteUrl: string, bag: DiagnosticBag,
  tolerated: readonly string[] = []): void {
  const allowed = new Set(tolerated.map((p) => p.replace(/\/+$/, '')));
  const origin = new URL(siteUrl);
  const basePath = origin.pathname.replace(/\/+$/, '');
  for (const link of links) {
    const path = internalPath(link.href, link.pageUrl, origin, basePath);
    if (path === undefined) continue;
    if (known.has(path) || known.has(path + '/') || (path.endsWith('/index.html') && known.has(path.slice(0, -'index.html'.length)))) continue;
    const what = link.kind === 'image' ? 'image' : 'link';
    const report = allowed.has(path.replace(/\/+$/, '')) ? bag.warn.bind(bag) : bag.error.bind(bag);
    report(link.kind === 'image' ? 'missing-image' : 'broken-link', link.file, { line: link.line, col: link.col },
      `This ${what} points to ${path}, which the site does not have.`,
      link.kind === 'image' || /\.[a-z0-9]+$/i.test(path) ? `Put the file in static${path} or fix the path.` : 'Check the page\'s permalink, or create the page.');
  }
}

// The site path a link points to, or undefined for external links, mailto:, pure #fragments and the like.
function internalPath(href: string, pageUrl: string, origin: URL, basePath: string): string | undefined {
  if (href === '' || href.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith(origin.origin)) return undefined;
  if (href.startsWith('//')) return undefined;
  let url: URL;
  try {
    url = new URL(href, origin.origin + basePath + pageUrl);
  } catch {
    return undefined;
  }
  if (url.origin !== origin.origin) return undefined;
  let path = url.pathname;
  if (basePath && path.startsWith(basePath + '/')) path = path.slice(basePath.length);
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
