import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quantity, QuantityKind } from '../types.js';
import { findQuantities } from './index.js';

type Expected = Omit<Quantity, 'start' | 'end'>;
type Extra = Pick<Quantity, 'qualifier' | 'range' | 'counted'>;

function q(text: string, kind: QuantityKind, value: number, unit: string | null = null, extra: Extra = {}): Expected {
  return { text, kind, value, unit, ...extra };
}
const approx: Extra = { qualifier: 'approximate' };

function run(cases: ReadonlyArray<readonly [string, Expected[]]>): void {
  for (const [input, expected] of cases) {
    test(JSON.stringify(input), () => {
      const found = findQuantities(input);
      for (const f of found) assert.equal(input.slice(f.start, f.end), f.text);
      assert.deepStrictEqual(
        found.map(({ start: _s, end: _e, ...rest }) => rest),
        expected,
      );
    });
  }
}

describe('cardinals', () => {
  run([
    ['25,000', [q('25,000', 'cardinal', 25000)]],
    ['1.2', [q('1.2', 'cardinal', 1.2)]],
    ['3 000', [q('3 000', 'cardinal', 3000)]],
    ['1,000,000', [q('1,000,000', 'cardinal', 1e6)]],
    ['1.2 billion', [q('1.2 billion', 'cardinal', 1.2e9)]],
    ['a 1.5 million-strong army', [q('1.5 million', 'cardinal', 1.5e6)]],
    ['40 million', [q('40 million', 'cardinal', 4e7)]],
    ['1,5 million', [q('1,5 million', 'cardinal', 1.5e6)]],
    ['Seventeen.', [q('Seventeen', 'cardinal', 17)]],
    ['two hundred and forty', [q('two hundred and forty', 'cardinal', 240)]],
    ['twenty-three', [q('twenty-three', 'cardinal', 23)]],
    ['one thousand and five', [q('one thousand and five', 'cardinal', 1005)]],
    ['two million three hundred thousand', [q('two million three hundred thousand', 'cardinal', 2.3e6)]],
    ['a dozen', [q('a dozen', 'cardinal', 12)]],
    ['two dozen', [q('two dozen', 'cardinal', 24)]],
    ['half a dozen', [q('half a dozen', 'cardinal', 6)]],
    ['a hundred', [q('a hundred', 'cardinal', 100)]],
    ['half a million', [q('half a million', 'cardinal', 5e5)]],
    ['two and a half million', [q('two and a half million', 'cardinal', 2.5e6)]],
    ['½', [q('½', 'cardinal', 0.5)]],
    ['zero', [q('zero', 'cardinal', 0)]],
    ['hundreds', [q('hundreds', 'cardinal', 200, null, { ...approx, range: { low: 200, high: 999 } })]],
    ['thousands were evacuated', [q('thousands', 'cardinal', 2000, null, { ...approx, range: { low: 2000, high: 9999 } })]],
    ['a few thousand', [q('a few thousand', 'cardinal', 2000, null, { ...approx, range: { low: 2000, high: 5999 } })]],
    ['Kresl, now 67, said', [q('67', 'cardinal', 67)]],
    ['The two, however, disagreed', [q('two', 'cardinal', 2)]],
    ['seventeen of the missing', [q('seventeen', 'cardinal', 17)]],
    ['five six', [q('five', 'cardinal', 5), q('six', 'cardinal', 6)]],
  ]);
});

describe('ordinals', () => {
  run([
    ['the fourth', [q('fourth', 'ordinal', 4)]],
    ['the 23rd', [q('23rd', 'ordinal', 23)]],
    ['the second time in months', [q('second', 'ordinal', 2)]],
    ['on the fourth day', [q('fourth day', 'ordinal', 4, 'day')]],
    ['the twenty-first century', [q('twenty-first century', 'ordinal', 21, 'century')]],
    ['one hundred and first', [q('one hundred and first', 'ordinal', 101)]],
    ['a third term', [q('third', 'ordinal', 3)]],
    ['the 12th session', [q('12th', 'ordinal', 12)]],
  ]);
});

