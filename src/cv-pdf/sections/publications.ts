import type { Publication, PublicationAuthor, Site } from '../../model/types.js';
import { buildSections, DEFAULT_SECTIONS, readSections } from '../../render/publications/sections.js';
import { titleText } from '../../render/publications/title-html.js';
import type { TypstText } from '../typst-text.js';
import { fill } from '../../i18n/fill.js';
import type { Messages } from '../../i18n/messages.js';

const SITE_YML = { file: 'site.yml' };

// The status a CV line notes in parentheses; a published paper needs none.
const STATUS_NOTES: Partial<Record<Publication['status'], 'cv_preprint' | 'cv_under_review' | 'cv_accepted'>> = {
  preprint: 'cv_preprint', 'under-review': 'cv_under_review', accepted: 'cv_accepted',
};

/**
 * Every publication, grouped like the website's publications page (its front matter's `publications.sections`,
 * else preprints then by year), numbered through, with a legend for the `*` and `†` marks when any are used.
 */
export function publicationsSection(site: Site, t: TypstText): string {
  const page = site.pages.find((p) => p.url === '/publications/');
  const specs = readSections(page?.frontMatter.publications, () => {}) ?? DEFAULT_SECTIONS;
  const groups = buildSections(site.publications, specs, site.ui.messages);
  const marks = site.publications.flatMap((p) => p.authors);
  const legend = [
    // ui_text is data from site.yml: escaped like every other value.
    marks.some((a) => a.equal) ? `#super[\\*]; ${t.plain(site.ui.messages.equal_contribution, SITE_YML)}` : '',
    marks.some((a) => a.corresponding) ? `#super[†]; ${t.plain(site.ui.messages.corresponding_author, SITE_YML)}` : '',
  ].filter(Boolean);
  let n = 0;
  const out: string[] = legend.length ? [`#cv-legend[${legend.join(' #h(1em) ')}]`] : [];
  for (const group of groups) {
    if (groups.length > 1) out.push(`#cv-subheading[${t.plain(group.title, group.pubs[0]!.source)}]`);
    for (const pub of group.pubs) out.push(`#cv-pub(${++n})[${publication(pub, t, site.ui.messages)}]`);
  }
  return out.join('\n');
}

function author(a: PublicationAuthor, pub: Publication, t: TypstText): string {
  const name = t.plain(a.name, pub.source);
  return (a.isOwner ? `#strong[${name}];` : name) + (a.equal ? '#super[\\*];' : '') + (a.corresponding ? '#super[†];' : '');
}

function authors(pub: Publication, t: TypstText, words: Messages): string {
  const names = pub.authors.map((a) => author(a, pub, t));
  if (pub.etAl) return names.join(', ') + ', ' + t.plain(words.et_al, pub.source);
  return names.length > 1 ? names.slice(0, -1).join(', ') + ` ${t.plain(words.and, pub.source)} ` + names.at(-1) : names.join('');
}

/** One citation: authors, title, venue with its abbreviation and details, tiers, status and links. */
function publication(pub: Publication, t: TypstText, words: Messages): string {
  const arxivPreprint = pub.type === 'preprint' && pub.arxiv !== undefined && (pub.venue === undefined || /^arxiv\b/i.test(pub.venue));
  const venue = arxivPreprint ? words.arxiv_preprint : pub.venue;
  const details = [
    pub.volume && fill(words.volume, { volume: pub.volume }), pub.issue && fill(words.issue, { issue: pub.issue }),
    pub.pages && fill(words.pages, { pages: pub.pages }),
    pub.year !== undefined && String(pub.year),
  ].filter((d): d is string => Boolean(d)).map((d) => t.plain(d, pub.source));
  const venueMarkup = venue
    ? `#emph[${t.plain(venue, pub.source)}];` +
      (pub.venueShort && !venue.includes(pub.venueShort) ? ` (${t.plain(pub.venueShort, pub.source)})` : '')
    : '';
  const where = [venueMarkup, ...details].filter(Boolean).join(', ');
  const note = STATUS_NOTES[pub.status];
  const status = note && t.plain(words[note], pub.source);
  const tags = [...pub.tiers, ...(pub.award ? [pub.award] : [])].map((x) => `#cv-tag[${t.plain(x, pub.source)}]`);
  const links = [
    pub.doi && t.link(`https://doi.org/${pub.doi}`, 'DOI: ' + t.plain(pub.doi, pub.source)),
    pub.arxiv && t.link(`https://arxiv.org/abs/${pub.arxiv}`, 'arXiv: ' + t.plain(pub.arxiv, pub.source)),
  ].filter((l): l is string => Boolean(l)).map((l) => `#cv-link[${l}]`);
  return [
    withFullStop(authors(pub, t, words)),
    `#cv-title[${t.plain(titleText(pub.title), pub.source)}]` + (/[.?!]$/.test(pub.title) ? '' : '.'),
    where ? where + '.' : '',
    status ? `(${status})` : '',
    ...tags,
    ...links,
  ].filter(Boolean).join(' ');
}

// "…, et al." already ends with its full stop.
function withFullStop(text: string): string {
  return text.endsWith('.') ? text : text + '.';
}
