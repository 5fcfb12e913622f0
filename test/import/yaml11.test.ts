import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'yaml';
import { parseYaml11, toYaml } from '../../src/import/yaml11.js';

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
