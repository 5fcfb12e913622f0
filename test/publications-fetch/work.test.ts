import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText, normalisePages, splitName, titleFingerprint, workTypeOf } from '../../src/publications-fetch/work.js';

test('names: "Given Family" split at the last word, particles kept with the family, "Family, Given" kept', () => {
  assert.deepEqual(splitName('Ada Lovelace'), { family: 'Lovelace', given: 'Ada' });
  assert.deepEqual(splitName('  Grace  M.  Hopper '), { family: 'Hopper', given: 'Grace M.' });
  assert.deepEqual(splitName('Ludwig van Beethoven'), { family: 'van Beethoven', given: 'Ludwig' });
  assert.deepEqual(splitName('Jan van der Berg'), { family: 'van der Berg', given: 'Jan' });
  assert.deepEqual(splitName('Lovelace, Ada'), { family: 'Lovelace', given: 'Ada' });
  assert.deepEqual(splitName('Plato'), { family: 'Plato' });
});

test('text: markup and entities from Crossref removed, whitespace collapsed; pages with --', () => {
  assert.equal(cleanText('A <i>Study</i> of <mml:math><mml:mi>x</mml:mi></mml:math>&amp; &#x3B1;\n  decay'), 'A Study of x& α decay');
  assert.equal(normalisePages('101-118'), '101--118');
  assert.equal(normalisePages('101 – 118'), '101--118');
  assert.equal(normalisePages('e1002'), 'e1002');
  assert.equal(normalisePages('  '), undefined);
});

test('titles compare without case, accents and punctuation; source types map to BibTeX types', () => {
  assert.equal(titleFingerprint('Über: the “Best” Paper!'), titleFingerprint('uber the best paper'));
  assert.notEqual(titleFingerprint('Paper 1'), titleFingerprint('Paper 2'));
  const types = ['journal-article', 'article-journal', 'proceedings-article', 'paper-conference', 'conference-paper', 'book-chapter',
    'book', 'dissertation', 'dissertation-thesis', 'report', 'posted-content', 'Software', 'ConferencePaper', undefined];
  assert.deepEqual(types.map(workTypeOf), ['article', 'article', 'inproceedings', 'inproceedings', 'inproceedings', 'incollection',
    'book', 'phdthesis', 'phdthesis', 'techreport', 'misc', 'misc', 'inproceedings', 'misc']);
});
