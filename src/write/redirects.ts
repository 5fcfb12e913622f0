import { everyLanguage } from '../model/editions.js';
import { outputPathForUrl } from '../model/permalink.js';
import { absoluteUrl, withBase } from '../render/components/site-url.js';
import type { Site } from '../model/types.js';
import type { OutputFile } from './output-file.js';
import { redirectPage } from './redirect-page.js';

/** The redirect pages: each page's `redirect_from` addresses, then site.yml's `redirects`. */
export function redirectFiles(site: Site): OutputFile[] {
  const { basePath } = site.config;
  const fromPages = everyLanguage(site).flatMap((s) => s.pages).flatMap((page) =>
    page.redirectFrom.map((from) => ({
      path: outputPathForUrl(from), content: redirectPage(withBase(basePath, page.url), absoluteUrl(site.config, page.url)),
    })),
  );
  // site.yml `redirects`: a target outside the site is used as written (validation made sure it is encoded).
  const fromSite = (site.config.redirects ?? []).map(({ from, to }) =>
    ({ path: outputPathForUrl(from), content: redirectPage(withBase(basePath, to), absoluteUrl(site.config, to)) }));
  return [...fromPages, ...fromSite];
}
