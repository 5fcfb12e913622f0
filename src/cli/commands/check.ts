import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { basePathOf } from '../../check/base-path.js';
import { buildForCheck } from '../../check/build-for-check.js';
import { readBuiltSite, type BuiltSite } from '../../check/built-site.js';
import { checkBuiltSite } from '../../check/check-site.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { formatDiagnostics } from '../../diagnostics/format.js';
import { UsageError, type Command, type CommandIO } from '../command.js';
import { reportDiagnostics } from '../report.js';
import { siteFolderArgument } from '../site-argument.js';

export const command: Command = {
  summary: 'find broken links, anchors, images and missing page metadata',
  help: `Usage: vita check [dir] [options]

Builds the site in [dir] (default: the current folder) in memory, without touching _site/, and reports:
  broken internal links and #anchors, missing images and files, images without alt text,
  pages without a <title> or a meta description.
Problems are shown at the source file and line when known, otherwise at the page in _site/.

Options:
  --built DIR   check an already built output folder (e.g. _site) instead of building
  --external    also request every external link (8 at a time, 10 s timeout each)
  -h, --help    show this help

Exit codes: 0 nothing broken, 1 problems found (or the site does not build), 2 wrong usage.
`,
  async run(args, io) {
    const { values, positionals } = parseArgsOrThrow(args);
    if (positionals.length > 1) throw new UsageError(`expected at most one site folder, got ${positionals.length}`);
    const root = siteFolderArgument(io.cwd, positionals[0]);
    const external = values.external ?? false;
    if (values.built !== undefined) {
      const dir = resolve(io.cwd, values.built);
      if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`--built ${values.built}: no such folder`);
      const site = readBuiltSite(dir);
      const diagnostics = await checkBuiltSite({ site, basePath: basePathOf(site), outLabel: relative(root, dir).split('\\').join('/'), external });
      return finish(io, root, diagnostics, site);
    }
    const built = await buildForCheck(root);
    if (!built.ok) {
      io.stderr(reportDiagnostics(built.diagnostics, root, io.color) + '\n\nThe site does not build; fix the errors above, then check again.\n');
      return 1;
    }
    const found = await checkBuiltSite({ site: built.site, basePath: built.basePath, outLabel: '_site', sourceOf: built.sourceOf, links: built.links, external });
    return finish(io, root, [...built.diagnostics, ...found], built.site, '_site');
  },
};

/** Prints the report; `inMemory` names the label of a build that was never written, whose code frames come from memory. */
function finish(io: CommandIO, root: string, diagnostics: Diagnostic[], site: BuiltSite, inMemory?: string): number {
  if (diagnostics.length) {
    // A stale _site/ on disk must never supply the code frame of a page that was only built in memory.
    const readSource = (file: string) => inMemory && file.startsWith(inMemory + '/')
      ? site.pages.find((p) => p.path === file.slice(inMemory.length))?.html
      : readSiteFile(root, file);
    io.stderr(formatDiagnostics(diagnostics, { color: io.color, readSource }) + '\n');
  }
  if (diagnostics.some((d) => d.severity === 'error')) return 1;
  const pages = site.pages.length;
  io.stdout(`Checked ${pages} HTML file${pages === 1 ? '' : 's'}: nothing broken.\n`);
  return 0;
}

function readSiteFile(root: string, file: string): string | undefined {
  try {
    return readFileSync(join(root, file), 'utf8').replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

function parseArgsOrThrow(args: string[]) {
  try {
    return parseArgs({ args, allowPositionals: true, options: { built: { type: 'string' }, external: { type: 'boolean' } } });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
