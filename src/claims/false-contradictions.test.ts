/**
 * The kinds of false contradiction seen on real multi-outlet news, each in invented
 * sentences, beside the genuine disputes they must not swallow. Each case is two (or three)
 * outlets' paragraphs and the contradiction that must, or must not, be found.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inventStory } from './testing.js';
import type { ContradictionType } from './types.js';

interface Case {
  name: string;
  reports: (string | string[])[];
  /** The contradiction expected, or null for none at all. */
  type: ContradictionType | null;
  /** Values the sides must show, when one is expected. */
  values?: string[];
}

const NONE: Case[] = [
  {
    name: 'a depth is not a distance',
    reports: ['The earthquake struck at a depth of 10 kilometres under the Morvel hills on Sunday.', 'The earthquake on Sunday was centred 40 kilometres from Morvel.'],
    type: null,
  },
  {
    name: 'the ages of two different people',
    reports: ['Police arrested Tomas Varek, 34, on Sunday.', 'The victim, Ilse Marn, 61, died at the scene on Sunday.'],
    type: null,
  },
  {
    name: 'the injured are not the dead',
    reports: ['The blast at the Ferro plant killed 12 people on Sunday.', 'The blast at the Ferro plant injured 40 people on Sunday.'],
    type: null,
  },
  {
    name: 'jurors are not victims',
    reports: ['The jury was split, with nine jurors in favour of the death penalty.', 'Orvin Dale killed four people in the courthouse shooting.'],
    type: null,
  },
  {
    name: 'a part is not a total',
    reports: ['Five people died at the scene of the Ferro plant blast and four others died in hospital.', 'Nine people died in the Ferro plant blast.'],
    type: null,
  },
  {
    name: 'a subset of villages is not all of them',
    reports: ['The storm damaged about 15 villages in the Morvel valley.', 'The 12 worst-hit villages in the Morvel valley were cut off by the storm.'],
    type: null,
  },
  {
    name: 'a bound is not a value',
    reports: ['The plane came down 17 miles from the capital, Tessaly.', 'The plane came down within 20 miles of Tessaly.'],
    type: null,
  },
  {
    name: 'the toll of an earlier disaster is background',
    reports: ['The earthquake in the Morvel hills killed 10 people on Sunday.', ['The earthquake in the Morvel hills killed 10 people on Sunday.', 'In 2003 an earthquake in Kestrin killed more than 30,000 people.']],
    type: null,
  },
  {
    name: 'a figure in another currency is a conversion',
    reports: ['Thieves stole jewels worth 85 million euros ($108 million) from the Velde store.', 'Thieves stole jewels worth 85 million euros from the Velde store.', 'Thieves stole $137 million in jewels from the Velde store.'],
    type: null,
  },
  {
    name: 'the cause of a landslide is not the cause of the quake',
    reports: ['A landslide caused by the earthquake buried the Morvel road.', 'The earthquake was caused by a shift along the Morvel fault.'],
    type: null,
  },
  {
    name: 'spelling variants in one quote',
    reports: ['“We sent an e-mail to every family in the valley,” said Mayor Ines Varga.', '“We sent an email to every family in the valley,” said Mayor Ines Varga.'],
    type: null,
  },
  {
    name: 'two excerpts of one quote',
    reports: ['“The water rose faster than anyone expected,” said Mayor Ines Varga.', '“The water rose faster than anyone expected, and we had only minutes to leave,” said Mayor Ines Varga.'],
    type: null,
  },
  {
    name: '"not the first time" is no denial',
    reports: ['The Kessel bridge failed on Monday after heavy rain.', 'This is not the first time that the Kessel bridge has failed.'],
    type: null,
  },
  {
    name: 'a list of figures of different groups is no contradiction',
    reports: [
      'Of the 300 staff, 120 were engineers, 80 were drivers, 45 were guards, 30 were cooks and 25 were clerks.',
      'The company said 200 engineers, 60 drivers and 15 guards had joined the strike.',
    ],
    type: null,
  },
  {
    name: 'two witnesses, two impressions',
    reports: ['“The shaking lasted 30 seconds,” said Lena Ostrova, who works in a Morvel office.', '“There was a tremor for one minute,” said Piotr Hal, a Morvel shopkeeper.'],
    type: null,
  },
  {
    name: 'the sentences of two different people',
    reports: ['A court in Morvel sentenced Tomas Varek to two years in prison for the harbour assault.', 'A court in Morvel sentenced his brother Ilja Varek to five years in prison for the arson.'],
    type: null,
  },
  {
    name: 'a later update is not a contradiction of the first report',
    reports: ['The blast at the Ferro plant killed 12 people on Sunday.', 'By Monday the toll from the Ferro plant blast had risen to 15.'],
    type: null,
  },
  {
    name: 'the records of two different fighters',
    reports: ['Rahel Osk (31-2) stopped her challenger in the fifth round on Saturday.', 'Ines Lind, 28-4, was stopped in the fifth round on Saturday.'],
    type: null,
  },
  {
    name: 'a record whose owner the sentence does not tell',
    reports: ['Lind struggled against the taller Rahel Osk and dropped to 28-5 on Saturday.', 'Rahel Osk improved her record to 31-2 on Saturday.'],
    type: null,
  },
  {
    name: '"another" after a count of the same thing is an increment',
    reports: ['Police arrested 20 protesters outside the Velde court and another 15 near the station on Monday.', 'Police arrested 35 protesters in Morvel on Monday.'],
    type: null,
  },
  {
    name: 'two tallies are most often of two votes',
    reports: ['The Velde council voted 7-2 on Monday to close the harbour bridge.', 'The Velde council voted 6-3 on Monday to fund repairs to the harbour wall.'],
    type: null,
  },
  {
    name: '"more than" a rounded sum is that sum',
    reports: ['Thieves stole jewels worth more than 85 million euros from the Velde store.', 'Thieves stole jewels worth 85 million euros from the Velde store.'],
    type: null,
  },
];

