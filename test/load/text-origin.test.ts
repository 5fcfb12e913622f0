import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { SourceText } from '../../src/load/source-text.js';
import { linesFrom, positionInFile, scalarOrigin } from '../../src/load/text-origin.js';
import { loadYaml } from '../../src/load/yaml.js';

// The file position of the first occurrence of `needle` in the value of `key`, found through its origin.
function whereIs(yaml: string, key: string, needle: string): string {
  const file = loadYaml(new SourceText('data.yml', yaml), new DiagnosticBag())!;
  const value = (file.value as Record<string, string>)[key]!;
  const lines = value.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, `${needle} is in the value`);
  const at = positionInFile(scalarOrigin(file, [key])!, line, lines[line]!.indexOf(needle) + 1);
  return `${at.line}:${at.col}`;
}

test('a literal block: each line is the line below the | with the indentation added', () => {
  const yaml = 'title: x\nbody: |\n  first\n\n  second [a](/a/)\n    indented more\n';
  assert.equal(whereIs(yaml, 'body', 'first'), '3:3');
  assert.equal(whereIs(yaml, 'body', '/a/'), '5:14');
  assert.equal(whereIs(yaml, 'body', 'indented'), '6:5');
});

test('a folded block: text after a folded line break is on the next line of the file', () => {
  const yaml = 'body: >-\n   one\n   two [b](/b/)\n\n   three\n';
  assert.equal(whereIs(yaml, 'body', '/b/'), '3:12');
  assert.equal(whereIs(yaml, 'body', 'three'), '5:4');
});

test('plain and quoted scalars that run over several lines', () => {
  assert.equal(whereIs('body: plain text\n  goes on [c](/c/)\n', 'body', '/c/'), '2:15');
  assert.equal(whereIs('body: "quoted\n      goes on /d/"\n', 'body', '/d/'), '2:15');
  assert.equal(whereIs("body: 'it''s\n  here /e/'\n", 'body', '/e/'), '2:8');
});

test('CRLF line ends count as one line break', () => {
  assert.equal(whereIs('body: |\r\n  one\r\n  two /f/\r\n', 'body', '/f/'), '3:7');
});

test('escape sequences in double quotes count at their written length', () => {
  assert.equal(whereIs('body: "caf\\u00e9 /g/"\n', 'body', '/g/'), '1:18');
  assert.equal(whereIs('body: "caf\\u00e9\\nnext /h/"\n', 'body', '/h/'), '1:24');
  assert.equal(whereIs('body: "say \\"hi\\" \\\n    /i/"\n', 'body', '/i/'), '2:5');
});

test("a Markdown file's body: line by line from the body's first line", () => {
  assert.deepEqual(positionInFile(linesFrom(7), 0, 4), { line: 7, col: 4 });
  assert.deepEqual(positionInFile(linesFrom(7), 3, 2), { line: 10, col: 2 });
});

test('a value that is not text has no origin', () => {
  const file = loadYaml(new SourceText('data.yml', 'n: 3\n'), new DiagnosticBag())!;
  assert.equal(scalarOrigin(file, ['n']), undefined);
  assert.equal(scalarOrigin(file, ['missing']), undefined);
});
