// Promise 5: every file-system fault is a clear message naming the path, exit 1, never the internal-error
// banner. The permission and disk cases need root (CI runs as root): the build runs as `nobody` through
// setpriv, and a small tmpfs or a read-only bind mount stands in for a full or read-only disk.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from '../../src/build.js';
import { describeFsFault, isFsFault } from '../../src/diagnostics/fs-fault.js';
import { renderPages } from '../../src/render/render-pages.js';
import { attackSite, vita } from './harness.js';

const BIN = fileURLToPath(new URL('../../bin/vita.js', import.meta.url));
const ROOT = process.getuid?.() === 0;
const AS_ROOT = ROOT ? {} : { skip: 'needs root (to run the build as nobody and to mount a tmpfs); CI runs as root' };
const mounts: string[] = [];
after(() => {
  for (const dir of mounts.reverse()) spawnSync('umount', [dir]);
});

// Runs the installed CLI as `nobody` (or as root when `asRoot`); stdout and stderr with `work` shown as <tmp>.
function run(args: string[], work: string, asRoot = false): { code: number | null; stderr: string; stdout: string } {
  const command = asRoot ? [process.execPath, BIN, ...args] : ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, BIN, ...args];
  const r = spawnSync(command[0]!, command.slice(1), { encoding: 'utf8', cwd: work });
  return { code: r.status, stderr: r.stderr.split(work).join('<tmp>').replace(/vita-tmp-\d+/g, 'vita-tmp-PID'), stdout: r.stdout };
}

function mount(args: string[], dir: string): void {
  execFileSync('mount', [...args, dir]);
  mounts.push(dir);
}

// A site that `nobody` may read; `work` is opened up too (mkdtemp makes it private).
function readableSite(files: Record<string, string> = {}) {
  const made = attackSite(files);
  execFileSync('chmod', ['-R', 'a+rX', made.work]);
  return made;
}

test('an unreadable page and an unreadable data folder are errors naming them (never skipped)', AS_ROOT, () => {
  const { work, root } = readableSite({ 'pages/private.md': '---\ntitle: P\n---\n', 'data/news.yml': '[]\n' });
  chmodSync(join(root, 'pages/private.md'), 0o600);
  chmodSync(join(root, 'data'), 0o700);
  const r = run(['build', root], work);
  assert.equal(r.stderr, [
    'data error Permission denied: Vita may not list data. [fs-permission]',
    '  hint: Check who owns it and its permissions (`ls -ld`), or run Vita as a user who may use it.',
    '',
    'pages/private.md error Permission denied: Vita may not open pages/private.md. [fs-permission]',
    '  hint: Check who owns it and its permissions (`ls -ld`), or run Vita as a user who may use it.',
    '',
    '2 errors',
    '',
    'Build failed; nothing was written (the previous _site/ is untouched).',
    '',
  ].join('\n'));
  assert.equal(r.code, 1);
});

test('an output folder the user may not write into is one message naming it, exit 1', AS_ROOT, () => {
  const { work, root } = readableSite();
  const r = run(['build', root], work);
  assert.equal(r.stderr, 'vita build: Permission denied: Vita may not write into <tmp>/site. [fs-permission]\n' +
    '  hint: Check who owns it and its permissions (`ls -ld`), or run Vita as a user who may use it.\n');
  assert.equal(r.code, 1);
});

test('a read-only disk (EROFS) is one message naming the folder, exit 1', AS_ROOT, () => {
  const { work, root } = readableSite();
  const out = join(work, 'ro');
  mkdirSync(out);
  mount(['--bind', out], out);
  execFileSync('mount', ['-o', 'remount,bind,ro', out]);
  const r = run(['build', root, '--out', join(out, 'site')], work, true);
  assert.equal(r.stderr, 'vita build: Vita cannot write into <tmp>/ro: the file system is read-only. [fs-read-only]\n' +
    '  hint: Write to a folder on a writable disk (for a build: --out DIR).\n');
  assert.equal(r.code, 1);
});

test('a full disk (ENOSPC) is one message naming the file; the temporary folder and the lock are cleaned up', AS_ROOT, () => {
  const { work, root } = readableSite();
  mkdirSync(join(root, 'static'));
  writeFileSync(join(root, 'static/big.bin'), Buffer.alloc(2 * 1024 * 1024, 7));
  const disk = join(work, 'disk');
  mkdirSync(disk);
  mount(['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs'], disk);
  const r = run(['build', root, '--out', join(disk, 'site')], work, true);
  assert.equal(r.stderr, 'vita build: Vita cannot write <tmp>/disk/.site.vita-tmp-PID/big.bin: the disk is full. [fs-full]\n' +
    '  hint: Free some space on that disk, or write somewhere else (for a build: --out DIR); the previous output is untouched.\n');
  assert.equal(r.code, 1);
  assert.deepEqual(readdirSync(disk), []);
});