const GENUINE: Case[] = [
  { name: 'two tolls for one event', reports: ['The blast at the Ferro plant killed 12 people on Sunday.', 'The blast at the Ferro plant killed 15 people on Sunday.'], type: 'numeric', values: ['12 people', '15 people'] },
  { name: 'two sums in one currency', reports: ['Thieves stole jewels worth 80 million euros from the Velde store.', 'Thieves stole jewels worth 85 million euros from the Velde store.'], type: 'numeric' },
  { name: 'two counts of the arrested', reports: ['Police arrested 99 suspected gang members in dawn raids on Tuesday.', 'In the raids on Tuesday 89 people were arrested, police said.'], type: 'numeric' },
  { name: 'two stated peaks', reports: ['Up to 70 percent of internet services in Tessaly were cut.', 'Up to 80 percent of internet services in Tessaly were cut.'], type: 'numeric' },
  { name: 'three aftershocks against at least four', reports: ['Three strong aftershocks were felt in Morvel on Sunday.', 'The quake was followed by at least four strong aftershocks in Morvel on Sunday.'], type: 'numeric' },
  { name: 'two records of one fighter', reports: ['Rahel Osk, 31-2, stopped Ines Lind in the fifth round on Saturday.', 'Rahel Osk improved her record to 30-2 with the win over Ines Lind on Saturday.'], type: 'numeric', values: ['31-2', '30-2'] },
  { name: 'the wounded, set apart from the dead by "another"', reports: ['The blast at the Ferro plant killed 12 people and wounded another 70 on Sunday.', 'The blast at the Ferro plant killed 12 people and injured 80 on Sunday.'], type: 'numeric', values: ['70', '80'] },
  {
    name: 'a record told beside "since" a month is still of this fight',
    reports: ['Ivo Brask (40-1) won a points decision over Emil Dorn on the undercard on Saturday.', 'Ivo Brask (42-1) had been training in Velde since March for his comeback against Emil Dorn.'],
    type: 'numeric',
    values: ['40-1', '42-1'],
  },
  { name: 'a sum whose € an old feed kept as "e"', reports: ['Thieves stole e80 million in jewels from the Velde store on Friday.', 'Thieves stole 85 million euros in jewels from the Velde store on Friday.'], type: 'numeric', values: ['e80 million', '85 million euros'] },
  {
    name: 'a magnitude a whole unit away is another shock, not a side',
    reports: [
      'A magnitude 5.9 earthquake struck the Morvel hills on Sunday.',
      'The 6.1-magnitude earthquake struck the Morvel hills on Sunday.',
      ['The earthquake struck the Morvel hills on Sunday.', 'The university observatory registered a quake measuring 3.8 in the Morvel hills on Sunday evening.'],
    ],
    type: 'numeric',
    values: ['5.9', '6.1'],
  },
  { name: 'a denial against an assertion', reports: ['Troops crossed the border into Tessaly on Sunday.', 'The defence ministry denied that troops had crossed the border into Tessaly.'], type: 'polarity' },
  { name: 'two lengths of one sentence', reports: ['A court in Morvel sentenced Tomas Varek to two years in prison for the harbour assault.', 'A court in Morvel sentenced Tomas Varek to two and a half years in prison for the harbour assault.'], type: 'temporal' },
  { name: 'a report called false against the report', reports: ['Troops crossed the border into Tessaly on Sunday.', 'The defence ministry said reports that troops had crossed the border into Tessaly were false.'], type: 'polarity' },
];

