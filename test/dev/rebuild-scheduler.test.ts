import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RebuildScheduler } from '../../src/dev/rebuild-scheduler.js';

test('rebuilds run one at a time and merge what arrives meanwhile', async () => {
  const runs: string[][] = [];
  let release: (() => void) | undefined;
  const scheduler = new RebuildScheduler(async (paths) => {
    runs.push(paths);
    if (runs.length === 1) await new Promise<void>((r) => (release = r));
  }, () => assert.fail('no failure expected'));
  scheduler.schedule(['pages/a.md']);
  scheduler.schedule(['site.yml']);
  scheduler.schedule(['pages/b.md', 'site.yml']);
  assert.deepEqual(runs, [['pages/a.md']]);
  release!();
  await scheduler.idle();
  assert.deepEqual(runs, [['pages/a.md'], ['pages/b.md', 'site.yml']]);
  scheduler.schedule([]);
  await scheduler.idle();
  scheduler.schedule(['x']);
  await scheduler.idle();
  assert.deepEqual(runs.length, 3, 'an empty schedule does not wedge the queue');
});

test('a crashing rebuild is reported and the next one still runs', async () => {
  const failures: string[] = [];
  const runs: string[][] = [];
  const scheduler = new RebuildScheduler(async (paths) => {
    runs.push(paths);
    if (paths[0] === 'bad') throw new Error('boom');
  }, (e) => failures.push((e as Error).message));
  scheduler.schedule(['bad']);
  await scheduler.idle();
  scheduler.schedule(['good']);
  await scheduler.idle();
  assert.deepEqual([runs, failures], [[['bad'], ['good']], ['boom']]);
});
