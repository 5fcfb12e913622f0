import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inlineMarkdownToTypst } from '../../src/cv-pdf/inline-markdown.js';

const href = (url: string) => (url.startsWith('https:') ? url : undefined);

test('emphasis, strong, code and links become Typst calls, each ended with a semicolon', () => {
  assert.deepEqual(inlineMarkdownToTypst('Reviewer for *Ecology* and **Nature**', href),
    { markup: 'Reviewer for #emph[Ecology]; and #strong[Nature];', printed: 'Reviewer for Ecology and Nature' });
  assert.deepEqual(inlineMarkdownToTypst('see `x_1` at [the lab](https://lab.example/a_b)(x)', href),
    { markup: 'see #raw("x_1"); at #link("https://lab.example/a_b")[the lab];(x)', printed: 'see x_1 at the lab(x)' });
});

test('a link Vita cannot use keeps its text only; text in Markdown is escaped', () => {
  assert.equal(inlineMarkdownToTypst('[home](/about/) #1 @me $5', href).markup, '#[home]; \\#1 \\@me \\$5');
  assert.equal(inlineMarkdownToTypst('<b>raw</b> [x]', href).markup, '\\<b\\>raw\\<\\/b\\> \\[x\\]');
});
