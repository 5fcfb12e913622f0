// Promises 2 and 5 for `vita cv`: the PDF is written only where it belongs, and a bad site folder argument is a
// usage message (exit 2) for every command that takes one, as for `vita build`.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { attackSite, vita } from './harness.js';

test('vita cv refuses a _site shipped as a link to a folder elsewhere; nothing is written there', async () => {
  const { work, root, secret } = attackSite();
  mkdirSync(join(secret, 'dotfiles'));
  symlinkSync(join(secret, 'dotfiles'), join(root, '_site'));
  const r = await vita(['cv', root, '--typ'], root, work);
  assert.equal(r.code, 1);
  assert.equal(r.stderr, `vita cv: <tmp>/site/_site is a symbolic link (to <tmp>/secret/dotfiles), so the CV would be written elsewhere. ` +
    '[bad-output-folder]\n  hint: Remove the link (`vita build` makes _site/ again), or say where the PDF goes with --out.\n');
  assert.deepEqual(readdirSync(join(secret, 'dotfiles')), []);
});

test('a _site made by vita cv is Vita\'s output: vita build replaces it afterwards', async () => {
  const { work, root } = attackSite();
  assert.equal((await vita(['cv', root], root, work)).code, 0);
  const r = await vita(['build', root], root, work);
  assert.equal(r.code, 0, r.stderr);
});

test('cv, check and dev on a missing folder or on a file: a usage message, exit 2', async () => {
  const { work } = attackSite();
  writeFileSync(join(work, 'file'), 'x');
  for (const command of ['cv', 'check', 'dev']) {
    const missing = await vita([command, join(work, 'missing')], work, work);
    assert.deepEqual([missing.code, missing.stderr], [2, `vita ${command}: the folder <tmp>/missing does not exist; give the folder ` +
      `of a Vita site (the one holding site.yml)\nRun \`vita ${command} --help\` for usage.\n`]);
    const file = await vita([command, join(work, 'file')], work, work);
    assert.deepEqual([file.code, file.stderr], [2, `vita ${command}: <tmp>/file is a file, not a folder; give the folder ` +
      `of a Vita site (the one holding site.yml)\nRun \`vita ${command} --help\` for usage.\n`]);
  }
});
