import { createHash } from 'node:crypto';
import { readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { build } from '../build.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostics } from '../diagnostics/format.js';
import { resolveOutDir } from '../write/out-dir.js';
import { replaceFile } from '../write/safe-files.js';
import { CvPdfJob } from './cv-pdf-job.js';
import { devIgnore } from './ignore.js';
import { OutputSync } from './output-sync.js';
import { renderOverlay } from './overlay.js';
import { PageRenderCache } from './page-render-cache.js';
import { ParseMemo } from './parse-memo.js';
import { RebuildScheduler } from './rebuild-scheduler.js';
import { reloadEvent } from './reload-event.js';
import { startDevServer, type DevServer } from './server.js';
import { watchTree, type TreeWatcher } from './watcher.js';
import type { DevEvent } from './event-channel.js';

export interface DevOptions {
  /** The site folder. */
  root: string;
  /** Output folder; default: a folder in the OS temp dir, so drafts never land in the site's _site/. */
  outDir?: string;
  cwd: string;
  host: string;
  port: number;
  /** Progress lines (rebuilt, reloaded). */
  log: (line: string) => void;
  /** Problems in the user's site, already formatted. */
  report: (text: string) => void;
  color: boolean;
}

/** A running `vita dev`: the server, the watcher and the state of the last build. */
export interface DevSession {
  server: DevServer;
  outDir: string;
  /** Resolves once every queued rebuild has finished. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export type StartResult = { ok: true; session: DevSession } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Builds the site, serves it and keeps it up to date: each burst of file changes triggers one
 * incremental rebuild, whose result is pushed to the open tabs as a reload, a stylesheet swap or an
 * error overlay. While the site has errors the last good output stays on disk and is served.
 */
export async function startDev(options: DevOptions): Promise<StartResult> {
  const root = resolve(options.cwd, options.root);
  const realRoot = realpathSync(root);
  const cache = new PageRenderCache();
  const memo = new ParseMemo();
  // Random per run only so that tabs left open across a restart know to reload; never part of the output.
  const session = Math.random().toString(36).slice(2);
  let errorOverlay: string | undefined;
  let lastWarnings = '';
  let sync: OutputSync | undefined;
  const requestedOut = options.outDir ?? devOutDir(root);
  let outDir = resolve(options.cwd, requestedOut);
  let basePath = '';
  let server: DevServer | undefined;
  const send = (e: DevEvent): void => server?.events.send(e);
  const readSource = (file: string): string | undefined => {
    try {
      return readFileSync(join(root, file), 'utf8').replace(/^\uFEFF/, '');
    } catch {
      return undefined;
    }
  };

  // /cv.pdf (site.yml cv: { pdf: true }) is typeset after the pages are served, debounced, by its own job.
  const cvJob = new CvPdfJob({
    root,
    delayMs: 300,
    written: (pdf) => {
      replaceFile(join(outDir, 'cv.pdf'), pdf);
      options.log('typeset cv.pdf');
      const event = reloadEvent({ written: ['cv.pdf'], removed: [] }, basePath);
      if (event) send(event);
    },
    reported: (diagnostics) => {
      if (diagnostics.length) options.report(formatDiagnostics(diagnostics, { readSource, color: options.color }) + '\n');
      if (diagnostics.some((d) => d.severity === 'error')) options.log('cv.pdf has errors; still serving the last good one');
    },
    failed: (error) => options.report(`vita dev: typesetting cv.pdf crashed — this is a bug in Vita; still serving.\n${(error as Error)?.stack ?? String(error)}\n`),
  });

  const rebuild = async (changed: readonly string[] | undefined): Promise<Diagnostic[] | undefined> => {
    const started = performance.now();
    const changedSet = new Set(changed ?? []);
    if (changed) memo.invalidate(changed);
    const result = await build({ root, cwd: options.cwd, drafts: true, write: false, pageRenderer: cache.render, parsers: memo.parsers, outDir: requestedOut, cvPdf: 'later' });
    if (result.diagnostics.some((d) => d.rule === 'bad-output-folder')) return result.diagnostics;
    outDir = result.outDir;
    if (!result.ok) {
      errorOverlay = renderOverlay(result.diagnostics, readSource);
      send({ event: 'error', data: errorOverlay });
      options.report(formatDiagnostics(result.diagnostics, { readSource, color: options.color }) + '\n');
      options.log(sync ? 'build failed; still serving the last good build' : 'build failed; waiting for a good build to serve');
      return undefined;
    }
    // Warnings are printed when they change, not on every keystroke.
    const warningText = formatDiagnostics(result.diagnostics, { readSource, color: options.color });
    if (warningText !== lastWarnings && warningText !== '') options.report(warningText + '\n');
    lastWarnings = warningText;
    sync ??= new OutputSync(result.outDir);
    basePath = result.site?.config.basePath ?? '';
    // Static files are copied from their real location (links resolved), so compare against the real site folder.
    const cvPdf = result.site?.cvPdf?.pdf ? cvJob.pdf : undefined;
    const files = cvPdf ? [...result.files, { path: 'cv.pdf', content: cvPdf }] : result.files;
    const synced = sync.apply(files, (from) => changedSet.has(relative(realRoot, from).split(sep).join('/')));
    if (result.site?.cvPdf?.pdf) cvJob.schedule(result.site);
    if (errorOverlay !== undefined) {
      errorOverlay = undefined;
      send({ event: 'clear', data: '' });
    }
    const event = changed === undefined ? undefined : reloadEvent(synced, basePath);
    if (event) send(event);
    const ms = (performance.now() - started).toFixed(0);
    const pages = cache.lastRendered.length;
    if (changed !== undefined) options.log(`rebuilt in ${ms} ms: ${pages} page${pages === 1 ? '' : 's'} rendered, ${synced.written.length + synced.removed.length} file${synced.written.length + synced.removed.length === 1 ? '' : 's'} updated`);
    return undefined;
  };

  // Watch before the first build so that a save made while it runs is not missed.
  const planned = resolveOutDir(root, requestedOut, options.cwd);
  const rel = planned.ok ? relative(root, planned.outDir) : '..';
  const scheduler = new RebuildScheduler(
    async (paths) => void (await rebuild(paths)),
    (error) => options.report(`vita dev: a rebuild crashed — this is a bug in Vita; still serving.\n${(error as Error)?.stack ?? String(error)}\n`),
  );
  const watcher: TreeWatcher = watchTree({
    root,
    ignore: devIgnore(['_site', ...(rel === '' || rel.startsWith('..') || isAbsolute(rel) ? [] : [rel.split(sep).join('/')])]),
    onChange: (paths) => scheduler.schedule(paths),
  });

  const fatal = await rebuild(undefined);
  if (fatal) {
    watcher.close();
    return { ok: false, diagnostics: fatal };
  }
  const servedDir = outDir;
  try {
    server = await startDevServer({
      root: servedDir,
      host: options.host,
      port: options.port,
      basePath: () => basePath,
      greeting: () => [{ event: 'hello', data: session }, ...(errorOverlay !== undefined ? [{ event: 'error', data: errorOverlay }] : [])],
    });
  } catch (error) {
    watcher.close();
    await scheduler.idle();
    cvJob.close();
    await cvJob.idle();
    throw error;
  }
  const running = server;
  return {
    ok: true,
    session: {
      server: running,
      outDir: servedDir,
      async idle() {
        await scheduler.idle();
        await cvJob.idle();
      },
      async close() {
        watcher.close();
        await scheduler.idle();
        cvJob.close();
        await cvJob.idle();
        await running.close();
        // The default folder is ours alone; a folder the user named stays, like `vita build` leaves it.
        if (options.outDir === undefined) rmSync(servedDir, { recursive: true, force: true });
      },
    },
  };
}

/** Where `vita dev` writes by default: a folder under the OS temp dir, per site and per process (two previews never share one). */
export function devOutDir(root: string): string {
  return join(tmpdir(), `vita-dev-${createHash('sha1').update(root).digest('hex').slice(0, 10)}-${process.pid}`);
}
