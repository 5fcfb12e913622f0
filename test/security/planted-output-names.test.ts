// Promise 2: the names Vita uses beside the output folder (`_site`, `._site.vita-old-<pid>`, `._site.vita-lock`)
// can be shipped by the site's repository as links. A build never writes into, clears or reads through them.
import assert from 'node:assert/strict';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { finished, spawnInstalledBuild } from '../build/child-build.js';
import { attackSite, vita } from './harness.js';

// A folder on another device than the site: a link to it looks like a mount point, which Vita writes into.
const OTHER_DEVICE = '/dev/shm';
const otherDevice = existsSync(OTHER_DEVICE) && statSync(OTHER_DEVICE).dev !== statSync(tmpdir()).dev;
const NEEDS_OTHER_DEVICE = { skip: otherDevice ? false : `${OTHER_DEVICE} is not on another device than ${tmpdir()}` };

function folderElsewhere(files: Record<string, string>): string {
  const dir = mkdtempSync(join(OTHER_DEVICE, 'vita-elsewhere-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

test('a planted ._site.vita-old-<pid> link to a folder elsewhere is removed, never put back as _site and cleared', NEEDS_OTHER_DEVICE, async () => {
  const { work, root } = attackSite();
  const documents = folderElsewhere({ 'thesis.tex': 'years of work\n' });
  try {
    symlinkSync(documents, join(root, '._site.vita-old-999999999'));
    const r = await vita(['build', root], root, work);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(readdirSync(documents), ['thesis.tex']);
    assert.ok(lstatSync(join(root, '_site')).isDirectory(), '_site is a real folder');
    assert.deepEqual(readdirSync(root).filter((n) => n.includes('.vita-')), []);
  } finally {
    rmSync(documents, { recursive: true, force: true });
  }
});

test('a planted _site link to an empty folder on another device is replaced, not written into', NEEDS_OTHER_DEVICE, async () => {
  const { work, root } = attackSite();
  const empty = folderElsewhere({});
  try {
    symlinkSync(empty, join(root, '_site'));
    const r = await vita(['build', root], root, work);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(readdirSync(empty), []);
    assert.ok(lstatSync(join(root, '_site')).isDirectory() && existsSync(join(root, '_site/index.html')));
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});

test('a planted -old- folder without Vita\'s marker is not put back as the output, even by a failing build', async () => {
  const { work, root } = attackSite({ 'pages/broken.md': '---\ntitle: [unclosed\n---\n' });
  mkdirSync(join(root, '._site.vita-old-999999999'));
  writeFileSync(join(root, '._site.vita-old-999999999/index.html'), 'planted');
  const r = await vita(['build', root], root, work);
  assert.equal(r.code, 1, r.stderr);
  assert.ok(!existsSync(join(root, '_site')), 'no _site made of the planted folder');
  assert.deepEqual(readdirSync(root).filter((n) => n.includes('.vita-')), []);
});

test('a lock name planted as a link to /dev/zero or to a secret: the build takes it over in seconds, reads nothing', async () => {
  for (const target of ['/dev/zero', 'secret']) {
    const { root, secret } = attackSite();
    symlinkSync(target === 'secret' ? join(secret, 'passwords.txt') : target, join(root, '._site.vita-lock'));
    const child = spawnInstalledBuild([root]);
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    const r = await finished(child);
    clearTimeout(timer);
    assert.equal(r.code, 0, `lock -> ${target}: ${r.signal ?? ''} ${r.stderr}`);
    assert.equal(readFileSync(join(secret, 'passwords.txt'), 'utf8'), 'hunter2\n');
    assert.ok(!existsSync(join(root, '._site.vita-lock')));
  }
});
