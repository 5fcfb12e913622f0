import type { Publication, PublicationStatus, PublicationType, Site } from '../../model/types.js';
import { PUBLICATION_STATUSES, PUBLICATION_TYPES } from '../../validate/schemas/publication.js';
import { publicationListHtml, publicationSectionsHtml } from '../components/publication-list.js';
import type { DirectiveOptions, DirectivePage, DirectiveSpec, OptionKind } from '../directives/spec.js';
import { drawnOf } from '../overrides/prepare-overrides.js';
import { buildSections, readSections } from './sections.js';
import { filterPublications, type PublicationFilter } from './select.js';

/** Options of `::publications{selected year=2024 type=conference tag=Highlight status=preprint limit=5}`. */
export const PUBLICATIONS_DIRECTIVE_OPTIONS: Record<keyof PublicationFilter, OptionKind> = {
  selected: 'flag', year: 'integer', type: 'text', tag: 'text', status: 'text', limit: 'integer',
};

/** Why the options cannot work (an unknown type or status), or undefined when they are fine. */
export function checkPublicationsOptions(options: DirectiveOptions): string | undefined {
  if (options.type !== undefined && !(PUBLICATION_TYPES as readonly unknown[]).includes(options.type)) {
    return `Unknown publication type "${options.type}"; use one of ${PUBLICATION_TYPES.join(', ')}.`;
  }
  if (options.status !== undefined && !(PUBLICATION_STATUSES as readonly unknown[]).includes(options.status)) {
    return `Unknown publication status "${options.status}"; use one of ${PUBLICATION_STATUSES.join(', ')}.`;
  }
  return undefined;
}

/** The papers a directive's options pick. */
export function directivePublications(pubs: readonly Publication[], options: DirectiveOptions): Publication[] {
  const f: PublicationFilter = {};
  if (options.selected === true) f.selected = true;
  if (typeof options.year === 'number') f.year = options.year;
  if (typeof options.type === 'string') f.type = options.type as PublicationType;
  if (typeof options.tag === 'string') f.tag = options.tag;
  if (typeof options.status === 'string') f.status = options.status as PublicationStatus;
  if (typeof options.limit === 'number') f.limit = options.limit;
  return filterPublications(pubs, f);
}

/** HTML for `::publications{…}` on any page: the filtered list with its legend. */
export function renderPublicationsDirective(site: Site, options: DirectiveOptions): string {
  const pubs = directivePublications(site.publications, options);
  const drawn = drawnOf<Publication>(site, 'publication');
  const basePath = site.config.basePath;
  return publicationListHtml({ pubs, basePath, drawn, ui: site.ui, idPrefix: 'pubs' });
}

/**
 * A bare `::publications` on a page whose front matter has `publications: { sections: [...] }` renders those
 * sections (the owner's own /publications/ page); with filters, or without such front matter, a flat list.
 */
function renderInPage(site: Site, options: DirectiveOptions, page: DirectivePage): string {
  const settings = page.frontMatter.publications;
  if (Object.keys(options).length === 0 && settings !== undefined) {
    const specs = readSections(settings, () => {});
    if (specs) return publicationSectionsHtml(buildSections(site.publications, specs, site.ui.messages), site.config.basePath, site.ui,
      drawnOf<Publication>(site, 'publication'));
  }
  return renderPublicationsDirective(site, options);
}

/** The directive as the Markdown renderer registers it. */
export const publicationsDirective: DirectiveSpec = {
  name: 'publications',
  summary: 'publications from publications.bib and data/publications.yml',
  options: PUBLICATIONS_DIRECTIVE_OPTIONS,
  check: checkPublicationsOptions,
  render: renderInPage,
};
