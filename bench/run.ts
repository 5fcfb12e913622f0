/**
 * The benchmark: cold builds of identical content with Vita, Hugo, Jekyll, Eleventy and a bare markdown-it
 * loop, in interleaved rounds; prints median wall time, CPU time and peak RSS and writes bench/results/.
 * Usage: npm run bench -- [--rounds 5] [--pages 100,1000,4000] [--bib 0] [--tools vita,hugo,…]
 *        [--vita-posts posts|pages] [--work DIR] [--warmup 1] [--timeout 900] [--no-save] [--skip-compile]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { transformSync } from 'esbuild';
import { defaultWorkDir, generate, intFlag, parseFlags, postMode } from './generate.js';
import { measure, measuresResources, type Measurement } from './measure.js';
import { detailTable, failureNotes, machineInfo, resultsPath, wallTable, type Scenario } from './report.js';
import { BARE_JS, detectTools, ROOT, type Tool, type ToolName } from './tools.js';

const flags = parseFlags(process.argv.slice(2), ['rounds', 'pages', 'bib', 'tools', 'vita-posts', 'work', 'warmup', 'timeout'], ['no-save', 'skip-compile']);
const rounds = intFlag(flags, 'rounds', 5);
const warmup = intFlag(flags, 'warmup', 1);
const bib = intFlag(flags, 'bib', 0);
const pageCounts = (flags.get('pages') ?? '100,1000,4000').split(',').map((p) => {
  if (!/^\d+$/.test(p)) throw new Error(`--pages takes whole numbers separated by commas, got ${p}`);
  return Number(p);
});
const vitaPosts = postMode(flags);
const work = flags.get('work') ?? defaultWorkDir();
const wanted = flags.get('tools')?.split(',');
const timeout = intFlag(flags, 'timeout', 900);
const log = (text: string): void => void process.stderr.write(text + '\n');
const now = new Date();
const resultsFile = resultsPath(ROOT, `${pageCounts.join('-')}${bib ? `-bib${bib}` : ''}`, now);
mkdirSync(dirname(resultsFile), { recursive: true });

if (!flags.has('skip-compile')) {
  // Vita runs from dist/, exactly as an installed package does; compile it from the current sources.
  const tsc = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (tsc.status !== 0) log(`warning: npm run build failed; benchmarking the existing dist/.\n${(tsc.stdout + tsc.stderr).trim().split('\n').slice(0, 8).join('\n')}`);
}
// `vita` starts from its V8 snapshot once one is made for this dist/ (src/start/); make it now, not in the
// background during the first timed builds, and say in the results which start the runs used.
spawnSync(process.execPath, [join(ROOT, 'dist', 'cli', 'make-snapshot.js')], { cwd: ROOT });
const vitaStart = spawnSync('sh', [join(ROOT, 'bin', 'vita.js'), '--version', '--verbose'], { encoding: 'utf8' }).stdout?.trim().split('\n')[1] ?? 'unknown';
// The bare loop runs as plain JS so that no TypeScript loader start-up is counted against it.
mkdirSync(dirname(BARE_JS), { recursive: true });
writeFileSync(BARE_JS, transformSync(readFileSync(join(ROOT, 'bench', 'bare-loop.ts'), 'utf8'), { loader: 'ts', format: 'esm' }).code);

const allTools = detectTools();
const tools = allTools.filter((t) => !wanted || wanted.includes(t.name));
const runnable = tools.filter((t) => !t.missing);
for (const t of tools) if (t.missing) log(`skipping ${t.label}: ${t.missing}`);

function countHtml(dir: string): number {
  try {
    return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  } catch {
    return 0;
  }
}

const scenarios: Scenario[] = [];
const htmlCounts: string[] = [];
for (const pages of pageCounts) {
  log(`generating ${pages} pages + ${bib} BibTeX entries in ${work} …`);
  const dirs = generate({ pages, bib, vitaPosts, work });
  const out = (t: Tool): string => join(dirs[t.name], '_site');
  const counts = new Map<ToolName, number>();
  const run = (t: Tool): Measurement => {
    t.clean(dirs[t.name], out(t));
    const m = measure(t.invocation(dirs[t.name], out(t)), timeout);
    // What each tool wrote, counted once, so a results file shows the outputs are comparable.
    if (m.ok && !counts.has(t.name)) counts.set(t.name, countHtml(out(t)));
    return m;
  };
  // Untimed warm-up: the tools' own binaries and libraries start in the OS file cache for every tool.
  for (const t of runnable) for (let i = 0; i < warmup; i++) run(t);
  const runs = new Map<ToolName, Measurement[]>(runnable.map((t) => [t.name, []]));
  for (let r = 0; r < rounds; r++) {
    // Interleaved, and the order rotates each round, so no tool always runs right after a heavy one.
    const order = runnable.map((_, i) => runnable[(i + r) % runnable.length]!);
    for (const t of order) {
      const m = run(t);
      runs.get(t.name)!.push(m);
      log(`  ${pages} pages, round ${r + 1}/${rounds}: ${t.name.padEnd(8)} ${m.ok ? `${m.wall.toFixed(3)} s` : 'FAILED'}`);
    }
  }
  for (const t of runnable) t.clean(dirs[t.name], out(t));
  htmlCounts.push(`- ${pages} pages: ${runnable.map((t) => `${t.name} ${counts.get(t.name) ?? '–'}`).join(', ')}`);
  scenarios.push({ pages, bib, runs });
  // Written after every size, so a long run that is stopped still leaves what it measured.
  if (!flags.has('no-save')) writeFileSync(resultsFile, report());
}

// Others rebuild dist/ in this shared checkout; its time says which sources the Vita numbers are from.
function distTime(): string {
  const main = join(ROOT, 'dist', 'cli', 'main.js');
  return existsSync(main) ? statSync(main).mtime.toISOString().slice(0, 19).replace('T', ' ') + ' UTC' : 'not built';
}

function report(): string {
  return `# Build benchmark, ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC

Median of ${rounds} interleaved cold rounds (after ${warmup} untimed warm-up run per tool; a run over ${timeout} s counts as failed). Command:
\`npm run bench -- ${process.argv.slice(2).join(' ')}\`

## Median wall time

${wallTable(scenarios, tools)}

## Detail

${detailTable(scenarios, tools)}

## Machine and versions

${machineInfo().join('\n')}
- tools: ${tools.map((t) => t.label).join(', ')}
- Vita's ${vitaStart}
- Vita's dist/ compiled at: ${distTime()} (the label's commit is HEAD when the run started; +dirty: src/ had uncommitted changes)
- work folder (inputs and outputs): ${work}${work.startsWith('/dev/shm') ? ' (tmpfs)' : ''}
- CPU time and peak RSS: ${measuresResources ? 'GNU time (rusage of the child from wait4)' : 'not measured (/usr/bin/time missing)'}

## Method

- Content: ~1 KB Markdown posts (title, date, two headings, a list, a link, emphasis, inline code) from a
  seeded PRNG, identical for every tool; a home page, a list of all posts, and with \`--bib\` a publications
  page (Vita reads publications.bib; the others render the same entries from a JSON data file). Vita also
  writes a page per publication (/publications/<key>/); the others write only the list, so rows with a
  bibliography compare unequal work (see the HTML counts below).
- Every tool uses a small theme written for this benchmark: a base layout with head, header, nav and
  footer, a post layout, a post list. Hugo also writes its default RSS, sitemap and taxonomy pages.
- Cold: the output folder and the tool's caches are removed before every timed run.
- Vita posts: \`--vita-posts ${vitaPosts}\`${vitaPosts === 'pages' ? ' (pages/posts/<slug>.md plus a generated pages/posts.md list, as plain pages)' : ' (posts/YYYY-MM-DD-slug.md: Vita writes the post list and Atom and JSON feeds)'}.
- HTML files written per tool (first successful run):
${htmlCounts.join('\n')}
${failureNotes(scenarios, tools).length ? `\n## Skipped or failed\n\n${failureNotes(scenarios, tools).join('\n')}\n` : ''}`;
}

process.stdout.write(report());
if (!flags.has('no-save')) log(`wrote ${resultsFile}`);
