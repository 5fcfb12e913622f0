import assert from 'node:assert/strict';
import { test } from 'node:test';
import { excerptOf, readingMinutes } from '../../src/model/posts-text.js';
import { postsToday } from '../../src/model/posts.js';

test('excerpts: the text before <!--more-->, else the first paragraph of prose, as plain text', () => {
  assert.equal(excerptOf('# Title\n\n```js\nx\n\ny\n```\n\n::news\n\nThe *first* [real](https://x.example) paragraph.\n\nSecond.'), 'The first real paragraph.');
  assert.equal(excerptOf('One.\n\nTwo <b>bold</b>.\n<!-- more -->\nThree.'), 'One. Two bold.');
  assert.equal(excerptOf('Growth $N(t) = \\frac{K}{1 + e^{-r t}}$ costs $5 or $6.'), 'Growth N(t) = K/(1 + e^-r t) costs $5 or $6.');
  const long = excerptOf('word '.repeat(100));
  assert.equal(long.length, 280);
  assert.ok(long.endsWith('word…'));
});

test('reading time: words at 220 a minute, CJK characters at 400, rounded up, at least one minute', () => {
  assert.equal(readingMinutes(''), 1);
  assert.equal(readingMinutes('word '.repeat(220)), 1);
  assert.equal(readingMinutes('word '.repeat(221)), 2);
  assert.equal(readingMinutes('字'.repeat(1200)), 3);
});

test('reading time counts the same words in ASCII-only text as in text with other characters', () => {
  // 4 words each: "it's", "well-known", "x-ray", "2024"; punctuation and dashes are not words.
  const ascii = "it's (well-known) x-ray, 2024. ";
  const unicode = "it's (well-known) x-ray — 2024. ";
  assert.equal(readingMinutes(ascii.repeat(55)), 1);
  assert.equal(readingMinutes(unicode.repeat(55)), 1);
  assert.equal(readingMinutes(ascii.repeat(56)), 2);
  assert.equal(readingMinutes(unicode.repeat(56)), 2);
  assert.equal(readingMinutes('café '.repeat(221)), 2);
  // Quotes and hyphens continue a word but never start one: 'quoted' -dash x--y 9-5 is 4 words.
  assert.equal(readingMinutes("'quoted' -dash x--y 9-5 ".repeat(55)), 1);
  assert.equal(readingMinutes("'quoted' -dash x--y 9-5 ".repeat(56)), 2);
  assert.equal(readingMinutes("'quoted' -dash x--y 9-5 é ".repeat(56)), 2);
});

test('today for future posts: an explicit day, else SOURCE_DATE_EPOCH, else the clock, in UTC', () => {
  assert.equal(postsToday('2030-01-02', { SOURCE_DATE_EPOCH: '0' }, () => 0), '2030-01-02');
  assert.equal(postsToday(undefined, { SOURCE_DATE_EPOCH: '1735689599' }, () => 0), '2024-12-31');
  assert.equal(postsToday(undefined, {}, () => Date.UTC(2026, 0, 5, 23, 59)), '2026-01-05');
});

test('excerpts collapse every run of white space (tabs, line breaks, no-break spaces) to one space', () => {
  assert.equal(excerptOf('One  two\tthree\nfour \u00a0five\u3000six \n\t seven.'), 'One two three four five six seven.');
  assert.equal(excerptOf('A single space stays: a b c.'), 'A single space stays: a b c.');
  assert.equal(excerptOf('Tab\tonly,\u2028line separator.'), 'Tab only, line separator.');
});
