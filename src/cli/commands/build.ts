import { relative } from 'node:path';
import { build } from '../../build.js';
import { parseCommandArgs, UsageError, type Command } from '../command.js';
import { reportDiagnostics } from '../report.js';
import { siteFolderArgument } from '../site-argument.js';

export const command: Command = {
  summary: 'build the site into _site/',
  help: `Usage: vita build [dir] [options]

Builds the site in [dir] (default: the current folder) into <dir>/_site.
Pages are written into a temporary folder beside the output, which replaces it only when the
build succeeds: a site with errors leaves a previous _site/ exactly as it was.

Options:
  --out DIR     write the output to DIR instead of <dir>/_site
  --drafts      include pages marked draft: true
  --future      include posts dated after today
  --verbose     print the time each build step took
  -h, --help    show this help

Exit codes: 0 built, 1 the site has errors, 2 wrong usage.
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' }, drafts: { type: 'boolean' }, future: { type: 'boolean' }, verbose: { type: 'boolean' } } as const);
    if (positionals.length > 1) throw new UsageError(`expected at most one site folder, got ${positionals.length}`);
    const root = siteFolderArgument(io.cwd, positionals[0]);
    const started = performance.now();
    if (values.verbose) io.stderr(`Building ${relative(io.cwd, root) || '.'}\n`);
    const result = await build({
      root,
      cwd: io.cwd,
      ...(values.out !== undefined ? { outDir: values.out } : {}),
      drafts: values.drafts ?? false,
      ...(values.future ? { future: true } : {}),
      ...(values.verbose ? { log: (line: string) => io.stderr(line + '\n') } : {}),
    });
    if (result.diagnostics.length) io.stderr(reportDiagnostics(result.diagnostics, root, io.color) + '\n');
    if (!result.ok) {
      io.stderr(`\nBuild failed; nothing was written${values.out === undefined ? ' (the previous _site/ is untouched)' : ''}.\n`);
      return 1;
    }
    const ms = performance.now() - started;
    const pages = result.paths.filter((path) => path.endsWith('.html')).length;
    io.stdout(`Built ${pages} HTML files (${result.paths.length} files) into ${relative(io.cwd, result.outDir) || '.'} in ${ms.toFixed(0)} ms\n`);
    return 0;
  },
};
