import { existsSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { starterFiles } from '../../init/starter-files.js';
import { makeFoldersIn, writeNewFile } from '../../write/safe-files.js';
import { UsageError, type Command } from '../command.js';

export const command: Command = {
  summary: 'create a new site, ready to build and deploy',
  help: `Usage: vita init <dir> [options]

Creates a new Vita site in <dir>: site.yml, a home page, a publications page, sample data and a
GitHub Pages workflow (.github/workflows/pages.yml). It builds as it is: \`vita build <dir>\`.

Options:
  --name NAME   the owner's name (default: "Your Name")
  --force       write into <dir> even when it is not empty (existing files are kept)
  -h, --help    show this help

Exit codes: 0 created, 1 the folder is not empty, 2 wrong usage.
`,
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, options: { name: { type: 'string' }, force: { type: 'boolean' } } });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const { values, positionals } = parsed;
    if (positionals.length !== 1) throw new UsageError('expected one folder to create the site in, e.g. `vita init my-site`');
    const dir = resolve(io.cwd, positionals[0]!);
    if (existsSync(dir) && readdirSync(dir).length > 0 && !values.force) {
      io.stderr(`vita init: ${dir} is not empty.\n  hint: choose a new folder, or pass --force to add the starter files beside what is there (existing files are kept).\n`);
      return 1;
    }
    const files = starterFiles(values.name ?? 'Your Name');
    let written = 0;
    mkdirSync(dir, { recursive: true });
    // Every folder first, so that a link standing for one stops the command before any file is written.
    for (const path of Object.keys(files)) makeFoldersIn(dir, path);
    for (const [path, content] of Object.entries(files)) {
      const target = join(dir, path);
      // Anything already there is kept, a link too (even one leading nowhere): never written through.
      if (lstatSync(target, { throwIfNoEntry: false })) continue;
      writeNewFile(target, content);
      written++;
    }
    const shown = relative(io.cwd, dir) || basename(dir);
    io.stdout(`Created a Vita site in ${shown} (${written} files).\n\nNext:\n  npx vita dev ${shown}     preview with live reload\n  npx vita build ${shown}   build into ${shown}/_site\n`);
    return 0;
  },
};
