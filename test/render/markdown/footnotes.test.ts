import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { createMarkdown } from '../../../src/render/markdown/create-markdown.js';
import { footnoteListPlugin } from '../../../src/render/markdown/footnote-list.js';

// Footnotes are rendered by Vita's own list-building step (linear in the number of notes); the HTML must stay
// byte for byte what markdown-it-footnote 4.0.0 printed for the same page, captured in cases.html.
// Regenerate only after an intended change: UPDATE_GOLDEN=1 node scripts/test.mjs test/render/markdown/footnotes
const here = (name: string) => fileURLToPath(new URL(`./footnotes/${name}`, import.meta.url));

test('footnotes render exactly as the golden HTML', () => {
  const html = createMarkdown().render(readFileSync(here('cases.md'), 'utf8'), {});
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(here('cases.html'), html);
  assert.equal(html, readFileSync(here('cases.html'), 'utf8'));
});

const PIECES = [
  '\n', '\n\n', '    ', '> ', '- ', 'text ', '*em* ', '[^a]', '[^b]', '[^c d]', '[^a]: ', '[^b]: ', '[^c]: ', '^[inline *note*]',
  '^[', ']', '[', '```\n', '| x | y |\n|---|---|\n', '# ',
];

test('on 2,000 random pages of notes, the linear note list equals markdown-it-footnote\'s own', () => {
  const stock = new MarkdownIt().use(footnote);
  const vita = new MarkdownIt().use(footnote).use(footnoteListPlugin);
  fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
    const page = pieces.join('');
    assert.equal(vita.render(page, {}), stock.render(page, {}));
  }), { numRuns: 2000, seed: 19 });
});
