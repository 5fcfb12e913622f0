import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { MINIMAL_SITE_YML, runCli, writeSite } from '../helpers/site.js';
import { finished, hashTree, spawnInstalledBuild } from './child-build.js';

// Enough static files that writing them takes far longer than noticing the temporary folder and killing.
const STATIC_FILES = 2500;

test('a build killed with SIGKILL while writing leaves the previous _site intact; the next build clears the leftovers', async () => {
  const root = writeSite({ 'site.yml': MINIMAL_SITE_YML, 'pages/index.md': '---\ntitle: Home\n---\n\nVersion one.\n' });
  mkdirSync(join(root, 'static/files'), { recursive: true });
  for (let i = 0; i < STATIC_FILES; i++) writeFileSync(join(root, `static/files/f${String(i).padStart(4, '0')}.txt`), `file ${i}\n`.repeat(20));
  assert.equal((await runCli(['build', root])).code, 0);
  const before = hashTree(join(root, '_site'));

  writeFileSync(join(root, 'pages/index.md'), '---\ntitle: Home\n---\n\nVersion two.\n');
  const child = spawnInstalledBuild([root]);
  const done = finished(child);
  const temp = join(root, `._site.vita-tmp-${child.pid}`);
  let exited = false;
  void done.then(() => { exited = true; });
  // Kill as soon as the temporary folder holds its first file: the write is then certainly under way.
  while (!exited && !(existsSync(temp) && safeCount(temp) > 0)) await new Promise((r) => setTimeout(r, 2));
  assert.equal(exited, false, `the build ended before ${temp} was seen holding files: either it does not write through a temporary folder, or the site is too small to catch it mid-write`);
  // Freeze it first, so what we check below is the state the kill interrupts.
  child.kill('SIGSTOP');
  const frozenWithMarker = existsSync(join(temp, '.vita-output'));
  child.kill('SIGKILL');
  const result = await done;
  assert.equal(frozenWithMarker, false, 'the build had finished writing before it could be stopped');
  assert.equal(result.signal, 'SIGKILL');

  // The kill landed mid-write: the temporary folder is there without the marker, which is written last.
  assert.ok(existsSync(temp), 'temporary folder left by the killed build');
  assert.equal(existsSync(join(temp, '.vita-output')), false, 'the kill landed after the write had finished');
  assert.ok(countFiles(temp) < before.size, 'the temporary folder is partial');
  assert.deepEqual(hashTree(join(root, '_site')), before);
  assert.match(readFileSync(join(root, '_site/index.html'), 'utf8'), /Version one\./);

  const again = await runCli(['build', root]);
  assert.equal(again.code, 0, again.stderr);
  assert.match(readFileSync(join(root, '_site/index.html'), 'utf8'), /Version two\./);
  assert.deepEqual(readdirSync(root).filter((n) => n.includes('vita-tmp') || n.includes('vita-old')), []);
});

function safeCount(dir: string): number {
  try {
    return readdirSync(dir).length;
  } catch {
    return 0;
  }
}

function countFiles(dir: string): number {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[]).filter((e) => e.isFile()).length;
}

test('the writer refuses a path leaving the output folder, or one written twice, before touching the disk', async () => {
  const { writeOutput } = await import('../../src/write/write-output.js');
  const root = writeSite({});
  const out = join(root, '_site');
  const cases: Array<[Array<{ path: string; content: string }>, string]> = [
    [[{ path: 'ok.html', content: '' }, { path: 'a/../../escaped.html', content: 'x' }], 'Refusing to write "a/../../escaped.html": output paths must stay inside the output folder.'],
    [[{ path: '/tmp/escaped.html', content: 'x' }], 'Refusing to write "/tmp/escaped.html": output paths must stay inside the output folder.'],
    [[{ path: 'publications/./index.html', content: 'x' }], 'Refusing to write "publications/./index.html": output paths must stay inside the output folder.'],
    [[{ path: 'a\\..\\..\\x', content: 'x' }], 'Refusing to write "a\\..\\..\\x": output paths must stay inside the output folder.'],
    [[{ path: 'index.html', content: '1' }, { path: 'index.html', content: '2' }], 'Refusing to write "index.html" twice: two parts of the build made the same file.'],
    ...['', '..', '.', 'a//b.html', 'posts/', 'a/..', '../x', 'x\u0000.html', '.well-known/../../x'].map((path): [Array<{ path: string; content: string }>, string] =>
      [[{ path, content: 'x' }], `Refusing to write "${path}": output paths must stay inside the output folder.`]),
  ];

  for (const [files, message] of cases) {
    assert.throws(() => writeOutput(out, files), { message });
    assert.deepEqual(readdirSync(root), []);
  }
  // Names that only look like dots stay allowed.
  writeOutput(out, ['.well-known/a.txt', '..x/b.html', 'c.../d', '...'].map((path) => ({ path, content: path })));
  assert.equal(readFileSync(join(out, '..x/b.html'), 'utf8'), '..x/b.html');
  rmSync(out, { recursive: true });
});
