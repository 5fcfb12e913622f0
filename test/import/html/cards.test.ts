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

test('lists under Markdown headings ("## Selected", "## Preprints") become sections of one ::publications', () => {
  const body = `Intro.

## Selected Papers

<ul>
  <li><strong>Reed Beds as Microphones</strong><br>Varga, I., &amp; <u>Wierzba, T.</u> <em>Ecoacoustics Letters 2024</em></li>
</ul>

## Preprints

<ul>
  <li><b>Night Choruses</b><br>Tomasz Wierzba and Alma Ruiz. <em>arXiv preprint</em></li>
</ul>

Thanks.
`;
  const r = runBlocks(body);
  // Runs of blank lines are folded later by convertBody.
  assert.equal(r.text, 'Intro.\n\n\n::publications\n\n\n\n\n\nThanks.\n');
  assert.deepEqual(r.data.pageSections, { 'p.md': [{ kind: 'selected', title: 'Selected Papers' }, { kind: 'all', title: 'Preprints' }] });
  assert.deepEqual(r.data.publications.map((p) => [p.title, p.selected ?? false]), [['Reed Beds as Microphones', true], ['Night Choruses', false]]);
});

test('one list under one heading keeps its heading and gets no sections', () => {
  const body = '## Papers\n\n<ul>\n<li><b>Night Choruses</b><br>Tomasz Wierzba and Alma Ruiz. <em>arXiv preprint</em></li>\n</ul>\n';
  const r = runBlocks(body);
  assert.equal(r.text, '## Papers\n\n::publications\n\n');
  assert.equal(r.data.pageSections, undefined);
});

// As the kramdown stage leaves `<div class="paper" markdown="1">` cards: the div around Markdown, blank lines inside.
const MARKDOWN_CARDS = `<div class="paper">

<span class="papertitle">**Frogs at Dusk: A Field Guide** </span> <br />
<span class="authors">**Tomasz Wierzba**, Alma Ruiz </span> <br />
<span class="conference">Presented @ Bioacoustics Workshop 2019</span> <br />
<span class="source">
[slides](/files/frogs.pdf) -
[code](https://code.example.org/frogs)
</span>

</div>

<div class="paper">

<span class="papertitle">**Reed Warblers in Winter** </span> <br />
<span class="authors">Alma Ruiz, **Tomasz Wierzba** </span> <br />
<span class="conference">Ecoacoustics Letters 2021</span> <br />

</div>
`;

test('sibling markdown="1" cards (papertitle/authors/conference spans, Markdown inside) become one publication list', () => {
  const r = runBlocks(MARKDOWN_CARDS);
  assert.equal(r.text, '::publications\n\n');
  assert.deepEqual(r.data.publications.map((p) => ({ title: p.title, authors: p.authors, venue: p.venue, links: p.links })), [
    { title: 'Frogs at Dusk: A Field Guide', authors: ['Tomasz Wierzba', 'Alma Ruiz'], venue: 'Presented @ Bioacoustics Workshop',
      links: [{ label: 'slides', url: '/files/frogs.pdf' }, { label: 'code', url: 'https://code.example.org/frogs' }] },
    { title: 'Reed Warblers in Winter', authors: ['Alma Ruiz', 'Tomasz Wierzba'], venue: 'Ecoacoustics Letters', links: undefined },
  ]);
  assert.deepEqual(r.data.owners, ['Tomasz Wierzba']);
});

test('a single card with no siblings is left as written', () => {
  const one = MARKDOWN_CARDS.slice(0, MARKDOWN_CARDS.indexOf('<div class="paper">', 10));
  assert.equal(runBlocks(one).text, one);
});
