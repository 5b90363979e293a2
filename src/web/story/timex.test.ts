import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timexRange, isoDay, dayOfIso } from './timex.js';

const days = (value: string): [string, string] | null => {
  const r = timexRange(value);
  return r ? [isoDay(r.start), isoDay(r.end)] : null;
};

test('TIMEX3 values as stretches of days on the chart axis', () => {
  const cases: [string, [string, string] | null][] = [
    ['1974', ['1974-01-01', '1975-01-01']],
    ['2026-12', ['2026-12-01', '2027-01-01']],
    ['2026-03-10', ['2026-03-10', '2026-03-11']],
    ['2026-03-10T07:30', ['2026-03-10', '2026-03-10']],
    ['2026-W10', ['2026-03-02', '2026-03-09']],
    ['2026-W10-WE', ['2026-03-07', '2026-03-09']],
    ['2025-WI', ['2025-12-01', '2026-03-01']],
    ['2026-13', null],
    ['PRESENT_REF', null],
    ['P3D', null],
  ];
  for (const [value, want] of cases) assert.deepEqual(days(value), want, value);
  const morning = timexRange('2026-03-10TMO')!;
  assert.ok(morning.start > dayOfIso('2026-03-10')! && morning.end <= dayOfIso('2026-03-11')!);
  assert.equal(dayOfIso('2026-03-10T12:00:00Z')! - dayOfIso('2026-03-10')!, 0.5);
  assert.equal(dayOfIso('not a date'), null);
});
