import { test } from 'node:test';
import assert from 'node:assert/strict';
import { slugify } from '../../../src/render/markdown/slugify.js';

// The rule as written for every script; slugify takes a shorter path for ASCII text and must agree with it.
function unicodeSlug(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}\p{M}]+/gu, '-').replace(/^-+|-+$/g, '') || 'section';
}

test('heading ids: lower-case letters and digits of any script joined by hyphens; "section" when none', () => {
  assert.equal(slugify('Hello, World!'), 'hello-world');
  assert.equal(slugify('  --C++ & Rust 2024--  '), 'c-rust-2024');
  assert.equal(slugify('Über Straße'), 'über-straße');
  assert.equal(slugify('研究 方向'), '研究-方向');
  assert.equal(slugify('ﬁle Ⅻ'), 'file-xii'); // NFKC: ligature and Roman numeral
  assert.equal(slugify('?!'), 'section');
  assert.equal(slugify(''), 'section');
});

test('ASCII headings get the same slug as the Unicode rule gives them, character by character', () => {
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    for (const text of [ch, `a${ch}b`, `${ch}Word${ch}${ch}9`]) assert.equal(slugify(text), unicodeSlug(text), JSON.stringify(text));
  }
  for (const text of ['Section 2.1: Results (final)', 'x_y-z', 'TAB\there', 'A\u0000B']) assert.equal(slugify(text), unicodeSlug(text));
});
