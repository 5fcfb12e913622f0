import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { formatDiagnostics } from '../../src/diagnostics/format.js';

test('each problem gets its code frame, and a file with many problems is read once', () => {
  const text = '@misc{a,\n  title = {A},\n  note = {x},\n}\n';
  const reads: string[] = [];
  const at = (line: number, col: number, message: string): Diagnostic => ({ rule: 'r', severity: 'warning', file: 'publications.bib', position: { line, col }, message });
  const out = formatDiagnostics([at(3, 3, 'Third.'), at(2, 3, 'Second.')], { readSource: (file) => { reads.push(file); return text; } });
  assert.deepEqual(reads, ['publications.bib']);
  assert.equal(out, [
    'publications.bib:2:3 warning Second. [r]',
    '  1 | @misc{a,',
    '> 2 |   title = {A},',
    '    |   ^',
    '  3 |   note = {x},',
    '  4 | }',
    '',
    'publications.bib:3:3 warning Third. [r]',
    '  1 | @misc{a,',
    '  2 |   title = {A},',
    '> 3 |   note = {x},',
    '    |   ^',
    '  4 | }',
    '  5 |',
    '',
    '2 warnings',
  ].join('\n'));
});
