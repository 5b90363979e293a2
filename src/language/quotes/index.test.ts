import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LocalEntity, Mention } from '../types.js';
import { readAll, type ReadQuote } from './test-helpers.js';

/** The quote whose content contains `needle`; fails the test when there is none. */
function quote(text: string, needle: string, mentions: Mention[] = [], entities: LocalEntity[] = []): ReadQuote {
  const all = readAll(text, mentions, entities);
  const found = all.find((q) => q.content.includes(needle) && q.kind !== 'reported') ?? all.find((q) => q.content.includes(needle));
  assert.ok(found, `no quote with "${needle}" in ${JSON.stringify(all, null, 1)}`);
  return found;
}

interface Case {
  name: string;
  text: string;
  needle: string;
  expect: Partial<ReadQuote>;
}

const cases: Case[] = [
  {
    name: 'abbreviations inside a quote do not end it',
    text: '“Gen. Radek arrived at 4 a.m. on Tuesday. Then the water came,” said Dr. Hana Selnik.',
    needle: 'Gen. Radek',
    expect: { kind: 'direct', content: 'Gen. Radek arrived at 4 a.m. on Tuesday. Then the water came', speaker: 'Hana Selnik', speakerKind: 'person', lemma: 'say' },
  },
  {
    name: 'a nested quote stays inside its outer quote',
    text: '“They want a ‘maximalist’ deal, and we said no,” the minister said.',
    needle: 'maximalist',
    expect: { kind: 'direct', content: 'They want a ‘maximalist’ deal, and we said no', said: 'the minister', speakerKind: 'unnamed-official' },
  },
  {
    name: 'straight marks read like typographic ones',
    text: '"They want a \'maximalist\' deal, and we said no," the minister said.',
    needle: 'maximalist',
    expect: { kind: 'direct', content: 'They want a \'maximalist\' deal, and we said no', said: 'the minister' },
  },
  {
    name: 'typewriter doubles (\'\') are double marks',
    text: "''A pastor in Oskel is out in the community,'' Mr. Brand said.",
    needle: 'pastor',
    expect: { kind: 'direct', content: 'A pastor in Oskel is out in the community', speaker: 'Brand', role: 'Mr.' },
  },
  {
    name: 'a quote continued over paragraphs is one quote in parts',
    text: '“The first wave took the bridge. We had minutes.\n\n“The second wave took the school,” said Ana Ruiz, a teacher in Zelov.',
    needle: 'first wave',
    expect: { kind: 'direct', content: 'The first wave took the bridge. We had minutes. | The second wave took the school', speaker: 'Ana Ruiz', role: 'a teacher in Zelov' },
  },
  {
    name: 'initials in a speaker name, after the cue',
    text: '“We will rebuild every house,” said J. R. Okafor, the mayor of Brodna.',
    needle: 'rebuild',
    expect: { speaker: 'J. R. Okafor', speakerKind: 'person', role: 'the mayor of Brodna', resolution: 'explicit' },
  },
  {
    name: '"said X" inversion with an unnamed official',
    text: '“The pumps were never replaced,” said a spokesman for the ministry.',
    needle: 'pumps',
    expect: { said: 'a spokesman for the ministry', speakerKind: 'unnamed-official' },
  },
  {
    name: 'a colon introduces a quote in the same paragraph',
    text: 'Radek told reporters: “The dam is holding for now.”',
    needle: 'holding',
    expect: { kind: 'direct', speaker: 'Radek', cue: 'told', lemma: 'tell' },
  },
  {
    name: 'a colon ending a paragraph introduces the quote paragraph after it',
    text: 'A European diplomat familiar with the talks told reporters:\n\n“The tone became tense. Nobody wanted to give ground.”',
    needle: 'tone became tense',
    expect: { kind: 'direct', said: 'A European diplomat familiar with the talks', speakerKind: 'unnamed-official', lemma: 'tell' },
  },
  {
    name: 'an unclosed quote is cut at its paragraph',
    text: 'Radek said “the levee will hold and nothing more\n\nThe water rose overnight, officials said.',
    needle: 'levee',
    expect: { content: 'the levee will hold and nothing more', closed: false, speaker: 'Radek' },
  },
  {
    name: 'a text that is only a quote',
    text: '“We will not give up on this valley.”',
    needle: 'give up',
    expect: { kind: 'direct', content: 'We will not give up on this valley.', speakerKind: 'unknown', resolution: 'none' },
  },
  {
    name: 'a partial quote inside a sentence',
    text: 'A government official, speaking on condition of anonymity, described the call as “productive,” suggesting that talks would go on.',
    needle: 'productive',
    expect: { kind: 'partial', content: 'productive', said: 'A government official', speakerKind: 'unnamed-official', lemma: 'describe' },
  },
  {
    name: 'reported speech with a time after the cue',
    text: 'Lavrov said Tuesday that the decision was made in Moscow.',
    needle: 'decision',
    expect: { kind: 'reported', content: 'the decision was made in Moscow', speaker: 'Lavrov', speakerKind: 'person' },
  },
  {
    name: 'reported speech to an addressee',
    text: 'Okafor told reporters that the shelters were full.',
    needle: 'shelters',
    expect: { kind: 'reported', content: 'the shelters were full', lemma: 'tell', speaker: 'Okafor' },
  },
  {
    name: 'reported speech after the clause',
    text: 'At least 14 people were killed, the Interior Ministry said.',
    needle: 'killed',
    expect: { kind: 'reported', content: 'At least 14 people were killed', speaker: 'Interior Ministry', speakerKind: 'organization' },
  },
  {
    name: 'officials confirm, without "that"',
    text: 'Officials confirmed there were no plans to reopen the road.',
    needle: 'no plans',
    expect: { kind: 'reported', content: 'there were no plans to reopen the road', speakerKind: 'unnamed-group', lemma: 'confirm' },
  },
  {
    name: 'according to, leading',
    text: 'According to sources familiar with the conversation, the call was tense.',
    needle: 'tense',
    expect: { content: 'the call was tense', said: 'sources familiar with the conversation', speakerKind: 'unnamed-source', lemma: 'according to' },
  },
  {
    name: 'according to, trailing',
    text: 'The dam was never inspected, according to a report by the inspectorate.',
    needle: 'inspected',
    expect: { content: 'The dam was never inspected', speakerKind: 'document' },
  },
  {
    name: 'analysts are experts',
    text: 'Analysts say the utility cannot pay for repairs.',
    needle: 'utility',
    expect: { speakerKind: 'unnamed-expert', lemma: 'say' },
  },
  {
    name: 'residents are a group',
    text: '“We heard a roar and then nothing,” residents said.',
    needle: 'roar',
    expect: { speakerKind: 'unnamed-group' },
  },
  {
    name: 'the statement is a document',
    text: 'The statement said the company regretted the loss of life.',
    needle: 'regretted',
    expect: { speakerKind: 'document', said: 'The statement' },
  },
  {
    name: 'a quote after "NP verb" with a verb outside the cue list',
    text: '“France will always be France,” an angry Hollande retorted.',
    needle: 'France will',
    expect: { speaker: 'Hollande', lemma: 'retort' },
  },
  {
    name: 'a question mark inside the quote, then the attribution',
    text: '“Who will pay for this?” Radek asked.',
    needle: 'Who will pay',
    expect: { kind: 'direct', speaker: 'Radek', lemma: 'ask' },
  },
  {
    name: 'a parenthetical attribution splits the content',
    text: 'The inquiry, she said, would report within a month.',
    needle: 'inquiry',
    expect: { kind: 'reported', content: 'The inquiry | would report within a month', said: 'she' },
  },
];

