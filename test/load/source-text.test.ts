import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SourceText } from '../../src/load/source-text.js';

test('lineOf gives the line position() gives, at every offset, with LF, CRLF and lone CR line ends', () => {
  const text = '---\r\ntitle: A\rdate: 2025-01-02\n---\r\n\r\nBody\n\rlast';
  for (let offset = 0; offset <= text.length; offset++) {
    const line = new SourceText('x.md', text).lineOf(offset); // counted, before any index of lines exists
    assert.equal(line, new SourceText('x.md', text).position(offset).line, `offset ${offset}`);
  }
  const indexed = new SourceText('x.md', text);
  indexed.position(0);
  assert.equal(indexed.lineOf(text.indexOf('Body')), 6);
  assert.equal(new SourceText('x.md', text).lineOf(text.indexOf('Body')), 6);
  assert.equal(new SourceText('x.md', text).lineOf(text.indexOf('last')), 8);
});
