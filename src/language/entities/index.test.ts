import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEntities, indexEntities, type EntityResult } from './index.js';
import { splitSentences } from '../sentences/index.js';
import type { Mention, MentionKind } from '../types.js';

/** Paragraphs are separated by blank lines, as in `Article.text`. */
function analyse(text: string): EntityResult {
  const paragraphs: { kind: 'paragraph'; start: number; end: number }[] = [];
  let pos = 0;
  for (const part of text.split('\n\n')) {
    paragraphs.push({ kind: 'paragraph', start: pos, end: pos + part.length });
    pos += part.length + 2;
  }
  return findEntities(text, splitSentences(text, paragraphs));
}

interface View {
  text: string;
  kind: MentionKind;
  type: string;
  name: string;
  role?: string;
}

function view(text: string, r: EntityResult): View[] {
  const byKey = new Map(r.entities.map((e) => [e.key, e]));
  return r.mentions.map((m: Mention) => {
    const e = byKey.get(m.entity)!;
    return { text: text.slice(m.start, m.end), kind: m.kind, type: e.type, name: e.name, ...(m.role ? { role: m.role.text } : {}) };
  });
}

/** Each expected mention, as `text → kind type:name [role]`, must be among the mentions found. */
function expectMentions(text: string, expected: string[]): void {
  const found = view(text, analyse(text)).map((v) => `${v.text} → ${v.kind} ${v.type}:${v.name}${v.role ? ` [${v.role}]` : ''}`);
  for (const e of expected) assert.ok(found.includes(e), `${JSON.stringify(text)}\n  missing: ${e}\n  found:\n    ${found.join('\n    ')}`);
}

function entityNames(text: string, type: string): string[] {
  return analyse(text)
    .entities.filter((e) => e.type === type)
    .map((e) => e.name)
    .sort();
}

test('people, organizations and places are typed', () => {
  const cases: [string, Record<string, string[]>][] = [
    [
      'Amira Haddad, a nurse, met officials of the World Health Organization in Geneva and Nairobi on Monday.',
      { person: ['Amira Haddad'], organization: ['World Health Organization'], place: ['Geneva', 'Nairobi'] },
    ],
    [
      'The Tarnow Valley Water Authority said the Kestrel River had risen in the village of Polna, and Mayor Ilse Brandt said the town of Vorst was safe.',
      { person: ['Ilse Brandt'], organization: ['Tarnow Valley Water Authority'], place: ['Kestrel River', 'Polna', 'Vorst'] },
    ],
    [
      'Shares in Korvane Holdings fell after the Halden Stock Exchange opened, said Tomasz Wilk, an analyst at Brightwater Capital.',
      { person: ['Tomasz Wilk'], organization: ['Brightwater Capital', 'Halden Stock Exchange', 'Korvane Holdings'], place: [] },
    ],
    [
      'Texas and California sued the Justice Department, while NATO and the European Union met in Brussels.',
      { organization: ['European Union', 'Justice Department', 'NATO'], place: ['Brussels', 'California', 'Texas'] },
    ],
    ['Sources close to the talks said nothing. Analysts believe it will fail. Meanwhile the rain fell.', { person: [], organization: [], place: [] }],
  ];
  for (const [text, expected] of cases) {
    for (const [type, names] of Object.entries(expected)) assert.deepEqual(entityNames(text, type), names.sort(), `${type} in ${text}`);
  }
});

test('titles and roles are kept apart from names, with their own spans', () => {
  const text = 'Russian Foreign Minister Sergei Lavrov spoke to U.S. Secretary of State Marco Rubio. Kremlin spokesman Dmitry Peskov said Interior Minister Lidia Maric had agreed.';
  expectMentions(text, [
    'Sergei Lavrov → name person:Sergei Lavrov [Russian Foreign Minister]',
    'Russian → demonym place:Russia',
    'Marco Rubio → name person:Marco Rubio [U.S. Secretary of State]',
    'U.S. → name place:United States',
    'Dmitry Peskov → name person:Dmitry Peskov [Kremlin spokesman]',
    'Kremlin → metonym organization:Kremlin',
    'Lidia Maric → name person:Lidia Maric [Interior Minister]',
  ]);
  const r = analyse(text);
  const lavrov = r.mentions.find((m) => text.slice(m.start, m.end) === 'Sergei Lavrov')!;
  assert.deepEqual(lavrov.role, { start: 0, end: 24, text: 'Russian Foreign Minister' });
  const peskov = r.entities.find((e) => e.name === 'Dmitry Peskov')!;
  assert.deepEqual(peskov.roles, ['Kremlin spokesman']);
  assert.equal(peskov.country, 'Russia');
  assert.equal(peskov.gender, 'male');
});