for (const c of cases) {
  test(`quotes: ${c.name}`, () => {
    const q = quote(c.text, c.needle);
    for (const [key, value] of Object.entries(c.expect)) assert.deepEqual(q[key as keyof ReadQuote], value, `${key} of ${JSON.stringify(q)}`);
  });
}

test('a run of quotes: the next paragraph continues with the same speaker', () => {
  const text = '“We lost the pumps first,” said Bohdan Kresl, a retired engineer.\n\n“Then we lost the readings. Nobody came.”';
  const q = quote(text, 'readings');
  assert.equal(q.speaker, 'Bohdan Kresl');
  assert.equal(q.resolution, 'previous-quote');
  assert.equal(q.antecedent, 'Bohdan Kresl');
});

test('“A,” he said, “B.”: both halves are his', () => {
  const text = 'Kresl spoke first. “We warned them,” he said, “and they did nothing.”';
  const a = quote(text, 'warned');
  const b = quote(text, 'did nothing');
  assert.equal(a.said, 'he');
  assert.equal(a.speaker, 'Kresl');
  assert.equal(b.speaker, 'Kresl');
});

test('pronouns: gender picks among earlier people', () => {
  const text = 'Ana Ruiz met Ivo Radek on Monday. He said the levee would hold. She said it would not.';
  assert.equal(quote(text, 'would hold').speaker, 'Ivo Radek');
  assert.equal(quote(text, 'would not').speaker, 'Ana Ruiz');
  assert.equal(quote(text, 'would hold').resolution, 'pronoun');
  assert.equal(quote(text, 'would hold').said, 'He');
});

