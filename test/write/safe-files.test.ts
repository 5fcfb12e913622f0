import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeNewFile, writeNewFileFromParts } from '../../src/write/safe-files.js';

const folder = () => mkdtempSync(join(tmpdir(), 'vita-safe-files-'));

test('a new file gets the UTF-8 bytes of a string (a lone surrogate as U+FFFD, like Buffer.from) or the bytes given', () => {
  const dir = folder();
  const text = 'é ✓ 😀 \ud800 <p>'.repeat(5000); // long enough to need more than one write of a small buffer
  writeNewFile(join(dir, 'page.html'), text);
  assert.deepEqual(readFileSync(join(dir, 'page.html')), Buffer.from(text));
  writeNewFile(join(dir, 'empty.html'), '');
  assert.equal(readFileSync(join(dir, 'empty.html'), 'utf8'), '');
  writeNewFile(join(dir, 'data.bin'), new Uint8Array([0, 255, 10]));
  assert.deepEqual([...readFileSync(join(dir, 'data.bin'))], [0, 255, 10]);
  assert.equal(statSync(join(dir, 'data.bin')).mode & 0o777, 0o644 & ~process.umask());
});

test('an existing file or a link at the path is refused (EEXIST), and what it points to is untouched', () => {
  const dir = folder();
  writeFileSync(join(dir, 'target.txt'), 'secret');
  writeFileSync(join(dir, 'there.html'), 'old');
  symlinkSync(join(dir, 'target.txt'), join(dir, 'link.html'));
  symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling.html'));
  for (const name of ['there.html', 'link.html', 'dangling.html']) {
    for (const content of ['new', new Uint8Array([1])]) {
      assert.throws(() => writeNewFile(join(dir, name), content), (e: NodeJS.ErrnoException) => e.code === 'EEXIST' && e.path === join(dir, name));
    }
  }
  assert.equal(readFileSync(join(dir, 'target.txt'), 'utf8'), 'secret');
  assert.equal(readFileSync(join(dir, 'there.html'), 'utf8'), 'old');
  assert.equal(readlinkSync(join(dir, 'dangling.html')), join(dir, 'nowhere.txt'));
  assert.throws(() => readFileSync(join(dir, 'nowhere.txt')));
});

test('a new file from pieces gets the UTF-8 bytes of the pieces joined, through a buffer smaller than the file', () => {
  const dir = folder();
  // Small pieces that fill the buffer many times, pieces larger than it, and every kind of character.
  const parts = ['<p>', 'é ✓ 😀 \ud800 <p>'.repeat(3), ...Array.from({ length: 40_000 }, (_, i) => `<li>${i} ü 中</li>`), 'x'.repeat(300_000), '😀'.repeat(100_000), '', '</p>'];
  writeNewFileFromParts(join(dir, 'list.html'), parts);
  assert.deepEqual(readFileSync(join(dir, 'list.html')), Buffer.from(parts.join('')));
  writeNewFileFromParts(join(dir, 'none.html'), []);
  assert.equal(readFileSync(join(dir, 'none.html'), 'utf8'), '');
  writeFileSync(join(dir, 'target.txt'), 'secret');
  symlinkSync(join(dir, 'target.txt'), join(dir, 'link.html'));
  assert.throws(() => writeNewFileFromParts(join(dir, 'link.html'), ['new']), (e: NodeJS.ErrnoException) => e.code === 'EEXIST' && e.path === join(dir, 'link.html'));
  assert.equal(readFileSync(join(dir, 'target.txt'), 'utf8'), 'secret');
});
