import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { fill } from '../../i18n/fill.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { UiText } from '../../i18n/ui-text.js';
import { publicationSlug } from '../../model/publications/slug.js';
import type { Publication } from '../../model/types.js';
import { escapeHtml } from '../escape.js';
import { Icon, isIconName, type IconName } from '../icons/icon.js';
import { titleHtml } from '../publications/title-html.js';
import { authorListHtml } from './author-list.js';
import { linkLabel } from './entry-links.js';
import { attribute, escapeJsx as esc } from './jsx-escape.js';
import { withBase } from './site-url.js';

// The publication components are string templates: with 10,000 papers they run for every item of the list page
// and every paper page, where preact-render-to-string cost ~1 s. Same props and same bytes as the JSX components
// they replaced (kept as the reference in test/render/components/publication-strings.test.tsx).

// Icons are the same on every one of thousands of paper pages: render each once.
const iconCache = new Map<IconName, string>();
function iconHtml(name: IconName): string {
  let html = iconCache.get(name);
  if (html === undefined) iconCache.set(name, (html = renderToString(h(Icon, { name }))));
  return html;
}

const STATUS_LABELS: Partial<Record<Publication['status'], MessageKey>> = {
  preprint: 'preprint', 'under-review': 'under_review', accepted: 'accepted',
};

/** Site-relative URL of a publication's own page. */
export function publicationUrl(p: Pick<Publication, 'key'>): string {
  return `/publications/${publicationSlug(p.key)}/`;
}

export interface PublicationItemProps {
  pub: Publication;
  basePath: string;
  ui: UiText;
  /** Heading level of the title (the list page uses 3: sections are h2). */
  level?: 2 | 3 | 4;
  /** Prefix for element ids, so one paper shown twice on a page keeps ids unique. */
  idPrefix?: string;
  /** Fold author lists longer than this. */
  authorLimit?: number;
  /** Link the title to the paper's page (off on that page itself). */
  linkTitle?: boolean;
}

/** The venue line: venue in <em>, then volume, issue, pages and year. */
export function venueLineHtml({ pub, ui }: { pub: Publication; ui: UiText }): string {
  const t = ui.messages;
  const details = [
    pub.volume && fill(t.volume, { volume: pub.volume }),
    pub.issue && fill(t.issue, { issue: pub.issue }),
    pub.pages && fill(t.pages, { pages: pub.pages }),
    pub.year !== undefined && String(pub.year),
  ].filter(Boolean).join(', ');
  const arxivPreprint = pub.type === 'preprint' && pub.arxiv !== undefined &&
    (pub.venue === undefined || /^arxiv\b/i.test(pub.venue));
  const venue = arxivPreprint ? t.arxiv_preprint : pub.venue;
  if (!venue && !details) return '';
  return `<p class="publication__venue">${venue ? `<em>${esc(venue)}</em>` : ''}` +
    `${arxivPreprint ? esc(` arXiv:${pub.arxiv}`) : ''}` +
    `${venue && details ? ', ' : ''}${esc(details)}</p>`;
}

/** Venue, status, tier and tag badges. */
export function badgesHtml({ pub, ui }: { pub: Publication; ui: UiText }): string {
  const statusKey = STATUS_LABELS[pub.status];
  const status = statusKey && ui.messages[statusKey];
  if (!pub.venueShort && !status && pub.tiers.length === 0 && pub.tags.length === 0) return '';
  let items = pub.venueShort ? `<li class="badge badge--venue">${esc(pub.venueShort)}</li>` : '';
  if (status) items += `<li class="badge badge--status">${esc(status)}</li>`;
  for (const t of pub.tiers) items += `<li class="badge badge--tier">${esc(t)}</li>`;
  for (const t of pub.tags) items += `<li class="badge badge--tag">${esc(t)}</li>`;
  return `<ul class="publication__badges">${items}</ul>`;
}

/** Labelled links (arXiv, PDF, Code …), each with its icon (the same SVG on thousands of pages, rendered once). */
export function publicationLinksHtml({ pub, basePath, ui }: {
  pub: Publication; basePath: string; ui: UiText;
}): string {
  if (pub.links.length === 0) return '';
  let items = '';
  for (const l of pub.links) {
    const icon = l.icon && isIconName(l.icon) ? iconHtml(l.icon) : '';
    const href = escapeHtml(withBase(basePath, l.url));
    items += `<li><a class="publication__link" href="${href}">${icon}${escapeHtml(linkLabel(l, ui))}</a></li>`;
  }
  return `<ul class="publication__links">${items}</ul>`;
}

