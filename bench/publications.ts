/**
 * Publications benchmark: generates a site with N BibTeX entries (default 10,000) written like real ones
 * (accents, @string venues, month macros, author+an, arXiv ids, al-folio fields, some math), then times
 * `await build()` — loading, the model, /publications/ and one page plus three citation files per paper.
 *
 *   npx tsx bench/publications.ts [--entries 10000] [--no-write] [--generate-only DIR]
 *
 * Prints wall time of the build, each step's time and the peak resident memory of the process.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../src/build.js';

const args = process.argv.slice(2);
const entries = Number(args[args.indexOf('--entries') + 1]) || 10_000;
const write = !args.includes('--no-write');
const generateOnly = args.includes('--generate-only') ? args[args.indexOf('--generate-only') + 1] : undefined;

// A fixed linear congruential generator: the same site every run.
let seed = 20251128;
const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
const pick = <T>(xs: readonly T[]): T => xs[rand(xs.length)]!;

const FAMILIES = ['Wang', 'M{\\"u}ller', 'Erd{\\H{o}}s', 'Dvo{\\v{r}}{\\\'a}k', '{\\L}ukasiewicz', 'Smith', 'Garc{\\\'i}a', 'Nguyen', 'Zhang', 'Kov{\\\'a}cs', 'Schr{\\"o}dinger', 'Lin'];
const GIVENS = ['Zeqing', 'J{\\"o}rg', 'P{\\\'a}l', 'Zden{\\v{e}}k', 'Jan', 'Alice', 'Mar{\\\'i}a', 'Minh', 'Wei', 'Bal{\\\'a}zs', 'Erwin', 'Liang'];
const WORDS = ['Learning', 'Robust', 'Vision-Language', 'Models', 'for', 'Reasoning', 'with', '{GAN}s', 'Efficient', 'Graph', 'Networks', 'via', 'Contrastive', 'Attention', 'in', 'the', 'Wild', '{BERT}', 'Multi-Agent', 'Calibration'];
const VENUES = ['cvpr', 'iccv', 'neurips', 'tmm', 'tpami', 'aaai'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function entry(i: number): string {
  const authors = Array.from({ length: 2 + rand(7) }, (_, k) => (k === 0 && i % 3 === 0 ? 'Wang, Zeqing' : `${pick(FAMILIES)}, ${pick(GIVENS)}`));
  const title = Array.from({ length: 6 + rand(8) }, () => pick(WORDS)).join(' ') + (i % 100 === 0 ? ' in $O(n \\log n)$ Time' : '') + ` ${i}`;
  const venue = pick(VENUES);
  const journal = venue === 'tmm' || venue === 'tpami';
  const lines = [
    `@${journal ? 'article' : 'inproceedings'}{paper${i},`,
    `  title = {${title}},`,
    `  author = {${authors.join(' and ')}},`,
    ...(i % 5 === 0 ? ['  author+an = {1=equal; 2=equal; 3=corresponding},'] : []),
    `  ${journal ? 'journal' : 'booktitle'} = ${venue}${journal ? '' : ` # " ${2000 + (i % 26)}"`},`,
    `  year = {${2000 + (i % 26)}},`,
    `  month = ${pick(MONTHS)},`,
    `  pages = {${i % 900}--${(i % 900) + 12}},`,
    `  arxiv = {${String(1000 + (i % 1500)).padStart(4, '0')}.${String(i).padStart(5, '0')}},`,
    `  code = {https://github.com/example/repo${i}},`,
    `  abstract = {We study problem ${i} and show that the approach is 12\\% better than prior work on M{\\"u}nchen data.},`,
    ...(i % 10 === 0 ? ['  selected = {true},', '  abbr = {CONF},'] : []),
    '}',
  ];
  return lines.join('\n');
}

function generate(dir: string): void {
  mkdirSync(join(dir, 'pages'), { recursive: true });
  mkdirSync(join(dir, 'data'), { recursive: true });
  writeFileSync(join(dir, 'site.yml'), 'title: Bench\nurl: https://bench.example.org\nauthor:\n  name: Zeqing Wang\n  name_variants: ["Z. Wang"]\n');
  writeFileSync(join(dir, 'pages', 'index.md'), '---\ntitle: Home\n---\nSelected work:\n\n::publications{selected limit=10}\n');
  writeFileSync(join(dir, 'data', 'venues.yml'), 'CVPR:\n  name: IEEE/CVF Conference on Computer Vision and Pattern Recognition\n  tier: CCF-A\nTMM:\n  name: IEEE Transactions on Multimedia\n  tier: [CCF-B, Q1]\n');
  const strings = [
    '@string{cvpr = "IEEE/CVF Conference on Computer Vision and Pattern Recognition"}',
    '@string{iccv = "IEEE/CVF International Conference on Computer Vision"}',
    '@string{neurips = {Advances in Neural Information Processing Systems}}',
    '@string{tmm = {IEEE Transactions on Multimedia}}',
    '@string{tpami = {IEEE Transactions on Pattern Analysis and Machine Intelligence}}',
    '@string{aaai = {Proceedings of the AAAI Conference on Artificial Intelligence}}',
  ];
  writeFileSync(join(dir, 'publications.bib'), strings.join('\n') + '\n\n' + Array.from({ length: entries }, (_, i) => entry(i)).join('\n\n') + '\n');
}

if (generateOnly) {
  generate(generateOnly);
  process.exit(0);
}

const root = mkdtempSync(join(tmpdir(), 'vita-bench-pubs-'));
try {
  generate(root);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = await build({ root, outDir: join(root, '..', `${root.split('/').pop()}-out`), cwd: root, write });
  const wall = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  if (!result.ok) {
    console.error(result.diagnostics.slice(0, 5));
    process.exitCode = 1;
  }
  const paperPages = result.paths.filter((path) => /^publications\/[^/]+\/index\.html$/.test(path)).length;
  console.log(`${entries} BibTeX entries → ${paperPages} paper pages, ${result.paths.length} files${write ? ' written' : ' (not written)'}`);
  for (const t of result.timings) console.log(`  ${t.step.padEnd(44)} ${t.ms.toFixed(0).padStart(6)} ms`);
  // CPU time next to wall time: on a shared machine the wall clock mostly measures the neighbours.
  const mem = process.memoryUsage();
  const outputBytes = result.files.reduce((n, f) => n + ('content' in f ? (typeof f.content === 'string' ? f.content.length : f.content.byteLength) : 0), 0);
  // A written build holds no output (each file goes to disk as it is made); --no-write keeps it all.
  console.log(`output ${(outputBytes / 1e6).toFixed(0)} M characters/bytes held in memory; heap used ${(mem.heapUsed / 1e6).toFixed(0)} MB, external ${(mem.external / 1e6).toFixed(0)} MB at the end`);
  console.log(`wall time ${(wall / 1000).toFixed(2)} s, CPU time ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} finally {
  rmSync(root, { recursive: true, force: true });
  rmSync(join(root, '..', `${root.split('/').pop()}-out`), { recursive: true, force: true });
}
