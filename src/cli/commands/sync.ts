import { resolve } from 'node:path';
import { postsToday } from '../../model/posts.js';
import { CitationsFile, hIndex } from '../../publications-fetch/citations-file.js';
import { isSiteFolder, sourceContext } from '../../publications-fetch/setup.js';
import { readSitePublications } from '../../publications-fetch/site-publications.js';
import { syncCounts, type SyncResult } from '../../publications-fetch/sync-counts.js';
import { UsageError, parseCommandArgs, type Command, type CommandIO } from '../command.js';
import { reportDiagnostics } from '../report.js';

export const command: Command = {
  summary: 'fetch citation counts (OpenAlex, Semantic Scholar) into data/citations.yml',
  help: `Usage: vita sync [dir] [options]

Asks OpenAlex (by DOI, else by exact title and year) and Semantic Scholar (by
DOI or arXiv id) how often each publication of the site in [dir] (default:
the current folder) is cited, and writes the counts, the h-index and the date
to <dir>/data/citations.yml. Builds read that file and never go online.
Turn the display on with \`citation_counts: { show: true }\` in site.yml; pin
or hide a paper's count with \`pin: <number>\` or \`hide: true\` under its key
in data/citations.yml (sync keeps both).

Options:
  --timeout <s>    seconds to wait for each answer (default 20)
  -h, --help       show this help

SEMANTIC_SCHOLAR_API_KEY is sent when set; HTTPS_PROXY is honoured.
See docs/publications.md.

Exit codes: 0 synced, 1 a request failed (the other counts are still
written) or the site has problems, 2 wrong usage.
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { timeout: { type: 'string' } });
    if (positionals.length > 1) throw new UsageError(`expected at most one folder, got ${positionals.length}`);
    const root = resolve(io.cwd, positionals[0] ?? '.');
    const ctx = sourceContext(root, values.timeout);
    if (!isSiteFolder(io.cwd, root)) {
      io.stderr(`vita sync: there is no site.yml in ${root}.\nRun it in a site's folder, or give the folder as the argument.\n`);
      return 1;
    }
    const site = await readSitePublications(root);
    if (site.bag.hasErrors) {
      io.stderr(reportDiagnostics(site.bag.sorted(), root, io.color) + '\n');
      io.stderr('vita sync: fix the problems above first; nothing was fetched or written.\n');
      return 1;
    }
    const opened = CitationsFile.open(root);
    if (!opened.ok) {
      io.stderr(`vita sync: ${opened.reason}; fix or delete it, then run vita sync again. Nothing was fetched.\n`);
      return 1;
    }
    const file = opened.file;
    const day = postsToday(undefined, process.env, Date.now);
    const results = await syncCounts(site.papers, ctx, file, day, (r) => report(r, io));
    const found = results.filter((r) => r.counts.openalex !== undefined || r.counts.semanticScholar !== undefined).length;
    const failed = results.filter((r) => r.failures.length).length;
    const h = hIndex(site.papers.map((p) => file.bestCount(p.key) ?? 0));
    if (found > 0) {
      file.setSummary(day, h);
      file.save();
    }
    const written = found > 0
      ? `data/citations.yml: counts for ${found} of ${site.papers.length} papers, h-index ${h}, fetched ${day}`
      : 'data/citations.yml was not changed: no counts were found';
    io.stdout(`${written}${failed ? `; ${failed} failed` : ''}.\n`);
    return failed ? 1 : 0;
  },
};

function report(r: SyncResult, io: CommandIO): void {
  const parts = [
    ...(r.counts.openalex !== undefined ? [`OpenAlex ${r.counts.openalex}${r.byTitle ? ' (title match)' : ''}`] : []),
    ...(r.counts.semanticScholar !== undefined ? [`Semantic Scholar ${r.counts.semanticScholar}`] : []),
  ];
  if (parts.length) io.stdout(`✓ ${r.key}: ${parts.join(', ')}\n`);
  else if (!r.failures.length) io.stdout(`· ${r.key}: not found in OpenAlex or Semantic Scholar\n`);
  for (const f of r.failures) io.stderr(`✗ ${r.key}: ${f.source}: ${f.problem.message}\n`);
}
