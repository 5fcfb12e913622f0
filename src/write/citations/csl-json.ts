import type { Publication, PublicationType } from '../../model/types.js';
import { titleText } from '../../render/publications/title-html.js';

const CSL_TYPES: Record<PublicationType, string> = {
  article: 'article-journal', conference: 'paper-conference', preprint: 'article', thesis: 'thesis', book: 'book',
  chapter: 'chapter', report: 'report', talk: 'speech', other: 'document',
};

/** CSL-JSON (citeproc's input format) for one publication, as a one-item array like Zotero exports. */
export function toCslJson(p: Publication): string {
  const item: Record<string, unknown> = {
    id: p.key,
    type: CSL_TYPES[p.type],
    title: titleText(p.title),
    author: p.authors.map((a) => (a.family ? { family: a.family, ...(a.given ? { given: a.given } : {}) } : { literal: a.name })),
  };
  if (p.date) item.issued = { 'date-parts': [p.date.split('-').map(Number)] };
  if (p.venue) item['container-title'] = p.venue;
  if (p.venueShort) item['container-title-short'] = p.venueShort;
  if (p.volume) item.volume = p.volume;
  if (p.issue) item.issue = p.issue;
  if (p.pages) item.page = p.pages;
  if (p.publisher) item.publisher = p.publisher;
  if (p.doi) item.DOI = p.doi;
  if (p.arxiv) {
    item.number = `arXiv:${p.arxiv}`;
    item.URL = `https://arxiv.org/abs/${p.arxiv}`;
  }
  if (p.abstract) item.abstract = p.abstract;
  if (p.status === 'accepted') item.status = 'in press';
  return JSON.stringify([item], null, 2) + '\n';
}
