/**
 * Edit-to-reload latency of `vita dev`: the time from writing a page to the `reload` event reaching an
 * open event stream, median of 20 edits, on examples/seed and on a generated 1,000-page site.
 * Usage: npm run bench:dev   (or: tsx bench/dev-latency.ts [--edits 20] [--pages 1000])
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startDev } from '../src/dev/dev-session.js';
import { makePosts } from './content.js';
import { writeVitaSite } from './sites/vita.js';

const { values } = parseArgs({ options: { edits: { type: 'string', default: '20' }, pages: { type: 'string', default: '1000' } } });
const EDITS = Number(values.edits);
const PAGES = Number(values.pages);
const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)));

interface Result {
  site: string;
  firstBuildMs: number;
  latencies: number[];
  /** The rebuild part of each latency, as `vita dev` logs it (the rest is debounce, fs.watch and the event). */
  rebuilds: number[];
  /** CPU time this process spent per edit (write to event): what the latency is made of on an idle machine, less the debounce. */
  cpu: number[];
}

// Resolves on each `reload` event; the stream stays open for the whole run.
function listen(port: number, onReload: () => void): () => void {
  const req = request({ host: '127.0.0.1', port, path: '/__vita/events' }, (res) => {
    let buffer = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffer += chunk;
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        if (buffer.slice(0, end).startsWith('event: reload')) onReload();
        buffer = buffer.slice(end + 2);
      }
    });
  });
  req.end();
  return () => req.destroy();
}

async function measure(site: string, root: string, pagesToEdit: string[]): Promise<Result> {
  const t0 = performance.now();
  const rebuilds: number[] = [];
  const log = (line: string): void => {
    const m = /^rebuilt in (\d+) ms/.exec(line);
    if (m) rebuilds.push(Number(m[1]));
  };
  const started = await startDev({ root, cwd: root, host: '127.0.0.1', port: 0, color: false, log, report: () => {} });
  if (!started.ok) throw new Error(`${site}: the site does not build`);
  const firstBuildMs = performance.now() - t0;
  const dev = started.session;
  let wake: (() => void) | undefined;
  const stop = listen(dev.server.port, () => wake?.());
  await new Promise((r) => setTimeout(r, 200)); // let the stream connect
  const latencies: number[] = [];
  const cpu: number[] = [];
  try {
    for (let i = 0; i < EDITS; i++) {
      const file = join(root, pagesToEdit[i % pagesToEdit.length]!);
      const reloaded = new Promise<void>((r, reject) => {
        const t = setTimeout(() => reject(new Error(`${site}: no reload within 5 s after editing ${file}`)), 5000);
        wake = () => (clearTimeout(t), r());
      });
      const cpu0 = process.cpuUsage();
      const start = performance.now();
      appendFileSync(file, `\nEdit number ${i + 1}.\n`);
      await reloaded;
      latencies.push(performance.now() - start);
      const used = process.cpuUsage(cpu0);
      cpu.push((used.user + used.system) / 1000);
      await dev.idle();
      await new Promise((r) => setTimeout(r, 30)); // separate edits, as typing-and-saving would
    }
  } finally {
    stop();
    await dev.close();
  }
  return { site, firstBuildMs, latencies, rebuilds, cpu };
}

function stats(xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  const median = s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  return `median ${median.toFixed(1)} ms  (min ${s[0]!.toFixed(1)}, p90 ${at(0.9).toFixed(1)}, max ${s[s.length - 1]!.toFixed(1)})`;
}

const work = mkdtempSync(join(tmpdir(), 'vita-bench-dev-'));
try {
  const seed = join(work, 'seed');
  cpSync(join(REPO, 'examples/seed'), seed, { recursive: true, filter: (src) => !src.includes('_site') });
  const seedPages = readdirSync(join(seed, 'pages')).filter((n) => n.endsWith('.md')).sort().map((n) => `pages/${n}`);

  const big = join(work, 'generated');
  writeVitaSite(big, makePosts(PAGES), [], 'pages');
  const bigPages = readdirSync(join(big, 'pages/posts')).sort().filter((_, i) => i % 50 === 7).map((n) => `pages/posts/${n}`);

  const results = [await measure('examples/seed', seed, seedPages), await measure(`generated ${PAGES} pages`, big, bigPages)];
  // Shared machines make wall-clock numbers swing; the load average says how busy this one was.
  const load = loadavg().map((x) => x.toFixed(1)).join(' ');
  console.log(`vita dev edit-to-reload latency, ${EDITS} edits each (Node ${process.version}, ${cpus().length} CPUs, load average ${load}):`);
  for (const r of results) {
    console.log(`  ${r.site.padEnd(22)} ${stats(r.latencies)}; first build ${r.firstBuildMs.toFixed(0)} ms`);
    console.log(`  ${''.padEnd(22)} of which rebuilding: ${stats(r.rebuilds)}`);
    console.log(`  ${''.padEnd(22)} CPU time per edit:   ${stats(r.cpu)}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
