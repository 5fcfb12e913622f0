import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import fc from 'fast-check';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { loadBibtex } from '../../src/load/bibtex.js';
import { SourceText } from '../../src/load/source-text.js';
import { assertPositioned, FUZZ, tokenSoup } from './fuzz-helpers.js';
import { loadBibtexParser } from '../../src/lazy-modules.js';

// build() imports the BibTeX parser when a site needs it; these tests call the steps directly.
before(loadBibtexParser);

const TOKENS = [
  '@article{', '@inproceedings{', '@string{', '@comment{', '@preamble{', '@misc(', '@', 'key', 'a2024', ',', '\n', ' = ', '=', '{', '}', '(', ')',
  '"', ' # ', '#', 'title', 'author', 'booktitle', 'crossref', 'author+an', 'url', 'month', 'jan', 'cvpr', '2024', ' and ', 'others', 'Lovelace, Ada',
  '\\\'e', '\\"{o}', '\\emph{', '\\textbf', '\\&', '\\', '$x^2$', '$', '~', '--', '%', '{\\relax}', '1=equal', ';', 'javascript:x', '<script>',
];

const VALUE_TOKENS = ['{', '}', '"', ' # ', 'cvpr', 'Text', ' ', '\\\'e', '\\"{o}', '\\emph{x}', '\\url{', '$x^2$', '$', '\\', '~', ' and ', 'others', 'Lovelace, Ada',
  'Ada Lovelace', '{IEEE}', '\\&', '%', '\n', '1=equal', ';', '<script>', 'https://a.example/x_\\_y', '\u00e9'];
const FIELDS = ['title', 'author', 'editor', 'booktitle', 'journal', 'year', 'month', 'crossref', 'author+an', 'url', 'doi', 'pages', 'abstract', 'selected', 'pdf'];
const value = fc.oneof(
  tokenSoup(VALUE_TOKENS, 12).map((v) => `{${v}}`),
  tokenSoup(VALUE_TOKENS, 8).map((v) => `"${v}"`),
  fc.constantFrom('2024', 'jan', 'cvpr', 'cvpr # { 2024}', 'undefinedmacro', '{a2024}', '{b}'),
);
const field = fc.tuple(fc.constantFrom(...FIELDS), value).map(([name, v]) => `  ${name} = ${v}`);
const entry = fc.tuple(fc.constantFrom('article', 'inproceedings', 'proceedings', 'string', 'misc', 'comment'), fc.constantFrom('a2024', 'b2024', 'A2024', 'b', ''),
  fc.array(field, { maxLength: 6 }), fc.constantFrom('}', ')', '', ',\n}'))
  .map(([type, key, fields, close]) => type === 'string' ? `@string{cvpr = ${fields[0]?.split(' = ')[1] ?? '{CVPR}'}}` : `@${type}{${key},\n${fields.join(',\n')}\n${close}`);
const bibFile = fc.oneof(fc.array(entry, { maxLength: 4 }).map((entries) => entries.join('\n\n')), tokenSoup(TOKENS, 60));

test('BibTeX loader: 10,000 random files, no exception, every problem positioned', () => {
  fc.assert(fc.property(bibFile, (text) => {
    const bag = new DiagnosticBag();
    const records = loadBibtex(new SourceText('publications.bib', text), bag);
    const lineCount = text.split(/\r\n|\r|\n/).length;
    for (const r of records) assert.ok(typeof r.key === 'string' && r.source.line >= 1 && r.source.line <= lineCount, `record ${r.key} at line ${r.source.line}`);
    assertPositioned(bag.items, 'publications.bib', text);
  }), FUZZ);
});
