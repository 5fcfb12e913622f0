import { renderToString } from 'preact-render-to-string';
import { publicationSlug } from '../../model/publications/slug.js';
import { formatMonthYear } from '../../i18n/format-date.js';
import type { UiText } from '../../i18n/ui-text.js';
import type { Publication, Site } from '../../model/types.js';
import { AuthorList } from '../components/author-list.js';
import { Badges, CopyButton, PublicationLinks, publicationUrl, slugId, VenueLine } from '../components/publication-item.js';
import { MarksLegend } from '../components/publication-list.js';
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

function PaperBody({ pub, basePath, ui }: { pub: Publication; basePath: string; ui: UiText }) {
  const files = citationFileUrls(pub);
  const bibId = `paper-${slugId(pub.key)}-bibtex`;
  return (
    <div class="paper">
      <Badges pub={pub} ui={ui} />
      <div class="publication__authors paper__authors"><AuthorList authors={pub.authors} ui={ui} etAl={pub.etAl ?? false} /></div>
      <MarksLegend pubs={[pub]} ui={ui} />
      <VenueLine pub={pub} ui={ui} />
      {pub.date && pub.date.length > 4 && <p class="paper__date"><time dateTime={pub.date}>{formatMonthYear(pub.date, ui.dates)}</time></p>}
      {pub.award && <p class="publication__award">{pub.award}</p>}
      <PublicationLinks pub={pub} basePath={basePath} ui={ui} />
      {pub.preview && <img class="paper__preview" src={withBase(basePath, pub.preview)} alt="" decoding="async" />}
      {pub.abstract && (
        <section class="paper__abstract" aria-labelledby="paper-abstract">
          <h2 id="paper-abstract">{ui.messages.abstract}</h2>
          <p>{pub.abstract}</p>
        </section>
      )}
      <section class="paper__cite" aria-labelledby="paper-cite">
        <h2 id="paper-cite">{ui.messages.cite}</h2>
        {pub.bibtex && <pre id={bibId} tabindex={0}><code>{pub.bibtex}</code></pre>}
        {pub.bibtex && <CopyButton target={bibId} ui={ui} />}
        <ul class="paper__downloads">
          <li><a href={withBase(basePath, files.bib)} download>BibTeX (.bib)</a></li>
          <li><a href={withBase(basePath, files.ris)} download>RIS (.ris)</a></li>
          <li><a href={withBase(basePath, files.csl)} download>CSL-JSON (.json)</a></li>
        </ul>
      </section>
    </div>
  );
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
      return renderToString(<PaperBody pub={pub} basePath={site.config.basePath} ui={site.ui} />);
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
