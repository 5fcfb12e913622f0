import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync,
  symlinkSync, truncateSync, utimesSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { readTree } from '../helpers/site.js';

// Vita's start-up snapshot, end to end: an installed copy of Vita (bin/ and dist/ as npm puts them, in
// <project>/node_modules/vita), a `node` on PATH of its own, the snapshot made by dist/cli/make-snapshot.js
// (which also gives the installed bin/vita.js its #!/bin/sh line), and the `vita` command run through its shebang
// as a user's shell runs it.
const REPO = resolve(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'vita-snapshot-'));
const pkg = join(work, 'project', 'node_modules', 'vita');
const cache = join(work, 'project', 'node_modules', '.cache', 'vita', 'snapshot');
const pathDir = join(work, 'path');
const backup = join(work, 'good-snapshot');
const vita = join(pkg, 'bin', 'vita.js');
const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => {
  const e: NodeJS.ProcessEnv = { ...process.env, PATH: `${pathDir}:${process.env.PATH}`, ...extra };
  if (!('NODE_OPTIONS' in extra)) delete e.NODE_OPTIONS;
  if (!('VITA_SNAPSHOT' in extra)) delete e.VITA_SNAPSHOT;
  return e;
};

function run(cmd: string, args: string[], extra?: NodeJS.ProcessEnv): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { encoding: 'utf8', env: env(extra), timeout: 180_000 });
}

/** `vita --version --verbose` through the shell start: its start line, with exit code and stderr checked. */
function startLine(extra?: NodeJS.ProcessEnv): string {
  const r = run(vita, ['--version', '--verbose'], extra);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  const [version, start] = r.stdout.split('\n');
  assert.equal(version, 'vita 0.1.0');
  return start!;
}

// A recorded failed attempt keeps a normal start from making a new snapshot in the background mid-test.
function holdMaker(): void {
  writeFileSync(join(cache, 'failed'), 'held by the test\n');
}

function restoreGoodSnapshot(): void {
  cpSync(backup, cache, { recursive: true, preserveTimestamps: true });
  holdMaker();
}

