/** Contradictions by type, on invented reports: each case is two outlets' sentences and what must (not) be found. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inventStory } from './testing.js';
import type { ContradictionType } from './types.js';

interface Case {
  name: string;
  a: string;
  b: string;
  /** The contradiction expected, or null for none. */
  type: ContradictionType | null;
  /** Values the two sides must show, when a contradiction is expected. */
  values?: [string, string];
}

const CASES: Case[] = [
  { name: 'numeric: different death tolls', a: 'Flooding killed 14 people in Arlen on Monday, police said.', b: 'Flooding killed 17 people in Arlen on Monday, the hospital said.', type: 'numeric', values: ['14 people', '17 people'] },
  { name: 'numeric: "more than 3,000" against "about 2,300" evacuated', a: 'More than 3,000 people were evacuated from Arlen.', b: 'About 2,300 residents were evacuated from Arlen.', type: 'numeric' },
  { name: 'numeric: "puts the magnitude at" states a figure too', a: 'The Varga Seismic Institute puts the Lind quake’s magnitude at 6.1.', b: 'The Lind quake had a magnitude of 5.4, officials said.', type: 'numeric', values: ['6.1', '5.4'] },
  { name: 'numeric: "at least 14" does not contradict 17', a: 'At least 14 people were killed in the Arlen floods.', b: 'The Arlen floods killed 17 people.', type: null },
  { name: 'numeric: "hundreds" is a floor, not a contradiction of 2,300', a: 'The flood forced hundreds of residents to leave their homes in Arlen.', b: 'About 2,300 residents were evacuated from Arlen.', type: null },
  { name: 'numeric: about 2,300 and 2,250 agree', a: 'About 2,300 residents were evacuated from Arlen.', b: 'Some 2,250 residents were evacuated from Arlen.', type: null },
  { name: 'temporal: a warning on Monday against last Thursday', a: 'The Harbour Authority warned Nordline about cracks in the pier on Monday.', b: 'The Harbour Authority had warned Nordline last Thursday about cracks in the pier.', type: 'temporal', values: ['Monday (2026-03-09)', 'last Thursday (2026-03-05)'] },
  { name: 'temporal: a 32-month war against one in its fourth year', a: 'Talks resumed on Monday, but the 32-month war continues.', b: 'The war, now entering its fourth year, shows no sign of ending.', type: 'temporal' },
  { name: 'temporal: a three-month delay against a six-week delay', a: 'The replacement of the harbour cranes was pushed back by three months.', b: 'Nordline agreed to a six-week delay to the harbour crane replacement.', type: 'temporal' },
  { name: 'temporal: the date a statement was made is not the date of the event', a: 'The council said on Tuesday that the bridge will close for repairs.', b: 'The council said on Wednesday that the bridge will close for repairs.', type: null },
  { name: 'polarity: will attend against will not attend', a: 'Mayor Ana Vidal will attend the climate summit in Perth.', b: 'Mayor Ana Vidal will not attend the climate summit in Perth.', type: 'polarity' },
  { name: 'polarity: productive against unproductive talks', a: 'Officials described the talks between Vidal and Morrow as productive.', b: 'A spokesperson blamed unproductive talks between Vidal and Morrow.', type: 'polarity', values: ['productive', 'unproductive'] },
  { name: 'polarity: a plan told as past does not contradict a later "no plans"', a: 'Vidal announced plans to meet Morrow in Perth within two weeks.', b: 'There are no plans for a Vidal–Morrow meeting in the near future.', type: null },
  { name: 'cause: rain against maintenance', a: 'The Kessel bridge collapsed because of heavy rain, engineers said.', b: 'The Kessel bridge collapsed because of poor maintenance, the union said.', type: 'cause' },
  { name: 'cause: a reason denied', a: 'The Kessel bridge collapsed because of the storm.', b: 'The Kessel bridge collapsed because of corroded cables, not because of the storm.', type: 'cause' },
  { name: 'cause: the same reason in other words', a: 'The Kessel bridge collapsed after days of heavy rain.', b: 'The Kessel bridge collapsed because of torrential rain.', type: null },
  { name: 'entity: another judge in the chair', a: 'The inquiry into the Kessel bridge collapse will be chaired by Judge Maria Tolan.', b: 'The inquiry into the Kessel bridge collapse will be chaired by Judge Ivan Petrov.', type: 'entity', values: ['Maria Tolan', 'Ivan Petrov'] },
  { name: 'attribution: the same words from two speakers', a: '“We will rebuild every home,” said Governor Lena Ostrova.', b: '“We will rebuild every home,” said Mayor Piotr Hal.', type: 'attribution', values: ['Lena Ostrova', 'Piotr Hal'] },
  { name: 'attribution: one speaker, altered words', a: '“The storm we had this weekend was far beyond anything the bridge was designed for,” Lena Ostrova said.', b: '“The storm we saw over the weekend was beyond anything this bridge was designed to hold,” Lena Ostrova said.', type: 'attribution' },
  { name: 'none: two different facts', a: 'The Kessel bridge collapsed on Monday.', b: 'Schools in Arlen will reopen on Friday.', type: null },
];

