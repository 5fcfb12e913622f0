import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDateRange, formatMonthYear, formatShortMonthYear } from '../../../src/render/components/format-date.js';

test('month and year, in English whatever the machine locale', () => {
  assert.equal(formatMonthYear('2025-05'), 'May 2025');
  assert.equal(formatMonthYear('2025-09-30'), 'September 2025');
  assert.equal(formatMonthYear('2025'), '2025');
  assert.equal(formatShortMonthYear('2025-01'), 'Jan 2025');
});

test('date ranges', () => {
  assert.equal(formatDateRange('2025-01', undefined, true), 'Jan 2025 – Present');
  assert.equal(formatDateRange('2019-09', '2023-06', false), 'Sep 2019 – Jun 2023');
  assert.equal(formatDateRange('2022', undefined, false), '2022');
  assert.equal(formatDateRange('2022-03', '2022-03', false), 'Mar 2022');
  assert.equal(formatDateRange(undefined, '2020', false), '2020');
  assert.equal(formatDateRange(undefined, undefined, false), '');
});
