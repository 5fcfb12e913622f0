import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runBlocks } from './helpers.js';

const ROW = (cell: string, years: string) => `  <tr>\n    <td style="border:none;">${cell}\n    </td>\n    <td style="border:none;text-align:center;">${years}\n    </td>\n  </tr>`;

test('an honours table becomes data/honors.yml with years, notes and awarding bodies', () => {
  const body = `**Selected Honors**\n\n<table style="border:none;">\n${ROW('<i>Jilin Bank Wang Xianghao Scholarship</i>(The highest honor of the college) by Jilin Bank & Jilin University.', '2022')}\n${ROW('<i>First Class Scholarship Of Jilin University</i> (Top5%) by Jilin University.', '2020 & 2021 & 2023')}\n${ROW('<i>Best Poster</i>', '2019, 2020')}\n</table>\n`;
  const r = runBlocks(body);
  assert.equal(r.text, '**Selected Honors**\n\n::honors\n\n');
  assert.deepEqual(r.data.honors, [
    { title: 'Jilin Bank Wang Xianghao Scholarship', by: 'Jilin Bank & Jilin University', note: 'The highest honor of the college', years: [2022] },
    { title: 'First Class Scholarship Of Jilin University', by: 'Jilin University', note: 'Top5%', years: [2020, 2021, 2023] },
    { title: 'Best Poster', years: [2019, 2020] },
  ]);
  assert.deepEqual(r.lines, ['p.md:3: honours table (3 rows) → data/honors.yml, `::honors`']);
});

test('near miss: a row whose last cell is not years keeps the table verbatim', () => {
  const body = `<table>\n${ROW('<i>Award A</i> by X.', '2021')}\n${ROW('<i>Award B</i> by Y.', 'twice')}\n</table>\n`;
  const r = runBlocks(body);
  assert.equal(r.text, body);
  assert.deepEqual(r.data.honors, []);
  assert.deepEqual(r.lines, ['p.md:1: honours table kept as HTML: row 2 ("Award B by Y. twice") has no cell of years like 2021 & 2022']);
});

test('a table that is none of the known kinds is kept and listed; other HTML is left alone silently', () => {
  const body = '<table>\n<tr><td>a</td><td>b</td></tr>\n</table>\n\n<div class="x">\n<p>hello</p>\n</div>\n';
  const r = runBlocks(body);
  assert.equal(r.text, body);
  assert.deepEqual(r.lines, ['p.md:1: HTML table kept as HTML: not recognised as news, experience, publications or honours']);
});

test('HTML inside fenced code is never touched', () => {
  const body = '```html\n<table>\n<tr><td><i>A</i></td><td>2021</td></tr>\n</table>\n```\n';
  assert.deepEqual(runBlocks(body).lines, []);
});

test('a script left in the page is kept and listed', () => {
  const body = "<center><b>Site Analytics</b></center>\n<script type='text/javascript' id='clustrmaps' src='//cdn.clustrmaps.com/map_v2.js?cl=ffffff'></script>\n";
  const r = runBlocks(body);
  assert.equal(r.text, body);
  assert.deepEqual(r.lines, ['p.md:2: script kept as written (//cdn.clustrmaps.com/map_v2.js?cl=ffffff): Vita pages need no JavaScript; remove it if it is not wanted']);
});

test('a recognisable table inside an unrecognised wrapper is converted; an indented code block is not', () => {
  const table = '<table>\n        <tr><td><i>Award A</i> by X.</td><td>2021</td></tr>\n      </table>';
  const r = runBlocks(`<div class="honors">\n  <h3>Honours</h3>\n      ${table}\n</div>\n\nCode:\n\n    ${table.replace(/\n\s*/g, '')}\n`);
  assert.equal(r.text, '<div class="honors">\n  <h3>Honours</h3>\n\n::honors\n\n</div>\n\nCode:\n\n    <table><tr><td><i>Award A</i> by X.</td><td>2021</td></tr></table>\n');
  assert.deepEqual(r.data.honors, [{ title: 'Award A', by: 'X', years: [2021] }]);
});