for (const c of CASES) {
  test(c.name, async () => {
    const story = await inventStory([
      { outlet: 'Arlen Courier', text: c.a },
      { outlet: 'Perth Ledger', text: c.b },
    ]);
    const found = story.analysis.contradictions;
    if (c.type === null) {
      assert.deepEqual(found.map((x) => x.summary), []);
      return;
    }
    const hit = found.find((x) => x.type === c.type);
    assert.ok(hit, `expected ${c.type}, found: ${found.map((x) => `${x.type}: ${x.summary}`).join(' | ') || 'nothing'}`);
    assert.equal(hit.internal, false);
    assert.ok(hit.summary.length > 0);
    const articles = new Set(hit.sides.map((s) => s.articleId));
    assert.equal(articles.size, 2, 'a side in each article');
    for (const s of hit.sides) {
      const text = story.articles.find((a) => a.id === s.articleId)!.text;
      assert.ok(s.start >= 0 && s.end <= text.length && s.end > s.start);
    }
    if (c.values) for (const v of c.values) assert.ok(hit.sides.some((s) => s.value.includes(v)), `side value ${v} in ${hit.sides.map((s) => s.value).join(', ')}`);
  });
}

test('contradictory statements inside one article are reported as internal', async () => {
  const story = await inventStory([
    { outlet: 'Arlen Courier', text: ['Flooding killed 14 people in Arlen on Monday, police said.', 'Schools stayed closed across the district.', 'Flooding killed 17 people in Arlen on Monday, police said.'] },
    { outlet: 'Perth Ledger', text: 'Schools in Arlen will reopen on Friday.' },
  ]);
  const c = story.analysis.contradictions.find((x) => x.type === 'numeric');
  assert.ok(c);
  assert.equal(c.internal, true);
  assert.equal(new Set(c.sides.map((s) => s.articleId)).size, 1);
  // An outlet contradicting itself changes no fact's status.
  assert.ok(story.analysis.claims.every((g) => g.status !== 'contested'));
});

test('a fact several sources agree on stays corroborated when one source disputes it; the lone claim is contested', async () => {
  const story = await inventStory([
    { outlet: 'Arlen Courier', text: 'Flooding killed 14 people in Arlen on Monday, police said.' },
    { outlet: 'Perth Ledger', text: 'The floods in Arlen killed 14 people on Monday.' },
    { outlet: 'Valley Radio', text: 'Flooding killed 14 people in Arlen on Monday, officials said.' },
    { outlet: 'Hill Post', text: 'Flooding killed 17 people in Arlen on Monday, the hospital said.' },
  ]);
  const c = story.analysis.contradictions.find((x) => x.type === 'numeric');
  assert.ok(c);
  const fourteen = story.analysis.claims.find((g) => g.numbers.some((n) => n.value === 14));
  const seventeen = story.analysis.claims.find((g) => g.numbers.some((n) => n.value === 17));
  assert.equal(fourteen?.status, 'corroborated');
  assert.equal(fourteen?.independentSources, 3);
  assert.equal(seventeen?.status, 'contested');
  assert.ok(fourteen?.contradictions.includes(c.id) && seventeen?.contradictions.includes(c.id));
});
