import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { devIgnore } from '../../src/dev/ignore.js';
import { watchTree, type TreeWatcher } from '../../src/dev/watcher.js';

describe('watchTree', { timeout: 20_000 }, () => {
  let dir: string;
  let watcher: TreeWatcher;
  const bursts: string[][] = [];
  let wake: (() => void) | undefined;

  // Waits until a burst contains `path`, then returns every path seen since the last call.
  async function seen(path: string, timeoutMs = 3000): Promise<string[]> {
    const deadline = Date.now() + timeoutMs;
    while (!bursts.flat().includes(path)) {
      if (Date.now() > deadline) throw new Error(`${path} not reported; saw ${JSON.stringify(bursts)}`);
      await new Promise<void>((r) => {
        const t = setTimeout(r, 50);
        wake = () => (clearTimeout(t), r());
      });
    }
    await new Promise((r) => setTimeout(r, 40)); // let the rest of the burst arrive
    return [...new Set(bursts.splice(0).flat())].sort();
  }

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'vita-watch-'));
    for (const d of ['pages/sub', '_site/x', 'node_modules/p', '.git']) mkdirSync(join(dir, d), { recursive: true });
    writeFileSync(join(dir, 'site.yml'), 'title: A\n');
    writeFileSync(join(dir, 'pages/index.md'), '# A\n');
    watcher = watchTree({
      root: dir,
      ignore: devIgnore(['_site']),
      onChange: (paths) => {
        bursts.push(paths);
        wake?.();
      },
    });
  });

  after(() => {
    watcher.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('reports a plain write once per burst', async () => {
    writeFileSync(join(dir, 'pages/index.md'), '# B\n');
    writeFileSync(join(dir, 'pages/index.md'), '# C\n');
    assert.deepEqual(await seen('pages/index.md'), ['pages/index.md']);
  });

  test('follows a save by rename (write temp, rename over)', async () => {
    writeFileSync(join(dir, 'pages/.index.md.tmp'), '# D\n');
    renameSync(join(dir, 'pages/.index.md.tmp'), join(dir, 'pages/index.md'));
    assert.deepEqual(await seen('pages/index.md'), ['pages/.index.md.tmp', 'pages/index.md']);
    writeFileSync(join(dir, 'pages/index.md'), '# E\n');
    assert.deepEqual(await seen('pages/index.md'), ['pages/index.md'], 'still watching after the rename');
  });

  test('ignores the output folder, node_modules and .git', async () => {
    writeFileSync(join(dir, '_site/x/index.html'), 'x');
    writeFileSync(join(dir, 'node_modules/p/a.js'), 'x');
    writeFileSync(join(dir, '.git/HEAD'), 'x');
    mkdirSync(join(dir, '_site.tmp-1'));
    writeFileSync(join(dir, 'pages/.index.md.swp'), 'x');
    writeFileSync(join(dir, 'pages/index.md~'), 'x');
    writeFileSync(join(dir, 'site.yml'), 'title: B\n');
    assert.deepEqual(await seen('site.yml'), ['site.yml']);
  });

  test('watches folders created, replaced and renamed after start', async () => {
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data/news.yml'), '[]\n');
    assert.ok((await seen('data/news.yml')).includes('data/news.yml'));
    renameSync(join(dir, 'pages/sub'), join(dir, 'pages/moved'));
    await seen('pages/moved');
    writeFileSync(join(dir, 'pages/moved/new.md'), '# N\n');
    assert.deepEqual(await seen('pages/moved/new.md'), ['pages/moved/new.md']);
    rmSync(join(dir, 'data'), { recursive: true });
    mkdirSync(join(dir, 'data'));
    await seen('data');
    writeFileSync(join(dir, 'data/honors.yml'), '[]\n');
    assert.deepEqual(await seen('data/honors.yml'), ['data/honors.yml']);
  });

  test('reports deletions', async () => {
    rmSync(join(dir, 'pages/moved/new.md'));
    assert.deepEqual(await seen('pages/moved/new.md'), ['pages/moved/new.md']);
  });
});