for (const c of [...NONE, ...GENUINE]) {
  test(`${c.type ?? 'none'}: ${c.name}`, async () => {
    const outlets = ['Arlen Courier', 'Perth Ledger', 'Valley Radio'];
    const story = await inventStory(c.reports.map((text, i) => ({ outlet: outlets[i]!, text })));
    const found = story.analysis.contradictions.filter((x) => !x.internal);
    if (c.type === null) {
      assert.deepEqual(found.map((x) => `${x.type}: ${x.summary}`), []);
      return;
    }
    const hit = found.find((x) => x.type === c.type);
    assert.ok(hit, `expected ${c.type}, found: ${found.map((x) => `${x.type}: ${x.summary}`).join(' | ') || 'nothing'}`);
    assert.ok(new Set(hit.sides.map((s) => s.value)).size <= 4, 'at most four positions');
    for (const v of c.values ?? []) assert.ok(hit.sides.some((s) => s.value.includes(v)), `side value ${v} in ${hit.sides.map((s) => s.value).join(', ')}`);
    if (c.values) assert.equal(new Set(hit.sides.map((s) => s.value)).size, c.values.length, `only the positions ${c.values.join(', ')}: ${hit.summary}`);
  });
}

test('a dispute is named in the words of the reports, never by the stems it is compared on', async () => {
  const outlets = ['Arlen Courier', 'Perth Ledger'];
  const story = await inventStory(
    [
      'Two undersea cables off Tessaly were cut on Friday. The 6.1-magnitude quake struck Morvel on Sunday.',
      'Three undersea cables off Tessaly were cut on Friday. The 5.9-magnitude quake struck Morvel on Sunday.',
    ].map((text, i) => ({ outlet: outlets[i]!, text })),
  );
  const summaries = story.analysis.contradictions.map((c) => c.summary);
  assert.ok(summaries.some((s) => s.includes('the number of cables')), summaries.join(' | '));
  assert.ok(summaries.some((s) => s.includes('the magnitude:')), summaries.join(' | '));
  assert.ok(!summaries.some((s) => /cabl[^e]|magnitude:main/u.test(s)), summaries.join(' | '));
});
