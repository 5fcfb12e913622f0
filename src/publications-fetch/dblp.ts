import { malformed, notFound, type SourceContext, type WorkResult } from './context.js';
import { normalisePages, splitName, workTypeOf, type Work } from './work.js';
import { child, childrenNamed, parseXml, textOf, XmlError, type XmlElement } from './xml.js';

/** A DBLP record (`https://dblp.org/rec/<key>.xml`): authors, title, venue, year, pages, and DOI/arXiv links from `ee`. */
export async function fetchDblp(key: string, ctx: SourceContext): Promise<WorkResult> {
  const answer = await ctx.http.get(`${ctx.endpoints.dblp}/rec/${key}.xml`, 'application/xml');
  if (!answer.ok) return answer.problem.kind === 'not-found' ? notFound(`DBLP has no record ${key}`) : answer;
  let root: XmlElement;
  try {
    root = parseXml(answer.text);
  } catch (error) {
    if (error instanceof XmlError) return malformed('DBLP', `XML that does not parse (${error.message})`);
    throw error;
  }
  const record = root.name === 'dblp' ? root.children.find((c): c is XmlElement => typeof c !== 'string') : undefined;
  const title = textOf(child(record, 'title')).replace(/\.$/, '');
  if (!record || !title) return malformed('DBLP', 'a document without a record or title');
  const ees = childrenNamed(record, 'ee').map(textOf);
  const journal = textOf(child(record, 'journal'));
  const volume = textOf(child(record, 'volume'));
  const arxiv = ees.map((u) => /arxiv\.org\/abs\/(.+?)(v\d+)?$/.exec(u)?.[1]).find(Boolean)
    ?? (journal === 'CoRR' ? /^abs\/(.+)$/.exec(volume)?.[1] : undefined);
  const preprint = journal === 'CoRR';
  const work: Work = {
    type: preprint ? 'misc' : workTypeOf(record.name),
    title,
    // DBLP tells homonyms apart with a number after the name ("Wei Wang 0001"): not part of the name.
    authors: childrenNamed(record, 'author').map((a) => splitName(textOf(a).replace(/\s+\d{4}$/, ''))),
    from: 'DBLP',
  };
  const venue = preprint ? '' : journal || textOf(child(record, 'booktitle'));
  if (venue) work.venue = venue;
  const year = Number(textOf(child(record, 'year')));
  if (Number.isInteger(year) && year > 0) work.year = year;
  if (volume && !preprint) work.volume = volume;
  const issue = textOf(child(record, 'number'));
  if (issue) work.issue = issue;
  const pages = normalisePages(textOf(child(record, 'pages')));
  if (pages) work.pages = pages;
  const publisher = textOf(child(record, 'publisher'));
  if (publisher) work.publisher = publisher;
  const doi = ees.map((u) => /^https?:\/\/(dx\.)?doi\.org\/(10\..+)$/i.exec(u)?.[2]).find(Boolean);
  if (doi && !/^10\.48550\//.test(doi)) work.doi = doi;
  if (arxiv) work.arxiv = arxiv;
  const url = ees.find((u) => !/doi\.org\//.test(u)) ?? ees[0];
  if (url && !doi) work.url = url;
  return { ok: true, value: work };
}
