import type { CitationsFile, FetchedCounts } from './citations-file.js';
import type { SourceContext } from './context.js';
import type { FetchProblem } from './http.js';
import { openAlexCount } from './openalex.js';
import { mapLimit } from './parallel.js';
import { semanticScholarCount } from './semantic-scholar.js';
import type { KnownPaper } from './site-publications.js';

/** What one paper's sync came to: the counts found, and the problems of sources that failed (not "not found"). */
export interface SyncResult {
  key: string;
  counts: FetchedCounts;
  /** The OpenAlex count came from a strict title match, the paper having no DOI OpenAlex knows. */
  byTitle: boolean;
  failures: { source: string; problem: FetchProblem }[];
}

/**
 * Asks OpenAlex and Semantic Scholar for each paper's citation count (at most `parallel` papers at a time) and
 * records what was found in `file`, dated `day`; a failed source keeps the paper's previous count.
 */
export async function syncCounts(papers: readonly KnownPaper[], ctx: SourceContext, file: CitationsFile, day: string,
  report: (r: SyncResult) => void, parallel = 4): Promise<SyncResult[]> {
  const done: (SyncResult | undefined)[] = new Array(papers.length);
  let flushed = 0;
  // Reported (and written) in the papers' order whatever order the answers come in, so the file is deterministic.
  const flush = () => {
    while (flushed < papers.length && done[flushed]) {
      const r = done[flushed++]!;
      if (r.counts.openalex !== undefined || r.counts.semanticScholar !== undefined) file.setCounts(r.key, r.counts, day);
      report(r);
    }
  };
  return mapLimit(papers, parallel, async (paper, i) => {
    const [openalex, s2] = await Promise.all([openAlexCount(paper, ctx), semanticScholarCount(paper, ctx)]);
    const result: SyncResult = { key: paper.key, counts: {}, byTitle: false, failures: [] };
    if (openalex.ok) {
      result.counts.openalex = openalex.value.count;
      result.byTitle = openalex.value.by === 'title';
    } else if (openalex.problem.kind !== 'not-found') result.failures.push({ source: 'OpenAlex', problem: openalex.problem });
    if (s2.ok) result.counts.semanticScholar = s2.value;
    else if (s2.problem.kind !== 'not-found') result.failures.push({ source: 'Semantic Scholar', problem: s2.problem });
    done[i] = result;
    flush();
    return result;
  });
}
