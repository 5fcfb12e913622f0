// Promises 6 and 7: concurrent builds of one site never crash each other and leave a complete _site; a build
// killed inside the swap leaves its previous output aside, and the next build (even a failing one) puts it back.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { finished, hashTree, spawnInstalledBuild } from '../build/child-build.js';
import { attackSite, vita } from './harness.js';

test('four builds of one site at once all succeed and leave one complete _site, with no leftovers', async () => {
  const { work, root } = attackSite();
  mkdirSync(join(root, 'static/files'), { recursive: true });
  for (let i = 0; i < 300; i++) writeFileSync(join(root, `static/files/f${i}.txt`), `file ${i}\n`);
  const results = await Promise.all([0, 1, 2, 3].map(() => finished(spawnInstalledBuild([root]))));
  for (const r of results) assert.equal(r.code, 0, r.stderr);
  assert.equal(readdirSync(join(root, '_site/files')).length, 300);
  assert.ok(existsSync(join(root, '_site/.vita-output')));
  assert.deepEqual(readdirSync(root).filter((n) => n.includes('.vita-')), []);
  assert.ok(work);
});

test('a build killed between the two renames of the swap: the next build, even a failing one, puts _site back', async () => {
  const { work, root } = attackSite();
  assert.equal((await vita(['build', root], root, work)).code, 0);
  const before = hashTree(join(root, '_site'));
  // What a SIGKILL between `rename(_site, old)` and `rename(tmp, _site)` leaves (the pid is not running).
  renameSync(join(root, '_site'), join(root, '._site.vita-old-999999999'));
  writeFileSync(join(root, 'pages/broken.md'), '---\ntitle: [unclosed\n---\n');
  const failed = await vita(['build', root], root, work);
  assert.equal(failed.code, 1);
  assert.deepEqual(hashTree(join(root, '_site')), before);
  assert.deepEqual(readdirSync(root).filter((n) => n.includes('.vita-')), []);
});

test("cleaning leftovers never removes a live build's temporary folder", async () => {
  const { work, root } = attackSite();
  const sleeper = spawn('sleep', ['30']);
  const live = join(root, `._site.vita-tmp-${sleeper.pid}`);
  mkdirSync(live);
  writeFileSync(join(live, 'half.html'), 'in progress');
  mkdirSync(join(root, '._site.vita-tmp-999999999'));
  try {
    assert.equal((await vita(['build', root], root, work)).code, 0);
    assert.equal(readFileSync(join(live, 'half.html'), 'utf8'), 'in progress');
    assert.ok(!existsSync(join(root, '._site.vita-tmp-999999999')), 'a dead build\'s leftover is cleared');
  } finally {
    sleeper.kill();
  }
});
