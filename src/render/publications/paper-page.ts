import { publicationSlug } from '../../model/publications/slug.js';
import { formatMonthYear } from '../../i18n/format-date.js';
import type { UiText } from '../../i18n/ui-text.js';
import type { Publication, Site } from '../../model/types.js';
import { authorListHtml } from '../components/author-list.js';
import { attribute, escapeJsx as esc } from '../components/jsx-escape.js';
import { badgesHtml, bibtexCodeHtml, publicationLinksHtml, publicationUrl, slugId, venueLineHtml } from '../components/publication-item.js';
import { marksLegendHtml } from '../components/publication-list.js';
import { withBase } from '../components/site-url.js';
import { highwireTags } from './highwire.js';
import { scholarlyArticleJsonLd } from './scholarly-json-ld.js';
import { titleText } from './title-html.js';

/** What the build turns into `/publications/<key>/index.html` through the theme's `renderPage`. */
export interface PaperPage {
  /** Site-relative URL, `/publications/<key>/`. */
  url: string;
  /** Plain-text title (math as Unicode): the page's <h1> and <title>. */
  title: string;
  description: string;
  bodyHtml: string;
  /** Highwire `<meta name="citation_…">` tags, values escaped. */
  extraHead: string;
  jsonLd: object[];
}

/** Site-relative URLs of a paper's citation downloads, beside its page. */
export function citationFileUrls(p: Pick<Publication, 'key'>): { bib: string; ris: string; csl: string } {
  const base = publicationUrl(p) + publicationSlug(p.key);
  return { bib: `${base}.bib`, ris: `${base}.ris`, csl: `${base}.json` };
}

/** The body of a paper's page: badges, authors, venue, date, links, abstract, and the citation in three formats. */
export function paperBodyHtml({ pub, basePath, ui }: { pub: Publication; basePath: string; ui: UiText }): string {
  const files = citationFileUrls(pub);
  const t = ui.messages;
  const date = pub.date && pub.date.length > 4
    ? `<p class="paper__date"><time datetime="${esc(pub.date)}">${esc(formatMonthYear(pub.date, ui.dates))}</time></p>` : '';
  const preview = pub.preview
    ? `<img class="paper__preview"${attribute('src', withBase(basePath, pub.preview))} alt decoding="async"/>` : '';
  const abstract = pub.abstract ? '<section class="paper__abstract" aria-labelledby="paper-abstract">' +
    `<h2 id="paper-abstract">${esc(t.abstract)}</h2><p>${esc(pub.abstract)}</p></section>` : '';
  const download = (url: string, label: string) => `<li><a${attribute('href', withBase(basePath, url))} download>${label}</a></li>`;
  return '<div class="paper">' + badgesHtml({ pub, ui }) +
    `<div class="publication__authors paper__authors">${authorListHtml({ authors: pub.authors, ui, etAl: pub.etAl ?? false })}</div>` +
    marksLegendHtml({ pubs: [pub], ui }) + venueLineHtml({ pub, ui }) + date +
    (pub.award ? `<p class="publication__award">${esc(pub.award)}</p>` : '') +
    publicationLinksHtml({ pub, basePath, ui }) + preview + abstract +
    `<section class="paper__cite" aria-labelledby="paper-cite"><h2 id="paper-cite">${esc(t.cite)}</h2>` +
    (pub.bibtex ? bibtexCodeHtml(pub.bibtex, `paper-${slugId(pub.key)}-bibtex`, ui) : '') +
    '<ul class="paper__downloads">' + download(files.bib, 'BibTeX (.bib)') + download(files.ris, 'RIS (.ris)') +
    download(files.csl, 'CSL-JSON (.json)') + '</ul></section></div>';
}

/** A paper's page: body, Highwire tags for Google Scholar and a ScholarlyArticle for search engines. */
export function paperPage(site: Site, pub: Publication): PaperPage {
  const title = titleText(pub.title);
  const byline = [pub.authors.map((a) => a.name).join(', '), pub.venue, pub.year].filter(Boolean).join('. ');
  const description = pub.abstract ? clip(pub.abstract, 200) : clip(byline, 200);
  // The HTML is made when the page is rendered and written, not here: a build of 10,000 papers then never
  // holds 10,000 pages of HTML at once. Each getter renders anew, so the build reads each of them once.
  return {
    url: publicationUrl(pub),
    title,
    description,
    get bodyHtml() {
      return paperBodyHtml({ pub, basePath: site.config.basePath, ui: site.ui });
    },
    get extraHead() {
      return highwireTags(site.config, pub);
    },
    get jsonLd() {
      return [scholarlyArticleJsonLd(site, pub)];
    },
  };
}

// Cut at a word boundary so descriptions do not end mid-word.
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut) + '…';
}
