/**
 * Which day a bare weekday is, by the clause around it: forecasts and plans look ahead of
 * the publication, reports of what happened look back. Each case names its publication
 * and the day expected; invented sentences only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes } from './index.js';

const WED = '2025-10-22T07:11:26Z';
const SAT = '2025-10-25';

interface Case {
  text: string;
  pub: string;
  /** The weekday as written, and the day it must resolve to. */
  phrase: string;
  day: string;
}

const forward: Case[] = [
  { text: 'The storm could reach the region on Friday.', pub: WED, phrase: 'Friday', day: '2025-10-24' },
  { text: 'The strike would halt all trains across the north on Monday.', pub: WED, phrase: 'Monday', day: '2025-10-27' },
  { text: 'The ministers will meet on Thursday.', pub: WED, phrase: 'Thursday', day: '2025-10-23' },
  { text: "We'll know more on Thursday.", pub: WED, phrase: 'Thursday', day: '2025-10-23' },
  { text: 'The ferry is expected to arrive on Sunday.', pub: WED, phrase: 'Sunday', day: '2025-10-26' },
  { text: 'The council is due to decide on Friday.', pub: WED, phrase: 'Friday', day: '2025-10-24' },
  { text: 'The talks are going to resume on Monday.', pub: WED, phrase: 'Monday', day: '2025-10-27' },
  { text: 'The cabinet is set to approve the budget on Thursday.', pub: WED, phrase: 'Thursday', day: '2025-10-23' },
  { text: 'The launch is scheduled for Saturday.', pub: WED, phrase: 'Saturday', day: '2025-10-25' },
  { text: 'The port may reopen on Sunday.', pub: WED, phrase: 'Sunday', day: '2025-10-26' },
  { text: 'Voters might go to the polls on Monday.', pub: WED, phrase: 'Monday', day: '2025-10-27' },
  { text: "The union won't call off the strike on Friday.", pub: WED, phrase: 'Friday', day: '2025-10-24' },
  { text: 'The offer stands until Friday.', pub: WED, phrase: 'Friday', day: '2025-10-24' },
  { text: 'Schools will remain closed until at least Friday.', pub: WED, phrase: 'Friday', day: '2025-10-24' },
  // Said on the day it is published, a plan for that weekday is that same day: a week on is "next Wednesday".
  { text: 'Parliament plans to vote on Wednesday.', pub: WED, phrase: 'Wednesday', day: '2025-10-22' },
  // Reported speech: ahead of the publication when the sentence names no day for the statement…
  { text: 'The mayor said the flood would reach the town on Friday.', pub: WED, phrase: 'Friday', day: '2025-10-24' },
  { text: 'The vote, which was expected to take place on Thursday, has been postponed.', pub: WED, phrase: 'Thursday', day: '2025-10-23' },
  { text: 'The king met the envoy on Monday and will meet the president on Thursday.', pub: WED, phrase: 'Thursday', day: '2025-10-23' },
];

/** Forecasts told as past, with the statement's day named first: they count from that day, whenever the report came out. */
const statement: Case[] = [
  { text: 'The union said on Monday the strike would begin on Tuesday.', pub: WED, phrase: 'Tuesday', day: '2025-10-21' },
  { text: 'The union said on Monday the strike would begin on Tuesday.', pub: SAT, phrase: 'Tuesday', day: '2025-10-21' },
  { text: 'The union said on Oct. 10 that the strike would begin on Monday.', pub: WED, phrase: 'Monday', day: '2025-10-13' },
  { text: 'The envoy said on Monday that the talks were expected to resume on Thursday.', pub: SAT, phrase: 'Thursday', day: '2025-10-23' },
];