test('pronouns: the previous quote\'s speaker comes first in a run', () => {
  const text = 'Ivo Radek and Teodor Halas toured Zelov on Monday.\n\n“The valley will recover,” Halas told reporters. “It will take years,” he added.';
  assert.equal(quote(text, 'take years').speaker, 'Teodor Halas');
});

test('descriptions: "the Ukrainian leader" finds the person whose role says so', () => {
  const text = 'Ukrainian President Volodymyr Zelensky met Donald Trump in Washington. “We will not give up our land,” the Ukrainian leader said.';
  const q = quote(text, 'our land');
  assert.equal(q.speaker, 'Volodymyr Zelensky');
  assert.equal(q.resolution, 'description');
  assert.equal(q.said, 'the Ukrainian leader');
});

test('descriptions: "the official" returns to the unnamed official met before', () => {
  const text = 'A White House official said the trip was off. The official said a new date was not set.';
  const q = quote(text, 'new date');
  assert.equal(q.speakerKind, 'unnamed-official');
  assert.equal(q.speaker, 'A White House official');
});

test('"who" stands for the phrase before it', () => {
  const text = 'The plan was drafted by Ivo Radek, who said it would cost millions.';
  const q = quote(text, 'cost millions');
  assert.equal(q.resolution, 'relative');
  assert.equal(q.speaker, 'Ivo Radek');
  assert.equal(q.said, 'who');
});

test('mentions link a speaker to its entity; pronouns follow the entity', () => {
  const text = 'Ivo Radek toured the dam. He said the embankment held.';
  const mentions: Mention[] = [{ start: 0, end: 9, entity: 'person:radek', kind: 'name' }];
  const entities: LocalEntity[] = [{ key: 'person:radek', type: 'person', name: 'Colonel Ivo Radek', aliases: ['Radek'], roles: ['colonel'], gender: 'male' }];
  const q = quote(text, 'embankment', mentions, entities);
  assert.equal(q.entity, 'person:radek');
  assert.equal(q.speaker, 'Colonel Ivo Radek');
  assert.equal(q.antecedent, 'Ivo Radek');
});

test('scare quotes and titles with no speaker are not quotes', () => {
  assert.deepEqual(readAll('The so-called “peace plan” was shelved after the “Iron Dome” debate.'), []);
  assert.deepEqual(readAll("Rock 'n' roll is back, and the ’90s too."), []);
});

test('cue words inside a quote attribute nothing new', () => {
  const all = readAll('“I said: cut and stop at the line. Go home,” Trump told reporters.');
  assert.equal(all.length, 1);
  assert.equal(all[0]!.speaker, 'Trump');
});

test('no attribution from "declined to say", "will say", "was told"', () => {
  assert.deepEqual(readAll('The minister declined to say whether the dam would be rebuilt.'), []);
  assert.deepEqual(readAll('The minister will say more on Friday about the repairs.'), []);
  assert.deepEqual(readAll('The families were told the water was safe.'), []);
});

test('empty and blank input', () => {
  assert.deepEqual(readAll(''), []);
  assert.deepEqual(readAll('   \n\n  '), []);
});

test('a speech participle before its noun is an adjective, not a cue', () => {
  assert.deepEqual(readAll('Tomas Varek, one of 40 alleged gang members arrested on Monday, was released on bail.').map((q) => q.cue), []);
  assert.deepEqual(readAll('The reported attack on the depot left two guards injured.').map((q) => q.cue), []);
  assert.deepEqual(readAll('Officials said 40 alleged gang members were arrested.').map((q) => q.cue), ['said']);
});
