import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { formatDiagnostics } from '../../src/diagnostics/format.js';
import { SourceText } from '../../src/load/source-text.js';
import { loadYaml, positionOf } from '../../src/load/yaml.js';

function load(text: string) {
  const bag = new DiagnosticBag();
  const file = loadYaml(new SourceText('site.yml', text), bag);
  return { file, bag, report: formatDiagnostics(bag.items, { readSource: () => text }) };
}

test('parses YAML 1.2 core: no stays text, dates stay text, 1.10 is a number', () => {
  const { file, bag } = load('a: no\nb: 2025-05-01\nc: 1.10\nd: 012345\n');
  assert.equal(bag.items.length, 0);
  assert.deepEqual(file?.value, { a: 'no', b: '2025-05-01', c: 1.1, d: 12345 });
});

test('a duplicate key is reported at the second occurrence with a code frame', () => {
  const { file, report } = load('title: A\ntitle: B\n');
  assert.equal(file, undefined);
  assert.equal(report, [
    'site.yml:2:1 error This key appears twice in the same map. [yaml-duplicate-key]',
    '  1 | title: A',
    '> 2 | title: B',
    '    | ^',
    '  3 |',
    '  hint: Keep one of them; YAML does not allow repeated keys.',
    '',
    '1 error',
  ].join('\n'));
});

test('tab indentation is reported as such', () => {
  const { bag } = load('author:\n\tname: X\n');
  assert.equal(bag.items[0]?.rule, 'yaml-tab');
  assert.deepEqual(bag.items[0]?.position, { line: 2, col: 1 });
});

test('an unclosed quote says so', () => {
  const { bag } = load('title: "abc\nurl: x\n');
  assert.equal(bag.items[0]?.message, 'A quoted string is never closed.');
});

test('a billion-laughs alias bomb stops with one error at the outermost alias', () => {
  const rows = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (const [name, prev] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e']]) {
    rows.push(`${name}: &${name} [${Array(10).fill('*' + prev).join(', ')}]`);
  }
  const started = performance.now();
  const { file, bag } = load(rows.join('\n') + '\n');
  assert.ok(performance.now() - started < 2000);
  assert.equal(file, undefined);
  assert.equal(bag.items.length, 1);
  assert.equal(bag.items[0]?.rule, 'yaml-alias-bomb');
  assert.equal(bag.items[0]?.position?.line, 4);
});

test('__proto__ and constructor keys are refused', () => {
  const { file, bag } = load('__proto__: {polluted: true}\nnested:\n  constructor: 1\n');
  assert.equal(file, undefined);
  assert.deepEqual(bag.items.map((d) => [d.rule, d.position?.line, d.message]), [
    ['yaml-forbidden-key', 1, 'The key "__proto__" is not allowed.'],
    ['yaml-forbidden-key', 3, 'The key "constructor" is not allowed.'],
  ]);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test('positionOf finds values and keys, and falls back to the nearest parent', () => {
  const { file } = load('author:\n  name: Ada\n  links:\n    github: ada\n');
  assert.ok(file);
  assert.deepEqual(positionOf(file, ['author', 'links', 'github']), { line: 4, col: 13 });
  assert.deepEqual(positionOf(file, ['author', 'links', 'github'], 'key'), { line: 4, col: 5 });
  assert.deepEqual(positionOf(file, ['author', 'missing']), { line: 2, col: 3 });
});

test('CRLF files give the same positions as LF files', () => {
  const { bag } = load('title: A\r\ntitle: B\r\n');
  assert.deepEqual(bag.items[0]?.position, { line: 2, col: 1 });
});
