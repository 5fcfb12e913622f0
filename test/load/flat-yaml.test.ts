import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { splitFrontMatter } from '../../src/load/front-matter.js';
import { resolveScalar, scanFlatYaml } from '../../src/load/flat-yaml.js';
import { SourceText } from '../../src/load/source-text.js';
import { loadFlatYaml, loadYaml, positionOf, sourceTextOf } from '../../src/load/yaml.js';

const scan = (text: string) => scanFlatYaml(text)?.value;
const one = (value: string) => scanFlatYaml(`k: ${value}\n`)?.value?.k;

test('typical front matter is read without the yaml package', () => {
  const text = '#--\ntitle: "Some title: with colon"\ndate: 2024-03-05\ntags: [a, b]\ndraft: false\n';
  assert.deepStrictEqual(scan(text), { title: 'Some title: with colon', date: '2024-03-05', tags: ['a', 'b'], draft: false });
});

test('scalars resolve as the YAML 1.2 core schema says', () => {
  const cases: [string, unknown][] = [
    ['~', null], ['null', null], ['Null', null], ['NULL', null], ['nULL', 'nULL'],
    ['true', true], ['True', true], ['TRUE', true], ['false', false], ['False', false], ['FALSE', false], ['tRUE', 'tRUE'], ['yes', 'yes'], ['no', 'no'],
    ['0', 0], ['-12', -12], ['+7', 7], ['007', 7], ['0o17', 15], ['0o8', '0o8'], ['0x1F', 31], ['0X1F', '0X1F'], ['1_000', '1_000'],
    ['1.5', 1.5], ['5.', 5], ['.5', 0.5], ['+.5', 0.5], ['-.5', -0.5], ['1e3', 1000], ['1.5E-2', 0.015], ['.inf', Infinity], ['-.Inf', -Infinity],
    ['+.INF', Infinity], ['.iNf', '.iNf'], ['2024-01-01', '2024-01-01'], ['12:30', '12:30'], ['https://a.example/#x', 'https://a.example/#x'],
  ];
  for (const [raw, want] of cases) assert.deepStrictEqual(one(raw), want, raw);
  assert.ok(Number.isNaN(one('.NaN')));
  assert.ok(Number.isNaN(resolveScalar('.nan')));
  assert.equal(one('.Nan'), '.Nan');
});

test('empty values, quotes, comments and trailing spaces', () => {
  assert.deepStrictEqual(scan('a:\nb:   \nc: # note\n'), { a: null, b: null, c: null });
  assert.equal(one('"1e3"'), '1e3');
  assert.equal(one("'it''s'"), "it's");
  assert.equal(one("''"), '');
  assert.equal(one('"a" # c'), 'a');
  assert.equal(one('a #b'), 'a');
  assert.equal(one('a#b'), 'a#b');
  assert.equal(one("it's fine, really"), "it's fine, really");
  assert.equal(one('x   '), 'x');
  assert.equal(one('\u00e9t\u00e9 \u{1F525}'), '\u00e9t\u00e9 \u{1F525}');
  assert.equal(one('x\u00a0'), 'x\u00a0', 'only spaces are trimmed');
  assert.deepStrictEqual(scan('a: 1\r\nb: x\r\n'), { a: 1, b: 'x' });
  assert.equal(scan('# only a comment\n\n   \n'), null);
  assert.deepStrictEqual(scan('True: 1\n'), { true: 1 });
});

test('simple flow lists of plain words', () => {
  assert.deepStrictEqual(one('[]'), []);
  assert.deepStrictEqual(one('[ a ,b c,  1, -2, .5, null, true ] # c'), ['a', 'b c', 1, -2, 0.5, null, true]);
});

test('anything not flat falls back to the full parser', () => {
  const texts = [
    'a:\n  b: 1\n', ' a: 1\n', '- a\n', 'a: |\n  x\n', 'a: >\n  x\n', 'a: &x 1\n', 'a: *x\n', 'a: !t x\n', '%YAML 1.2\n---\na: 1\n',
    '? a\n: b\n', 'a: @x\n', 'a: `x`\n', 'a: {b: 1}\n', 'a: x\n  more\n', 'a: x\nmore\n', 'a:\tx\n', '\ta: x\n', 'a: x\t\n', 'a: 1\na: 2\n',
    'True: 1\ntrue: 2\n', '__proto__: x\n', 'constructor: x\n', 'prototype: x\n', 'null: x\n', '~: x\n', 'a: 1\n---\nb: 2\n', 'a: 1\n...\n',
    'a: b: c\n', 'a: b:\n', 'a: - x\n', 'a: -\n', 'a: ,x\n', 'a: ?x\n', 'a: :x\n', 'a: |x\n', 'a: >x\n', 'a: %x\n', 'a: &\n',
    'a: "x\\ny"\n', 'a: "x\n', "a: 'x\n", 'a: "x" y\n', 'a: "x"#c\n', "a: 'x'y\n", 'a: [b, c\n', 'a: [b,]\n', 'a: [b,,c]\n', 'a: [b] c\n',
    'a: [b: c]\n', 'a: [[b]]\n', 'a: ["b"]\n', 'a: [b#c]\n', 'a: x[i]\n', 'a: x}\n', 'a : 1\n', 'a:1\n', '"a": 1\n', 'a.b: 1\n', '1: x\n',
    'a: x\ry\n', 'a: x\u0000\n', 'a: \uFEFFx\n', 'a: x\u2028y\n', 'a: \uD800\n', 'k'.repeat(1030) + ': 1\n', 'just text\n',
  ];
  for (const text of texts) assert.equal(scanFlatYaml(text), undefined, JSON.stringify(text));
});

test('too deep brackets inside quotes fall back, as the full loader refuses them before parsing', () => {
  const text = `a: 'it''s ${'['.repeat(101)}'\n`;
  assert.equal(scanFlatYaml(text), undefined);
  const bag = new DiagnosticBag();
  assert.equal(loadYaml(new SourceText('x.yml', text), bag), undefined);
  assert.equal(bag.items[0]?.rule, 'yaml-too-deep');
});

test('loadFlatYaml parses the document only when a position is asked for, and it is the full parser\'s', () => {
  const text = 'title: Hi\ndate: 2024-01-01\nurl: "1.10"\n';
  const bag = new DiagnosticBag();
  const fast = loadFlatYaml(new SourceText('x.md', text), bag)!;
  assert.equal(typeof Object.getOwnPropertyDescriptor(fast, 'doc')?.get, 'function', 'doc is a getter');
  const full = loadYaml(new SourceText('x.md', text), bag)!;
  assert.equal(bag.items.length, 0);
  assert.deepStrictEqual(fast.value, full.value);
  for (const key of ['title', 'date', 'url', 'missing']) {
    assert.deepEqual(positionOf(fast, [key]), positionOf(full, [key]));
    assert.deepEqual(positionOf(fast, [key], 'key'), positionOf(full, [key], 'key'));
  }
  assert.equal(sourceTextOf(fast, ['url']), '"1.10"');
  assert.equal(fast.doc, fast.doc, 'parsed once');
});

test('front matter that is not flat still goes through the full loader with its diagnostics', () => {
  const bag = new DiagnosticBag();
  const md = splitFrontMatter(new SourceText('posts/x.md', '---\ntitle: A\ntitle: B\n---\nbody\n'), bag);
  assert.equal(md.frontMatter, undefined);
  assert.equal(bag.items[0]?.rule, 'yaml-duplicate-key');
  assert.deepEqual(bag.items[0]?.position, { line: 3, col: 1 });
});
