// Promise 1: nothing outside the site folder is read as content or published — not through the content
// folders themselves, not through site.yml or publications.bib, and links never loop or multiply the walk.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { attackSite, FAILED, OUTSIDE_HINT, vita } from './harness.js';

const outside = (file: string, target: string) =>
  `${file} error This symbolic link points outside the site folder, to ${target}. [symlink-outside-site]\n${OUTSIDE_HINT}`;

for (const folder of ['static', 'pages', 'data', 'posts']) {
  test(`${folder}/ itself as a link to a folder outside the site is refused, naming where it leads`, async () => {
    const { work, root, secret } = attackSite(folder === 'pages' ? { 'pages/index.md': '' } : {});
    if (folder === 'pages') execFileSync('rm', ['-r', join(root, 'pages')]);
    writeFileSync(join(secret, 'index.md'), '---\ntitle: Stolen\n---\n');
    symlinkSync(secret, join(root, folder));
    const r = await vita(['build', root], work, work);
    assert.equal(r.stderr, `${outside(folder, '<tmp>/secret')}\n\n1 error\n\n${FAILED}`);
    assert.equal(r.code, 1);
    assert.ok(!existsSync(join(root, '_site')));
  });
}

test('site.yml and publications.bib linked to files outside the site are refused, /etc/passwd included', async () => {
  const { work, root, secret } = attackSite();
  execFileSync('rm', [join(root, 'site.yml')]);
  symlinkSync(join(secret, 'passwords.txt'), join(root, 'site.yml'));
  symlinkSync('/etc/passwd', join(root, 'publications.bib'));
  const r = await vita(['build', root], work, work);
  assert.equal(r.stderr, `${outside('publications.bib', '/etc/passwd')}\n\n${outside('site.yml', '<tmp>/secret/passwords.txt')}\n\n2 errors\n\n${FAILED}`);
  assert.equal(r.code, 1);
});

test('a link inside a linked folder that leads back out is refused (resolved from the real folder)', async () => {
  const { work, root, secret } = attackSite({ 'shared/ok.txt': 'fine\n' });
  symlinkSync('../secret', join(root, 'shared/up'));
  symlinkSync('shared', join(root, 'static'));
  const r = await vita(['build', root], work, work);
  // Resolved from shared/ (the real folder), `../secret` is the site's own secret/ — missing, so dangling;
  // resolved textually from static/ it would have been <tmp>/secret. Either way nothing from outside is read.
  assert.equal(r.stderr, 'static/up error This symbolic link points to nothing. [broken-symlink]\n  hint: Remove it or point it at a file inside the site.\n\n1 error\n\n' + FAILED);
  assert.ok(existsSync(secret));
});

test('a loop (static/images/loop -> ..) and two links to one folder are walked once, with a warning each', async () => {
  const { work, root } = attackSite({ 'static/images/a.png': 'png', 'shared/s.txt': 's\n' });
  symlinkSync('..', join(root, 'static/images/loop'));
  symlinkSync('../shared', join(root, 'static/one'));
  symlinkSync('../shared', join(root, 'static/two'));
  const r = await vita(['build', root], work, work);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, [
    'static/images/loop warning This symbolic link leads to static/, which is already part of the site; it is skipped. [folder-read-twice]',
    '  hint: Links to a folder that is already read (or to a folder above it) would repeat its files; remove the link.',
    '',
    'static/two warning This symbolic link leads to static/one/, which is already part of the site; it is skipped. [folder-read-twice]',
    '  hint: Links to a folder that is already read (or to a folder above it) would repeat its files; remove the link.',
    '',
    '2 warnings\n',
  ].join('\n'));
  assert.deepEqual(readdirSync(join(root, '_site/images')), ['a.png']);
  assert.deepEqual(readdirSync(join(root, '_site/one')), ['s.txt']);
  assert.ok(!existsSync(join(root, '_site/two')));
});

test('links that double at every level (2^30 paths) are walked in linear time', async () => {
  const { work, root } = attackSite({ 'static/x.txt': 'x\n' });
  for (let i = 0; i < 30; i++) {
    mkdirSync(join(root, `static/l${i}`));
    symlinkSync(`../l${i + 1}`, join(root, `static/l${i}/a`));
    symlinkSync(`../l${i + 1}`, join(root, `static/l${i}/b`));
  }
  mkdirSync(join(root, 'static/l30'));
  const started = performance.now();
  const r = await vita(['build', root], work, work);
  assert.equal(r.code, 0);
  assert.ok(performance.now() - started < 20_000);
  assert.equal(r.stderr.match(/\[folder-read-twice\]/g)?.length, 60);
});

test('a FIFO in static/ and a FIFO as publications.bib are skipped with a warning; neither blocks', async () => {
  const { work, root } = attackSite();
  mkdirSync(join(root, 'static'));
  execFileSync('mkfifo', [join(root, 'static/pipe'), join(root, 'publications.bib')]);
  const r = await vita(['build', root], work, work);
  assert.equal(r.stderr, [
    'publications.bib warning This is a named pipe (FIFO), not a file or folder; it is skipped. [not-a-file]',
    '  hint: Vita reads only ordinary files; remove it from the site folder.',
    '',
    'static/pipe warning This is a named pipe (FIFO), not a file or folder; it is skipped. [not-a-file]',
    '  hint: Vita reads only ordinary files; remove it from the site folder.',
    '',
    '2 warnings\n',
  ].join('\n'));
  assert.equal(r.code, 0);
});

test('site.yml that is a folder, static that is a file: clear errors, exit 1', async () => {
  const { work, root } = attackSite({ 'static': 'not a folder\n' });
  execFileSync('rm', [join(root, 'site.yml')]);
  mkdirSync(join(root, 'site.yml'));
  const r = await vita(['build', root], work, work);
  assert.equal(r.stderr, [
    'site.yml error site.yml is a folder, but Vita expects a file here. [fs-is-folder]',
    '  hint: Rename the folder; site.yml must be a text file.',
    '',
    'static error static is a file, but Vita expects the static/ folder here. [fs-not-folder]',
    '  hint: Rename the file, and put static/ content in a folder of that name.',
    '',
    '2 errors',
    '',
    FAILED,
  ].join('\n'));
  assert.equal(r.code, 1);
});

test('site.yml that is a FIFO is an error, not skipped: an empty site never replaces the last good _site', async () => {
  const { work, root } = attackSite();
  assert.equal((await vita(['build', root], root, work)).code, 0);
  rmSync(join(root, 'site.yml'));
  execFileSync('mkfifo', [join(root, 'site.yml')]);
  const r = await vita(['build', root], work, work);
  assert.equal(r.stderr, 'site.yml error This is a named pipe (FIFO), not a file; Vita needs site.yml to build the site. [not-a-file]\n' +
    '  hint: Replace it with an ordinary file (`vita init` writes a starting site.yml).\n\n1 error\n\n' + FAILED);
  assert.equal(r.code, 1);
  assert.ok(existsSync(join(root, '_site/index.html')), 'the previous output is still there');
});
