import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { startDev } from '../../src/dev/dev-session.js';
import { EventReader, rawGet } from './http-helpers.js';

test('vita dev serves the search index and rebuilds it when content changes', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vita-dev-search-'));
  mkdirSync(join(dir, 'posts'));
  writeFileSync(join(dir, 'site.yml'), 'title: Lab\nurl: https://example.org/lab\nsearch: true\nauthor:\n  name: Ada Tester\n');
  writeFileSync(join(dir, 'posts/2024-03-01-looms.md'), '---\ntitle: Looms\n---\nCards drive the loom.\n');
  const started = await startDev({ root: dir, cwd: dir, host: '127.0.0.1', port: 0, color: false, log: () => {}, report: () => {} });
  assert.ok(started.ok);
  const dev = started.session;
  const events = await EventReader.open(dev.server.port);
  try {
    const script = await rawGet(dev.server.port, '/lab/pagefind/pagefind.js');
    assert.equal(script.status, 200);
    assert.match(script.headers['content-type'] ?? '', /^text\/javascript/);
    const entry = await rawGet(dev.server.port, '/lab/pagefind/pagefind-entry.json');
    assert.equal(entry.status, 200);
    const before = JSON.parse(entry.body) as { languages: Record<string, { page_count: number; hash: string }> };
    assert.equal(before.languages.en?.page_count, 1);

    writeFileSync(join(dir, 'posts/2024-04-01-engines.md'), '---\ntitle: Engines\n---\nThe engine weaves algebra.\n');
    await events.next('reload');
    const after = JSON.parse((await rawGet(dev.server.port, '/lab/pagefind/pagefind-entry.json')).body) as typeof before;
    assert.equal(after.languages.en?.page_count, 2);
  } finally {
    events.close();
    await dev.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