describe('money', () => {
  run([
    ['$4.5 million', [q('$4.5 million', 'money', 4.5e6, 'USD')]],
    ['€3bn', [q('€3bn', 'money', 3e9, 'EUR')]],
    ['stole e80 million in jewels', [q('e80 million', 'money', 8e7, 'EUR')]],
    ['an e2.5bn deal', [q('e2.5bn', 'money', 2.5e9, 'EUR')]],
    ['E85 fuel for the e80 engine', []],
    ['1.2 billion crowns', [q('1.2 billion crowns', 'money', 1.2e9, 'crown')]],
    ['1.2 billion Czech crowns', [q('1.2 billion Czech crowns', 'money', 1.2e9, 'CZK')]],
    ['450 million euros', [q('450 million euros', 'money', 4.5e8, 'EUR')]],
    ['USD 20', [q('USD 20', 'money', 20, 'USD')]],
    ['20 USD', [q('20 USD', 'money', 20, 'USD')]],
    ['20 000 €', [q('20 000 €', 'money', 20000, 'EUR')]],
    ['US$20m', [q('US$20m', 'money', 2e7, 'USD')]],
    ['HK$5 billion', [q('HK$5 billion', 'money', 5e9, 'HKD')]],
    ['£2.5bn', [q('£2.5bn', 'money', 2.5e9, 'GBP')]],
    ['$40m', [q('$40m', 'money', 4e7, 'USD')]],
    ['40m euros', [q('40m euros', 'money', 4e7, 'EUR')]],
    ['five million dollars', [q('five million dollars', 'money', 5e6, 'USD')]],
    ['500 pounds', [q('500 pounds', 'money', 500, 'GBP')]],
    ['50 Swedish kronor', [q('50 Swedish kronor', 'money', 50, 'SEK')]],
    ['roughly $1.2 billion', [q('roughly $1.2 billion', 'money', 1.2e9, 'USD', approx)]],
    ['$3-4 million', [q('$3-4 million', 'money', 3e6, 'USD', { range: { low: 3e6, high: 4e6 } })]],
    ['millions of dollars', [q('millions of dollars', 'money', 2e6, 'USD', { ...approx, range: { low: 2e6, high: 9999999 } })]],
  ]);
});

describe('percentages', () => {
  run([
    ['23 per cent', [q('23 per cent', 'percent', 23, '%')]],
    ['23%', [q('23%', 'percent', 23, '%')]],
    ['61 percent', [q('61 percent', 'percent', 61, '%')]],
    ['5pc', [q('5pc', 'percent', 5, '%')]],
    ['3.5 percentage points', [q('3.5 percentage points', 'percent', 3.5, 'percentage point')]],
    ['23 per cent of voters', [q('23 per cent', 'percent', 23, '%', { counted: 'voters' })]],
    ['one-third', [q('one-third', 'percent', 33.33, '%')]],
    ['two-thirds of residents', [q('two-thirds', 'percent', 66.67, '%', { counted: 'residents' })]],
    ['a third of the homes', [q('a third', 'percent', 33.33, '%', { counted: 'homes' })]],
    ['three quarters of the vote', [q('three quarters', 'percent', 75, '%', { counted: 'vote' })]],
    ['roughly half of them', [q('roughly half', 'percent', 50, '%', approx)]],
    ['one in five residents', [q('one in five', 'percent', 20, '%', { counted: 'residents' })]],
    ['three out of four', [q('three out of four', 'percent', 75, '%')]],
  ]);
});

