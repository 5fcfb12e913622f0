import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { makeCvPdf } from '../../cv-pdf/cv-pdf.js';
import { sourceDateFromEnv } from '../../cv-pdf/document-date.js';
import { loadSiteModel } from '../../cv-pdf/site-model.js';
import { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { parseCommandArgs, UsageError, type Command } from '../command.js';
import { reportDiagnostics } from '../report.js';

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
    const root = resolve(io.cwd, positionals[0] ?? '.');
    const started = performance.now();
    const out = values.out === undefined ? resolve(root, '_site', 'cv.pdf') : resolve(io.cwd, values.out);
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

// A reader of the old file never sees half of the new one.
function writeAtomically(path: string, content: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}
