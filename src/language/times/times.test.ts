/**
 * Table-driven cases for every kind of time expression. Each case names the publication
 * time it is read against and the fields that matter; other fields are not compared.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TimeExpression } from '../types.js';
import { findTimes } from './index.js';

// A Wednesday, like the seed post it stands in for.
const WED = '2025-10-22T07:11:26Z';
// A Monday, to show that a bare weekday reaches back into the previous week.
const MON = '2025-10-20';

interface Case {
  text: string;
  pub: string | null;
  /** The expression expected (found by its text), with the fields to compare. */
  want: Partial<TimeExpression> & { text: string };
}

const cases: Record<string, Case[]> = {
  absolute: [
    { text: 'Talks collapsed in August.', pub: WED, want: { text: 'August', type: 'date', value: '2025-08', granularity: 'month', anchor: 'publication' } },
    { text: 'It was signed Oct. 21 in Geneva.', pub: WED, want: { text: 'Oct. 21', value: '2025-10-21', granularity: 'day' } },
    { text: 'On October 21, 2025, the summit was called off.', pub: null, want: { text: 'October 21, 2025', value: '2025-10-21', anchor: 'absolute' } },
    { text: 'Elections are due in 2025.', pub: null, want: { text: '2025', value: '2025', granularity: 'year', anchor: 'absolute' } },
    { text: 'Since the 1990s the port has grown.', pub: null, want: { text: 'the 1990s', value: '199', granularity: 'decade', range: { start: '1990-01-01', end: '1999-12-31' } } },
    { text: 'The invasion of Feb. 2022 changed that.', pub: null, want: { text: 'Feb. 2022', value: '2022-02', granularity: 'month' } },
    { text: 'The ruling of 21 October 2025 stands.', pub: null, want: { text: '21 October 2025', value: '2025-10-21' } },
    { text: 'Filed on 10/21/2025 and 2025-10-22.', pub: null, want: { text: '10/21/2025', value: '2025-10-21' } },
    { text: 'It rained in the summer of 1994.', pub: null, want: { text: 'the summer of 1994', value: '1994-SU', granularity: 'season' } },
    { text: 'Third-quarter profit rose.', pub: WED, want: { text: 'Third-quarter', value: '2025-Q3', granularity: 'quarter' } },
    { text: 'Sales fell in the first half of 2024.', pub: null, want: { text: 'the first half of 2024', value: '2024-H1' } },
    { text: 'A relic of the 20th century.', pub: null, want: { text: 'the 20th century', value: '19', granularity: 'century' } },
    { text: 'It ends in mid-November.', pub: WED, want: { text: 'mid-November', value: '2025-11', mod: 'MID' } },
    { text: 'By early 2026 it should be done.', pub: WED, want: { text: 'early 2026', value: '2026', mod: 'START' } },
    { text: 'Oct. 21 was quiet.', pub: null, want: { text: 'Oct. 21', value: 'XXXX-10-21', anchor: 'unresolved' } },
  ],
  weekdays: [
    { text: 'Officials met on Tuesday.', pub: WED, want: { text: 'Tuesday', value: '2025-10-21', granularity: 'day', anchor: 'publication' } },
    { text: 'Media reported on Wednesday.', pub: WED, want: { text: 'Wednesday', value: '2025-10-22' } },
    { text: 'They spoke last Thursday.', pub: WED, want: { text: 'last Thursday', value: '2025-10-16' } },
    { text: "Wednesday's meeting was cancelled.", pub: WED, want: { text: 'Wednesday', value: '2025-10-22' } },
    { text: 'The market fell Friday.', pub: MON, want: { text: 'Friday', value: '2025-10-17' } },
    { text: 'The leaders will meet on Friday.', pub: WED, want: { text: 'Friday', value: '2025-10-24' } },
    { text: 'They meet again next Monday.', pub: WED, want: { text: 'next Monday', value: '2025-10-27' } },
    { text: 'Results arrive this coming Sunday.', pub: WED, want: { text: 'this coming Sunday', value: '2025-10-26' } },
    { text: 'Officials met on Tuesday.', pub: null, want: { text: 'Tuesday', value: null, anchor: 'unresolved' } },
  ],
  relative: [
    { text: 'They last met two months ago.', pub: WED, want: { text: 'two months ago', value: '2025-08', granularity: 'month' } },
    { text: 'A call took place last week.', pub: WED, want: { text: 'last week', value: '2025-W42', granularity: 'week', range: { start: '2025-10-13', end: '2025-10-19' } } },
    { text: 'Talks resume next month.', pub: WED, want: { text: 'next month', value: '2025-11' } },
    { text: 'The ministry said yesterday.', pub: WED, want: { text: 'yesterday', value: '2025-10-21' } },
    { text: 'Tomorrow the vote is held.', pub: WED, want: { text: 'Tomorrow', value: '2025-10-23' } },
    { text: 'It grew earlier this year.', pub: WED, want: { text: 'earlier this year', value: '2025', mod: 'START' } },
    { text: 'He promised a deal within two weeks.', pub: WED, want: { text: 'two weeks', type: 'duration', value: 'P2W', mod: 'EQUAL_OR_LESS', range: { start: '2025-10-22', end: '2025-11-05' } } },
    { text: 'Gas will be short this winter.', pub: WED, want: { text: 'this winter', value: '2025-WI', granularity: 'season', range: { start: '2025-12-01', end: '2026-02-28' } } },
    { text: 'More news in the coming days.', pub: WED, want: { text: 'the coming days', value: 'FUTURE_REF' } },
    { text: 'The border is now closed.', pub: WED, want: { text: 'now', value: 'PRESENT_REF', granularity: 'instant' } },
    { text: 'He has recently said so.', pub: WED, want: { text: 'recently', value: 'PAST_REF' } },
    { text: 'In March 2024 it began; a year earlier it had not.', pub: WED, want: { text: 'a year earlier', value: '2023-03' } },
    { text: 'In March 2024 it began. The following month it ended.', pub: WED, want: { text: 'The following month', value: '2024-04' } },
    { text: 'A call took place last week.', pub: null, want: { text: 'last week', value: null, anchor: 'unresolved' } },
    { text: 'They last met two months ago.', pub: null, want: { text: 'two months ago', value: null, anchor: 'unresolved' } },
    { text: 'Prices rose last year.', pub: '2026-03-11', want: { text: 'last year', value: '2025' } },
  ],
  durations: [
    { text: 'The 32-month conflict goes on.', pub: WED, want: { text: '32-month', type: 'duration', value: 'P32M', granularity: 'duration', length: { min: 974, max: 974 } } },
    { text: 'A three-hour discussion ended.', pub: WED, want: { text: 'three-hour', value: 'PT3H' } },
    { text: 'The war, now entering its fourth year.', pub: WED, want: { text: 'its fourth year', value: 'P4Y', measure: 'ordinal', length: { min: 1095.75, max: 1461 } } },
    { text: 'She served for 23 years.', pub: null, want: { text: '23 years', value: 'P23Y', anchor: 'absolute' } },
    { text: 'A 67-year-old man was hurt.', pub: WED, want: { text: '67-year-old', value: 'P67Y', measure: 'age' } },
    { text: 'He is 52 years old.', pub: WED, want: { text: '52 years old', value: 'P52Y', measure: 'age' } },
    { text: 'It took nearly two years.', pub: WED, want: { text: 'nearly two years', value: 'P2Y', mod: 'LESS_THAN' } },
    { text: 'They talked for more than four hours.', pub: WED, want: { text: 'more than four hours', value: 'PT4H', mod: 'MORE_THAN', length: { min: 0.1667, max: null } } },
    { text: 'It lasted a year and a half.', pub: WED, want: { text: 'a year and a half', value: 'P1Y6M' } },
    // Fractions of a length however written: none is a shorter length, nor a half year alone.
    { text: 'He served 9 months of a 2-1/2 year sentence.', pub: WED, want: { text: '2-1/2 year', value: 'P2Y6M' } },
    { text: 'She got a two-and-a-half-year sentence.', pub: WED, want: { text: 'two-and-a-half-year', value: 'P2Y6M' } },
    { text: 'The works take 2½ years.', pub: WED, want: { text: '2½ years', value: 'P2Y6M' } },
    { text: 'Prices rose over the past two months.', pub: WED, want: { text: 'the past two months', value: 'P2M', range: { start: '2025-08-22', end: '2025-10-22' } } },
    { text: 'It may take several years.', pub: WED, want: { text: 'several years', value: 'PXY' } },
    { text: 'The next 14 months are key.', pub: WED, want: { text: 'The next 14 months', value: 'P14M', range: { start: '2025-10-22', end: '2026-12-22' } } },
    { text: 'A decade of growth.', pub: WED, want: { text: 'A decade', value: 'P1E' } },
    { text: 'Prices rose 5% over the past year.', pub: WED, want: { text: 'the past year', type: 'duration', value: 'P1Y', range: { start: '2024-10-22', end: '2025-10-22' } } },
  ],
  sets: [
    { text: 'Markets close every Monday.', pub: WED, want: { text: 'every Monday', type: 'set', value: 'XXXX-WXX-1' } },
    { text: 'The paper is published daily.', pub: WED, want: { text: 'daily', type: 'set', value: 'P1D' } },
    { text: 'The fee is paid annually.', pub: WED, want: { text: 'annually', value: 'P1Y' } },
    { text: 'They meet twice a week.', pub: WED, want: { text: 'twice a week', value: 'P1W' } },
    { text: 'Reviews happen every two weeks.', pub: WED, want: { text: 'every two weeks', value: 'P2W' } },
    { text: 'Prayers are held on Fridays.', pub: WED, want: { text: 'Fridays', value: 'XXXX-WXX-5' } },
    { text: 'It costs $5 million a year.', pub: WED, want: { text: 'a year', type: 'set', value: 'P1Y' } },
  ],
  times: [
    { text: 'The blast came at 4:40 a.m.', pub: WED, want: { text: '4:40 a.m.', type: 'time', value: '2025-10-22T04:40', granularity: 'minute' } },
    { text: 'On Tuesday at 4:40 a.m. sirens sounded.', pub: WED, want: { text: '4:40 a.m.', value: '2025-10-21T04:40' } },
    { text: 'Shelling began shortly after midnight.', pub: WED, want: { text: 'shortly after midnight', value: '2025-10-22T00:00', mod: 'AFTER' } },
    { text: 'They met Tuesday evening.', pub: WED, want: { text: 'Tuesday evening', type: 'time', value: '2025-10-21TEV' } },
    { text: 'He arrived this morning.', pub: WED, want: { text: 'this morning', value: '2025-10-22TMO' } },
    { text: 'Sirens sounded last night.', pub: WED, want: { text: 'last night', value: '2025-10-21TNI' } },
    { text: 'The offer expires 5 p.m. EST Nov. 9.', pub: WED, want: { text: '5 p.m. EST Nov. 9', value: '2025-11-09T17:00' } },
    { text: 'It expires at midnight Friday.', pub: MON, want: { text: 'midnight Friday', value: '2025-10-17T24' } },
  ],
};

