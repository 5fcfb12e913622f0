// Promise 2 for the commands that write a new site: `vita init --force` and `vita import --force` write only into
// real folders of the destination. A folder there that is a link (planted, or left by an earlier hand) is refused
// before any file is written, and a file that is a link (even one leading nowhere) is never written through.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { attackSite, vita } from './harness.js';

const LINKED = (path: string) => `${path} is a symbolic link; Vita writes only into real folders, so that no file lands elsewhere. ` +
  '[fs-linked-folder]\n  hint: Remove the link (or put a real folder in its place), then run the command again.\n';

test('init --force into a folder whose pages/ is a link: refused, nothing written there or anywhere', async () => {
  const { work, secret } = attackSite();
  const dest = join(work, 'new');
  mkdirSync(dest);
  mkdirSync(join(secret, 'elsewhere'));
  symlinkSync(join(secret, 'elsewhere'), join(dest, 'pages'));
  symlinkSync(join(secret, 'planted.yml'), join(dest, 'site.yml'));
  const r = await vita(['init', dest, '--force'], work, work);
  assert.deepEqual([r.code, r.stderr], [1, `vita init: ${LINKED('<tmp>/new/pages')}`]);
  assert.deepEqual(readdirSync(join(secret, 'elsewhere')), []);
  assert.deepEqual(readdirSync(secret).sort(), ['elsewhere', 'passwords.txt'], 'the dangling site.yml link was not written through');
});

test('import --force into a destination whose pages/ is a link: refused before any file is written', async () => {
  const { work, secret } = attackSite();
  const old = join(work, 'old');
  mkdirSync(join(old, '_pages'), { recursive: true });
  writeFileSync(join(old, '_config.yml'), 'title: Old\n');
  writeFileSync(join(old, '_pages/about.md'), '---\ntitle: About\npermalink: /\n---\nHi.\n');
  const dest = join(work, 'dest');
  mkdirSync(dest);
  writeFileSync(join(dest, 'keep.txt'), 'mine\n');
  mkdirSync(join(secret, 'elsewhere'));
  symlinkSync(join(secret, 'elsewhere'), join(dest, 'pages'));
  const r = await vita(['import', 'academicpages', old, dest, '--force', '--quiet'], work, work);
  assert.deepEqual([r.code, r.stderr], [1, `vita import: ${LINKED('<tmp>/dest/pages')}`]);
  assert.deepEqual(readdirSync(join(secret, 'elsewhere')), []);
  assert.ok(!readdirSync(dest).includes('site.yml'), 'no file written before the refusal');
});
