import type { Feature, GeneratedPage } from '../features/feature.js';
import { everyLanguage } from '../model/editions.js';
import type { Site } from '../model/types.js';
import type { UrlClaim } from '../model/url-collisions.js';
import { OUTPUT_MARKER } from './out-dir.js';
import type { OutputFile } from './output-file.js';

// Files Vita makes itself are claimed by this pseudo-source, which the url-conflict message names.
const VITA = { file: '(vita)', line: 1, col: 1 };

/** Every URL the build writes whose name comes from the owner's files, with where it came from. */
export function urlClaims(site: Site, assetFiles: readonly OutputFile[], generated: readonly GeneratedPage[]): UrlClaim[] {
  const claims: UrlClaim[] = [];
  for (const page of everyLanguage(site).flatMap((s) => s.pages)) {
    claims.push({ url: page.url, what: 'page', source: page.source });
    for (const from of page.redirectFrom) claims.push({ url: from, what: 'redirect', source: page.source });
  }
  for (const { from } of site.config.redirects ?? []) {
    claims.push({ url: from, what: 'redirect', source: { file: 'site.yml', line: 1, col: 1 } });
  }
  for (const file of site.staticFiles) {
    claims.push({ url: '/' + file.path, what: 'static file', source: { file: `static/${file.path}`, line: 1, col: 1 } });
  }
  // The output marker too: a static file of that name would let any folder pass for Vita's output.
  for (const url of ['/404.html', '/sitemap.xml', '/robots.txt', `/${OUTPUT_MARKER}`, ...assetFiles.map((f) => '/' + f.path)]) {
    claims.push({ url, what: 'generated file', source: VITA });
  }
  if (site.cvPdf?.pdf) claims.push({ url: '/cv.pdf', what: 'PDF CV (cv: { pdf: true })', source: site.cvPdf.pdfSource });
  // The search index's fixed names; the rest of pagefind/ is named by content hash.
  const searchFiles = site.config.search ? ['/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/pagefind/pagefind-entry.json'] : [];
  for (const file of searchFiles) claims.push({ url: file, what: 'search index file', source: VITA });
  for (const page of generated) claims.push({ url: page.url, what: 'generated page', source: page.source });
  return claims;
}

/**
 * The files features make (feeds, citation files, gallery variants, math fonts), named before they are made.
 * Their names come from names already checked for length (a citation file's from its paper's page).
 */
export function featureFileClaims(site: Site, features: readonly Feature[]): UrlClaim[] {
  return features.flatMap((f) => [...(f.outputPaths?.(site) ?? [])].map((path) => ({
    url: urlOfOutputPath(path), what: `file Vita makes for ${f.name}`, source: VITA,
  })));
}

// `posts/old/index.html` → `/posts/old/`, the address people see.
function urlOfOutputPath(path: string): string {
  return '/' + path.replace(/(^|\/)index\.html$/, '$1');
}
