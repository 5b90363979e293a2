import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizeDate } from './dates.js';

const cases: Array<[input: unknown, expected: string | null, assumeUtc?: boolean]> = [
  // RFC 822 / 1123 as in RSS
  ['Wed, 22 Oct 2025 07:11:26 GMT', '2025-10-22T07:11:26Z'],
  ['Wed, 22 Oct 2025 07:11:26 +0000', '2025-10-22T07:11:26Z'],
  ['Wed, 22 Oct 2025 07:11:26 UT', '2025-10-22T07:11:26Z'],
  ['Wed, 22 Oct 2025 07:11:26 Z', '2025-10-22T07:11:26Z'],
  ['Wed, 22 Oct 2025 02:11:26 EST', '2025-10-22T07:11:26Z'],
  ['Wed, 22 Oct 2025 03:11:26 EDT', '2025-10-22T07:11:26Z'],
  ['Wed, 22 Oct 2025 00:11:26 PDT', '2025-10-22T07:11:26Z'],
  ['Wed, 22 Oct 2025 12:41:26 +0530', '2025-10-22T07:11:26Z'],
  ['Wed, 22 Oct 2025 12:41:26 +05:30', '2025-10-22T07:11:26Z'],
  ['Wed, 22 Oct 2025 01:11:26 -0600', '2025-10-22T07:11:26Z'],
  ['Tue, 21 Oct 2025 23:30:00 -0800', '2025-10-22T07:30:00Z'],
  ['22 Oct 2025 07:11 GMT', '2025-10-22T07:11:00Z'],
  ['Wednesday, 22 October 2025 07:11:26 GMT', '2025-10-22T07:11:26Z'],
  ['Wed, 22 Oct 25 07:11:26 GMT', '2025-10-22T07:11:26Z'],
  ['Fri, 01 Jan 99 00:00:00 GMT', '1999-01-01T00:00:00Z'],
  ['Wed, 22 Oct 2025 07:11:26 +0000 (UTC)', '2025-10-22T07:11:26Z'],
  ['Wed, 22 Oct 2025 07:11:26', '2025-10-22T07:11:26'],
  ['Wed, 22 Oct 2025 07:11:26 XYZ', '2025-10-22T07:11:26'],
  ['Wed, 22 Oct 2025 07:11:26 GMT', '2025-10-22T07:11:26Z', true],
  ['Wed, 22 Oct 2025 07:11:26', '2025-10-22T07:11:26Z', true],
  ['Wed,  22  Oct  2025  07:11:26  GMT', '2025-10-22T07:11:26Z'],
  ['Wed, 31 Dec 2025 23:59:60 GMT', '2025-12-31T23:59:59Z'],
  // other written forms
  ['October 22, 2025', '2025-10-22'],
  ['Oct. 22, 2025 at 7:11 am EDT', '2025-10-22T11:11:00Z'],
  ['22nd October 2025', '2025-10-22'],
  ['Oct 22, 2025 12:05 PM', '2025-10-22T12:05:00'],
  ['Oct 22, 2025 12:05 AM', '2025-10-22T00:05:00'],
  ['Wed Oct 22 2025 07:11:26 GMT+0000 (Coordinated Universal Time)', '2025-10-22T07:11:26Z'],
  ['Wed Oct 22 2025 09:11:26 GMT+0200 (Central European Summer Time)', '2025-10-22T07:11:26Z'],
  ['22 Oct 2025 07:11 UTC+5', '2025-10-22T02:11:00Z'],
  ['22-Oct-2025 07:11:26 +0000', '2025-10-22T07:11:26Z'],
  ['2025/10/22 07:11', '2025-10-22T07:11:00'],
  ['2025/1/2', '2025-01-02'],
  ['10/22/2025', null],
  // ISO 8601
  ['2025-10-22T07:11:26Z', '2025-10-22T07:11:26Z'],
  ['2025-10-22T07:11:26.123Z', '2025-10-22T07:11:26Z'],
  ['2025-10-22T07:11:26.123456+00:00', '2025-10-22T07:11:26Z'],
  ['2025-10-22T09:11:26+02:00', '2025-10-22T07:11:26Z'],
  ['2025-10-22T09:11:26+0200', '2025-10-22T07:11:26Z'],
  ['2025-10-22T09:11:26+02', '2025-10-22T07:11:26Z'],
  ['2025-10-22T00:11:26-07:00', '2025-10-22T07:11:26Z'],
  ['2025-10-22T07:11:26', '2025-10-22T07:11:26'],
  ['2025-10-22 07:11:26', '2025-10-22T07:11:26'],
  ['2025-10-22 07:11', '2025-10-22T07:11:00'],
  ['2025-10-22t07:11:26z', '2025-10-22T07:11:26Z'],
  ['20251022T071126Z', '2025-10-22T07:11:26Z'],
  ['2025-10-22', '2025-10-22'],
  ['  2025-10-22  ', '2025-10-22'],
  ['2025-10-22T24:00:00Z', '2025-10-23T00:00:00Z'],
  ['2025-01-01T01:00:00+02:00', '2024-12-31T23:00:00Z'],
  // WordPress date_gmt: no zone, but UTC
  ['2025-10-22T07:11:26', '2025-10-22T07:11:26Z', true],
  ['0000-00-00T00:00:00', null, true],
  ['0000-00-00 00:00:00', null],
  // epoch
  [1761117086, '2025-10-22T07:11:26Z'],
  [1761117086000, '2025-10-22T07:11:26Z'],
  ['1761117086', '2025-10-22T07:11:26Z'],
  // garbage and impossible dates
  ['', null],
  ['   ', null],
  ['yesterday', null],
  ['not a date at all', null],
  ['2025-02-30', null],
  ['2025-13-01', null],
  ['2024-02-29', '2024-02-29'],
  ['2025-02-29', null],
  ['2025-10-22T25:00:00Z', null],
  ['2025-10-22T07:60:00Z', null],
  ['32 Oct 2025', null],
  ['22 Foo 2025', null],
  ['Oct 2025', null],
  ['2025', null],
  ['He said 22 people left in Oct 2025', null],
  ['22 Oct 2025 07:11:26 +9999', null],
  ['2025-10-22T07:11:26+25:00', null],
  ['13:00 pm 22 Oct 2025', null],
  [Number.NaN, null],
  [Number.POSITIVE_INFINITY, null],
  [null, null],
  [undefined, null],
  [{}, null],
  [['2025-10-22'], null],
  ['x'.repeat(10_000), null],
];

for (const [input, expected, assumeUtc] of cases) {
  test(`normalizeDate(${JSON.stringify(input)?.slice(0, 60)}${assumeUtc ? ', utc' : ''}) → ${expected}`, () => {
    assert.equal(normalizeDate(input, { assumeUtc: assumeUtc === true }), expected);
  });
}

test('normalizeDate never throws and returns null or an ISO shape', () => {
  const shape = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z?)?$/;
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.anything(), fc.double(), fc.date({ noInvalidDate: true }).map(String)), fc.boolean(), (value, utc) => {
      const out = normalizeDate(value, { assumeUtc: utc });
      assert.ok(out === null || shape.test(out), String(out));
    }),
    { numRuns: 2000 },
  );
});

test('ISO output round-trips through Date for any valid instant', () => {
  fc.assert(
    fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), (d) => {
      const expected = d.toISOString().replace(/\.\d{3}Z$/, 'Z');
      assert.equal(normalizeDate(d.toISOString()), expected);
      assert.equal(normalizeDate(d.toUTCString()), expected);
      assert.equal(normalizeDate(d.toString()), expected);
    }),
    { numRuns: 500 },
  );
});