for (const [category, list] of Object.entries(cases)) {
  for (const c of list) {
    test(`${category}: "${c.want.text}" in "${c.text}" (published ${c.pub ?? 'unknown'})`, () => {
      const found = findTimes(c.text, c.pub);
      const hit = found.find((t) => t.text === c.want.text);
      assert.ok(hit, `expected "${c.want.text}", found ${JSON.stringify(found.map((t) => t.text))}`);
      const picked = Object.fromEntries(Object.keys(c.want).map((k) => [k, hit[k as keyof TimeExpression]]));
      assert.deepEqual(picked, c.want);
      assert.equal(c.text.slice(hit.start, hit.end), hit.text);
    });
  }
}

test('words that only look like times are left alone', () => {
  for (const text of [
    'It may rain. Prices fall sharply.',
    'The march began at the square.',
    'Theresa May said so.',
    'Some 1,990 people and $2025 in cash.',
    'He won a quarter of the vote.',
    'One of the officials left.',
    'The quarterly dividend was cut.',
    'A current account deficit.',
    'Talks soon turned into a row.',
  ]) {
    assert.deepEqual(findTimes(text, WED), [], text);
  }
});

test('"its fourth year" and "a 32-month" conflict can be compared through length', () => {
  const length = (text: string, phrase: string): { min: number; max: number | null } => {
    const hit = findTimes(text, WED).find((t) => t.text === phrase);
    assert.ok(hit?.length, `${phrase} has a length`);
    return hit.length;
  };
  const fourth = length('The war is now entering its fourth year.', 'its fourth year');
  const months = length('The 32-month war goes on.', '32-month');
  // 32 months is under three years: the war would be in its third year, not its fourth.
  assert.ok(months.max! < fourth.min);
  const later = length('The 44-month war goes on.', '44-month');
  assert.ok(later.min >= fourth.min && later.max! <= fourth.max!);
});

test('a relative expression needs the publication; absolute ones and durations do not', () => {
  const found = findTimes('Two months ago, on Oct. 21, 2025, after 23 years of talks, the deal was signed yesterday.', null);
  const by = Object.fromEntries(found.map((t) => [t.text, t]));
  assert.equal(by['Two months ago']?.value, null);
  assert.equal(by['Two months ago']?.anchor, 'unresolved');
  assert.equal(by['yesterday']?.value, null);
  assert.equal(by['Oct. 21, 2025']?.value, '2025-10-21');
  assert.equal(by['23 years']?.value, 'P23Y');
});

test('a date-only publication and a datetime one anchor the same day', () => {
  assert.deepEqual(findTimes('They met yesterday.', '2026-03-11'), findTimes('They met yesterday.', '2026-03-11T23:59:00Z'));
});
