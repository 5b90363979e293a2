/** Win-loss records, table-driven on invented sentences: which pairs are records, and whose. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recordsIn } from './records.js';
import type { Mention } from '../language/types.js';

interface Case {
  text: string;
  /** Names in the sentence, each a person unless given as [name, id]. */
  names: (string | [string, string])[];
  /** Expected figures as "text=property", in order. */
  want: string[];
}

const CASES: Case[] = [
  { text: 'Rahel Osk (31-2) stopped Ines Lind in the fifth round.', names: ['Rahel Osk', 'Ines Lind'], want: ['31-2=record:person:rahel-osk'] },
  { text: 'Rahel Osk, 31-2, 20 KOs, stopped Ines Lind (28-4-1) on Saturday.', names: ['Rahel Osk', 'Ines Lind'], want: ['31-2=record:person:rahel-osk', '20 KOs=ko:person:rahel-osk', '28-4-1=record:person:ines-lind'] },
  { text: "The win took Osk's record to 31-2 with 20 wins by knockout.", names: ['Osk'], want: ['31-2=record:person:osk', '20 wins by knockout=ko:person:osk'] },
  { text: 'Osk improved her record to 31-2 and is unbeaten in ten fights.', names: ['Osk'], want: ['31-2=record:person:osk'] },
  { text: 'Lind fell to 28-5.', names: ['Lind'], want: ['28-5=record:person:lind'] },
  // Two people before it: whose record it is cannot be told, though it is still a record.
  { text: 'Lind struggled against the taller Osk and dropped to 28-5.', names: ['Lind', 'Osk'], want: ['28-5=null'] },
  { text: 'The Harbour Kings (30-12) lost at home.', names: [['Harbour Kings', 'organization:harbour-kings']], want: ['30-12=record:organization:harbour-kings'] },
  // Scores, votes, ranges and dates are no records.
  { text: 'Varek Athletic beat Orm 3-1 on Sunday.', names: [], want: [] },
  // A count of votes is a tally of its event, whoever cast them.
  { text: 'The council voted 7-2 to close the bridge.', names: [], want: ['voted 7-2=tally:vote'] },
  { text: 'Osk won a 5-4 split decision over Lind.', names: ['Osk', 'Lind'], want: ['5-4 split=tally:split'] },
  { text: 'After four days the jury deadlocked at 9-3 on the sentence.', names: [], want: ['deadlocked at 9-3=tally:deadlock'] },
  { text: 'Jurors reported their 9-3 deadlock to the judge.', names: [], want: ['9-3 deadlock=tally:deadlock'] },
  { text: 'Between 40-60 people were evacuated from Morvel.', names: [], want: [] },
  { text: 'The 2019-20 season ended early for Osk.', names: ['Osk'], want: [] },
  { text: 'Osk, 31, was born on 12-3-1994.', names: ['Osk'], want: [] },
  { text: 'The count was 2-1 in favour of the motion, Osk said.', names: ['Osk'], want: [] },
];

function context(text: string, names: Case['names']): { ctx: Parameters<typeof recordsIn>[0]; parts: { start: number; end: number }[] } {
  const mentions: Mention[] = [];
  const ids = new Map<string, string>();
  for (const n of names) {
    const [name, id] = typeof n === 'string' ? [n, `person:${n.toLowerCase().replace(/\s+/gu, '-')}`] : n;
    let at = text.indexOf(name);
    while (at >= 0) {
      const key = `e${mentions.length}`;
      ids.set(key, id);
      mentions.push({ start: at, end: at + name.length, entity: key, kind: 'name' });
      at = text.indexOf(name, at + name.length);
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const sentence = { start: 0, end: text.length };
  return { ctx: { text, sentence, mentions, entityOf: (m) => ids.get(m.entity) ?? null }, parts: [sentence] };
}

for (const c of CASES) {
  test(`records: ${c.text}`, () => {
    const { ctx, parts } = context(c.text, c.names);
    const found = recordsIn(ctx, parts).map((n) => `${n.text}=${n.property}`);
    assert.deepEqual(found, c.want);
  });
}

test('a record holds wins, losses and draws: 31-2 is not 31-2-1', () => {
  const a = context('Osk (31-2) won.', ['Osk']);
  const b = context('Osk (31-2-1) won.', ['Osk']);
  assert.notEqual(recordsIn(a.ctx, a.parts)[0]!.value, recordsIn(b.ctx, b.parts)[0]!.value);
});

test('a long run of dashes and digits reads in linear time and finds nothing odd', () => {
  const text = `Osk ${'1-2-3-4-'.repeat(20_000)}5 won.`;
  const { ctx, parts } = context(text, ['Osk']);
  assert.deepEqual(recordsIn(ctx, parts), []);
});
