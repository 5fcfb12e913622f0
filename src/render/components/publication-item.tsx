import { fill } from '../../i18n/fill.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { UiText } from '../../i18n/ui-text.js';
import { publicationSlug } from '../../model/publications/slug.js';
import type { Publication } from '../../model/types.js';
import { renderToString } from 'preact-render-to-string';
import { escapeHtml } from '../escape.js';
import { Icon, isIconName, type IconName } from '../icons/icon.js';
import { titleHtml } from '../publications/title-html.js';
import { AuthorList } from './author-list.js';
import { linkLabel } from './entry-links.js';
import { withBase } from './site-url.js';

// Icons are the same on every one of thousands of paper pages: render each once.
const iconCache = new Map<IconName, string>();
function iconHtml(name: IconName): string {
  let html = iconCache.get(name);
  if (html === undefined) iconCache.set(name, (html = renderToString(<Icon name={name} />)));
  return html;
}

const STATUS_LABELS: Partial<Record<Publication['status'], MessageKey>> = { preprint: 'preprint', 'under-review': 'under_review', accepted: 'accepted' };

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
export function VenueLine({ pub, ui }: { pub: Publication; ui: UiText }) {
  const t = ui.messages;
  const details = [
    pub.volume && fill(t.volume, { volume: pub.volume }),
    pub.issue && fill(t.issue, { issue: pub.issue }),
    pub.pages && fill(t.pages, { pages: pub.pages }),
    pub.year !== undefined && String(pub.year),
  ].filter(Boolean).join(', ');
  const arxivPreprint = pub.type === 'preprint' && pub.arxiv !== undefined && (pub.venue === undefined || /^arxiv\b/i.test(pub.venue));
  const venue = arxivPreprint ? t.arxiv_preprint : pub.venue;
  if (!venue && !details) return null;
  return (
    <p class="publication__venue">
      {venue && <em>{venue}</em>}
      {arxivPreprint && ` arXiv:${pub.arxiv}`}
      {venue && details && ', '}
      {details}
    </p>
  );
}

/** Venue, status, tier and tag badges. */
export function Badges({ pub, ui }: { pub: Publication; ui: UiText }) {
  const statusKey = STATUS_LABELS[pub.status];
  const status = statusKey && ui.messages[statusKey];
  if (!pub.venueShort && !status && pub.tiers.length === 0 && pub.tags.length === 0) return null;
  return (
    <ul class="publication__badges">
      {pub.venueShort && <li class="badge badge--venue">{pub.venueShort}</li>}
      {status && <li class="badge badge--status">{status}</li>}
      {pub.tiers.map((t) => <li class="badge badge--tier">{t}</li>)}
      {pub.tags.map((t) => <li class="badge badge--tag">{t}</li>)}
    </ul>
  );
}

/**
 * Labelled links (arXiv, PDF, Code …), each with its icon. Built as a string (values escaped here) so the
 * icon SVG, identical on thousands of pages, is rendered once and pasted in without a wrapper element.
 */
export function PublicationLinks({ pub, basePath, ui }: { pub: Publication; basePath: string; ui: UiText }) {
  if (pub.links.length === 0) return null;
  const items = pub.links.map((l) => {
    const icon = l.icon && isIconName(l.icon) ? iconHtml(l.icon) : '';
    return `<li><a class="publication__link" href="${escapeHtml(withBase(basePath, l.url))}">${icon}${escapeHtml(linkLabel(l, ui))}</a></li>`;
  });
  return <ul class="publication__links" dangerouslySetInnerHTML={{ __html: items.join('') }} />;
}

/**
 * The button that copies a BibTeX block; hidden until the theme's script reveals it. The script says "Copied to
 * clipboard" or "Copy failed" in English unless the button carries the site's own words for them.
 */
export function CopyButton({ target, ui }: { target: string; ui: UiText }) {
  const t = ui.messages;
  return (
    <button type="button" class="copy-button" data-copy-target={target}
      data-copied-text={t.copied === SCRIPT_COPIED ? undefined : t.copied}
      data-copy-failed-text={t.copy_failed === SCRIPT_COPY_FAILED ? undefined : t.copy_failed} hidden>{t.copy_bibtex}</button>
  );
}

// theme/vita.js's own words (kept in step by a test), so English pages do not repeat them on every button.
const SCRIPT_COPIED = 'Copied to clipboard';
const SCRIPT_COPY_FAILED = 'Copy failed';

/** The BibTeX of a paper in a <details>; the copy button stays hidden until the theme's script reveals it. */
export function BibtexBlock({ pub, id, ui }: { pub: Publication; id: string; ui: UiText }) {
  if (!pub.bibtex) return null;
  return (
    <details class="publication__bibtex">
      <summary>BibTeX</summary>
      <pre id={id} tabindex={0}><code>{pub.bibtex}</code></pre>
      <CopyButton target={id} ui={ui} />
    </details>
  );
}

/** One publication in a list: badges, title, authors, venue, award, links, abstract and BibTeX. */
export function PublicationItem({ pub, basePath, ui, level = 3, idPrefix = 'pub', authorLimit = 10, linkTitle = true }: PublicationItemProps) {
  const Heading = `h${level}` as 'h3';
  const title = { __html: titleHtml(pub.title) };
  return (
    <li class={pub.selected ? 'publication publication--selected' : 'publication'}>
      {pub.preview && (
        <div class="publication__preview">
          <img src={withBase(basePath, pub.preview)} alt="" loading="lazy" decoding="async" />
        </div>
      )}
      <div class="publication__body">
        <Badges pub={pub} ui={ui} />
        <Heading class="publication__title" lang={pub.fallbackLanguages?.title}>
          {linkTitle ? <a href={withBase(basePath, publicationUrl(pub))} dangerouslySetInnerHTML={title} /> : <span dangerouslySetInnerHTML={title} />}
        </Heading>
        <div class="publication__authors"><AuthorList authors={pub.authors} ui={ui} etAl={pub.etAl ?? false} limit={authorLimit} /></div>
        <VenueLine pub={pub} ui={ui} />
        {pub.award && <p class="publication__award">{pub.award}</p>}
        {pub.citedBy !== undefined && <p class="publication__cited-by">{fill(ui.messages.cited_by, { count: pub.citedBy })}</p>}
        <PublicationLinks pub={pub} basePath={basePath} ui={ui} />
        {pub.abstract && (
          <details class="publication__abstract">
            <summary>{ui.messages.abstract}</summary>
            <p>{pub.abstract}</p>
          </details>
        )}
        {pub.bibtexShow && <BibtexBlock pub={pub} id={`${idPrefix}-${slugId(pub.key)}-bibtex`} ui={ui} />}
      </div>
    </li>
  );
}

/** An id-safe form of a citation key. */
export function slugId(key: string): string {
  return key.replace(/[^A-Za-z0-9_-]/g, '-');
}
