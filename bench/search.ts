/**
 * What site search costs: cold `vita build` of the benchmark content (bench/content.ts, posts with tags) with and
 * without `search: true`, in interleaved rounds; prints the median wall time of each, the "indexing for search"
 * step (from --verbose), its share of the build, and the size of the index in _site/pagefind/.
 * On a busy machine wall times swell, so CPU time is compared too: Vita's own (GNU time) for the build without search,
 * and Pagefind's for indexing the same output with its command-line program (what the step runs, as a service).
 * Not a timed test: numbers depend on the machine. Usage: tsx bench/search.ts [--pages 1000,4000] [--rounds 3]
 *   [--work DIR] [--no-save]
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defaultWorkDir, intFlag, parseFlags } from './generate.js';
import { makePosts } from './content.js';
import { measure, median } from './measure.js';
import { pagefindBinary } from '../src/write/pagefind-binary.js';
import { machineInfo, resultsPath } from './report.js';
import { writeVitaSite } from './sites/vita.js';
import { ROOT } from './tools.js';

const flags = parseFlags(process.argv.slice(2), ['pages', 'rounds', 'work'], ['no-save']);
const rounds = intFlag(flags, 'rounds', 3);
const pageCounts = (flags.get('pages') ?? '1000,4000').split(',').map(Number);
const work = join(flags.get('work') ?? defaultWorkDir(), 'search');
const log = (text: string): void => void process.stderr.write(text + '\n');

interface Run {
  wallMs: number;
  indexMs: number;
}

/** One cold build in a fresh Node process; the wall time includes start-up, as a user sees it. */
function buildOnce(site: string, out: string): Run {
  rmSync(out, { recursive: true, force: true });
  const start = performance.now();
  const child = spawnSync(process.execPath, [join(ROOT, 'bin/vita.js'), 'build', site, '--out', out, '--verbose'], { encoding: 'utf8' });
  const wallMs = performance.now() - start;
  if (child.status !== 0) throw new Error(`vita build ${site} failed:\n${child.stderr}`);
  const step = /indexing for search\s+([\d.]+) ms/.exec(child.stdout + child.stderr);
  return { wallMs, indexMs: step ? Number(step[1]) : 0 };
}

function cpuCell(values: readonly number[]): string {
  return values.length ? `${median(values).toFixed(2)} s` : 'n/a (no /usr/bin/time)';
}

function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true })) {
    const stat = statSync(join(dir, String(entry)));
    if (stat.isFile()) {
      bytes += stat.size;
      files++;
    }
  }
  return { bytes, files };
}

const rows: string[] = [];
for (const pages of pageCounts) {
  const plain = join(work, `${pages}p`, 'plain');
  const searched = join(work, `${pages}p`, 'search');
  const posts = makePosts(pages);
  writeVitaSite(plain, posts, [], 'posts');
  writeVitaSite(searched, posts, [], 'posts');
  appendFileSync(join(searched, 'site.yml'), 'search: true\n');
  const out = join(work, `${pages}p`, 'out');
  log(`${pages} pages: warming up …`);
  buildOnce(searched, out);
  const without: Run[] = [];
  const withSearch: Run[] = [];
  const vitaCpu: number[] = [];
  const pagefindCpu: number[] = [];
  const binary = pagefindBinary().path;
  if (!binary) throw new Error('Pagefind\'s program is not installed');
  for (let round = 1; round <= rounds; round++) {
    log(`${pages} pages: round ${round}/${rounds}`);
    without.push(buildOnce(plain, out));
    withSearch.push(buildOnce(searched, out));
    const own = measure({ cmd: process.execPath, args: [join(ROOT, 'bin/vita.js'), 'build', plain, '--out', out + '-cpu'], cwd: ROOT });
    const indexing = measure({ cmd: binary, args: ['--site', out, '--output-path', out + '-pagefind', '--silent'], cwd: ROOT });
    if (own.cpu !== undefined) vitaCpu.push(own.cpu);
    if (indexing.cpu !== undefined) pagefindCpu.push(indexing.cpu);
  }
  const index = folderSize(join(out, 'pagefind'));
  const fragments = readdirSync(join(out, 'pagefind', 'fragment')).length;
  const base = median(without.map((r) => r.wallMs));
  const full = median(withSearch.map((r) => r.wallMs));
  const step = median(withSearch.map((r) => r.indexMs));
  rows.push(`| ${pages} | ${(base / 1000).toFixed(2)} s | ${(full / 1000).toFixed(2)} s | +${(((full - base) / base) * 100).toFixed(0)} % | ` +
    `${(step / 1000).toFixed(2)} s | ${((step / full) * 100).toFixed(0)} % | ${cpuCell(vitaCpu)} | ${cpuCell(pagefindCpu)} | ` +
    `${vitaCpu.length && pagefindCpu.length ? `+${((median(pagefindCpu) / median(vitaCpu)) * 100).toFixed(0)} %` : 'n/a'} | ` +
    `${(index.bytes / 2 ** 20).toFixed(1)} MB in ${index.files} files | ${fragments} |`);
  rmSync(join(work, `${pages}p`), { recursive: true, force: true });
}

const report = [
  `# Site search: indexing cost (${new Date().toISOString().slice(0, 10)})`,
  '',
  `Cold \`vita build\` of bench/content.ts posts, median of ${rounds} interleaved rounds, with and without \`search: true\`.`,
  '',
  '| pages | build without search | build with search | added | "indexing for search" step | step’s share of the build | ' +
    'Vita CPU, no search | Pagefind CPU, indexing | CPU added | index (_site/pagefind/) | fragments |',
  '|---|---|---|---|---|---|---|---|---|---|---|',
  ...rows,
  '',
  '## Machine',
  '',
  ...machineInfo(),
  '',
].join('\n');
process.stdout.write(report);
if (!flags.has('no-save')) {
  const file = resultsPath(ROOT, 'search');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, report);
  log(`wrote ${file}`);
}
