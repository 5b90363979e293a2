/** Calendar arithmetic at the edges: ISO weeks across New Year, month clamping, TIMEX3 ranges, durations. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, isoWeek, parseAnchor, rangeOf, weekday } from './calendar.js';
import { durationValue, lengthOf } from './duration-value.js';
import { formatPeriod, periodOf, shift } from './periods.js';

test('ISO weeks and weekdays around New Year', () => {
  assert.deepEqual(isoWeek({ y: 2024, m: 12, d: 30 }), { y: 2025, w: 1 });
  assert.deepEqual(isoWeek({ y: 2021, m: 1, d: 3 }), { y: 2020, w: 53 });
  assert.deepEqual(isoWeek({ y: 2025, m: 10, d: 22 }), { y: 2025, w: 43 });
  assert.equal(weekday({ y: 2025, m: 10, d: 22 }), 3);
  assert.equal(weekday({ y: 1989, m: 10, d: 30 }), 1);
});

test('months clamp their day; anchors parse dates and datetimes', () => {
  assert.deepEqual(addMonths({ y: 2024, m: 1, d: 31 }, 1), { y: 2024, m: 2, d: 29 });
  assert.deepEqual(addMonths({ y: 2024, m: 1, d: 15 }, -13), { y: 2022, m: 12, d: 15 });
  assert.deepEqual(parseAnchor('2025-10-22T07:11:26Z'), { y: 2025, m: 10, d: 22, hour: 7, minute: 11 });
  assert.deepEqual(parseAnchor('19891026'), { y: 1989, m: 10, d: 26, hour: null, minute: null });
  assert.equal(parseAnchor('2025-02-30'), null);
  assert.equal(parseAnchor('yesterday'), null);
});

test('periods shift at their own granularity', () => {
  const q3 = periodOf({ y: 1989, m: 9, d: 30 }, 'quarter');
  assert.equal(formatPeriod(shift(q3, 'Y', -1)), '1988-Q3');
  assert.equal(formatPeriod(shift(q3, 'Q', 2)), '1990-Q1');
  assert.equal(formatPeriod(shift(periodOf({ y: 2025, m: 12, d: 31 }, 'week'), 'W', 1)), '2026-W02');
  assert.equal(formatPeriod(shift(periodOf({ y: 2025, m: 1, d: 10 }, 'season'), 'Y', 1)), '2025-WI');
  assert.equal(formatPeriod(shift(periodOf({ y: 1995, m: 6, d: 1 }, 'decade'), 'E', -1)), '198');
});

test('TIMEX3 values cover calendar ranges', () => {
  assert.deepEqual(rangeOf('2025-WI'), { start: '2025-12-01', end: '2026-02-28' });
  assert.deepEqual(rangeOf('2024-Q1'), { start: '2024-01-01', end: '2024-03-31' });
  assert.deepEqual(rangeOf('2025-W43-WE'), { start: '2025-10-25', end: '2025-10-26' });
  assert.deepEqual(rangeOf('199'), { start: '1990-01-01', end: '1999-12-31' });
  assert.equal(rangeOf('PRESENT_REF'), null);
  assert.equal(rangeOf('XXXX-10-21'), null);
});

test('duration values and lengths', () => {
  assert.equal(durationValue('Y', 2.5), 'P2Y6M');
  assert.equal(durationValue('H', 3), 'PT3H');
  assert.equal(durationValue('MIN', 1.5), 'PT1M30S');
  assert.equal(durationValue('M', null), 'PXM');
  assert.equal(durationValue('H', null), 'PTXH');
  assert.deepEqual(lengthOf('M', 32), { min: 974, max: 974 });
  assert.deepEqual(lengthOf('Y', 2, 'LESS_THAN', true), { min: 620.925, max: 730.5 });
  assert.deepEqual(lengthOf('D', 4, 'MORE_THAN'), { min: 4, max: null });
});