describe('counts and units', () => {
  run([
    ['25,000 troops', [q('25,000 troops', 'count', 25000, 'troops')]],
    ['25,000 Russian troops', [q('25,000 Russian troops', 'count', 25000, 'troops', { counted: 'Russian troops' })]],
    ['14 people were killed', [q('14 people', 'count', 14, 'people')]],
    ['14 dead', [q('14 dead', 'count', 14, 'dead')]],
    ['Fourteen confirmed dead', [q('Fourteen confirmed dead', 'count', 14, 'dead', { counted: 'confirmed dead' })]],
    ['nine people still missing', [q('nine people', 'count', 9, 'people')]],
    ['190 millimetres of rain', [q('190 millimetres', 'count', 190, 'millimetre', { counted: 'rain' })]],
    ['190mm', [q('190mm', 'count', 190, 'millimetre')]],
    ['5 km', [q('5 km', 'count', 5, 'kilometre')]],
    ['12 kg', [q('12 kg', 'count', 12, 'kilogram')]],
    ['5t', [q('5t', 'count', 5, 'tonne')]],
    ['60m', [q('60m', 'count', 60, 'metre')]],
    ['1.5 tonnes', [q('1.5 tonnes', 'count', 1.5, 'tonne')]],
    ['30°C', [q('30°C', 'count', 30, 'degree Celsius')]],
    ['120 km/h', [q('120 km/h', 'count', 120, 'kilometre per hour')]],
    ['5 square kilometres', [q('5 square kilometres', 'count', 5, 'square kilometre')]],
    ['48 million cubic metres', [q('48 million cubic metres', 'count', 4.8e7, 'cubic metre')]],
    ['a 48-million-cubic-metre reservoir', [q('48-million-cubic-metre', 'count', 4.8e7, 'cubic metre', { counted: 'reservoir' })]],
    ['a three-hour discussion', [q('three-hour', 'count', 3, 'hour', { counted: 'discussion' })]],
    ['a two-hour phone conversation with', [q('two-hour', 'count', 2, 'hour', { counted: 'phone conversation' })]],
    ['the 32-month conflict', [q('32-month', 'count', 32, 'month', { counted: 'conflict' })]],
    ['a 67-year-old man', [q('67-year-old', 'count', 67, 'year', { counted: 'man' })]],
    ['a 10-point plan', [q('10-point', 'count', 10, 'point', { counted: 'plan' })]],
    ['a 500-pound bomb', [q('500-pound', 'count', 500, 'pound', { counted: 'bomb' })]],
    ['300 pounds of cocaine', [q('300 pounds', 'count', 300, 'pound', { counted: 'cocaine' })]],
    ['two days', [q('two days', 'count', 2, 'day')]],
    ['2½ hours', [q('2½ hours', 'count', 2.5, 'hour')]],
    ['half an hour', [q('half an hour', 'count', 0.5, 'hour')]],
    ['a quarter of an hour', [q('a quarter of an hour', 'count', 0.25, 'hour')]],
    ['a half-hour show', [q('half-hour', 'count', 0.5, 'hour', { counted: 'show' })]],
    ['four-and-a-half hours', [q('four-and-a-half hours', 'count', 4.5, 'hour')]],
    ['an 11-day strike', [q('11-day', 'count', 11, 'day', { counted: 'strike' })]],
    ['18 to 25-year-olds', [q('18 to 25-year-olds', 'count', 18, 'year', { range: { low: 18, high: 25 } })]],
    ['one person died', [q('one person', 'count', 1, 'person')]],
    ['One senior U.S. official said', [q('One senior U.S. official', 'count', 1, 'official', { counted: 'senior U.S. official' })]],
    ['10m people', [q('10m people', 'count', 1e7, 'people')]],
    ['1500 people', [q('1500 people', 'count', 1500, 'people')]],
    ['hundreds of homes', [q('hundreds of homes', 'count', 200, 'homes', { ...approx, range: { low: 200, high: 999 } })]],
    ['tens of thousands of troops', [q('tens of thousands of troops', 'count', 20000, 'troops', { ...approx, range: { low: 20000, high: 99999 } })]],
    ['dozens of people', [q('dozens of people', 'count', 24, 'people', { ...approx, range: { low: 24, high: 119 } })]],
    ['several hundred people', [q('several hundred people', 'count', 300, 'people', { ...approx, range: { low: 300, high: 999 } })]],
    ['a dozen eggs', [q('a dozen eggs', 'count', 12, 'eggs')]],
    ['14 more people', [q('14 more people', 'count', 14, 'people', { counted: 'more people' })]],
  ]);
});

