import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { checkNameLengths } from '../../src/model/url-name-length.js';

const claim = (url: string) => ({ url, what: 'page', source: { file: 'pages/x.md', line: 2, col: 12 } });

test('a URL segment over 200 bytes of UTF-8 is reported, counted in bytes, not characters', () => {
  const bag = new DiagnosticBag();
  // 66 and 67 three-byte characters: 198 bytes pass, 201 bytes do not; 200 ASCII letters pass, 201 do not.
  checkNameLengths(['/研'.padEnd(67, '究') + '/', '/a/' + '研'.repeat(67) + '/', '/' + 'a'.repeat(200) + '/', '/' + 'b'.repeat(201)].map(claim), bag);
  assert.deepEqual(bag.items.map((d) => d.message), [
    'The page URL has a part of 201 bytes (研研研研研研研研研研研研研研研研研研研研研研研研…); file systems allow 255 bytes per name.',
    'The page URL has a part of 201 bytes (bbbbbbbbbbbbbbbbbbbbbbbb…); file systems allow 255 bytes per name.',
  ]);
});