test('a title or its fragments are never a name, and a word inside a longer name is not one of its own', () => {
  // sentence, mentions that must be found, surfaces no entity may have.
  const cases: [string, string[], string[]][] = [
    ['Deputy Trade Minister Ola Brenn arrived in Velm on Friday.', ['Ola Brenn → name person:Ola Brenn [Deputy Trade Minister]'], ['Deputy Trade', 'Trade', 'Deputy']],
    ['Former Prime Minister Karel Vodnik denied the report.', ['Karel Vodnik → name person:Karel Vodnik [Former Prime Minister]'], ['Former Prime', 'Former', 'Prime']],
    ['Earthquakes are common along the Pacific Ring of Fire, scientists said.', [], ['Fire', 'Pacific Ring', 'Ring']],
    ['Most tremors in Estovia happen in the Ring of Fire.', [], ['Fire', 'Ring']],
    ['Later, Estovian Press Secretary Mira Tolan spoke for the Palace of Velm.', ['Mira Tolan → name person:Mira Tolan [Estovian Press Secretary]', 'Palace of Velm → name place:Palace of Velm'], ['Estovian Press', 'Palace', 'Velm']],
    ['Then White House Press Secretary Ana Bell spoke.', ['White House → metonym organization:White House', 'Ana Bell → name person:Ana Bell [White House Press Secretary]'], ['White House Press']],
    ['Senior Kremlin aide Yuri Dorn said so.', ['Kremlin → metonym organization:Kremlin', 'Yuri Dorn → name person:Yuri Dorn [Senior Kremlin aide]'], ['Senior Kremlin', 'Senior']],
    ['The former Estovian ambassador to Russia Michael Vell spoke.', ['Michael Vell → name person:Michael Vell', 'Russia → name place:Russia'], ['Russia Michael Vell']],
    ['Then Supreme Court Justice Ana Vell ruled.', ['Supreme Court → name organization:Supreme Court', 'Ana Vell → name person:Ana Vell [Supreme Court Justice]'], ['Supreme', 'Court']],
    ['Storms reached the Cape of Good Hope.', ['Cape of Good Hope → name place:Cape of Good Hope'], ['Good Hope']],
  ];
  for (const [text, mentions, never] of cases) {
    expectMentions(text, mentions);
    const names = analyse(text).entities.map((e) => e.name);
    for (const n of never) assert.ok(!names.includes(n), `${JSON.stringify(text)}: "${n}" is no entity (found ${names.join(', ')})`);
  }
  const ring = analyse('Earthquakes are common along the Pacific Ring of Fire, scientists said.');
  assert.deepEqual(ring.entities.map((e) => e.name), ['Pacific Ring of Fire']);
});

test('roles before a name in lowercase, and in apposition after it', () => {
  expectMentions('Chief executive Anatoly Vereshin said former President Nadia Ruiz would attend.', [
    'Anatoly Vereshin → name person:Anatoly Vereshin [Chief executive]',
    'Nadia Ruiz → name person:Nadia Ruiz [former President]',
  ]);
  expectMentions('“It held,” said Pavel Ostrenko, the governor of the Oskel region. Dr Hana Selnik, director of Brodna General Hospital, disagreed.', [
    'Pavel Ostrenko → name person:Pavel Ostrenko [governor of the Oskel region]',
    'Hana Selnik → name person:Hana Selnik [Dr]',
    'Brodna General Hospital → name organization:Brodna General Hospital',
  ]);
  const r = analyse('Dr Hana Selnik, director of Brodna General Hospital, disagreed.');
  assert.deepEqual(r.entities.find((e) => e.type === 'person')!.roles, ['Dr', 'director of Brodna General Hospital']);
});

