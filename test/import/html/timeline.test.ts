import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findRange, parseRangeEnd } from '../../../src/import/html/dates.js';
import { runBlocks } from './helpers.js';

const ROW = (logo: string, name: string, line: string) => `  <tr>
    <td><img src='${logo}' width="300"></td>
    <td><b>${name}</b>
      <br>
      ${line}
      <br>
    </td>
  </tr>`;

test('an experience table with logos splits into experience and education, the commented row kept', () => {
  const body = `**Experience**
<table style="width:100%">
${ROW('images/OPPO_logo.png', '<a href="https://ur.oppo.com/"></a>OPPO Research Institute, Y-Lab', 'MLE intern in Vision Language Model.(Jan. 2025 - Now).')}
${ROW('images/sysu.png', '<a href="https://cse.sysu.edu.cn/">CSE</a>, Sun Yat-sen University', 'Master of Computer Science and Technology.(Sept. 2023 - Now)')}
${ROW('/images/x.png', '<a href="https://yuan-avatar.com/">X-Era</a>', 'MLE intern in avatar.(Oct. 2022 - April. 2023)')}
  <!-- <tr><td>Middle School.(Sept. 2013 - Jun. 2019)</td></tr> -->
</table>
`;
  const r = runBlocks(body);
  assert.equal(r.text, '**Experience**\n\n::experience\n\n::education\n\n<!-- <tr><td>Middle School.(Sept. 2013 - Jun. 2019)</td></tr> -->\n\n');
  assert.deepEqual(r.data.experience, [
    { organization: 'OPPO Research Institute', unit: 'Y-Lab', url: 'https://ur.oppo.com/', role: 'MLE intern in Vision Language Model', start: '2025-01', end: 'present', logo: '/images/OPPO_logo.png' },
    { organization: 'X-Era', url: 'https://yuan-avatar.com/', role: 'MLE intern in avatar', start: '2022-10', end: '2023-04', logo: '/images/x.png' },
  ]);
  assert.deepEqual(r.data.education, [
    { organization: 'Sun Yat-sen University', unit: 'CSE', url: 'https://cse.sysu.edu.cn/', role: 'Master of Computer Science and Technology', start: '2023-09', end: 'present', logo: '/images/sysu.png' },
  ]);
  assert.deepEqual(r.lines, ['p.md:2: experience table (3 rows: 2 → data/experience.yml, 1 → data/education.yml) → `::experience` + `::education`; 1 HTML comment(s) inside kept after it']);
});

test('near miss: a row without a date range keeps the table verbatim, with the reason', () => {
  const body = `<table>\n${ROW('images/a.png', 'Acme Corp', 'Engineer.(Jan. 2020 - Dec. 2021)')}\n${ROW('images/b.png', 'Beta Lab', 'Visiting researcher, some time ago')}\n</table>\n`;
  const r = runBlocks(body);
  assert.equal(r.text, body);
  assert.deepEqual(r.data.experience, []);
  assert.deepEqual(r.lines, ['p.md:1: experience table kept as HTML: row 2 ("Beta Lab Visiting researcher, some time…") has no date range like (Jan. 2025 - Now)']);
});

test('near miss: a row without a bold organisation', () => {
  const body = '<table>\n<tr><td><b>Acme</b><br>Engineer (2019 - 2020)</td></tr>\n<tr><td>Beta Lab<br>Intern (2018 - 2019)</td></tr>\n</table>\n';
  assert.deepEqual(runBlocks(body).lines, ['p.md:1: experience table kept as HTML: row 2 ("Beta Lab Intern (2018 - 2019)") has no bold organisation name']);
});

test('range ends: month names, bare years, Now/Present; a range must start with a date', () => {
  assert.equal(parseRangeEnd('Sept. 2019'), '2019-09');
  assert.equal(parseRangeEnd('April. 2023'), '2023-04');
  assert.equal(parseRangeEnd('2019'), '2019');
  assert.equal(parseRangeEnd('2019/7'), '2019-07');
  assert.equal(parseRangeEnd('Present'), 'present');
  assert.equal(parseRangeEnd('Someday 2019'), undefined);
  assert.deepEqual(findRange('Intern (2018 – 2019).'), { start: '2018', end: '2019', index: 7, length: 13 });
  assert.equal(findRange('(Now - 2019)'), undefined);
});
