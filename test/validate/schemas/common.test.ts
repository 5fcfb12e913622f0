import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateField, daysInMonth, isCalendarDay } from '../../../src/validate/schemas/common.js';

test('daysInMonth follows the Gregorian leap-year rule (every 4th year, not every 100th, every 400th)', () => {
  assert.deepEqual([2023, 2024, 1900, 2000].map((year) => daysInMonth(year, 2)), [28, 29, 28, 29]);
  assert.deepEqual([1, 3, 4, 6, 9, 11, 12].map((month) => daysInMonth(2025, month)), [31, 31, 30, 30, 30, 30, 31]);
});

test('isCalendarDay accepts the last day of each month and refuses the day after', () => {
  assert.equal(isCalendarDay('2024-02-29'), true);
  assert.equal(isCalendarDay('2023-02-29'), false);
  assert.equal(isCalendarDay('2024-04-30'), true);
  assert.equal(isCalendarDay('2024-04-31'), false);
  assert.equal(isCalendarDay('2024-12-31'), true);
});

test('dateField keeps years and months, and refuses an impossible day with the month and its length', () => {
  const kept = ['2024', 2024, '2024-02', '2024-02-29'].map((v) => dateField.parse(v));
  assert.deepEqual(kept, ['2024', '2024', '2024-02', '2024-02-29']);
  const result = dateField.safeParse('1900-02-29');
  assert.equal(result.success, false);
  const [message] = result.error!.issues[0]!.message.split('\n');
  assert.equal(message, '"1900-02-29" is not a day of the calendar: February 1900 has 28 days.');
});
