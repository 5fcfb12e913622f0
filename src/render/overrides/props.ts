import { renderToString } from 'preact-render-to-string';
import { h } from 'preact';
import type { Author, Footer, NewsItem, Publication, Site } from '../../model/types.js';
import type { ComponentName } from '../../validate/schemas/theme.js';
import { AuthorList } from '../components/author-list.js';
import { formatMonthYear } from '../../i18n/format-date.js';
import type { UiText } from '../../i18n/ui-text.js';
import { renderInlineMarkdown } from '../components/inline-markdown.js';
import { publicationUrl } from '../components/publication-item.js';
import { withBase } from '../components/site-url.js';
import { titleHtml } from '../publications/title-html.js';

/**
 * The props of overridable components: a documented, versioned interface (docs/theming.md). Props are built
 * from the Site model, never from Vita's own markup, so a template keeps working when the default component's
 * HTML changes. Adding a prop is a minor change; renaming or removing one raises PROPS_VERSION.
 * Every prop is always present (null when the data has no value), so a misspelt name is an error.
 */
export const PROPS_VERSION = 1;

type Props = Record<string, unknown>;

/** The variable each component's template reads its data from, and that variable's documented keys. */
export const COMPONENT_PROPS: Record<ComponentName, { variable: string; keys: readonly string[] }> = {
  publication: {
    variable: 'pub',
    keys: ['key', 'type', 'status', 'title', 'title_html', 'url', 'authors', 'et_al', 'authors_html', 'venue', 'venue_short', 'year',
      'month', 'date', 'volume', 'issue', 'pages', 'publisher', 'doi', 'arxiv', 'tags', 'tiers', 'award', 'selected', 'links',
      'abstract', 'preview', 'pdf', 'bibtex'],
  },
  news_item: { variable: 'item', keys: ['date', 'date_label', 'text', 'html'] },
  profile: {
    variable: 'author',
    keys: ['name', 'native_name', 'position', 'bio', 'bio_html', 'avatar', 'location', 'employer', 'emails', 'links', 'interests'],
  },
  footer: { variable: 'footer', keys: ['text', 'text_html', 'links'] },
};

const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

/** `site` and `vita`, which every template can read. */
export function commonProps(site: Site): Props {
  const { title, url, basePath, language } = site.config;
  return { site: { title, url, base_path: basePath, language }, vita: { props_version: PROPS_VERSION } };
}

/** `pub`: one publication. `title_html` and `authors_html` are Vita's HTML (output them with `| raw`). */
export function publicationProps(pub: Publication, basePath: string, ui: UiText): Props {
  return {
    key: pub.key,
    type: pub.type,
    status: pub.status,
    title: pub.title,
    title_html: titleHtml(pub.title),
    url: withBase(basePath, publicationUrl(pub)),
    authors: pub.authors.map((a) => ({ name: a.name, is_owner: a.isOwner, equal: a.equal, corresponding: a.corresponding })),
    et_al: pub.etAl ?? false,
    authors_html: renderToString(h(AuthorList, { authors: pub.authors, ui, etAl: pub.etAl ?? false })),
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
    links: pub.links.map((l) => ({ label: l.label, url: withBase(basePath, l.url), icon: orNull(l.icon) })),
    abstract: orNull(pub.abstract),
    preview: pub.preview ? withBase(basePath, pub.preview) : null,
    pdf: pub.pdf ? withBase(basePath, pub.pdf) : null,
    bibtex: orNull(pub.bibtex),
  };
}

/** `item`: one news item; `html` is its text as rendered inline Markdown (owner-trusted, output with `| raw`). */
export function newsItemProps(item: NewsItem, ui: UiText): Props {
  return { date: item.date, date_label: formatMonthYear(item.date, ui.dates), text: item.text, html: renderInlineMarkdown(item.text) };
}

/** `author`: the owner's profile. */
export function profileProps(author: Author, basePath: string): Props {
  return {
    name: author.name,
    native_name: orNull(author.nativeName),
    position: orNull(author.position),
    bio: orNull(author.bio),
    bio_html: author.bio ? renderInlineMarkdown(author.bio) : null,
    avatar: author.avatar ? withBase(basePath, author.avatar) : null,
    location: orNull(author.location),
    employer: author.employer ? { name: author.employer.name, url: author.employer.url ? withBase(basePath, author.employer.url) : null } : null,
    emails: [...author.emails],
    links: author.links.map((l) => ({ kind: l.kind, label: l.label, url: l.url })),
    interests: [...author.interests],
  };
}

/** `footer`: the site footer. */
export function footerProps(footer: Footer, basePath: string): Props {
  return {
    text: orNull(footer.text),
    text_html: footer.text ? renderInlineMarkdown(footer.text) : null,
    links: footer.links.map((l) => ({ label: l.label, url: withBase(basePath, l.url) })),
  };
}
