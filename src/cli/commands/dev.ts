import { relative } from 'node:path';
import { startDev } from '../../dev/dev-session.js';
import { openBrowser } from '../../dev/open-browser.js';
import { parseCommandArgs, UsageError, type Command } from '../command.js';
import { reportDiagnostics } from '../report.js';
import { siteFolderArgument } from '../site-argument.js';

export const command: Command = {
  summary: 'preview the site with live reload while you edit',
  help: `Usage: vita dev [dir] [options]

Builds the site in [dir] (default: the current folder) with drafts, serves it at
http://127.0.0.1:4000/ and rebuilds what changed whenever a file is saved; open tabs
reload by themselves (stylesheets swap without a reload). Errors show in the browser
and here, while the last good build keeps being served. Stop with Ctrl-C.

Options:
  --port N      port to listen on (default 4000; the next free one if taken)
  --host H      interface to listen on (default 127.0.0.1; 0.0.0.0 to let other devices in)
  --out DIR     write the preview to DIR (default: a temporary folder, so drafts
                never reach <dir>/_site)
  --open        open the site in the default browser
  -h, --help    show this help

Exit codes: 0 stopped with Ctrl-C, 1 the site could not be served, 2 wrong usage.
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { port: { type: 'string' }, host: { type: 'string' }, out: { type: 'string' }, open: { type: 'boolean' } } as const);
    if (positionals.length > 1) throw new UsageError(`expected at most one site folder, got ${positionals.length}`);
    const port = values.port === undefined ? 4000 : Number(values.port);
    if (!/^\d+$/.test(values.port ?? '4000') || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, got "${values.port}"`);
    const host = values.host ?? '127.0.0.1';
    if (host === '' || /[\s/]/.test(host)) throw new UsageError(`--host must be a host name or IP address, got "${host}"`);
    const root = siteFolderArgument(io.cwd, positionals[0]);

    let started;
    try {
      started = await startDev({
        root,
        cwd: io.cwd,
        host,
        port,
        color: io.color,
        ...(values.out !== undefined ? { outDir: values.out } : {}),
        log: (line) => io.stdout(line + '\n'),
        report: (text) => io.stderr(text),
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
        io.stderr(`vita dev: cannot listen on ${host}:${port} (${code}). Try another --port or --host.\n`);
        return 1;
      }
      throw error;
    }
    if (!started.ok) {
      io.stderr(reportDiagnostics(started.diagnostics, root, io.color) + '\n');
      return 1;
    }
    const { session } = started;
    const server = session.server;
    if (server.busyPort !== undefined) io.stdout(`Port ${server.busyPort} is in use; using ${server.port} instead.\n`);
    const shown = relative(io.cwd, root);
    io.stdout(`Serving ${shown === '' ? '.' : shown.startsWith('..') ? root : shown} at ${server.url}  (drafts shown; Ctrl-C to stop)\n`);
    if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') {
      io.stdout(`Listening on ${host}: other devices on your network can see this preview.\n`);
    }
    if (values.open) openBrowser(server.url, (message) => io.stderr(`vita dev: ${message}\n`));

    await new Promise<void>((resolveStop) => {
      const stop = (): void => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolveStop();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await session.close();
    io.stdout('\nStopped.\n');
    return 0;
  },
};
