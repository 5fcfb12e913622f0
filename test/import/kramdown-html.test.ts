import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeDoc } from '../../src/import/edits.js';
import { keepHtmlBlocksWhole } from '../../src/import/kramdown-html.js';
import { convertBody } from '../../src/import/body.js';
import { formatLine, Report } from '../../src/import/report.js';
import { createMarkdown } from '../../src/render/markdown/create-markdown.js';

function run(body: string) {
  const report = new Report();
  const doc = keepHtmlBlocksWhole(makeDoc(body, 4), 'p.md', report);
  return { text: doc.text, lines: report.lines.map(formatLine) };
}

const CARDS = `Intro text.

<section class="papers">
  <h2>Recent work</h2>

  <ul class="paper-list">
    <li class="paper">
      <p class="paper-title">Counting Ducks at Dawn</p>

      <p class="paper-authors"><b>Mira Holt</b>, Ansel Brook.</p>
    </li>


    <li class="paper">
      <p class="paper-title">Quiet Rivers</p>
    </li>
  </ul>
</section>

After.
`;

test('an HTML block with blank lines and indented children stays one HTML block (kramdown), never code', () => {
  const r = run(CARDS);
  assert.equal(r.text, `Intro text.

<section class="papers">
  <h2>Recent work</h2>
  <ul class="paper-list">
    <li class="paper">
      <p class="paper-title">Counting Ducks at Dawn</p>
      <p class="paper-authors"><b>Mira Holt</b>, Ansel Brook.</p>
    </li>
    <li class="paper">
      <p class="paper-title">Quiet Rivers</p>
    </li>
  </ul>
</section>

After.
`);
  assert.deepEqual(r.lines, ['p.md:6: <section> block with blank lines inside kept as one HTML block, as kramdown read it (Markdown would have shown its indented lines as code)']);
  const html = createMarkdown().render(r.text);
  assert.ok(!html.includes('<pre>') && !html.includes('&lt;li'), html);
});

test('the block as written would have been code in CommonMark (the test can fail)', () => {
  assert.ok(createMarkdown().render(CARDS).includes('<pre><code>  &lt;p class=&quot;paper-authors&quot;&gt;'));
});

test('blank lines inside a nested <pre> stay blank lines, as line-feed references', () => {
  const r = run('<div class="box">\n  <pre>a\n\n\n  b</pre>\n\n  <p>c</p>\n</div>\n');
  assert.equal(r.text, '<div class="box">\n  <pre>a\n&#10;&#10;  b</pre>\n  <p>c</p>\n</div>\n');
});

test('a blank line before plain text, markdown="1" blocks, fenced code and unclosed tags are left alone', () => {
  const body = '<div align="center">\n\n**Bold** words\n\n</div>\n\n<div markdown="1">\n\n    code\n</div>\n\n```\n<ul>\n\n    <li>x</li>\n</ul>\n```\n\n<div>\n\n    <p>open</p>\n';
  assert.deepEqual(run(body), { text: body, lines: [] });
});

test('a block kept whole that then becomes data is reported as data only; one left as HTML keeps its kramdown line', () => {
  const body = '<ul>\n  <li>[2025-05-01] Talk at X.</li>\n\n    <li>[2024-05-02] Joined the lab.</li>\n</ul>\n\n'
    + '<div class="box">\n  <p>One.</p>\n\n    <p>Two.</p>\n</div>\n';
  const report = new Report();
  const data = { news: [], experience: [], education: [], publications: [], honors: [], owners: [] };
  const text = convertBody(body, 4, 'p.md', { config: {}, report, data }, {});
  assert.equal(text, '::news\n\n<div class="box">\n  <p>One.</p>\n    <p>Two.</p>\n</div>\n');
  assert.deepEqual(report.lines.map(formatLine), [
    'p.md:10: <div> block with blank lines inside kept as one HTML block, as kramdown read it '
      + '(Markdown would have shown its indented lines as code)',
    'p.md:4: news list (2 items) → data/news.yml, `::news`',
  ]);
});
