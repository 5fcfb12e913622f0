import { existsSync, lstatSync, mkdirSync, readlinkSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { makeCvPdf } from '../../cv-pdf/cv-pdf.js';
import { sourceDateFromEnv } from '../../cv-pdf/document-date.js';
import { loadSiteModel } from '../../cv-pdf/site-model.js';
import { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { OUTPUT_MARKER, OUTPUT_MARKER_TEXT } from '../../write/out-dir.js';
import { replaceFile, writeNewFile } from '../../write/safe-files.js';
import { parseCommandArgs, UsageError, type Command } from '../command.js';
import { reportDiagnostics } from '../report.js';
import { siteFolderArgument } from '../site-argument.js';

export const command: Command = {
  summary: 'typeset the CV as a PDF (Typst)',
  help: `Usage: vita cv [dir] [options]

Typesets the CV of the site in [dir] (default: the current folder) as a PDF, from the same data as the
website: site.yml's owner, data/education.yml, experience, publications, talks, teaching, honours and
data/cv.yml (its sections and their order). site.yml's cv: { design, paper, accent, fonts } sets the look.
The PDF's date is SOURCE_DATE_EPOCH when set, else the newest date in the data: the same data gives the
same bytes.

Options:
  --out PATH    write the PDF to PATH instead of <dir>/_site/cv.pdf
  --typ         also write the Typst source beside the PDF (cv.typ), to hand-tune a final version
  -h, --help    show this help

Exit codes: 0 written, 1 the site or the CV has errors (nothing is written), 2 wrong usage.
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' }, typ: { type: 'boolean' } } as const);
    if (positionals.length > 1) throw new UsageError(`expected at most one site folder, got ${positionals.length}`);
    if (values.out !== undefined && !values.out.toLowerCase().endsWith('.pdf')) {
      throw new UsageError(`--out must name a .pdf file, got "${values.out}"`);
    }
    const root = siteFolderArgument(io.cwd, positionals[0]);
    const started = performance.now();
    const out = values.out === undefined ? resolve(root, '_site', 'cv.pdf') : resolve(io.cwd, values.out);
    if (values.out === undefined) {
      const refused = checkDefaultOutput(root);
      if (refused) {
        io.stderr(`vita cv: ${refused}\n`);
        return 1;
      }
    }
    const typPath = out.replace(/\.pdf$/i, '.typ');
    io.stderr(`Typesetting the CV of ${relative(io.cwd, root) || '.'}\n`);

    const bag = new DiagnosticBag();
    const site = await loadSiteModel(root, bag);
    let pdf: Buffer | undefined;
    if (site) {
      // With --typ the source is written before the report, which then shows a Typst error in a code frame.
      const typFile = { file: relative(root, typPath).split('\\').join('/'), onDisk: values.typ === true };
      const made = makeCvPdf(site, { root, ...sourceDateFromEnv(), typFile });
      if (values.typ && made.typ) writeAtomically(typPath, made.typ);
      made.diagnostics.forEach((d) => bag.add(d));
      pdf = made.pdf;
    }
    if (bag.items.length) io.stderr(reportDiagnostics(bag.sorted(), root, io.color) + '\n');
    if (!pdf || bag.hasErrors) {
      io.stderr('\nThe CV has errors; no PDF was written.\n');
      return 1;
    }
    writeAtomically(out, pdf);
    const ms = performance.now() - started;
    const typNote = values.typ ? ` and ${relative(io.cwd, typPath)}` : '';
    io.stdout(`Wrote ${relative(io.cwd, out)}${typNote} (${(pdf.length / 1024).toFixed(0)} kB) in ${ms.toFixed(0)} ms\n`);
    return 0;
  },
};

// A reader of the old file never sees half of the new one; a link standing at the name is replaced, not written
// through. A _site/ made here is marked as Vita's output, so that `vita build` may replace it later.
function writeAtomically(path: string, content: string | Buffer): void {
  const folder = dirname(path);
  if (!existsSync(folder)) {
    mkdirSync(folder, { recursive: true });
    if (basename(folder) === '_site') writeNewFile(join(folder, OUTPUT_MARKER), OUTPUT_MARKER_TEXT);
  }
  replaceFile(path, content);
}

// The site's own _site/ is where the PDF goes by default; the site's repository can ship _site as a link to a folder
// elsewhere, which `vita cv` must not write into.
function checkDefaultOutput(root: string): string | undefined {
  const site = join(root, '_site');
  if (lstatSync(site, { throwIfNoEntry: false })?.isSymbolicLink() !== true) return undefined;
  return `${site} is a symbolic link (to ${readlinkSync(site)}), so the CV would be written elsewhere. [bad-output-folder]\n` +
    '  hint: Remove the link (`vita build` makes _site/ again), or say where the PDF goes with --out.';
}
