import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newsDate } from '../../../src/import/html/dates.js';
import { runBlocks } from './helpers.js';

test('a dated <br> news list becomes data/news.yml and ::news, the heading kept', () => {
  const body = `<h1><b>What's new:</b></h1>
<div style="line-height: 1.5em">
  <p>
  <b>[05/2025]</b> One paper accepted by <i>IEEE TMM</i> (CCF B, Q1)! <br>
  <b>[12/2021]</b> My first paper, in "Computer Science"!<br>
  </p>
</div>
After.
`;
  const r = runBlocks(body);
  assert.equal(r.text, `<h1><b>What's new:</b></h1>\n\n::news\n\nAfter.\n`);
  assert.deepEqual(r.data.news, [
    { date: '2025-05', text: 'One paper accepted by *IEEE TMM* (CCF B, Q1)!' },
    { date: '2021-12', text: 'My first paper, in "Computer Science"!' },
  ]);
  assert.deepEqual(r.lines, ['p.md:2: news list (2 items) → data/news.yml, `::news`']);
});

test('news in <li> items with [2025-05-01] and [May 2025] dates', () => {
  const r = runBlocks('<ul>\n<li>[2025-05-01] Talk at <a href="https://x.org">X</a>.</li>\n<li><strong>[May 2024]</strong> Joined *the* lab_</li>\n</ul>\n');
  assert.equal(r.text, '::news\n\n');
  assert.deepEqual(r.data.news, [
    { date: '2025-05-01', text: 'Talk at [X](https://x.org).' },
    { date: '2024-05', text: 'Joined \\*the\\* lab\\_' },
  ]);
});

test('near miss: one line without a date keeps the whole list verbatim, with the reason', () => {
  const body = '<div>\n<b>[05/2025]</b> One. <br>\n<b>[04/2025]</b> Two. <br>\nThree, undated. <br>\n</div>\n';
  const r = runBlocks(body);
  assert.equal(r.text, body);
  assert.deepEqual(r.data.news, []);
  assert.deepEqual(r.lines, ['p.md:1: news list kept as HTML: item 3 ("Three, undated.") has no date like [05/2025]']);
});

test('a single dated line is not claimed as news at all', () => {
  const body = '<div>\n<b>[05/2025]</b> Only one. <br>\nOther text.\n</div>\n';
  assert.deepEqual(runBlocks(body), { text: body, data: { news: [], experience: [], education: [], publications: [], honors: [], owners: [] }, lines: [] });
});

test('newsDate reads the common markers and refuses month 13', () => {
  assert.equal(newsDate('[05/2025]'), '2025-05');
  assert.equal(newsDate('[5.2025]'), '2025-05');
  assert.equal(newsDate('[2025/5]'), '2025-05');
  assert.equal(newsDate('[Sept. 2023]'), '2023-09');
  assert.equal(newsDate('[13/2025]'), undefined);
  assert.equal(newsDate('[UPDATE]'), undefined);
});
