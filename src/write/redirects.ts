import { everyLanguage } from '../model/editions.js';
import { outputPathForUrl } from '../model/permalink.js';
import type { Site } from '../model/types.js';
import type { OutputFile } from './output-file.js';
import { redirectPage } from './redirect-page.js';

/** The redirect pages: each page's `redirect_from` addresses, then site.yml's `redirects`. */
export function redirectFiles(site: Site): OutputFile[] {
  const { basePath, url } = site.config;
  const fromPages = everyLanguage(site).flatMap((s) => s.pages).flatMap((page) =>
    page.redirectFrom.map((from) => ({ path: outputPathForUrl(from), content: redirectPage(basePath + page.url, url + page.url) })),
  );
  // site.yml `redirects`: a target outside the site is used as written.
  const fromSite = (site.config.redirects ?? []).map(({ from, to }) => {
    const external = /^https?:/i.test(to);
    return { path: outputPathForUrl(from), content: redirectPage(external ? to : basePath + to, external ? to : url + to) };
  });
  return [...fromPages, ...fromSite];
}