test('--out at a mount point (rename would be EBUSY) is written into, build after build', AS_ROOT, () => {
  const { work, root } = readableSite();
  const out = join(work, 'mnt');
  mkdirSync(out);
  mount(['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs'], out);
  for (const text of ['one', 'two']) {
    writeFileSync(join(root, 'pages/index.md'), `---\ntitle: Home\n---\n\nVersion ${text}.\n`);
    const r = run(['build', root, '--out', out], work, true);
    assert.equal(r.code, 0, r.stderr);
    assert.match(readFileSync(join(out, 'index.html'), 'utf8'), new RegExp(`Version ${text}`));
  }
  assert.deepEqual(readdirSync(out).filter((n) => n.includes('vita-tmp')), []);
});

test('--out that is a file, under a file, or a dangling link: a message naming it, nothing written', async () => {
  const { work, root } = attackSite();
  writeFileSync(join(work, 'file'), 'x');
  symlinkSync(join(work, 'nowhere'), join(work, 'dangling'));
  const cases: Array<[string, string]> = [
    ['file', 'The output folder <tmp>/file is a file. [bad-output-folder]\n  hint: Choose a folder with --out (a new one is created), or move the file away.'],
    ['file/sub/out', 'The output folder <tmp>/file/sub/out is inside <tmp>/file, which is a file. [bad-output-folder]\n  hint: Choose a folder path with --out; every part of it must be a folder (or not exist yet).'],
    ['dangling', 'The output folder <tmp>/dangling is a symbolic link that points to nothing. [bad-output-folder]\n  hint: Remove the link or make the folder it points to, or choose another folder with --out.'],
  ];
  for (const [out, message] of cases) {
    const r = await vita(['build', root, '--out', join(work, out)], work, work);
    assert.equal(r.stderr, `<tmp>/${out} error ${message}\n\n1 error\n\nBuild failed; nothing was written.\n`);
    assert.equal(r.code, 1);
  }
  assert.ok(!existsSync(join(work, 'nowhere')));
});

test('a static file deleted while the build runs is a missing-file fault naming it, not a crash', async () => {
  const { root } = attackSite({ 'static/cv.pdf': '%PDF' });
  const rejected = await build({
    root,
    // The dev server's hook for rendering pages runs before static files are copied: delete one there.
    pageRenderer: (...args) => {
      rmSync(join(root, 'static/cv.pdf'));
      return renderPages(...args);
    },
  }).then(() => undefined, (error: unknown) => error);
  assert.ok(isFsFault(rejected), String(rejected));
  assert.equal(describeFsFault(rejected, 'static/cv.pdf').message, 'static/cv.pdf does not exist (it may have been moved or deleted while Vita was working).');
  assert.ok(!existsSync(join(root, '_site')));
});

test('init onto a file, import onto a file, build on a missing folder: messages, not the banner (dev, cv, check: cv-output.test.ts)', async () => {
  const { work, root } = attackSite();
  writeFileSync(join(work, 'file'), 'x');
  const init = await vita(['init', join(work, 'file')], work, work);
  assert.equal(init.stderr, 'vita init: <tmp>/file (or a folder above it) is a file where a folder was expected. [fs-not-folder]\n' +
    '  hint: Rename or remove the file that stands where the folder should be.\n');
  assert.equal(init.code, 1);
  mkdirSync(join(work, 'old-site'));
  writeFileSync(join(work, 'old-site/_config.yml'), 'title: Old\n');
  const imported = await vita(['import', 'academicpages', join(work, 'old-site'), join(work, 'file')], work, work);
  assert.equal(imported.stderr, 'vita import: <tmp>/file (or a folder above it) is a file where a folder was expected. ' +
    '[fs-not-folder]\n  hint: Rename or remove the file that stands where the folder should be.\n');
  assert.equal(imported.code, 1);
  // A missing site folder on the command line is a wrong argument (exit 2), as `vita build --help` describes.
  const missing = await vita(['build', join(work, 'missing')], work, work);
  assert.equal(missing.stderr, 'vita build: the folder <tmp>/missing does not exist; give the folder of a Vita site ' +
    '(the one holding site.yml)\nRun `vita build --help` for usage.\n');
  assert.equal(missing.code, 2);
  assert.ok(root);
});
