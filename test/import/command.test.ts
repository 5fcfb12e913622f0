import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from '../helpers/site.js';

const SEED = join(import.meta.dirname, '..', 'fixtures', 'academicpages-seed');

test('vita import academicpages prints the report, writes IMPORT-REPORT.md and exits 0', async () => {
  const dest = join(mkdtempSync(join(tmpdir(), 'vita-cli-')), 'site');
  const { code, stdout, stderr } = await runCli(['import', 'academicpages', SEED, dest]);
  assert.equal(stderr, '');
  assert.equal(code, 0);
  const report = readFileSync(join(dest, 'IMPORT-REPORT.md'), 'utf8');
  assert.equal(stdout, `${report}\nWrote 14 files to ${dest} (report: ${dest}/IMPORT-REPORT.md). Next: vita build ${dest}\n`);
});

test('a non-empty destination exits 1 with the diagnostic; --force overwrites', async () => {
  const dest = mkdtempSync(join(tmpdir(), 'vita-cli-'));
  writeFileSync(join(dest, 'x.txt'), 'x');
  const refused = await runCli(['import', 'academicpages', SEED, dest]);
  assert.equal(refused.code, 1);
  assert.equal(refused.stdout, '');
  assert.equal(refused.stderr, `${dest} error The destination folder is not empty. [import-dest-not-empty]\n  hint: Choose a new folder, or pass --force to write over the files in it.\n\n1 error\n`);
  const forced = await runCli(['import', 'academicpages', SEED, dest, '--force', '--quiet']);
  assert.equal(forced.code, 0);
  assert.equal(forced.stdout, `\nWrote 14 files to ${dest} (report: ${dest}/IMPORT-REPORT.md). Next: vita build ${dest}\n`);
});

test('usage mistakes exit 2 with a message; --help prints the usage', async () => {
  const cases: [string[], string][] = [
    [['import'], 'say what to import: vita import academicpages <src> <dest>'],
    [['import', 'hugo', 'a', 'b'], 'cannot import "hugo"; only academicpages is supported'],
    [['import', 'academicpages', 'a'], 'expected a source folder and a destination folder'],
    [['import', 'academicpages', 'a', 'b', 'c'], 'unexpected argument "c"'],
    [['import', 'academicpages', 'a', 'b', '--bogus'], "Unknown option '--bogus'"],
  ];
  for (const [args, message] of cases) {
    const { code, stdout, stderr } = await runCli(args);
    assert.equal(code, 2, args.join(' '));
    assert.equal(stdout, '');
    assert.ok(stderr.startsWith(`vita import: ${message}`), stderr);
    assert.ok(stderr.endsWith('Run `vita import --help` for usage.\n'));
  }
  const help = await runCli(['import', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: vita import academicpages <src> <dest> \[options\]\n/);
  assert.match(help.stdout, /\n  --force {7}write into <dest> even when it is not empty\n/);
});

test('a missing source folder exits 1', async () => {
  const { code, stderr } = await runCli(['import', 'academicpages', '/nonexistent/vita-src', join(tmpdir(), 'never')]);
  assert.equal(code, 1);
  assert.match(stderr, /^\/nonexistent\/vita-src error This folder does not exist\. \[import-no-source\]\n/);
});
