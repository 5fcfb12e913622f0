import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeDoc } from '../../src/import/edits.js';
import { convertLiquid } from '../../src/import/liquid.js';
import { hasLiquid, parseLiquid } from '../../src/import/liquid-parse.js';
import { Report } from '../../src/import/report.js';

test('each tag and output ends at the first closer after it; - and spaces at the delimiters are trimmed', () => {
  const text = 'a {{- x -}} b {%- if y -%}c{{ }}{% endif %} {{ {% z %} }} {% w -%}} {{-}}';
  const nodes = parseLiquid(text).map((n) => (n.kind === 'text' ? text.slice(n.start, n.end) : n));
  assert.deepEqual(JSON.parse(JSON.stringify(nodes)), [
    'a ',
    { kind: 'output', expr: 'x', start: 2, end: 11 },
    ' b ',
    { kind: 'block', name: 'if', args: 'y', start: 14, end: 43, branches: [{ tag: 'if', args: 'y', children: [
      { kind: 'text', start: 26, end: 27 }, { kind: 'output', expr: '', start: 27, end: 32 }] }] },
    ' ',
    { kind: 'output', expr: '{% z %}', start: 44, end: 57 },
    ' ',
    { kind: 'tag', name: 'w', args: '', start: 58, end: 66 },
    '} ',
    { kind: 'output', expr: '', start: 68, end: 73 },
  ]);
  assert.equal(hasLiquid('{{ a'), false);
  assert.equal(hasLiquid('{% a } %}'), true);
});

test('an imported page of 250 KB of unclosed {{ or {% converts in linear time (the search from every opener took 23 s)', () => {
  for (const opener of ['{{ ', '{% ', '{{ {% ']) {
    const body = opener.repeat(Math.ceil(250_000 / opener.length));
    const started = performance.now();
    const doc = convertLiquid(makeDoc(body, 1), 'p.md', {}, new Report());
    const ms = performance.now() - started;
    assert.equal(doc.text, body, 'text without a closer is no Liquid and stays as written');
    assert.ok(ms < 2000, `${JSON.stringify(opener)}: ${ms.toFixed(0)} ms`);
  }
});
