import { fill } from '../../i18n/fill.js';
import type { Publication, Site } from '../../model/types.js';
import { publicationSectionsParts } from '../components/publication-list.js';
import { drawnOf } from '../overrides/prepare-overrides.js';
import { buildSections, DEFAULT_SECTIONS, readSections } from './sections.js';

/** The `/publications/` page: URL, title and body (the build wraps it with the theme's layout). */
export interface PublicationListPage {
  url: '/publications/';
  title: string;
  description: string;
  bodyHtml: string;
  /** The body in pieces, which the build writes without joining them (see GeneratedPage.bodyParts). */
  bodyParts(): Iterable<string>;
}

/**
 * The publications page. `frontMatter` is that of a Markdown page at /publications/ when there is one
 * (its `publications: { sections: [...] }` wins over `siteSettings`, then the default: preprints, then by year).
 * `report` receives problems with those settings, for a diagnostic at the page or site.yml.
 */
export function publicationListPage(site: Site, frontMatter: Readonly<Record<string, unknown>> | undefined,
  report: (message: string, hint: string) => void, siteSettings?: unknown): PublicationListPage {
  const specs = readSections(frontMatter?.publications, report) ?? readSections(siteSettings, report) ?? DEFAULT_SECTIONS;
  const t = site.ui.messages;
  const sections = buildSections(site.publications, specs, t);
  const count = site.publications.length;
  return {
    url: '/publications/',
    title: t.publications,
    description: fill(count === 1 ? t.publications_by_one : t.publications_by, { count, name: site.author.name }),
    get bodyHtml() {
      let html = '';
      for (const part of this.bodyParts()) html += part;
      return html;
    },
    // Made while the page is written (with 10,000 papers it is ~40 MB of HTML), never held as one string.
    bodyParts() {
      return publicationSectionsParts(sections, site.config.basePath, site.ui, drawnOf<Publication>(site, 'publication'));
    },
  };
}