/**
 * The button that copies a BibTeX block; hidden until the theme's script reveals it. The script says "Copied to
 * clipboard" or "Copy failed" in English unless the button carries the site's own words for them.
 */
export function copyButtonHtml({ target, ui }: { target: string; ui: UiText }): string {
  const t = ui.messages;
  const copied = t.copied === SCRIPT_COPIED ? '' : attribute('data-copied-text', t.copied);
  const failed = t.copy_failed === SCRIPT_COPY_FAILED ? '' : attribute('data-copy-failed-text', t.copy_failed);
  return `<button type="button" class="copy-button"${attribute('data-copy-target', target)}${copied}${failed} hidden>` +
    `${esc(t.copy_bibtex)}</button>`;
}

// theme/vita.js's own words (kept in step by a test), so English pages do not repeat them on every button.
const SCRIPT_COPIED = 'Copied to clipboard';
const SCRIPT_COPY_FAILED = 'Copy failed';

/** A BibTeX text in a focusable <pre>, with the copy button after it. */
export function bibtexCodeHtml(bibtex: string, id: string, ui: UiText): string {
  const code = `<pre${attribute('id', id)} tabindex="0"><code>${esc(bibtex)}</code></pre>`;
  return code + copyButtonHtml({ target: id, ui });
}

/** The BibTeX of a paper in a <details>; the copy button stays hidden until the theme's script reveals it. */
export function bibtexBlockHtml({ pub, id, ui }: { pub: Publication; id: string; ui: UiText }): string {
  if (!pub.bibtex) return '';
  return `<details class="publication__bibtex"><summary>BibTeX</summary>${bibtexCodeHtml(pub.bibtex, id, ui)}` +
    '</details>';
}

/** One publication in a list: badges, title, authors, venue, award, links, abstract and BibTeX. */
export function publicationItemHtml(props: PublicationItemProps): string {
  const { pub, basePath, ui, level = 3, idPrefix = 'pub', authorLimit = 10, linkTitle = true } = props;
  const title = titleHtml(pub.title);
  const lang = pub.fallbackLanguages?.title;
  const heading = `<h${level} class="publication__title"${lang === undefined ? '' : attribute('lang', lang)}>` +
    (linkTitle ? `<a${attribute('href', withBase(basePath, publicationUrl(pub)))}>${title}</a>`
      : `<span>${title}</span>`) +
    `</h${level}>`;
  const preview = pub.preview
    ? `<div class="publication__preview"><img${attribute('src', withBase(basePath, pub.preview))} alt loading="lazy"` +
      ' decoding="async"/></div>'
    : '';
  const t = ui.messages;
  const authors = authorListHtml({ authors: pub.authors, ui, etAl: pub.etAl ?? false, limit: authorLimit });
  const abstract = pub.abstract
    ? `<details class="publication__abstract"><summary>${esc(t.abstract)}</summary><p>${esc(pub.abstract)}</p>` +
      '</details>'
    : '';
  return `<li class="${pub.selected ? 'publication publication--selected' : 'publication'}">${preview}` +
    '<div class="publication__body">' +
    badgesHtml({ pub, ui }) + heading +
    `<div class="publication__authors">${authors}</div>` +
    venueLineHtml({ pub, ui }) +
    (pub.award ? `<p class="publication__award">${esc(pub.award)}</p>` : '') +
    (pub.citedBy === undefined ? ''
      : `<p class="publication__cited-by">${esc(fill(t.cited_by, { count: pub.citedBy }))}</p>`) +
    publicationLinksHtml({ pub, basePath, ui }) +
    abstract +
    (pub.bibtexShow ? bibtexBlockHtml({ pub, id: `${idPrefix}-${slugId(pub.key)}-bibtex`, ui }) : '') +
    '</div></li>';
}

/** An id-safe form of a citation key. */
export function slugId(key: string): string {
  return key.replace(/[^A-Za-z0-9_-]/g, '-');
}
