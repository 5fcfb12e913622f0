import { fetchArxiv } from './arxiv.js';
import { citationKey, bibtexEntry } from './bibtex-entry.js';
import type { BibFile } from './bib-file.js';
import type { SourceContext, WorkResult } from './context.js';
import { fetchDblp } from './dblp.js';
import { fetchDoi } from './doi.js';
import type { Identifier } from './identifiers.js';
import { fetchOrcidWork, fetchOrcidWorks } from './orcid.js';
import { mapLimit } from './parallel.js';
import type { PaperIndex } from './site-publications.js';

/** What one identifier (or one work of an ORCID record) came to. */
export type AddResult =
  | { status: 'added'; label: string; key: string; from: string }
  | { status: 'duplicate'; label: string; key: string; where: string }
  | { status: 'failed'; label: string; reason: string };

interface Task {
  label: string;
  fetch: () => Promise<WorkResult>;
}

/**
 * Fetches every identifier (at most `parallel` requests at a time), skips papers the site already has, and
 * appends the rest to `bib`. Results are reported in the order given, each as soon as it and all before it are done.
 */
export async function addPapers(ids: readonly Identifier[], ctx: SourceContext, index: PaperIndex, bib: BibFile,
  report: (result: AddResult) => void, parallel = 4): Promise<AddResult[]> {
  const results: AddResult[] = [];
  const emit = (r: AddResult) => { results.push(r); report(r); };
  const tasks: Task[] = [];
  for (const id of ids) {
    if (id.kind !== 'orcid') {
      tasks.push({ label: id.id, fetch: () => fetchOne(id, ctx) });
      continue;
    }
    const works = await fetchOrcidWorks(id.id, ctx);
    if (!works.ok) {
      emit({ status: 'failed', label: `ORCID ${id.id}`, reason: works.problem.message });
      continue;
    }
    for (const w of works.value) {
      const label = w.doi ?? (w.arxiv ? `arXiv:${w.arxiv}` : `ORCID ${id.id} work ${w.putCode}`);
      const known = index.find(w);
      if (known) emit({ status: 'duplicate', label, key: known.key, where: known.where });
      else tasks.push({
        label,
        fetch: () => (w.doi ? fetchDoi(w.doi, ctx) : w.arxiv ? fetchArxiv(w.arxiv, ctx) : fetchOrcidWork(id.id, w.putCode, ctx)),
      });
    }
  }
  const done: (WorkResult | undefined)[] = new Array(tasks.length);
  let flushed = 0;
  const flush = () => {
    while (flushed < tasks.length && done[flushed]) {
      emit(settle(tasks[flushed]!.label, done[flushed]!, index, bib));
      flushed++;
    }
  };
  await mapLimit(tasks, parallel, async (task, i) => {
    done[i] = await task.fetch();
    flush();
  });
  return results;
}

function fetchOne(id: Exclude<Identifier, { kind: 'orcid' }>, ctx: SourceContext): Promise<WorkResult> {
  if (id.kind === 'doi') return fetchDoi(id.id, ctx);
  if (id.kind === 'arxiv') return fetchArxiv(id.id, ctx);
  return fetchDblp(id.id, ctx);
}

// Runs in the order of the identifiers, so keys and duplicate decisions do not depend on which answer came first.
function settle(label: string, result: WorkResult, index: PaperIndex, bib: BibFile): AddResult {
  if (!result.ok) return { status: 'failed', label, reason: result.problem.message };
  const work = result.value;
  const known = index.find(work);
  if (known) return { status: 'duplicate', label, key: known.key, where: known.where };
  const key = citationKey(work, index.keys);
  bib.append(bibtexEntry(work, key, bib.eol));
  index.add({ key, title: work.title, ...(work.year ? { year: work.year } : {}), ...(work.doi ? { doi: work.doi } : {}),
    ...(work.arxiv ? { arxiv: work.arxiv } : {}), where: 'added just now' });
  return { status: 'added', label, key, from: work.from };
}
