import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse as parseWithRetorquere } from '@retorquere/bibtex-parser';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { loadBibtexParser } from '../../src/lazy-modules.js';
import { loadBibtex } from '../../src/load/bibtex.js';
import { SourceText } from '../../src/load/source-text.js';
import { bibtexEntry, citationKey } from '../../src/publications-fetch/bibtex-entry.js';
import type { Work } from '../../src/publications-fetch/work.js';

const work = (over: Partial<Work>): Work => ({ type: 'article', title: 'A Title', authors: [{ family: 'Hopper', given: 'Grace' }], year: 2020, from: 'test', ...over });

test('keys: family + year + first word that is not a stop word, ASCII only; b, c … when taken', () => {
  assert.equal(citationKey(work({ title: 'The Art of Computer Programming' }), new Set()), 'hopper2020art');
  assert.equal(citationKey(work({ authors: [{ family: 'Gödel-Escher', given: 'K.' }], title: 'On Ünïcode' }), new Set()), 'escher2020unicode');
  assert.equal(citationKey(work({ authors: [{ literal: 'The Imaginary Consortium' }], year: undefined, title: '' }), new Set()), 'consortiumnd');
  assert.equal(citationKey(work({ authors: [], title: '42 Answers' }), new Set()), 'anon202042');
  const taken = new Set(['hopper2020title', 'hopper2020titleb']);
  assert.equal(citationKey(work({}), taken), 'hopper2020titlec');
});

// Text that is hard to write as BibTeX: every special character of LaTeX, braces that do not pair, Unicode, math.
const HARD_TITLES = [
  '50% of {Cats} & #1 Dogs_v2 cost $5 ~ ^ \\ more',
  'Unbalanced } brace and { another',
  'Learning $\\alpha_{n}$ Sorts in $k$ Steps',
  'Ünïcödé, 中文标题 and — dashes',
];

test('hard titles survive the round trip through Vita\'s loader and @retorquere/bibtex-parser', async () => {
  await loadBibtexParser();
  const text = HARD_TITLES.map((title, i) => bibtexEntry(work({ title, venue: 'Proc. R&D {Lab}', pages: '1--2' }), `k${i}`)).join('\n');
  const bag = new DiagnosticBag();
  const records = loadBibtex(new SourceText('publications.bib', text), bag);
  assert.deepEqual(bag.items, []);
  // Vita's loader drops braces and backslashes left after LaTeX conversion (src/load/bibtex/convert.ts `clean`),
  // escaped or not; every other character comes back as it was.
  assert.deepEqual(records.map((r) => r.fields.title), [
    '50% of Cats & #1 Dogs_v2 cost $5 ~ ^ more',
    'Unbalanced brace and another',
    'Learning $\\alpha_{n}$ Sorts in $k$ Steps',
    'Ünïcödé, 中文标题 and — dashes',
  ]);
  assert.deepEqual(records.map((r) => r.fields.journal), Array(4).fill('Proc. R&D Lab'));
  const other = parseWithRetorquere(text, { sentenceCase: false });
  assert.deepEqual(other.errors, []);
  assert.deepEqual(other.entries.map((e) => e.fields.title), [
    '50% of {Cats} & #1 Dogs_v2 cost $5 ~ ^ \\ more',
    'Unbalanced } brace and { another',
    'Learning αₙ Sorts in k Steps',
    'Ünïcödé, 中文标题 and — dashes',
  ]);
});

test('authors: organisations braced, family names with "and" or a comma protected, particles kept', () => {
  const entry = bibtexEntry(work({ authors: [{ literal: 'R & D Team' }, { family: 'Marx and Engels' }, { family: 'van der Berg', given: 'Jan' }] }), 'k');
  assert.match(entry, /^ {2}author = \{\{R \\& D Team\} and \{Marx and Engels\} and van der Berg, Jan\},$/m);
});
