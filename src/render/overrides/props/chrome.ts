import { formatMonthYear } from '../../../i18n/format-date.js';
import type { Author, Footer, NewsItem, Site } from '../../../model/types.js';
import { renderInlineMarkdown } from '../../components/inline-markdown.js';
import { withBase } from '../../components/site-url.js';
import { orNull, urlProp, type Props } from './common.js';

/** The documented keys of `item`, `author` and `footer`. */
export const NEWS_ITEM_KEYS = ['date', 'date_label', 'text', 'html'] as const;
export const PROFILE_KEYS = ['name', 'native_name', 'position', 'bio', 'bio_html', 'avatar', 'location', 'employer',
  'emails', 'links', 'interests'] as const;
export const FOOTER_KEYS = ['text', 'text_html', 'links'] as const;

/** `item`: one news item; `html` is its text as rendered inline Markdown (owner-trusted, output with `| raw`). */
export function newsItemProps(item: NewsItem, site: Site): Props {
  const dateLabel = formatMonthYear(item.date, site.ui.dates);
  return { date: item.date, date_label: dateLabel, text: item.text, html: renderInlineMarkdown(item.text) };
}

/** `author`: the owner's profile. */
export function profileProps(author: Author, site: Site): Props {
  const { basePath } = site.config;
  return {
    name: author.name,
    native_name: orNull(author.nativeName),
    position: orNull(author.position),
    bio: orNull(author.bio),
    bio_html: author.bio ? renderInlineMarkdown(author.bio) : null,
    avatar: urlProp(basePath, author.avatar),
    location: orNull(author.location),
    employer: author.employer ? { name: author.employer.name, url: urlProp(basePath, author.employer.url) } : null,
    emails: [...author.emails],
    links: author.links.map((l) => ({ kind: l.kind, label: l.label, url: l.url })),
    interests: [...author.interests],
  };
}

/** `footer`: the site footer. */
export function footerProps(footer: Footer, site: Site): Props {
  return {
    text: orNull(footer.text),
    text_html: footer.text ? renderInlineMarkdown(footer.text) : null,
    links: footer.links.map((l) => ({ label: l.label, url: withBase(site.config.basePath, l.url) })),
  };
}
