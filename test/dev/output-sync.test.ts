import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { OutputSync } from '../../src/dev/output-sync.js';

test('OutputSync writes everything first, then only what changed, and removes what is gone', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vita-sync-'));
  try {
    const out = join(dir, 'out');
    const src = join(dir, 'logo.png');
    writeFileSync(src, 'v1');
    const sync = new OutputSync(out);
    const first = sync.apply([
      { path: 'index.html', content: 'home' },
      { path: 'old/index.html', content: 'old' },
      { path: 'a.bin', content: new Uint8Array([1, 2]) },
      { path: 'img/logo.png', from: src },
    ], () => false);
    assert.deepEqual(first, { written: ['a.bin', 'img/logo.png', 'index.html', 'old/index.html'], removed: [] });
    assert.ok(existsSync(join(out, '.vita-output')), 'the first write is a normal, marked build');

    writeFileSync(src, 'v2');
    const second = sync.apply([
      { path: 'index.html', content: 'home' },
      { path: 'a.bin', content: new Uint8Array([1, 2]) },
      { path: 'img/logo.png', from: src },
      { path: 'new/index.html', content: 'new' },
    ], (from) => from === src);
    assert.deepEqual(second, { written: ['img/logo.png', 'new/index.html'], removed: ['old/index.html'] });
    assert.equal(readFileSync(join(out, 'img/logo.png'), 'utf8'), 'v2');
    assert.equal(existsSync(join(out, 'old')), false, 'emptied folders go too');

    const third = sync.apply([
      { path: 'index.html', content: 'home!' },
      { path: 'a.bin', content: new Uint8Array([1, 3]) },
      { path: 'img/logo.png', from: src },
      { path: 'new/index.html', content: 'new' },
    ], () => false);
    assert.deepEqual(third, { written: ['a.bin', 'index.html'], removed: [] });
    assert.equal(readFileSync(join(out, 'index.html'), 'utf8'), 'home!');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
