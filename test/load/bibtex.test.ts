import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DiagnosticBag, location } from '../../src/diagnostics/diagnostic.js';
import { loadBibtex } from '../../src/load/bibtex.js';
import { SourceText } from '../../src/load/source-text.js';
import { loadBibtexParser } from '../../src/lazy-modules.js';

// build() imports the BibTeX parser when a site needs it; these tests call the steps directly.
before(loadBibtexParser);

const fixture = readFileSync(new URL('../fixtures/publications/site/publications.bib', import.meta.url), 'utf8');

function load(text: string) {
  const bag = new DiagnosticBag();
  const records = loadBibtex(new SourceText('publications.bib', text), bag);
  const messages = bag.sorted().map((d) => `${location(d)} ${d.severity} ${d.message}`);
  return { records, messages, byKey: new Map(records.map((r) => [r.key, r])) };
}

test('real-world entries load without diagnostics, each with the line of its @', () => {
  const { records, messages } = load(fixture);
  assert.deepEqual(messages, []);
  assert.deepEqual(records.map((r) => `${r.key}:${r.source.line}`), [
    'wang2025humancalibrator:5', 'wang2025topdown:19', 'vaswani2017attention:30', 'hochreiter1997lstm:42',
    'erdos1960evolution:55', 'ajtai1983sorting:64', 'stoc1983:71', 'dvorak2016coloring:78',
  ]);
});

test('accents and special letters become Unicode: ü Ł ő ř ě á é ó', () => {
  const { byKey } = load(fixture);
  const names = (key: string) => byKey.get(key)!.authors.map((a) => `${a.given} ${a.family}`);
  assert.deepEqual(names('hochreiter1997lstm'), ['Sepp Hochreiter', 'Jürgen Schmidhuber']);
  assert.deepEqual(names('erdos1960evolution'), ['Pál Erdős', 'Alfréd Rényi']);
  assert.deepEqual(names('dvorak2016coloring'), ['Zdeněk Dvořák', "Daniel Král'", 'Robin Thomas']);
  assert.equal(names('vaswani2017attention')[6], 'Łukasz Kaiser');
  assert.deepEqual(names('ajtai1983sorting'), ['Miklós Ajtai', 'János Komlós', 'Endre Szemerédi']);
});

test('@string macros, # concatenation, month macros and -- work', () => {
  const { byKey } = load(fixture);
  const v = byKey.get('vaswani2017attention')!.fields;
  assert.equal(v.booktitle, 'Advances in Neural Information Processing Systems 30');
  assert.equal(v.month, 'December');
  assert.equal(v.pages, '5998–6008');
  assert.equal(byKey.get('wang2025topdown')!.fields.journal, 'IEEE Transactions on Multimedia');
});

test('protected case is kept and braces leave no trace', () => {
  const { byKey } = load(fixture);
  assert.equal(byKey.get('dvorak2016coloring')!.fields.title,
    'Three-coloring triangle-free graphs on surfaces I. Extending a coloring to a disk with at most four precolored vertices');
  assert.equal(byKey.get('wang2025humancalibrator')!.fields.title,
    'Is this Generated Person Existed in Real-world? Fine-grained Detecting and Calibrating Abnormal Human-body');
});

test('math in titles stays as $…$ for KaTeX', () => {
  const { byKey } = load(fixture);
  assert.equal(byKey.get('ajtai1983sorting')!.fields.title, 'An $O(n \\log n)$ Sorting Network');
});

test('crossref fills missing fields; the proceedings title becomes the booktitle', () => {
  const { byKey } = load(fixture);
  const a = byKey.get('ajtai1983sorting')!;
  assert.equal(a.fields.booktitle, 'Proceedings of the Fifteenth Annual ACM Symposium on Theory of Computing');
  assert.equal(a.fields.year, '1983');
  assert.equal(a.fields.publisher, 'ACM');
  assert.equal(a.crossrefTarget, false);
  assert.equal(byKey.get('stoc1983')!.crossrefTarget, true);
});

