import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeMarkup, typstComment, typstString } from '../../src/cv-pdf/typst-escape.js';

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

test('Typst\'s other line ends (VT, FF, NEL, U+2028, U+2029) never start a new line of the source', () => {
  assert.equal(escapeMarkup('a\v#b\f#c\u0085#d\u2028#e\u2029#f'), 'a \\#b \\#c \\#d \\#e \\#f');
  assert.equal(typstComment('Ada\u2028#read("x")\u0085= H'), '// Ada #read("x") = H');
  assert.equal(typstString('a\u2028b\vc'), '"a\\u{2028}b\\u{b}c"');
});
