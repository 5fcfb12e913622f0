/**
 * Imports, builds and checks every academicpages site of a corpus folder (issue #13), then prints a table and
 * `N/M sites clean`. Not part of `npm test`: the corpus is other people's sites and stays outside the repository.
 *
 *   npx tsx scripts/import-corpus.ts /work/corpus [--verbose] [--jobs 2] [--only NAME] [--work DIR]
 *
 * Uses the bundled CLI (bin/vita.js): run `node scripts/bundle.mjs` after changing src/.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readBuiltSite } from '../src/check/built-site.js';
import { CHECKS, checkSite, type Findings } from './corpus/checks.js';
import { readOldSite } from './corpus/old-site.js';

interface Result { name: string; importExit: number; buildExit: number; findings?: Findings; errors: string[] }

const CLI = resolve(import.meta.dirname, '../bin/vita.js');

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flag = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : undefined; };
  const verbose = args.includes('--verbose');
  const jobs = Number(flag('--jobs') ?? 1);
  const only = flag('--only');
  const work = flag('--work') ?? mkdtempSync(join(tmpdir(), 'vita-corpus-'));
  const corpus = args.find((a) => !a.startsWith('--'));
  if (!corpus || !existsSync(corpus)) {
    console.error('Usage: tsx scripts/import-corpus.ts CORPUS_DIR [--verbose] [--jobs N] [--only NAME] [--work DIR]');
    process.exit(2);
  }
  const sites = readdirSync(corpus).filter((n) => existsSync(join(corpus, n, '_config.yml')))
    .filter((n) => !only || n.includes(only)).sort();
  mkdirSync(work, { recursive: true });
  const results: Result[] = [];
  let next = 0;
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, async () => {
    while (next < sites.length) {
      const name = sites[next++]!;
      results.push(await runSite(join(corpus, name), join(work, name), name));
    }
  }));
  results.sort((a, b) => (a.name < b.name ? -1 : 1));
  printTable(results, verbose);
  console.log(`(imported sites are in ${work})`);
}

async function runSite(src: string, dest: string, name: string): Promise<Result> {
  rmSync(dest, { recursive: true, force: true });
  const imp = await run([CLI, 'import', 'academicpages', src, dest, '--quiet']);
  if (imp.code !== 0) return { name, importExit: imp.code, buildExit: -1, errors: firstLines(imp.stderr) };
  const build = await run([CLI, 'build', dest]);
  if (build.code !== 0) return { name, importExit: 0, buildExit: build.code, errors: errorLines(build.stderr) };
  const findings = checkSite(readOldSite(src), readBuiltSite(join(dest, '_site')));
  return { name, importExit: 0, buildExit: 0, findings, errors: [] };
}

function run(argv: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code: code ?? 1, stderr }));
  });
}

function firstLines(text: string): string[] {
  return text.split('\n').filter(Boolean).slice(0, 5);
}

// The header line of each build error, e.g. `pages/x.md:3:1 error … [rule]`.
function errorLines(text: string): string[] {
  const lines = text.split('\n').filter((l) => /\berror\b.*\[[\w-]+\]$/.test(l));
  return lines.length ? lines : firstLines(text);
}

function isClean(r: Result): boolean {
  return r.importExit === 0 && r.buildExit === 0 && !!r.findings && CHECKS.every((c) => r.findings![c].length === 0);
}

function printTable(results: Result[], verbose: boolean): void {
  const width = Math.max(4, ...results.map((r) => r.name.length));
  const head = ['site'.padEnd(width), 'import', 'build', ...CHECKS, 'clean'];
  console.log(`| ${head.join(' | ')} |`);
  console.log(`| ${head.map((h) => '-'.repeat(h.length)).join(' | ')} |`);
  for (const r of results) {
    const cells = CHECKS.map((c) => {
      const cell = r.findings ? (r.findings[c].length ? String(r.findings[c].length) : 'ok') : '-';
      return cell.padEnd(c.length);
    });
    const build = r.buildExit < 0 ? '-' : String(r.buildExit);
    console.log(`| ${r.name.padEnd(width)} | ${String(r.importExit).padEnd(6)} | ${build.padEnd(5)} | ${cells.join(' | ')} | ${isClean(r) ? 'yes' : 'no '}   |`);
  }
  if (verbose) {
    for (const r of results.filter((x) => !isClean(x))) {
      console.log(`\n## ${r.name}`);
      for (const e of r.errors) console.log(`  ${r.buildExit > 0 ? 'build' : 'import'}: ${e}`);
      if (r.findings) for (const c of CHECKS) for (const reason of r.findings[c]) console.log(`  ${c}: ${reason}`);
    }
  }
  console.log(`\n${results.filter(isClean).length}/${results.length} sites clean`);
}

await main();
