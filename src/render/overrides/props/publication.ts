import { fill } from '../../../i18n/fill.js';
import type { MessageKey } from '../../../i18n/messages.js';
import type { Publication, Site } from '../../../model/types.js';
import { authorListHtml } from '../../components/author-list.js';
import { publicationUrl } from '../../components/publication-item.js';
import { withBase } from '../../components/site-url.js';
import { titleHtml } from '../../publications/title-html.js';
import { linkProps, orNull, urlProp, type Props } from './common.js';

/** The documented keys of `pub`, in the order docs/theming.md lists them. */
export const PUBLICATION_KEYS = ['key', 'type', 'status', 'status_label', 'title', 'title_html', 'url', 'authors',
  'et_al', 'authors_html', 'venue', 'venue_short', 'year', 'month', 'date', 'volume', 'issue', 'pages', 'publisher',
  'doi', 'arxiv', 'tags', 'tiers', 'award', 'selected', 'links', 'abstract', 'preview', 'pdf', 'bibtex', 'bibtex_show',
  'cited_by', 'cited_by_label'] as const;

const STATUS_WORDS: Partial<Record<Publication['status'], MessageKey>> = {
  preprint: 'preprint', 'under-review': 'under_review', accepted: 'accepted',
};

/** `pub`: one publication. `title_html` and `authors_html` are Vita's HTML (output them with `| raw`). */
export function publicationProps(pub: Publication, site: Site): Props {
  const { basePath } = site.config;
  const ui = site.ui;
  const status = STATUS_WORDS[pub.status];
  return {
    key: pub.key,
    type: pub.type,
    status: pub.status,
    status_label: status ? ui.messages[status] : null,
    title: pub.title,
    title_html: titleHtml(pub.title),
    url: withBase(basePath, publicationUrl(pub)),
    authors: pub.authors.map((a) => ({
      name: a.name, is_owner: a.isOwner, equal: a.equal, corresponding: a.corresponding,
    })),
    et_al: pub.etAl ?? false,
    authors_html: authorListHtml({ authors: pub.authors, ui, etAl: pub.etAl ?? false }),
    venue: orNull(pub.venue),
    venue_short: orNull(pub.venueShort),
    year: orNull(pub.year),
    month: orNull(pub.month),
    date: orNull(pub.date),
    volume: orNull(pub.volume),
    issue: orNull(pub.issue),
    pages: orNull(pub.pages),
    publisher: orNull(pub.publisher),
    doi: orNull(pub.doi),
    arxiv: orNull(pub.arxiv),
    tags: [...pub.tags],
    tiers: [...pub.tiers],
    award: orNull(pub.award),
    selected: pub.selected,
    links: linkProps(pub.links, basePath, ui),
    abstract: orNull(pub.abstract),
    preview: urlProp(basePath, pub.preview),
    pdf: urlProp(basePath, pub.pdf),
    bibtex: orNull(pub.bibtex),
    bibtex_show: pub.bibtexShow,
    cited_by: orNull(pub.citedBy),
    cited_by_label: pub.citedBy === undefined ? null : fill(ui.messages.cited_by, { count: pub.citedBy }),
  };
}
