import type { Feature, GeneratedPage } from './feature.js';
import { ownPageAt } from './markdown-body.js';
import { buildPublications } from '../model/publications/build-publications.js';
import { withCitationCounts } from '../model/publications/citation-counts.js';
import type { Site } from '../model/types.js';
import { citationFiles, citationPaths } from '../write/citations/citation-files.js';
import { publicationsDirective } from '../render/publications/directive.js';
import { publicationListPage } from '../render/publications/list-page.js';
import { paperPage } from '../render/publications/paper-page.js';
import { primeTitleTexts } from '../render/publications/title-html.js';

/** Every page publications add: /publications/ (unless the owner wrote one) and one page per paper. */
export function publicationPages(site: Site, report: (message: string, hint: string) => void): GeneratedPage[] {
  const pubs = site.publications;
  if (pubs.length === 0) return [];
  primeTitleTexts(pubs.map((p) => p.title));
  // Object.assign, not a spread: a spread would run the page's getters and hold every page's HTML.
  const pages: GeneratedPage[] = pubs.map((p) => Object.assign(paperPage(site, p), { source: p.source, search: { kind: 'Paper' as const, ...(p.date ? { date: p.date } : {}) } }, p.date ? { date: p.date } : {}));
  if (!ownPageAt(site, '/publications/')) pages.unshift(Object.assign(publicationListPage(site, undefined, report), { source: pubs[0]!.source }));
  return pages;
}

/** Publications from publications.bib and data/publications.yml: /publications/, a page and citation files per paper, `::publications`. */
export const publicationsFeature: Feature = {
  name: 'publications',
  dataFiles: ['publications', 'venues', 'citations'],
  model: ({ loaded, settings }, bag) => {
    if (!settings) return {};
    const publications = loaded.data.get('publications');
    const venues = loaded.data.get('venues');
    const built = buildPublications({
      ...(loaded.bibtex ? { bibtex: loaded.bibtex } : {}),
      ...(publications ? { yaml: publications } : {}),
      ...(venues ? { venues } : {}),
      owner: settings.author,
      languages: settings.languages,
    }, bag);
    return { ...built, publications: withCitationCounts(built.publications, loaded.data.get('citations'), settings.config.citationCounts, bag) };
  },
  directives: [publicationsDirective],
  pages: (site) => publicationPages(site, () => {}),
  files: (site) => citationFiles(site),
  outputPaths: (site) => citationPaths(site),
};
