import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitAuthors } from '../../src/import/authors.js';

test('comma-separated full names with "and", "&" and an Oxford comma keep their order and marks', () => {
  assert.deepEqual(splitAuthors('Mira Holt*, Ansel Brook*, Tove Lind, and Rui Sato.'), ['Mira Holt*', 'Ansel Brook*', 'Tove Lind', 'Rui Sato']);
  assert.deepEqual(splitAuthors('Mira Holt & Ansel Brook'), ['Mira Holt', 'Ansel Brook']);
  assert.deepEqual(splitAuthors('Tove Lind and M. J. Holt.'), ['Tove Lind', 'M. J. Holt']);
});

test('APA lists "Family, I., Family, I., & Family, I." become given-first names in the same order', () => {
  assert.deepEqual(splitAuthors('Holt, M., Brook, A. K., & Lind, T.'), ['M. Holt', 'A. K. Brook', 'T. Lind']);
  assert.deepEqual(splitAuthors('Holt, M.*, Brook, A.*'), ['M. Holt*', 'A. Brook*']);
});

test('"Family, Given; Family, Given" lists are read by their semicolons', () => {
  assert.deepEqual(splitAuthors('Holt, Mira; Brook, Ansel; and Lind, Tove'), ['Mira Holt', 'Ansel Brook', 'Tove Lind']);
});