test('possessives and compounds: curly and straight apostrophes, dashes and hyphens', () => {
  const text = 'Donald Trump met Vladimir Putin. Trump’s aides and Putin\'s envoy planned the Trump–Putin summit and the Rubio-Lavrov call with Marco Rubio and Sergei Lavrov.';
  expectMentions(text, [
    'Trump → short-name person:Donald Trump',
    'Putin → short-name person:Vladimir Putin',
    'Rubio → short-name person:Marco Rubio',
    'Lavrov → short-name person:Sergei Lavrov',
  ]);
  const r = analyse(text);
  const spans = r.mentions.map((m) => text.slice(m.start, m.end));
  assert.ok(!spans.some((s) => /['’]s$/.test(s)), 'no possessive inside a mention');
  const summit = text.indexOf('Trump–Putin');
  assert.equal(r.mentions.filter((m) => m.start >= summit && m.end <= summit + 11).length, 2, 'two people in "Trump–Putin"');
  assert.equal(r.entities.filter((e) => e.type === 'person').length, 4);
  // A double-barrelled first name stays one name.
  assert.deepEqual(entityNames('Jean-Pierre Lacombe said the vote was fair.', 'person'), ['Jean-Pierre Lacombe']);
});

test('demonyms link to their place', () => {
  expectMentions('Russian and Ukrainian negotiators met American and European diplomats, and Hungarian officials.', [
    'Russian → demonym place:Russia',
    'Ukrainian → demonym place:Ukraine',
    'American → demonym place:United States',
    'European → demonym place:Europe',
    'Hungarian → demonym place:Hungary',
  ]);
  // A demonym of a place the article names but no list knows.
  expectMentions('Floods hit towns in Dravania on Tuesday. Dravanian television showed the damage.', ['Dravanian → demonym place:Dravania']);
  // A demonym before a full name says where the person is from; it is no word of the name.
  expectMentions('Osk stopped the American Tarek Velund in the seventh round.', ['American → demonym place:United States', 'Tarek Velund → name person:Tarek Velund']);
  // Demonyms are not names of the place.
  const r = analyse('Russian troops moved.');
  assert.deepEqual(r.entities.map((e) => [e.name, e.aliases]), [['Russia', []]]);
});

test('short names link to the full name, before or after it', () => {
  const text = 'Lavrov arrived first. Russian Foreign Minister Sergei Lavrov then met Ana Ruiz. Mr. Lavrov thanked Ms Ruiz, and Ruiz left.';
  expectMentions(text, [
    'Lavrov → short-name person:Sergei Lavrov',
    'Ruiz → short-name person:Ana Ruiz',
  ]);
  const r = analyse(text);
  const lavrov = r.entities.find((e) => e.name === 'Sergei Lavrov')!;
  assert.equal(r.mentions.filter((m) => m.entity === lavrov.key).length, 3);
  assert.equal(r.entities.filter((e) => e.type === 'person').length, 2);
  assert.equal(r.entities.find((e) => e.name === 'Ana Ruiz')!.gender, 'female');
  const mr = r.mentions.find((m) => text.slice(m.start - 4, m.end) === 'Mr. Lavrov')!;
  assert.equal(mr.role?.text, 'Mr.');
});

test('a surname spelt with two inner letters swapped is still that person; a short or different name is not', () => {
  expectMentions('Tomas Kaminski won in Velde. The victory was Kaminksi\'s third this year.', ['Kaminksi → short-name person:Tomas Kaminski']);
  // Too short for a swap to say anything, and a different ending: other people.
  const short = analyse('Ines Lind won in Velde. Lnid lost in Morvel.');
  assert.ok(!short.mentions.some((m) => short.entities.find((e) => e.key === m.entity)?.name === 'Ines Lind' && m.start > 20));
  const other = analyse('Tomas Kaminski won in Velde. Kaminska lost in Morvel.');
  assert.ok(!other.mentions.some((m) => other.entities.find((e) => e.key === m.entity)?.name === 'Tomas Kaminski' && m.start > 25));
});

test('people who share a surname stay apart; the surname goes to the one named last', () => {
  const text = 'Donald Trump spoke first. Melania Trump spoke later. Trump thanked the crowd.';
  const r = analyse(text);
  const people = r.entities.filter((e) => e.type === 'person').map((e) => e.name).sort();
  assert.deepEqual(people, ['Donald Trump', 'Melania Trump']);
  const last = r.mentions.find((m) => m.start === text.lastIndexOf('Trump'))!;
  assert.equal(r.entities.find((e) => e.key === last.entity)!.name, 'Melania Trump');
});

test('descriptions link to the most recent entity whose title fits', () => {
  const cases: [string, string, string][] = [
    ['U.S. President Donald Trump met Russian President Vladimir Putin. The Russian president said little.', 'The Russian president', 'Vladimir Putin'],
    ['President Donald Trump called Russian President Vladimir Putin. The American president was pleased.', 'The American president', 'Donald Trump'],
    ['Ukrainian President Volodymyr Zelensky met Donald Trump. “We will hold,” the Ukrainian leader said.', 'the Ukrainian leader', 'Volodymyr Zelensky'],
    ['Finance Minister Oleg Tamas met Mayor Stefan Kolar. The minister promised funds.', 'The minister', 'Oleg Tamas'],
    ['Russian President Vladimir Putin met Donald Trump, and the Russian leader smiled.', 'the Russian leader', 'Vladimir Putin'],
    ['Dravhydro, the state-controlled utility, was silent. The company said nothing.', 'The company', 'Dravhydro'],
  ];
  for (const [text, nominal, name] of cases) {
    const r = analyse(text);
    const m = r.mentions.find((x) => text.slice(x.start, x.end) === nominal);
    assert.ok(m, `no mention for ${nominal} in ${text}`);
    assert.equal(m.kind, 'nominal');
    assert.equal(r.entities.find((e) => e.key === m.entity)!.name, name, text);
  }
  // Someone new and unnamed: "the engineer" is that person, not the named engineer before.
  const blocked = 'Engineer Bohdan Kresl warned them. A senior engineer at the plant, who asked not to be named, agreed. The engineer said so.';
  assert.ok(!analyse(blocked).mentions.some((m) => m.kind === 'nominal'));
  // No fitting entity: no mention.
  assert.ok(!analyse('The minister said nothing.').mentions.some((m) => m.kind === 'nominal'));
});

test('capitals and seats of government stand for governments unless plainly a location', () => {
  const text =
    'Moscow rejected the offer and Washington insisted. Kyiv and Beijing said little, the Kremlin said no and the White House said yes. ' +
    'Downing Street agreed. Lavrov spoke at a Moscow press conference, held in Moscow, before a visit to Washington.';
  const r = analyse(text);
  const at = (needle: string, from = 0): Mention => r.mentions.find((m) => m.start === text.indexOf(needle, from))!;
  for (const name of ['Moscow', 'Washington', 'Kyiv', 'Beijing', 'Kremlin', 'White House', 'Downing Street']) assert.equal(at(name).kind, 'metonym', name);
  assert.equal(at('Moscow press').kind, 'name');
  assert.equal(at('Moscow,', text.indexOf('held')).kind, 'name');
  assert.equal(at('Washington.', text.indexOf('visit')).kind, 'name');
  const standsFor = Object.fromEntries(r.entities.filter((e) => e.standsFor).map((e) => [e.name, e.standsFor]));
  assert.deepEqual(standsFor, {
    Moscow: 'Government of Russia',
    Washington: 'Government of the United States',
    Kyiv: 'Government of Ukraine',
    Beijing: 'Government of China',
    Kremlin: 'Government of Russia',
    'White House': 'Government of the United States',
    'Downing Street': 'Government of the United Kingdom',
  });
  // Only locational uses: a place with no government attached.
  const plain = analyse('We landed in Moscow.');
  assert.equal(plain.entities[0]!.standsFor, undefined);
  assert.equal(plain.mentions[0]!.kind, 'name');
  const ix = indexEntities(r);
  assert.equal(ix.actorName(at('Kremlin')), 'Government of Russia');
});

test('sentence openers, headlines and datelines', () => {
  expectMentions('BRODNA, Dravania — Water reached Brodna at dawn.', ['BRODNA → name place:Brodna', 'Dravania → name place:Dravania']);
  const headline = 'White House Confirms Cancellation\n\nThe White House said Marco Rubio would not travel.';
  const r = analyse(headline);
  assert.ok(r.mentions.some((m) => m.start === 0 && headline.slice(m.start, m.end) === 'White House'));
  assert.ok(!r.entities.some((e) => /Confirms|Cancellation/.test(e.name)));
  assert.deepEqual(entityNames('Why Was the Summit Cancelled?', 'person'), []);
  assert.deepEqual(entityNames('Following talks, Hardly anyone came. Zelensky has rejected it. Volodymyr Zelensky said so.', 'person'), ['Volodymyr Zelensky']);
});

test('gender from honorifics, titles, given names and pronouns', () => {
  const r = analyse('Mrs. Oduya spoke. Spokesman Lem Varga spoke. Karin Holt spoke. Kestrel Mabe arrived, and she said she was tired.');
  const gender = Object.fromEntries(r.entities.map((e) => [e.name, e.gender ?? null]));
  assert.deepEqual(gender, { Oduya: 'female', 'Lem Varga': 'male', 'Karin Holt': 'female', 'Kestrel Mabe': 'female' });
});

test('indexEntities: mention and person look-ups for pronoun resolution', () => {
  const text = 'Donald Trump called Lidia Maric. She said he was late.';
  const r = analyse(text);
  const ix = indexEntities(r);
  const she = text.indexOf('She');
  assert.equal(ix.personBefore(she)!.entity.name, 'Lidia Maric');
  assert.equal(ix.personBefore(she, { gender: 'male' })!.entity.name, 'Donald Trump');
  assert.equal(ix.personBefore(she, { notBefore: she }), null);
  assert.equal(ix.personAt(text.indexOf('Maric'))!.entity.name, 'Lidia Maric');
  assert.equal(ix.personAt(she), null);
  assert.equal(ix.mentionAt(2)!.entity, r.entities.find((e) => e.name === 'Donald Trump')!.key);
});

test('mentions are sorted, in bounds, and point at listed entities', () => {
  const text = 'Russian Foreign Minister Sergei Lavrov met the Ukrainian leader in Moscow while Kremlin aides watched.';
  const r = analyse(text);
  const keys = new Set(r.entities.map((e) => e.key));
  let prev = -1;
  for (const m of r.mentions) {
    assert.ok(m.start >= prev && m.start < m.end && m.end <= text.length);
    assert.ok(keys.has(m.entity));
    prev = m.start;
  }
  assert.equal(keys.size, r.entities.length, 'entity keys are unique');
});
