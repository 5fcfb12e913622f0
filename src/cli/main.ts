import type { Command, CommandIO } from './command.js';
import { describeFsFault, isFsFault } from '../diagnostics/fs-fault.js';
import { visibleControls } from '../diagnostics/code-frame.js';
import { UsageError } from './command.js';
import { VERSION } from './version.js';
import { startDescription } from '../start/start-description.js';

export { offerSnapshot } from '../start/offer-snapshot.js';

// Commands load lazily so that `vita build` never pays for the dev server or the importer.
const commands: Record<string, () => Promise<Command>> = {
  add: async () => (await import('./commands/add.js')).command,
  build: async () => (await import('./commands/build.js')).command,
  check: async () => (await import('./commands/check.js')).command,
  cv: async () => (await import('./commands/cv.js')).command,
  dev: async () => (await import('./commands/dev.js')).command,
  init: async () => (await import('./commands/init.js')).command,
  import: async () => (await import('./commands/import.js')).command,
  sync: async () => (await import('./commands/sync.js')).command,
};


/** Entry point of the `vita` binary: dispatches to a command and returns the exit code. */
export async function main(argv: string[], io: CommandIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    if (name === 'help' && rest[0] && commands[rest[0]]) return main([rest[0], '--help'], io);
    io.stdout(await overview());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`vita ${VERSION}\n`);
    if (rest.includes('--verbose')) io.stdout(`${startDescription()}\n`);
    return 0;
  }
  const load = commands[name];
  if (!load) {
    io.stderr(`vita: unknown command "${name}". Run \`vita --help\` to see the commands.\n`);
    return 2;
  }
  const command = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.help.endsWith('\n') ? command.help : command.help + '\n');
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`vita ${name}: ${error.message}\nRun \`vita ${name} --help\` for usage.\n`);
      return 2;
    }
    // A file fault (permission denied, a full or read-only disk, a file deleted mid-run) is the user's to fix.
    if (isFsFault(error)) {
      const fault = describeFsFault(error);
      io.stderr(`vita ${name}: ${visibleControls(fault.message)} [${fault.rule}]\n  hint: ${fault.hint}\n`);
      return 1;
    }
    // Not a user's mistake: a bug in Vita. Say so plainly and keep the stack for the report.
    io.stderr(`vita ${name}: internal error — this is a bug in Vita, please report it with the text below.\n${(error as Error)?.stack ?? String(error)}\n`);
    return 70;
  }
}

async function overview(): Promise<string> {
  const rows = await Promise.all(Object.keys(commands).sort().map(async (n) => `  ${n.padEnd(10)}${(await commands[n]!()).summary}`));
  return `vita ${VERSION} — a researcher's homepage and CV from data

Usage: vita <command> [options]

Commands:
${rows.join('\n')}

Run \`vita <command> --help\` for a command's options.
`;
}

function processIO(): CommandIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    color: Boolean(process.stderr.isTTY) && !process.env.NO_COLOR,
    cwd: process.cwd(),
  };
}
