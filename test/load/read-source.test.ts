import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DiagnosticBag, location } from '../../src/diagnostics/diagnostic.js';
import { readSource } from '../../src/load/read-source.js';

const dir = mkdtempSync(join(tmpdir(), 'vita-read-source-'));
function read(bytes: Uint8Array | string) {
  const path = join(dir, 'page.md');
  writeFileSync(path, bytes);
  const bag = new DiagnosticBag();
  const source = readSource(path, 'pages/page.md', bag);
  return { text: source?.text, messages: bag.items.map((d) => `${location(d)} ${d.message}`) };
}

test('UTF-8 text is read as it is, without a byte-order mark', () => {
  assert.deepEqual(read('# Café 王泽卿\n'), { text: '# Café 王泽卿\n', messages: [] });
  assert.deepEqual(read('\uFEFF---\ntitle: x\n---\n'), { text: '---\ntitle: x\n---\n', messages: [] });
});

test('a U+FFFD the author wrote is kept; bytes that are not UTF-8 are an error at their line and column', () => {
  assert.deepEqual(read('Broken � glyph\n'), { text: 'Broken � glyph\n', messages: [] });
  const latin1 = Buffer.concat([Buffer.from('---\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\n---\n')]);
  assert.deepEqual(read(latin1), {
    text: undefined,
    messages: ['pages/page.md:2:11 The file is not valid UTF-8 (bad byte 0xe9 at byte offset 14).'],
  });
});
