import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timexLabel, timexRange, isoDay } from './timex.js';

const days = (value: string): [string, string] | null => {
  const r = timexRange(value);
  return r ? [isoDay(r.start), isoDay(r.end)] : null;
};

test('TIMEX3 values as stretches of days', () => {
  const cases: [string, [string, string] | null][] = [
    ['1974', ['1974-01-01', '1975-01-01']],
    ['2026-03', ['2026-03-01', '2026-04-01']],
    ['2026-12', ['2026-12-01', '2027-01-01']],
    ['2026-03-10', ['2026-03-10', '2026-03-11']],
    ['2026-03-10TMO', ['2026-03-10', '2026-03-10']],
    ['2026-03-10T07:30', ['2026-03-10', '2026-03-10']],
    ['2026-W10', ['2026-03-02', '2026-03-09']],
    ['2026-W10-WE', ['2026-03-07', '2026-03-09']],
    ['2025-WI', ['2025-12-01', '2026-03-01']],
    ['2026-Q2', ['2026-04-01', '2026-07-01']],
    ['2026-H2', ['2026-07-01', '2027-01-01']],
    ['2026-13', null],
    ['PRESENT_REF', null],
    ['P3D', null],
  ];
  for (const [value, want] of cases) assert.deepEqual(days(value), want, value);
  const morning = timexRange('2026-03-10TMO')!;
  assert.ok(morning.end - morning.start === 0.25);
});

test('TIMEX3 values as people say them', () => {
  assert.equal(timexLabel('2026-03-10'), '10 Mar 2026');
  assert.equal(timexLabel('2026-03-10TEV'), '10 Mar 2026, evening');
  assert.equal(timexLabel('2026-03-10T05:00'), '10 Mar 2026, 05:00');
  assert.equal(timexLabel('2026-W10-WE'), 'weekend of week 10, 2026');
  assert.equal(timexLabel('2025-FA'), 'autumn 2025');
  assert.equal(timexLabel('2026-03'), 'Mar 2026');
  assert.equal(timexLabel('1974'), '1974');
});
