import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDateRange, formatDay, formatMonthYear, formatShortMonthYear } from '../../src/i18n/format-date.js';
import { LOCALES, localeFor } from '../../src/i18n/locales/index.js';

const words = (tag: string) => localeFor(tag)!.dates;
const en = words('en');

test('month and year, in English whatever the machine locale', () => {
  assert.equal(formatMonthYear('2025-05', en), 'May 2025');
  assert.equal(formatMonthYear('2025-09-30', en), 'September 2025');
  assert.equal(formatMonthYear('2025', en), '2025');
  assert.equal(formatShortMonthYear('2025-01', en), 'Jan 2025');
  assert.equal(formatDay('2025-05-01', en), '1 May 2025');
  assert.equal(formatDay('2025-05', en), 'May 2025');
});

test('date ranges', () => {
  assert.equal(formatDateRange('2025-01', undefined, true, en, 'Present'), 'Jan 2025 – Present');
  assert.equal(formatDateRange('2019-09', '2023-06', false, en, 'Present'), 'Sep 2019 – Jun 2023');
  assert.equal(formatDateRange('2022', undefined, false, en, 'Present'), '2022');
  assert.equal(formatDateRange('2022-03', '2022-03', false, en, 'Present'), 'Mar 2022');
  assert.equal(formatDateRange(undefined, '2020', false, en, 'Present'), '2020');
  assert.equal(formatDateRange(undefined, undefined, false, en, 'Present'), '');
});

// One line per shipped locale: month and year, the short form, a full day, and a range to the present.
const EXPECTED: Record<string, [string, string, string, string]> = {
  en: ['May 2025', 'Sep 2019', '1 May 2025', 'Jan 2025 – Present'],
  'zh-Hans': ['2025年5月', '2019年9月', '2025年5月1日', '2025年1月 – 至今'],
  'zh-Hant': ['2025年5月', '2019年9月', '2025年5月1日', '2025年1月 – 至今'],
  ja: ['2025年5月', '2019年9月', '2025年5月1日', '2025年1月～現在'],
  ko: ['2025년 5월', '2019년 9월', '2025년 5월 1일', '2025년 1월 – 현재'],
  de: ['Mai 2025', 'Sept. 2019', '1. Mai 2025', 'Jan. 2025 – heute'],
  fr: ['mai 2025', 'sept. 2019', '1 mai 2025', 'janv. 2025 – aujourd’hui'],
  es: ['mayo de 2025', 'sept 2019', '1 de mayo de 2025', 'ene 2025 – actualidad'],
  pt: ['maio de 2025', 'set. 2019', '1 de maio de 2025', 'jan. 2025 – atual'],
  it: ['maggio 2025', 'set 2019', '1 maggio 2025', 'gen 2025 – oggi'],
};

test('every shipped locale writes dates its own way, from its tables alone', () => {
  assert.deepEqual(Object.keys(EXPECTED), LOCALES.map((l) => l.tag));
  for (const locale of LOCALES) {
    const d = locale.dates;
    assert.deepEqual([
      formatMonthYear('2025-05', d), formatShortMonthYear('2019-09', d), formatDay('2025-05-01', d),
      formatDateRange('2025-01', undefined, true, d, locale.messages.present),
    ], EXPECTED[locale.tag], locale.tag);
  }
});

test('the same bytes under any process locale and time zone', () => {
  // Nothing here reads Intl or the clock; changing TZ and LANG must not matter.
  const before = LOCALES.map((l) => formatDay('2024-02-29', l.dates));
  process.env.TZ = 'Pacific/Kiritimati';
  process.env.LANG = 'ja_JP.UTF-8';
  assert.deepEqual(LOCALES.map((l) => formatDay('2024-02-29', l.dates)), before);
});
