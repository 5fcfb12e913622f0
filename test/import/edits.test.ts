import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, fencedRanges, inRanges, lineAt, makeDoc, mergeRanges } from '../../src/import/edits.js';

test('inRanges finds an offset among sorted ranges, at both edges', () => {
  const ranges: [number, number][] = [[2, 5], [8, 9], [20, 30]];
  const inside = Array.from({ length: 32 }, (_, i) => i).filter((i) => inRanges(ranges, i));
  assert.deepEqual(inside, [2, 3, 4, 8, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29]);
  assert.equal(inRanges([], 0), false);
});

test('mergeRanges sorts and joins overlapping ranges, e.g. a comment inside a fence', () => {
  assert.deepEqual(mergeRanges([[10, 20], [0, 3], [12, 15], [3, 4], [19, 25]]), [[0, 4], [10, 25]]);
});

test('fenced ranges of a page with many code blocks come sorted and apart', () => {
  const text = Array.from({ length: 50 }, (_, i) => `para ${i}\n\`\`\`\ncode ${i}\n\`\`\`\n`).join('');
  const ranges = fencedRanges(text);
  assert.equal(ranges.length, 50);
  assert.deepEqual(mergeRanges(ranges), ranges);
  assert.equal(inRanges(ranges, text.indexOf('code 37')), true);
  assert.equal(inRanges(ranges, text.indexOf('para 37')), false);
});

test('lineAt answers for the document it is asked about, also after edits made a new one', () => {
  const doc = makeDoc('a\nb\nc\n', 10);
  assert.deepEqual([0, 2, 4].map((o) => lineAt(doc, o)), [10, 11, 12]);
  const edited = applyEdits(doc, [{ start: 2, end: 3, text: 'x\ny' }]);
  assert.equal(edited.text, 'a\nx\ny\nc\n');
  assert.deepEqual([0, 2, 4, 6].map((o) => lineAt(edited, o)), [10, 11, 11, 12]);
  assert.deepEqual([0, 2, 4].map((o) => lineAt(doc, o)), [10, 11, 12]);
});