const backward: Case[] = [
  { text: 'Officials met on Tuesday.', pub: WED, phrase: 'Tuesday', day: '2025-10-21' },
  { text: 'The minister said on Tuesday that the talks had failed.', pub: WED, phrase: 'Tuesday', day: '2025-10-21' },
  { text: 'The union said on Monday the strike would begin on Tuesday.', pub: WED, phrase: 'Monday', day: '2025-10-20' },
  { text: 'The king met the envoy on Monday and will meet the president on Thursday.', pub: WED, phrase: 'Monday', day: '2025-10-20' },
  // A modal with "have" looks back: a counterfactual or a guess about the past.
  { text: 'The talks would have been held on Tuesday.', pub: WED, phrase: 'Tuesday', day: '2025-10-21' },
  { text: 'The meeting may have taken place on Monday.', pub: WED, phrase: 'Monday', day: '2025-10-20' },
  // "could not", "could see": what someone was able to do.
  { text: 'Police could not confirm on Tuesday whether anyone was hurt.', pub: WED, phrase: 'Tuesday', day: '2025-10-21' },
  { text: 'Residents could see the smoke on Tuesday.', pub: WED, phrase: 'Tuesday', day: '2025-10-21' },
  // "could" is also the past of "can": the nearer day wins.
  { text: 'Residents could return home on Monday.', pub: WED, phrase: 'Monday', day: '2025-10-20' },
  { text: 'The storm could reach the region on Friday.', pub: SAT, phrase: 'Friday', day: '2025-10-24' },
  // A habit names no day ahead; the default reading stays.
  { text: 'He would often call his mother on Sunday.', pub: WED, phrase: 'Sunday', day: '2025-10-19' },
  { text: 'The road stayed closed until Tuesday.', pub: WED, phrase: 'Tuesday', day: '2025-10-21' },
  // "May" with a capital is a name here, not a modal.
  { text: 'Theresa May met the envoy on Tuesday.', pub: WED, phrase: 'Tuesday', day: '2025-10-21' },
];

for (const [direction, list] of [['forward', forward], ['backward', backward], ['from the statement', statement]] as const) {
  for (const c of list) {
    test(`${direction}: "${c.phrase}" in "${c.text}" (published ${c.pub}) is ${c.day}`, () => {
      const hit = findTimes(c.text, c.pub).find((t) => t.text === c.phrase);
      assert.ok(hit, `"${c.phrase}" is found`);
      assert.equal(hit.value, c.day);
      assert.equal(hit.granularity, 'day');
      assert.equal(hit.anchor, 'publication');
    });
  }
}

test('every forward case differs from the backward reading, so each one tests the tense', () => {
  for (const c of forward) {
    const plain = findTimes(`Officials met on ${c.phrase}.`, c.pub).find((t) => t.text === c.phrase);
    if (c.day === c.pub.slice(0, 10)) continue; // the publication's own weekday reads the same both ways
    assert.notEqual(plain?.value, c.day, c.text);
  }
});

test('a forecast told as past does not count from the publication when its statement\'s day is named', () => {
  for (const c of statement) {
    const fromPublication = findTimes(`The strike will begin on ${c.phrase}.`, c.pub).find((t) => t.text === c.phrase);
    assert.ok(fromPublication);
    assert.notEqual(fromPublication.value, c.day, c.text);
  }
});

/** Weekends of Wednesday 22 October 2025: the one before (W42) and the coming one (W43). */
const weekends: { text: string; value: string }[] = [
  { text: 'Crowds gathered over the weekend.', value: '2025-W42-WE' },
  { text: 'The ferry will sail at the weekend.', value: '2025-W43-WE' },
  // A deadline looks ahead unless its sentence tells the past.
  { text: 'The union hopes to reach a deal before the weekend.', value: '2025-W43-WE' },
  { text: 'Engineers aim to restore power by the weekend.', value: '2025-W43-WE' },
  { text: 'Shops are stocking up ahead of the weekend.', value: '2025-W43-WE' },
  { text: 'The deal was signed before the weekend.', value: '2025-W42-WE' },
];

for (const c of weekends) {
  test(`"the weekend" in "${c.text}" (published ${WED}) is ${c.value}`, () => {
    const hit = findTimes(c.text, WED).find((t) => t.text === 'the weekend');
    assert.ok(hit, '"the weekend" is found');
    assert.equal(hit.value, c.value);
  });
}
