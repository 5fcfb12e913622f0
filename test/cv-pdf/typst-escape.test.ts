import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeMarkup, typstString } from '../../src/cv-pdf/typst-escape.js';

test('every character Typst markup gives a meaning to is escaped with a backslash', () => {
  assert.equal(escapeMarkup('#x $m$ *b* _e_ `r` <l> @ref [c] ~ a\\b'), '\\#x \\$m\\$ \\*b\\* \\_e\\_ \\`r\\` \\<l\\> \\@ref \\[c\\] \\~ a\\\\b');
  assert.equal(escapeMarkup('// c /* d */'), '\\/\\/ c \\/\\* d \\*\\/');
  assert.equal(escapeMarkup('- a + b = c 1. d / e: f -- g ... h'), '\\- a \\+ b \\= c 1\\. d \\/ e\\: f \\-\\- g \\.\\.\\. h');
  assert.equal(escapeMarkup(`O'Brien "q"`), `O\\'Brien \\"q\\"`);
});

test('letters, digits, other punctuation and non-ASCII text pass through; line breaks become spaces', () => {
  assert.equal(escapeMarkup('Zeqing Wang 王泽卿 (2025), 100% & more!?'), 'Zeqing Wang 王泽卿 (2025), 100% & more!?');
  assert.equal(escapeMarkup('two\nlines\r\n  here'), 'two lines here');
  assert.equal(escapeMarkup('no\u00a0break'), 'no\u00a0break');
});

test('a string literal escapes backslashes, quotes and line breaks', () => {
  assert.equal(typstString('a "b" \\c\nd\te'), '"a \\"b\\" \\\\c\\nd\\te"');
  assert.equal(typstString('https://x.org/?q=#[a]'), '"https://x.org/?q=#[a]"');
});
