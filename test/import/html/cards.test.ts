import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runBlocks } from './helpers.js';

test('a plain list with bold titles, owner in <u>, APA authors and an <em> venue becomes publications', () => {
  const body = `<ul>
  <li><strong>Reed Beds as Microphones</strong><br>Varga, I., Ruiz, A., &amp; <u>Wierzba, T.</u> <em>Ecoacoustics Letters 2024</em> <a href="https://doi.example.org/el.9">PDF</a></li>
  <li><b>Night Choruses</b><br>Tomasz Wierzba and Alma Ruiz. <em>arXiv preprint</em></li>
</ul>
`;
  const r = runBlocks(body);
  assert.equal(r.text, '::publications\n\n');
  assert.deepEqual(r.data.publications, [
    { key: 'varga2024reed', title: 'Reed Beds as Microphones', authors: ['I. Varga', 'A. Ruiz', 'T. Wierzba'], type: 'article', status: 'published', venue: 'Ecoacoustics Letters', year: 2024,
      links: [{ label: 'PDF', url: 'https://doi.example.org/el.9' }] },
    { key: 'wierzbanight', title: 'Night Choruses', authors: ['Tomasz Wierzba', 'Alma Ruiz'], type: 'preprint', status: 'preprint' },
  ]);
  assert.deepEqual(r.data.owners, ['Wierzba, T.']);
  assert.deepEqual(r.lines, ['p.md:1: publication list (2 entries) → data/publications.yml, `::publications`']);
});

test('near miss: a card list whose item has no authors stays HTML, with the reason', () => {
  const body = '<ul class="paper-list">\n<li><p class="paper-title">One</p><p class="paper-authors">Ann Lee</p></li>\n<li><p class="paper-title">Two</p></li>\n</ul>\n';
  const r = runBlocks(body);
  assert.equal(r.text, body);
  assert.deepEqual(r.lines, ['p.md:1: publication cards kept as HTML: item 2 ("Two") has no authors after the title']);
});

test('a list of bold names without venues is not taken for papers', () => {
  const body = '<ul>\n<li><b>Reading group</b> every Friday</li>\n<li><b>Office hours</b> on Tuesdays</li>\n</ul>\n';
  assert.deepEqual(runBlocks(body), { text: body, data: { news: [], experience: [], education: [], publications: [], honors: [], owners: [] }, lines: [] });
});
