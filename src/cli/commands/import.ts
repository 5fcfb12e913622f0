import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importAcademicpages } from '../../import/import-site.js';
import { UsageError, type Command } from '../command.js';
import { reportDiagnostics } from '../report.js';

export const command: Command = {
  summary: 'bring an existing academicpages (Jekyll) site over',
  help: `Usage: vita import academicpages <src> <dest> [options]

Reads the academicpages repository in <src> and writes a Vita site to <dest>:
_config.yml → site.yml, _pages/ → pages/, _posts/ → posts/, collections and
hand-written HTML (news, experience, publications, honours) → data/*.yml,
files/ and images/ → static/. Mojibake (UTF-8 read as Mac Roman or
Windows-1252) is repaired. Everything done, kept verbatim or skipped is listed
in the report, printed and written to <dest>/IMPORT-REPORT.md.

Options:
  --force       write into <dest> even when it is not empty
  --quiet       do not print the report (it is still written)
  -h, --help    show this help

Exit codes: 0 imported, 1 the source could not be imported, 2 wrong usage.
`,
  async run(args, io) {
    const { values, positionals } = parseArgsOrThrow(args);
    const [kind, src, dest, ...extra] = positionals;
    if (kind !== 'academicpages') throw new UsageError(kind === undefined ? 'say what to import: vita import academicpages <src> <dest>' : `cannot import "${kind}"; only academicpages is supported`);
    if (src === undefined || dest === undefined) throw new UsageError('expected a source folder and a destination folder');
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const result = importAcademicpages({ src, dest, force: values.force ?? false, cwd: io.cwd });
    if (result.diagnostics.length) io.stderr(reportDiagnostics(result.diagnostics, resolve(io.cwd, src), io.color) + '\n');
    if (!result.written.length) return 1;
    if (!values.quiet) io.stdout(result.report);
    io.stdout(`\nWrote ${result.written.length} files to ${dest} (report: ${dest.replace(/\/+$/, '')}/IMPORT-REPORT.md). Next: vita build ${dest}\n`);
    return result.ok ? 0 : 1;
  },
};

function parseArgsOrThrow(args: string[]) {
  try {
    return parseArgs({ args, allowPositionals: true, options: { force: { type: 'boolean' }, quiet: { type: 'boolean' } } });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