describe('qualifiers and ranges', () => {
  run([
    ['about 2,300', [q('about 2,300', 'cardinal', 2300, null, approx)]],
    ['around 40', [q('around 40', 'cardinal', 40, null, approx)]],
    ['nearly 3,000', [q('nearly 3,000', 'cardinal', 3000, null, approx)]],
    ['some 60 engines', [q('some 60 engines', 'count', 60, 'engines', approx)]],
    ['an estimated 500', [q('an estimated 500', 'cardinal', 500, null, approx)]],
    ['c. 300', [q('c. 300', 'cardinal', 300, null, approx)]],
    ['~300 people', [q('~300 people', 'count', 300, 'people', approx)]],
    ['more than 3,000 people', [q('more than 3,000 people', 'count', 3000, 'people', { qualifier: 'more-than' })]],
    ['over 300', [q('over 300', 'cardinal', 300, null, { qualifier: 'more-than' })]],
    ['upwards of 300', [q('upwards of 300', 'cardinal', 300, null, { qualifier: 'more-than' })]],
    ['at least 14 people', [q('at least 14 people', 'count', 14, 'people', { qualifier: 'at-least' })]],
    ['up to 40 people', [q('up to 40 people', 'count', 40, 'people', { qualifier: 'at-most' })]],
    ['no more than 5', [q('no more than 5', 'cardinal', 5, null, { qualifier: 'at-most' })]],
    ['fewer than 10', [q('fewer than 10', 'cardinal', 10, null, { qualifier: 'less-than' })]],
    ['less than 2 per cent', [q('less than 2 per cent', 'percent', 2, '%', { qualifier: 'less-than' })]],
    ['under 18', [q('under 18', 'cardinal', 18, null, { qualifier: 'less-than' })]],
    ['40-odd people', [q('40-odd people', 'count', 40, 'people', approx)]],
    ['14 or more people', [q('14 or more people', 'count', 14, 'people', { qualifier: 'at-least' })]],
    ['3,000-plus troops', [q('3,000-plus troops', 'count', 3000, 'troops', { qualifier: 'at-least' })]],
    ['two weeks or so', [q('two weeks or so', 'count', 2, 'week', approx)]],
    ['rain fell over three days', [q('three days', 'count', 3, 'day')]],
    ['between 40 and 60', [q('between 40 and 60', 'cardinal', 40, null, { range: { low: 40, high: 60 } })]],
    ['40 to 60', [q('40 to 60', 'cardinal', 40, null, { range: { low: 40, high: 60 } })]],
    ['40-60 people', [q('40-60 people', 'count', 40, 'people', { range: { low: 40, high: 60 } })]],
    ['10,000–15,000', [q('10,000–15,000', 'cardinal', 10000, null, { range: { low: 10000, high: 15000 } })]],
    ['two to three days', [q('two to three days', 'count', 2, 'day', { range: { low: 2, high: 3 } })]],
    ['between 3 and 4 million people', [q('between 3 and 4 million people', 'count', 3e6, 'people', { range: { low: 3e6, high: 4e6 } })]],
    ['20-30%', [q('20-30%', 'percent', 20, '%', { range: { low: 20, high: 30 } })]],
    ['about 40 to 60', [q('about 40 to 60', 'cardinal', 40, null, { ...approx, range: { low: 40, high: 60 } })]],
    ['rose from 14 to 17', [q('14', 'cardinal', 14), q('17', 'cardinal', 17)]],
  ]);
});

describe('not quantities', () => {
  run([
    ['in 1974', []],
    ['2026', []],
    ['the 2010 floods', []],
    ['the February 2022 invasion', []],
    ['March 10, 2026', []],
    ['10 March', []],
    ['the 10th of March', []],
    ['Jan. 6', []],
    ['Oct. 21', []],
    ['4:40 a.m.', []],
    ['5 a.m.', []],
    ['10 pm', []],
    ['at 1700 GMT', []],
    ['the 1990s', []],
    ["the '80s", []],
    ['in his 60s', []],
    ['2020-21', []],
    ['between 2020 and 2024', []],
    ['3-2 vote', []],
    ['a 5-4 ruling', []],
    ['won 2-1', []],
    ['No. 10', []],
    ['number 10', []],
    ['Article 5', []],
    ['page 3', []],
    ['the LSX-40 sensor', []],
    ['A4', []],
    ['the G7', []],
    ['COVID-19', []],
    ['F-16 jets', []],
    ['+44 20 7946 0958', []],
    ['555-0199', []],
    ['#3', []],
    ['version 2.4.1', []],
    ['10/03/2026', []],
    ['24/7', []],
    ['007', []],
    ['4G', []],
    ['a new Boeing 737 jet', []],
    ['one of the', []],
    ['one day', []],
    ['no one', []],
    ['the one who left', []],
    ['one-sided policies', []],
    ['at first', []],
    ['the 9/11 attacks', []],
    ['S-400 missiles', []],
    ['MH17', []],
    ['Chapter 11 bankruptcy', []],
    ['No 10 Downing Street', []],
    ['a man', []],
    ['more than a metre', []],
    ['an hour', []],
    ['the second half', [q('second', 'ordinal', 2)]],
    ['the lower half of town', []],
  ]);
});

describe('sentences', () => {
  run([
    [
      'The flood has killed at least 14 people and destroyed hundreds of homes, and Kresl, now 67, said so in 2024.',
      [
        q('at least 14 people', 'count', 14, 'people', { qualifier: 'at-least' }),
        q('hundreds of homes', 'count', 200, 'homes', { ...approx, range: { low: 200, high: 999 } }),
        q('67', 'cardinal', 67),
      ],
    ],
    [
      'In 2010, 300 people died; the death toll remained at 14, with nine people still missing.',
      [q('300 people', 'count', 300, 'people'), q('14', 'cardinal', 14), q('nine people', 'count', 9, 'people')],
    ],
    [
      'Sirens sounded at about 5:10 a.m., roughly half an hour after the embankment collapsed.',
      [q('roughly half an hour', 'count', 0.5, 'hour', approx)],
    ],
  ]);
});