test('the citation text expands @strings, drops site-only fields and adds eprint for arxiv', () => {
  const { byKey } = load(fixture);
  assert.equal(byKey.get('wang2025topdown')!.bibtex, `@article{wang2025topdown,
  title = {Towards Top-Down Reasoning: An Explainable Multi-Agent Approach for Visual Question Answering},
  author = {Wang, Zeqing and Wan, Wentao and Lao, Qiqing and Chen, Runmeng and Lang, Minjie and Wang, Keze and Lin, Liang},
  journal = {IEEE Transactions on Multimedia},
  year = 2025,
  eprint = {arXiv:2311.17331},
  archiveprefix = {arXiv}
}`);
});

test('an unclosed brace is reported at its line and the following entries still load', () => {
  const { records, messages } = load(`@misc{a,
  title = {Broken {title},
  year = 2020,
}

@misc{b, title = {Fine}}
`);
  assert.deepEqual(messages, ['publications.bib:2:11 error Unbalanced braces: the "{" that opens field "title" of entry "a" is never closed.']);
  assert.deepEqual(records.map((r) => r.key), ['b']);
});

test('an entry missing its closing brace and an extra closing brace are both reported', () => {
  const { records, messages } = load(`@misc{a, title = {One}, year = 2020

@misc{b, title = {Two}}}
@misc{c, title = {Three}}
`);
  assert.deepEqual(messages, [
    'publications.bib:1:1 error Unbalanced braces: entry "a" is never closed.',
    'publications.bib:3:24 error Unbalanced braces: this "}" has no matching "{" (entry "b" ended before it).',
  ]);
  assert.deepEqual(records.map((r) => r.key), ['b', 'c']);
});

test('an undefined @string is an error at its use; a repeated field is a warning', () => {
  const { messages, byKey } = load(`@string{cvpr = {CVPR}}
@inproceedings{x,
  booktitle = iccv,
  title = {First},
  title = {Second},
}
`);
  assert.deepEqual(messages, [
    'publications.bib:3:15 error Undefined @string "iccv".',
    'publications.bib:5:3 warning Field "title" appears twice in entry "x"; the first one is used.',
  ]);
  assert.equal(byKey.get('x')!.fields.title, 'First');
});

test('unknown LaTeX commands are dropped with a warning, never printed as a backslash', () => {
  const { messages, byKey } = load('@misc{x, title = {A \\foo{bar} baz}}\n');
  assert.deepEqual(messages, ['publications.bib:1:10 warning Unknown LaTeX command \\foo in field "title" of entry "x" was left out.']);
  assert.equal(byKey.get('x')!.fields.title, 'A bar baz');
});

test('"<" and ">" stay themselves (the parser would print ¡ and ¿)', () => {
  const { byKey } = load('@misc{x, title = {$a<b$ and x > y}, abstract = {If \\emph{a} < b then c > d.}}\n');
  assert.equal(byKey.get('x')!.fields.title, '$a<b$ and x > y');
  assert.equal(byKey.get('x')!.fields.abstract, 'If a < b then c > d.');
});

test('names: von particles, Jr., organisations in braces, and others', () => {
  const { byKey } = load('@misc{x, author = {van der Berg, Jan and Smith, Jr., John and {Google DeepMind} and Ludwig van Beethoven and others}}\n');
  const r = byKey.get('x')!;
  assert.deepEqual(r.authors, [
    { given: 'Jan', family: 'van der Berg' },
    { given: 'John', family: 'Smith', suffix: 'Jr.' },
    { literal: 'Google DeepMind' },
    { given: 'Ludwig', family: 'van Beethoven' },
  ]);
  assert.equal(r.authorsOthers, true);
});

test('braces in % comment lines between entries are not errors', () => {
  const { messages, records } = load('@misc{a, title = {A}}\n% the old title was {B}}\n@misc{b, title = {B}}\n');
  assert.deepEqual(messages, []);
  assert.deepEqual(records.map((r) => r.key), ['a', 'b']);
});