before(() => {
  mkdirSync(pkg, { recursive: true });
  cpSync(join(REPO, 'bin'), join(pkg, 'bin'), { recursive: true });
  cpSync(join(REPO, 'dist'), join(pkg, 'dist'), { recursive: true });
  for (const name of ['theme', 'node_modules', 'package.json']) symlinkSync(join(REPO, name), join(pkg, name));
  mkdirSync(pathDir);
  symlinkSync(process.execPath, join(pathDir, 'node'));
  const made = run(process.execPath, [join(pkg, 'dist', 'cli', 'make-snapshot.js')]);
  assert.equal(made.status, 0, made.stderr);
  assert.equal(existsSync(join(cache, 'failed')), false, existsSync(join(cache, 'failed')) ? readFileSync(join(cache, 'failed'), 'utf8') : '');
  cpSync(cache, backup, { recursive: true, preserveTimestamps: true });
  holdMaker();
  // Making the snapshot switched the installed entry point to the shell start: its first line, nothing else.
  const shipped = readFileSync(join(REPO, 'bin', 'vita.js'), 'utf8');
  assert.equal(readFileSync(vita, 'utf8'), shipped.replace(/^#!\/usr\/bin\/env node\n/, '#!/bin/sh\n'));
});

after(() => rmSync(work, { recursive: true, force: true }));

test('the vita command starts from the snapshot, and node bin/vita.js starts normally', () => {
  assert.equal(startLine(), `start: from the V8 start-up snapshot ${join(cache, 'vita.blob')}`);
  const normal = run(process.execPath, [vita, '--version', '--verbose']);
  assert.equal(normal.stdout, 'vita 0.1.0\nstart: normal (no snapshot: a snapshot is ready, but this process was not started through the vita command)\n');
  assert.equal(run(vita, ['--version']).stdout, 'vita 0.1.0\n');
});

test('every example builds to identical files and messages from the snapshot and from the normal start', () => {
  for (const example of readdirSync(join(REPO, 'examples')).sort()) {
    const site = join(REPO, 'examples', example);
    const fromSnapshot = run(vita, ['build', site, '--out', join(work, 'out', example, 'snapshot')]);
    const normal = run(process.execPath, [vita, 'build', site, '--out', join(work, 'out', example, 'normal')]);
    assert.equal(fromSnapshot.status, normal.status, example);
    assert.equal(fromSnapshot.stderr, normal.stderr, example);
    const same = (text: string) => text.replace(/ in \d+ ms\n$/, '').replace(`${example}/snapshot`, `${example}/normal`);
    assert.equal(same(fromSnapshot.stdout), same(normal.stdout), example);
    const a = readTree(join(work, 'out', example, 'snapshot'));
    const b = readTree(join(work, 'out', example, 'normal'));
    assert.deepEqual([...a.keys()].sort(), [...b.keys()].sort(), example);
    for (const [path, bytes] of a) assert.ok(bytes.equals(b.get(path)!), `${example}: ${path} differs`);
  }
});

test('the snapshot starts with glibc malloc on transparent huge pages, keeping the tunables already set', () => {
  // sh -x prints each command as run: the export on the snapshot branch shows the value node gets.
  const traced = run('sh', ['-x', vita, '--version'], { GLIBC_TUNABLES: 'glibc.malloc.check=0' });
  assert.equal(traced.stdout, 'vita 0.1.0\n');
  assert.match(traced.stderr, /export GLIBC_TUNABLES='?glibc\.malloc\.check=0:glibc\.malloc\.hugetlb=1'?\n/);
  const plain = run('sh', ['-x', vita, '--version'], { GLIBC_TUNABLES: '' });
  assert.match(plain.stderr, /export GLIBC_TUNABLES='?glibc\.malloc\.hugetlb=1'?\n/);
  // The normal start leaves the variable alone.
  const normal = run('sh', ['-x', vita, '--version'], { VITA_SNAPSHOT: '0', GLIBC_TUNABLES: '' });
  assert.doesNotMatch(normal.stderr, /hugetlb/);
});

test('a corrupt blob (changed or cut short) falls back silently to the normal start', () => {
  const blob = join(cache, 'vita.blob');
  writeFileSync(blob, Buffer.from('not a snapshot'), { flag: 'r+' });
  assert.match(startLine(), /^start: normal \(no snapshot: .*vita\.blob is missing or was changed after it was made\)$/);
  restoreGoodSnapshot();
  truncateSync(blob, 1000);
  assert.match(startLine(), /^start: normal \(no snapshot: .*vita\.blob is missing or was changed/);
  rmSync(blob);
  assert.match(startLine(), /^start: normal \(no snapshot: .*vita\.blob is missing/);
  restoreGoodSnapshot();
  assert.match(startLine(), /^start: from the V8 start-up snapshot/);
});

test('a snapshot made for another node, or before node was replaced, is not used', () => {
  const key = join(cache, 'vita.key');
  const time = statSync(key).mtime;
  writeFileSync(key, readFileSync(key, 'utf8').replace(join(pathDir, 'node'), '/opt/node-v22/bin/node'));
  utimesSync(key, time, time);
  assert.equal(startLine(), `start: normal (no snapshot: made for /opt/node-v22/bin/node, but node on PATH is ${join(pathDir, 'node')})`);
  restoreGoodSnapshot();
  // Another Node.js installed where the old one was: a new program file at the same path.
  rmSync(join(pathDir, 'node'));
  writeFileSync(join(pathDir, 'node'), `#!/bin/sh\nexec ${process.execPath} "$@"\n`);
  chmodSync(join(pathDir, 'node'), 0o755);
  holdMaker();
  try {
    assert.equal(startLine(), `start: normal (no snapshot: ${join(pathDir, 'node')} was replaced (another Node.js version?) after it was made)`);
  } finally {
    rmSync(join(pathDir, 'node'));
    symlinkSync(process.execPath, join(pathDir, 'node'));
  }
  assert.match(startLine(), /^start: from the V8 start-up snapshot/);
});

test('run-time flags (NODE_OPTIONS) and VITA_SNAPSHOT=0 mean the normal start, silently', () => {
  assert.equal(startLine({ NODE_OPTIONS: '--max-old-space-size=300' }),
    'start: normal (no snapshot: NODE_OPTIONS is set, and a snapshot starts only with its own flags)');
  assert.equal(startLine({ VITA_SNAPSHOT: '0' }), 'start: normal (no snapshot: turned off (VITA_SNAPSHOT=0))');
  const flagged = run(process.execPath, ['--stack-size=2000', vita, '--version', '--verbose']);
  assert.equal(flagged.status, 0);
  assert.match(flagged.stdout, /^vita 0\.1\.0\nstart: normal /);
});

test('a reinstalled entry point (node shebang again) starts normally until the snapshot maker switches it back', () => {
  const shellStart = readFileSync(vita, 'utf8');
  writeFileSync(vita, shellStart.replace(/^#!\/bin\/sh\n/, '#!/usr/bin/env node\n'));
  assert.equal(startLine(), `start: normal (no snapshot: ${vita} is started by node, not by the shell (reinstalled since?))`);
  const made = run(process.execPath, [join(pkg, 'dist', 'cli', 'make-snapshot.js')]);
  assert.equal(made.status, 0, made.stderr);
  assert.equal(readFileSync(vita, 'utf8'), shellStart);
  holdMaker();
  assert.match(startLine(), /^start: from the V8 start-up snapshot/);
});

test('the snapshot bundle is ASCII, so that V8 keeps its source one byte a character', () => {
  const bundle = readFileSync(join(REPO, 'dist', 'cli', 'snapshot.cjs'));
  assert.equal(bundle.findIndex((byte) => byte > 0x7f), -1);
});

test('a rebuilt Vita makes the snapshot stale: by file time in the shell, by bundle hash in the snapshot', () => {
  const bundle = join(pkg, 'dist', 'cli', 'snapshot.cjs');
  const hash = `${bundle}.sha256`;
  const original = readFileSync(hash, 'utf8');
  const time = statSync(hash).mtime;
  // Same times, other contents (a copy that kept the old times): the snapshot sees the hash and loads the bundle.
  writeFileSync(hash, '0'.repeat(64) + '\n');
  utimesSync(hash, time, time);
  try {
    assert.equal(startLine(), 'start: normal (no snapshot: a snapshot is ready, but this process was not started through the vita command)');
    const built = run(vita, ['build', join(REPO, 'examples', 'seed'), '--out', join(work, 'out', 'stale')]);
    assert.equal(built.status, 0, built.stderr);
  } finally {
    writeFileSync(hash, original);
    utimesSync(hash, time, time);
  }
  const later = new Date(statSync(join(cache, 'vita.key')).mtimeMs + 5000);
  utimesSync(bundle, later, later);
  assert.equal(startLine(), 'start: normal (no snapshot: Vita was rebuilt or updated after it was made)');
});

test('a normal start makes a missing snapshot in the background, and the next vita command uses it', async () => {
  rmSync(cache, { recursive: true, force: true });
  const bundle = join(pkg, 'dist', 'cli', 'snapshot.cjs');
  const now = new Date();
  utimesSync(bundle, now, now);
  assert.match(startLine(), /^start: normal \(no snapshot: not made yet/);
  const deadline = Date.now() + 150_000;
  while (!existsSync(join(cache, 'vita.key')) || existsSync(join(cache, 'making'))) {
    assert.ok(Date.now() < deadline, 'the snapshot was not made in time');
    await new Promise((done) => setTimeout(done, 250));
  }
  assert.match(startLine(), /^start: from the V8 start-up snapshot/);
});
