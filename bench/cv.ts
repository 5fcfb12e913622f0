/**
 * How long the PDF CV of examples/full takes: from a warm process (the compiler created and used once, as in
 * `vita dev`), and from the CLI cold (`node bin/vita.js cv`, a fresh process each run, the OS file cache warm).
 * Not a timed test: prints medians and every run, with the machine's load, for the record.
 * Usage: npx tsx bench/cv.ts [--runs 7] [--site examples/full]   (needs `npm run build` for the cold runs)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeCvPdf } from '../src/cv-pdf/cv-pdf.js';
import { loadSiteModel } from '../src/cv-pdf/site-model.js';
import { DiagnosticBag } from '../src/diagnostics/diagnostic.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, site: { type: 'string', default: 'examples/full' } } });
const RUNS = Number(values.runs);
const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)));
const root = resolve(REPO, values.site);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;

// Warm: the model is loaded and the CV typeset once first; each run then loads the model again and typesets
// with the compiler the first run created (what `vita dev` pays per change, less the debounce).
async function warmRun(): Promise<{ model: number; typeset: number; cpu: number; bytes: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const site = await loadSiteModel(root, new DiagnosticBag());
  const t1 = performance.now();
  const made = makeCvPdf(site!, { root });
  const t2 = performance.now();
  if (!made.pdf) throw new Error(`the CV of ${values.site} has errors: ${made.diagnostics.map((d) => d.message).join('; ')}`);
  const c = process.cpuUsage(c0);
  return { model: t1 - t0, typeset: t2 - t1, cpu: (c.user + c.system) / 1000, bytes: made.pdf.length };
}

const first = performance.now();
await warmRun();
const firstMs = performance.now() - first;
const warm = [];
for (let i = 0; i < RUNS; i++) warm.push(await warmRun());

// Wall time depends on what else the machine runs; the CPU time (user + system) of the child is what it costs.
// POSIX sh's `times` prints the CPU time of the shell's children on its second line.
const out = mkdtempSync(join(tmpdir(), 'vita-bench-cv-'));
const cold: number[] = [];
const coldCpu: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const t = performance.now();
  const script = `"$0" "$1" cv "$2" --out "$3" >/dev/null 2>&1 || exit 1; times`;
  const printed = execFileSync('sh', ['-c', script, process.execPath, join(REPO, 'bin/vita.js'), root, join(out, 'cv.pdf')], { encoding: 'utf8' });
  cold.push(performance.now() - t);
  coldCpu.push(childCpuMs(printed));
}
rmSync(out, { recursive: true, force: true });

console.log(`PDF CV of ${values.site} (${warm[0]!.bytes} bytes), ${RUNS} runs each, ${cpus().length} CPUs, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`first CV in this process (compiler created, fonts scanned): ${ms(firstMs)}`);
console.log(`warm: median ${ms(median(warm.map((w) => w.model + w.typeset)))} wall (model ${ms(median(warm.map((w) => w.model)))}, ` +
  `typeset ${ms(median(warm.map((w) => w.typeset)))}), ${ms(median(warm.map((w) => w.cpu)))} CPU; runs ${warm.map((w) => ms(w.model + w.typeset)).join(', ')}`);
console.log(`cold CLI (node bin/vita.js cv): median ${ms(median(cold))} wall, ${ms(median(coldCpu))} CPU; ` +
  `runs ${cold.map(ms).join(', ')}; CPU ${coldCpu.map(ms).join(', ')}`);

// `times` prints "0m0.010s 0m0.002s" for the shell, then the same for its children: user, then system.
function childCpuMs(printed: string): number {
  const line = printed.trim().split('\n').at(-1) ?? '';
  const seconds = [...line.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return (seconds[0]! + seconds[1]!) * 1000;
}
