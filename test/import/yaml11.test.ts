import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'yaml';
import { parseYaml11, salvageYaml11, toYaml } from '../../src/import/yaml11.js';

test('reads _config.yml as YAML 1.1: yes/no are booleans, timestamps become plain dates', () => {
  assert.deepEqual(parseYaml11('a: no\nb: yes\nc: 2012-08-14\nd: 0777\ne: on\n'), { a: false, b: true, c: '2012-08-14', d: 511, e: true });
});

test('writes strings that YAML 1.2 or 1.1 would read differently in quotes, and nothing else', () => {
  const value = { a: 'no', b: '1.10', c: '2025-05', d: '012', e: 'null', f: 'yes', g: '2013-08-14', h: '~', i: 'plain text', j: '1:20', k: 2025 };
  const text = toYaml(value);
  assert.equal(text, 'a: "no"\nb: "1.10"\nc: 2025-05\nd: "012"\ne: "null"\nf: "yes"\ng: "2013-08-14"\nh: "~"\ni: plain text\nj: "1:20"\nk: 2025\n');
  assert.deepEqual(parse(text), value);
  assert.deepEqual(parse(text, { version: '1.1' }), value);
});

test('as libyaml: the last of two equal keys wins and each is reported with the line of the kept value', () => {
  const seen: unknown[] = [];
  const value = parseYaml11('title: Old\nauthor:\n  name: A\n  bio: x\n  name: B\ntitle: New\n', (d) => seen.push(d));
  assert.deepEqual(value, { title: 'New', author: { name: 'B', bio: 'x' } });
  assert.deepEqual(seen, [{ key: 'title', line: 6 }, { key: 'name', line: 5 }]);
});

test('as libyaml: continuation lines of quoted scalars and flow lists may sit at any indentation; tabs after a colon', () => {
  const text = 'title: "Learning to\nsee, again"\nauthor:\n  bio: \'It\'\'s a\n  long story\' # note\n  tags: [a,\n  b]\nkey:\tvalue\n';
  assert.deepEqual(parseYaml11(text), { title: 'Learning to see, again', author: { bio: "It's a long story", tags: ['a', 'b'] }, key: 'value' });
});

test('a mapping that does not parse keeps its top-level entries that do', () => {
  assert.deepEqual(salvageYaml11('title: Kept\nexcerpt: [broken\n  still broken\nredirect_from:\n- /old/\n# a comment\npermalink: /x/\n'), {
    value: { title: 'Kept', redirect_from: ['/old/'], permalink: '/x/' }, dropped: [2], asText: [],
  });
  // One-line entries libyaml rejects keep the text written: an inner quote, a missing space after the colon.
  assert.deepEqual(salvageYaml11("title: 'Notes on the 'quiet' river'\ndate:2025-01-01\ntags:\n  - rivers\n"), {
    value: { title: "Notes on the 'quiet' river", date: '2025-01-01', tags: ['rivers'] }, dropped: [], asText: ['title', 'date'],
  });
});
