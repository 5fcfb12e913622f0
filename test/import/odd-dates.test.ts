/**
 * Dates as academicpages owners wrote them (issue #13, class 10): each is read into a Vita date when the
 * reading is certain, else left out with a report line; never a NaN year. A whole small site is imported
 * and the exact dates in data/talks.yml and the exact report lines are checked.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { importAcademicpages } from '../../src/import/import-site.js';
import { writeSite } from '../helpers/site.js';

const CONFIG = 'title: T\nurl: https://t.example\nauthor:\n  name: T\n';

function talk(date: string): string {
  return `---\ntitle: "Talk"\ndate: ${date}\n---\n`;
}

test('class 10: odd front-matter dates are read when certain, else left out and reported', () => {
  const src = writeSite({
    '_config.yml': CONFIG,
    '_talks/2023-a.md': talk('October 20'),
    '_talks/b.md': talk('October 20'),
    '_talks/c.md': talk('22-08-2023'),
    '_talks/d.md': talk('2023/8/22'),
    '_talks/e.md': talk('Spring 2021'),
    '_talks/f.md': talk('sometime soon'),
    // Unquoted, YAML reads it as a timestamp and rolls it over to 2023-03-02; it must not arrive so.
    '_talks/g.md': talk('2023-02-30'),
    '_talks/h.md': talk('202O-06-21'),
    '_talks/i.md': talk('2013-10-01 - 2014-01-31'),
    '_talks/j.md': talk('Aug. 3rd, 2022'),
    '_talks/k.md': talk('2024-05-06'),
  });
  const dest = join(src, 'out');
  const result = importAcademicpages({ src, dest });
  assert.deepEqual(result.diagnostics, []);
  const dates = readFileSync(join(dest, 'data/talks.yml'), 'utf8').split('- title: Talk\n').slice(1)
    .map((entry) => /date: "(.*)"/.exec(entry)?.[1]);
  assert.deepEqual(dates, [
    '2023-10-20', undefined, '2023-08-22', '2023-08-22', '2021', undefined,
    undefined, undefined, '2013-10-01', '2022-08-03', '2024-05-06',
  ]);
  assert.deepEqual(result.report.split('\n').filter((l) => l.includes('date "')), [
    '- _talks/2023-a.md: date "October 20" read as 2023-10-20',
    '- _talks/c.md: date "22-08-2023" read as 2023-08-22',
    '- _talks/d.md: date "2023/8/22" read as 2023-08-22',
    '- _talks/e.md: date "Spring 2021" read as 2021',
    '- _talks/i.md: date "2013-10-01 - 2014-01-31" read as 2013-10-01',
    '- _talks/j.md: date "Aug. 3rd, 2022" read as 2022-08-03',
    '- _talks/b.md: date "October 20" is not a date Vita can read: left out',
    '- _talks/f.md: date "sometime soon" is not a date Vita can read: left out',
    '- _talks/g.md: date "2023-02-30" is not a date Vita can read: left out',
    '- _talks/h.md: date "202O-06-21" is not a date Vita can read: left out',
  ]);
  assert.doesNotMatch(readFileSync(join(dest, 'data/talks.yml'), 'utf8'), /NaN/);
});
