import type { Publication, SiteConfig } from '../../model/types.js';
import { absoluteUrl } from '../components/site-url.js';
import { escapeHtml } from '../escape.js';
import { titleText } from './title-html.js';

/** `Family, Given` when both are known, else the name as written (Google Scholar reads either). */
export function citationName(a: { name: string; given?: string; family?: string }): string {
  return a.family && a.given ? `${a.family}, ${a.given}` : a.name;
}

/** First and last page of `12–19`, `12--19`, `e1234` (first only). */
export function pageRange(pages: string | undefined): { first?: string; last?: string } {
  if (!pages) return {};
  const [first, last] = pages.split(/\s*[–—-]+\s*/);
  return { ...(first ? { first } : {}), ...(last ? { last } : {}) };
}

/**
 * Google Scholar's Highwire Press tags for a paper's page, one `<meta>` per line, every value escaped.
 * See https://scholar.google.com/intl/en/scholar/inclusion.html#indexing.
 */
export function highwireTags(config: SiteConfig, p: Publication): string {
  const tags: [string, string][] = [['citation_title', titleText(p.title)]];
  for (const a of p.authors) tags.push(['citation_author', citationName(a)]);
  if (p.date) tags.push(['citation_publication_date', p.date.replace(/-/g, '/')]);
  if (p.venue) {
    if (p.type === 'conference') tags.push(['citation_conference_title', p.venue]);
    else if (p.type === 'article') tags.push(['citation_journal_title', p.venue]);
    else if (p.type === 'thesis') tags.push(['citation_dissertation_institution', p.venue]);
    else if (p.type === 'report') tags.push(['citation_technical_report_institution', p.venue]);
    else if (p.type === 'chapter' || p.type === 'book') tags.push(['citation_inbook_title', p.venue]);
  }
  if (p.volume) tags.push(['citation_volume', p.volume]);
  if (p.issue) tags.push(['citation_issue', p.issue]);
  const { first, last } = pageRange(p.pages);
  if (first) tags.push(['citation_firstpage', first]);
  if (last) tags.push(['citation_lastpage', last]);
  if (p.publisher) tags.push(['citation_publisher', p.publisher]);
  if (p.doi) tags.push(['citation_doi', p.doi]);
  if (p.pdf) tags.push(['citation_pdf_url', absoluteUrl(config, p.pdf)]);
  if (p.arxiv) tags.push(['citation_arxiv_id', p.arxiv]);
  return tags.map(([name, content]) => `<meta name="${name}" content="${escapeHtml(content)}">`).join('\n');
}
