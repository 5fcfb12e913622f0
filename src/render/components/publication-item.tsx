import { publicationSlug } from '../../model/publications/slug.js';
import type { Publication } from '../../model/types.js';
import { renderToString } from 'preact-render-to-string';
import { escapeHtml } from '../escape.js';
import { Icon, isIconName, type IconName } from '../icons/icon.js';
import { titleHtml } from '../publications/title-html.js';
import { AuthorList } from './author-list.js';
import { withBase } from './site-url.js';

// Icons are the same on every one of thousands of paper pages: render each once.
const iconCache = new Map<IconName, string>();
function iconHtml(name: IconName): string {
  let html = iconCache.get(name);
  if (html === undefined) iconCache.set(name, (html = renderToString(<Icon name={name} />)));
  return html;
}

const STATUS_LABELS: Record<string, string> = { preprint: 'Preprint', 'under-review': 'Under review', accepted: 'Accepted' };

/** Site-relative URL of a publication's own page. */
export function publicationUrl(p: Pick<Publication, 'key'>): string {
  return `/publications/${publicationSlug(p.key)}/`;
}

export interface PublicationItemProps {
  pub: Publication;
  basePath: string;
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
export function VenueLine({ pub }: { pub: Publication }) {
  const details = [
    pub.volume && `vol. ${pub.volume}`,
    pub.issue && `no. ${pub.issue}`,
    pub.pages && `pp. ${pub.pages}`,
    pub.year !== undefined && String(pub.year),
  ].filter(Boolean).join(', ');
  const arxivPreprint = pub.type === 'preprint' && pub.arxiv !== undefined && (pub.venue === undefined || /^arxiv\b/i.test(pub.venue));
  const venue = arxivPreprint ? 'arXiv preprint' : pub.venue;
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
export function Badges({ pub }: { pub: Publication }) {
  const status = STATUS_LABELS[pub.status];
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
export function PublicationLinks({ pub, basePath }: { pub: Publication; basePath: string }) {
  if (pub.links.length === 0) return null;
  const items = pub.links.map((l) => {
    const icon = l.icon && isIconName(l.icon) ? iconHtml(l.icon) : '';
    return `<li><a class="publication__link" href="${escapeHtml(withBase(basePath, l.url))}">${icon}${escapeHtml(l.label)}</a></li>`;
  });
  return <ul class="publication__links" dangerouslySetInnerHTML={{ __html: items.join('') }} />;
}

/** The BibTeX of a paper in a <details>; the copy button stays hidden until the theme's script reveals it. */
export function BibtexBlock({ pub, id }: { pub: Publication; id: string }) {
  if (!pub.bibtex) return null;
  return (
    <details class="publication__bibtex">
      <summary>BibTeX</summary>
      <pre id={id} tabindex={0}><code>{pub.bibtex}</code></pre>
      <button type="button" class="copy-button" data-copy-target={id} hidden>Copy BibTeX</button>
    </details>
  );
}

/** One publication in a list: badges, title, authors, venue, award, links, abstract and BibTeX. */
export function PublicationItem({ pub, basePath, level = 3, idPrefix = 'pub', authorLimit = 10, linkTitle = true }: PublicationItemProps) {
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
        <Badges pub={pub} />
        <Heading class="publication__title">
          {linkTitle ? <a href={withBase(basePath, publicationUrl(pub))} dangerouslySetInnerHTML={title} /> : <span dangerouslySetInnerHTML={title} />}
        </Heading>
        <div class="publication__authors"><AuthorList authors={pub.authors} etAl={pub.etAl ?? false} limit={authorLimit} /></div>
        <VenueLine pub={pub} />
        {pub.award && <p class="publication__award">{pub.award}</p>}
        {pub.citedBy !== undefined && <p class="publication__cited-by">Cited by {pub.citedBy}</p>}
        <PublicationLinks pub={pub} basePath={basePath} />
        {pub.abstract && (
          <details class="publication__abstract">
            <summary>Abstract</summary>
            <p>{pub.abstract}</p>
          </details>
        )}
        {pub.bibtexShow && <BibtexBlock pub={pub} id={`${idPrefix}-${slugId(pub.key)}-bibtex`} />}
      </div>
    </li>
  );
}

/** An id-safe form of a citation key. */
export function slugId(key: string): string {
  return key.replace(/[^A-Za-z0-9_-]/g, '-');
}
