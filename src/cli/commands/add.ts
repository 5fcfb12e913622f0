import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { addPapers, type AddResult } from '../../publications-fetch/add-papers.js';
import { BibFile } from '../../publications-fetch/bib-file.js';
import type { SourceContext } from '../../publications-fetch/context.js';
import { parseIdentifier, type Identifier } from '../../publications-fetch/identifiers.js';
import { linkPreprints, type LinkResult } from '../../publications-fetch/link-preprints.js';
import { isSiteFolder, sourceContext } from '../../publications-fetch/setup.js';
import { PaperIndex, readSitePublications } from '../../publications-fetch/site-publications.js';
import { UsageError, parseCommandArgs, type Command, type CommandIO } from '../command.js';
import { reportDiagnostics } from '../report.js';

export const command: Command = {
  summary: 'add papers to publications.bib by DOI, arXiv id, DBLP key or ORCID iD',
  help: `Usage: vita add <identifier>… [dir] [options]
       vita add --update [dir]

Fetches each paper's metadata from the open source that registered it and
appends a clean BibTeX entry to <dir>/publications.bib (default: the current
folder). Nothing else in the file changes.

Identifiers, in any of these forms:
  DOI     10.1145/3292500.3330701, doi:10.…, https://doi.org/10.…
          (asks Crossref, then DataCite, then doi.org)
  arXiv   2505.15435, arXiv:hep-th/9901001, https://arxiv.org/abs/…
  DBLP    conf/cvpr/HeZRS16, https://dblp.org/rec/conf/cvpr/HeZRS16.html
  ORCID   0000-0002-1825-0097, https://orcid.org/… (every work of that
          record not yet on the site)
Papers already in publications.bib or data/publications.yml (same DOI, same
arXiv id, or same title and year) are skipped.

Options:
  --update         link the site's arXiv preprints to their published DOI
  --timeout <s>    seconds to wait for each answer (default 20)
  -h, --help       show this help

HTTPS_PROXY, HTTP_PROXY and NO_PROXY are honoured. The owner's email in
site.yml is sent in the User-Agent, as the APIs ask. See docs/publications.md.

Exit codes: 0 all added or already there, 1 something failed (the rest is
still added), 2 wrong usage.
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { update: { type: 'boolean' }, timeout: { type: 'string' } });
    const last = positionals.at(-1);
    const dirGiven = last !== undefined && isSiteFolder(io.cwd, last) && (positionals.length > 1 || values.update);
    const ids = dirGiven ? positionals.slice(0, -1) : positionals;
    if (ids.length === 0 && !values.update) throw new UsageError('say what to add: a DOI, arXiv id, DBLP key or ORCID iD (or --update)');
    const root = resolve(io.cwd, dirGiven ? last : '.');
    const ctx = sourceContext(root, values.timeout);
    return runAdd(root, ids, values.update ?? false, ctx, io);
  },
};

async function runAdd(root: string, inputs: string[], update: boolean, ctx: SourceContext, io: CommandIO): Promise<number> {
  if (!existsSync(join(root, 'site.yml'))) {
    io.stderr(`vita add: there is no site.yml in ${root}.\nRun it in a site's folder, or give the folder as the last argument.\n`);
    return 1;
  }
  const site = await readSitePublications(root);
  if (site.bag.hasErrors) {
    io.stderr(reportDiagnostics(site.bag.sorted(), root, io.color) + '\n');
    io.stderr('vita add: fix the problems above first; nothing was fetched or written.\n');
    return 1;
  }
  const bib = new BibFile(root);
  const before = bib.entries().length;
  let failed = 0, added = 0, already = 0;
  const ids: Identifier[] = [];
  for (const input of inputs) {
    const parsed = parseIdentifier(input);
    if (parsed.kind === 'invalid') {
      io.stderr(`✗ ${input}: ${parsed.reason}\n`);
      failed++;
    } else ids.push(parsed);
  }
  const onAdd = (r: AddResult) => {
    if (r.status === 'added') { added++; io.stdout(`+ ${r.label} → ${r.key} (${r.from})\n`); }
    else if (r.status === 'duplicate') { already++; io.stdout(`= ${r.label} is already on the site as ${r.key} (${r.where})\n`); }
    else { failed++; io.stderr(`✗ ${r.label}: ${r.reason}\n`); }
  };
  await addPapers(ids, ctx, new PaperIndex(site.papers), bib, onAdd);
  let linked = 0;
  if (update) {
    const onLink = (r: LinkResult) => {
      if (r.status === 'linked') { linked++; io.stdout(`↗ ${r.key}: published as ${r.doi} (doi added)\n`); }
      else if (r.status === 'suggested') {
        io.stdout(`↗ ${r.key}: published as ${r.doi}; add \`doi: ${r.doi}\` to its entry at ${r.where}\n`);
      }
      else if (r.status === 'unpublished') io.stdout(`· ${r.key}: no published version known to arXiv yet\n`);
      else { failed++; io.stderr(`✗ ${r.key}: ${r.reason}\n`); }
    };
    await linkPreprints(site.papers, bib, ctx, onLink);
  }
  if (bib.changed) {
    const saved = bib.save(before + added);
    if (!saved.ok) {
      io.stderr(`vita add: publications.bib was left as it was: ${saved.reason}. This is a bug in Vita; please report it.\n`);
      return 1;
    }
  }
  const parts = [
    `added ${added} ${added === 1 ? 'paper' : 'papers'}`,
    ...(update ? [`linked ${linked} to a DOI`] : []),
    `${already} already on the site`,
    `${failed} failed`,
  ];
  io.stdout(`publications.bib: ${parts.join(', ')}.\n`);
  return failed ? 1 : 0;
}
