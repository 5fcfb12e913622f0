import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ParseMemo } from '../../src/dev/parse-memo.js';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';

test('ParseMemo reads a file once until invalidated, and re-parses only changed text', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vita-memo-'));
  try {
    const file = join(dir, 'a.md');
    writeFileSync(file, '---\ntitle: A\n---\nBody\n');
    const memo = new ParseMemo();
    const { read, markdown } = memo.parsers;
    const bag = new DiagnosticBag();
    const first = read(file, 'pages/a.md', bag)!;
    const parsed = markdown(first, bag);
    writeFileSync(file, '---\ntitle: B\n---\nBody\n');
    assert.equal(read(file, 'pages/a.md', bag), first, 'not re-read before the watcher says so');
    memo.invalidate(['pages']);
    const second = read(file, 'pages/a.md', bag)!;
    assert.equal(second.text, '---\ntitle: B\n---\nBody\n');
    const reparsed = markdown(second, bag);
    assert.notEqual(reparsed, parsed);
    assert.equal(markdown(second, bag), reparsed, 'same text, same parse');
    assert.deepEqual(bag.items, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ParseMemo replays what a remembered parse or read reported', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vita-memo-'));
  try {
    const file = join(dir, 'bad.md');
    writeFileSync(file, Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0x0a]));
    const memo = new ParseMemo();
    const runs = [new DiagnosticBag(), new DiagnosticBag()].map((bag) => {
      memo.parsers.read(file, 'pages/bad.md', bag);
      return bag.items.map((d) => `${d.rule} ${d.position?.line}:${d.position?.col}`);
    });
    assert.deepEqual(runs, [['invalid-utf8 2:1'], ['invalid-utf8 2:1']]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
