// Feeds each known super-linear input to the part of Vita that reads it, at 0.25, 1 and 4 MB, and prints the
// times, so growth can be seen to stay close to linear. Not a timed test: run it by hand on a quiet machine.
// Each cell is the median of --runs runs: wall time, then CPU time of the process (which a machine shared
// with other work disturbs less), with the load average printed before and after.
//   npx tsx bench/pathological.ts                  (all sizes, one run each)
//   npx tsx bench/pathological.ts 0.25 1 --runs 3  (only these sizes, in MB; median of 3 runs)
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { importAcademicpages } from '../src/import/import-site.js';
import { sharedMarkdown } from '../src/render/markdown/create-markdown.js';

const MB = 1024 * 1024;
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Math.max(1, Number(args[runsAt + 1]) || 1) : 1;
const sizes = args.filter((_, i) => runsAt < 0 || (i !== runsAt && i !== runsAt + 1)).map(Number).filter((n) => n > 0);

// Repeats `unit` until the text is `bytes` long.
function fill(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

const render = (text: string) => sharedMarkdown().render(text, {});

// Imports a one-post academicpages site whose post body is `body`.
function importPost(body: string): void {
  const src = mkdtempSync(join(tmpdir(), 'vita-patho-'));
  mkdirSync(join(src, '_posts'));
  writeFileSync(join(src, '_config.yml'), 'title: Bench\nurl: https://bench.example\nauthor:\n  name: Ada\n');
  writeFileSync(join(src, '_posts/2024-01-01-bench.md'), `---\ntitle: Bench\n---\n\n${body}`);
  importAcademicpages({ src, dest: join(src, 'out') });
}

const INPUTS: Record<string, (bytes: number) => () => void> = {
  'one long line in a fenced js block': (bytes) => {
    const text = '```js\n' + fill('var a = [1, "x", {b: 2}], ', bytes) + '\n```\n';
    return () => render(text);
  },
  'one long line in a plain fenced block': (bytes) => {
    const text = '```\n' + fill('abc def ghi ', bytes) + '\n```\n';
    return () => render(text);
  },
  'many footnotes on one page': (bytes) => {
    const n = Math.floor(bytes / 40);
    const refs = Array.from({ length: n }, (_, i) => `w[^n${i}]`).join(' ');
    const defs = Array.from({ length: n }, (_, i) => `[^n${i}]: note ${i}`).join('\n');
    const text = `${refs}\n\n${defs}\n`.slice(0, bytes * 2);
    return () => render(text);
  },
  'imported post full of Liquid tags': (bytes) => {
    const body = fill('{% if site.x %}a{% endif %} {{ page.title }} {% include x.html %}\n', bytes);
    return () => importPost(body);
  },
  'imported post full of mojibake': (bytes) => {
    const body = fill('CafÃ© naÃ¯ve rÃ©sumÃ© â€” Ã¼ber\n', bytes);
    return () => importPost(body);
  },
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

console.log(`load average ${load()}; median of ${runs} run(s); wall s (CPU s)`);
for (const [name, make] of Object.entries(INPUTS)) {
  const cells: string[] = [];
  for (const size of sizes.length ? sizes : [0.25, 1, 4]) {
    const run = make(Math.round(size * MB));
    const walls: number[] = [];
    const cpus: number[] = [];
    for (let i = 0; i < runs; i++) {
      const cpu = process.cpuUsage();
      const started = performance.now();
      run();
      walls.push((performance.now() - started) / 1000);
      const used = process.cpuUsage(cpu);
      cpus.push((used.user + used.system) / 1e6);
    }
    cells.push(`${size} MB ${median(walls).toFixed(2)} (${median(cpus).toFixed(2)})`);
  }
  console.log(`${name.padEnd(40)} ${cells.join('   ')}`);
}
console.log(`load average ${load()}`);
