import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bodyLines } from '../../../src/render/markdown/markdown-env.js';

test('body lines: LF, CRLF and lone CR all end a line, as the regex split did', () => {
  for (const body of ['', 'one', 'a\nb\n', '\n\nx', 'a\r\nb\rc\nd', 'a\r\n\r\n', 'tab\tand\u2028separator\nnext']) {
    assert.deepEqual(bodyLines(body), body.split(/\r\n|\r|\n/), JSON.stringify(body));
  }
  assert.deepEqual(bodyLines('a\r\nb'), ['a', 'b']);
});
