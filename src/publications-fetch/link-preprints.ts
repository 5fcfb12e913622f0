import { fetchArxivBatch } from './arxiv.js';
import type { BibFile } from './bib-file.js';
import type { SourceContext } from './context.js';
import type { KnownPaper } from './site-publications.js';

/** What `vita add --update` did for one preprint. */
export type LinkResult =
  | { status: 'linked'; key: string; doi: string }
  | { status: 'suggested'; key: string; doi: string; where: string }
  | { status: 'unpublished'; key: string }
  | { status: 'failed'; key: string; reason: string };

const BATCH = 50;

/**
 * Asks arXiv which of the site's preprints (an arXiv id and no DOI) have been published: their DOI is added to
 * publications.bib entries; for data/publications.yml the line to add is suggested (YAML is the owner's to edit).
 */
export async function linkPreprints(papers: readonly KnownPaper[], bib: BibFile, ctx: SourceContext,
  report: (r: LinkResult) => void): Promise<LinkResult[]> {
  const preprints = papers.filter((p) => p.arxiv && !p.doi);
  const results: LinkResult[] = [];
  const emit = (r: LinkResult) => { results.push(r); report(r); };
  for (let i = 0; i < preprints.length; i += BATCH) {
    const batch = preprints.slice(i, i + BATCH);
    const answer = await fetchArxivBatch(batch.map((p) => p.arxiv!), ctx);
    for (const paper of batch) {
      if (!answer.ok) {
        emit({ status: 'failed', key: paper.key, reason: answer.problem.message });
        continue;
      }
      const doi = answer.value.get(paper.arxiv!)?.doi;
      if (!doi) emit({ status: 'unpublished', key: paper.key });
      else if (!paper.where.startsWith('publications.bib:')) emit({ status: 'suggested', key: paper.key, doi, where: paper.where });
      else {
        const entry = bib.entries().find((e) => e.key === paper.key);
        if (!entry) emit({ status: 'failed', key: paper.key, reason: 'its entry was not found in publications.bib' });
        else {
          bib.insertField(entry, 'doi', doi);
          emit({ status: 'linked', key: paper.key, doi });
        }
      }
    }
  }
  return results;
}
