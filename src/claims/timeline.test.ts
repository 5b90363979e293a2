/**
 * The timeline: forecasts land after the publication, the main event gets the day its
 * announcement names, and one event told in several wordings is one entry. Story-level
 * cases use invented reports; the merge rules are also checked on hand-made groups, so
 * that they are tested whatever alignment makes of the wordings.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RichClaim } from './extract.js';
import type { Grouped } from './support.js';
import { inventStory, type Story } from './testing.js';
import { buildTimeline, type StatedTime } from './timeline.js';
import type { ClaimGroup, ClaimTime, TimelineEntry } from './types.js';

// A Wednesday: "Tuesday" is the day before, "Friday" two days on.
const WED = '2026-03-11T09:00:00Z';
const TUESDAY = '2026-03-10';

const on = (story: Story, date: string): TimelineEntry[] => story.analysis.timeline.filter((e) => e.date === date);
const outletsOf = (story: Story, e: TimelineEntry): string[] => e.articleIds.map((id) => story.articles.find((a) => a.id === id)!.source.name).sort();
const groupsOf = (story: Story, e: TimelineEntry): ClaimGroup[] => (e.claimIds ?? [e.claimId]).map((id) => story.analysis.claims.find((g) => g.id === id)!);

test('a forecast "on Friday" lands after the publication, a report "on Tuesday" before it', async () => {
  const story = await inventStory([
    { outlet: 'Arlen Courier', published: WED, text: ['Forecasters said heavy rain could reach the Tarsk region on Friday.', 'The river burst its banks in Tarsk on Tuesday.'] },
  ]);
  const friday = story.analysis.timeline.find((e) => e.text.includes('could reach'));
  assert.ok(friday, 'the forecast is on the timeline');
  assert.equal(friday.date, '2026-03-13');
  assert.ok(friday.date > WED.slice(0, 10));
  const burst = story.analysis.timeline.find((e) => e.text.includes('burst its banks'));
  assert.equal(burst?.date, TUESDAY);
});

test('the main event reaches the timeline through the day its announcement names', async () => {
  const story = await inventStory([
    { outlet: 'Arlen Courier', published: WED, text: 'Speaking in Tarsk on Tuesday, Foreign Minister Dana Orlov said she had called off her visit to Velmora.' },
    { outlet: 'Perth Ledger', published: WED, text: 'The Velmora visit has been cancelled, with aides confirming Tuesday that no new date had been set.' },
  ]);
  const tuesday = on(story, TUESDAY).filter((e) => groupsOf(story, e).some((g) => g.predicate === 'cancel'));
  assert.equal(tuesday.length, 1, JSON.stringify(story.analysis.timeline));
  assert.deepEqual(outletsOf(story, tuesday[0]!), ['Arlen Courier', 'Perth Ledger']);
});

test('a relayed report, a speaker\'s earlier visit and an earlier event do not take the statement\'s date', async () => {
  const story = await inventStory([
    {
      outlet: 'Kessel Times',
      published: WED,
      text: ['Local media reported on Wednesday that the Velmora visit had been cancelled.', 'Dana Orlov, who toured Tarsk on Tuesday, said the talks would go on.', 'Speaking on Tuesday, the mayor said he had resigned from the city council after the budget vote failed.'],
    },
  ]);
  const texts = story.analysis.timeline.map((e) => e.text);
  // The tour itself is dated, as its own clause says, and the resignation by its statement; the rest is not.
  assert.ok(texts.some((t) => t.includes('toured')), JSON.stringify(texts));
  assert.ok(texts.some((t) => t.includes('resigned')), JSON.stringify(texts));
  assert.ok(!texts.some((t) => t.includes('cancelled') || t.includes('would go on') || t.includes('vote failed')), JSON.stringify(texts));
});

test('one event told by three outlets in other words is one timeline entry', async () => {
  const story = await inventStory([
    { outlet: 'Arlen Courier', published: WED, text: 'Speaking in Tarsk on Tuesday, Foreign Minister Dana Orlov said she had called off her visit to Velmora because of the border dispute.' },
    { outlet: 'Perth Ledger', published: WED, text: 'The planned summit between Orlov and the Velmoran president has been scrapped, with aides confirming Tuesday that no new date had been set.' },
    { outlet: 'Kessel Times', published: WED, text: 'Orlov abandoned the trip on Tuesday after talks with Velmora collapsed over the border.' },
  ]);
  const cancelled = on(story, TUESDAY).filter((e) => groupsOf(story, e).some((g) => g.predicate === 'cancel'));
  assert.equal(cancelled.length, 1, JSON.stringify(story.analysis.timeline));
  assert.deepEqual(outletsOf(story, cancelled[0]!), ['Arlen Courier', 'Kessel Times', 'Perth Ledger']);
});

// ---------------------------------------------------------------- the merge, on hand-made groups

const day = (value: string, estimated = false): ClaimTime => ({ start: 0, end: 0, text: value, type: 'date', value, granularity: 'day', mod: null, length: null, measures: null, estimated });

interface Sketch {
  article: string;
  predicate?: string | null;
  participants?: string[];
  terms?: string[];
  times?: ClaimTime[];
  stated?: StatedTime[];
  irrealis?: boolean;
  speaker?: string;
}

function claim(s: Sketch, n: number): RichClaim {
  return {
    id: `${s.article}:${n}`,
    articleId: s.article,
    predicate: s.predicate ?? null,
    participants: s.participants ?? [],
    terms: s.terms ?? [],
    times: s.times ?? [],
    irrealis: s.irrealis ?? false,
    attribution: { kind: s.speaker ? 'speaker' : 'outlet', name: s.speaker ?? s.article, entityId: s.speaker ?? null, speakerKind: s.speaker ? 'person' : 'outlet' },
    ...(s.stated ? { stated: s.stated } : {}),
  } as RichClaim;
}

/** Groups of claims, each with its number of independent sources and its text. */
function grouped(groups: { text: string; sources: number; claims: Sketch[] }[]): Grouped {
  let n = 0;
  const members = groups.map((g) => g.claims.map((c) => claim(c, n++)));
  return {
    groups: groups.map((g, i) => ({ id: `g${i}`, text: g.text, independentSources: g.sources, predicate: members[i]![0]!.predicate }) as ClaimGroup),
    groupOfClaim: new Map(),
    members,
  };
}

test('entries of one date that state one event merge, worded by the best supported', () => {
  const timeline = buildTimeline(
    grouped([
      { text: 'one outlet says it was scrapped', sources: 1, claims: [{ article: 'a1', predicate: 'cancel', participants: ['person:orlov'], times: [day(TUESDAY)] }] },
      { text: 'two outlets say it was cancelled', sources: 2, claims: [{ article: 'a2', predicate: 'cancel', participants: ['person:orlov', 'place:velmora'], times: [day(TUESDAY)] }, { article: 'a3', predicate: 'cancel', times: [day(TUESDAY)] }] },
      // Told as "she said she had called it off": the speaker is in the event.
      { text: 'she had called it off', sources: 1, claims: [{ article: 'a4', predicate: 'cancel', speaker: 'person:orlov', stated: [{ type: 'date', value: TUESDAY, granularity: 'day', estimated: false }] }] },
    ]),
  );
  assert.equal(timeline.length, 1, JSON.stringify(timeline));
  const [entry] = timeline;
  assert.equal(entry!.text, 'two outlets say it was cancelled');
  assert.equal(entry!.claimId, 'g1');
  assert.deepEqual(entry!.claimIds, ['g1', 'g0', 'g2']);
  assert.deepEqual([...entry!.articleIds].sort(), ['a1', 'a2', 'a3', 'a4']);
  assert.equal(entry!.estimated, undefined);
});

test('high term overlap merges entries whose main verbs the lexicon does not know', () => {
  const terms = ['c:embankment', 'c:breach', 'e:place:brodna', 'c:east'];
  const timeline = buildTimeline(
    grouped([
      { text: 'the embankment gave way', sources: 1, claims: [{ article: 'a1', terms, times: [day(TUESDAY)] }] },
      { text: 'the eastern embankment was breached', sources: 1, claims: [{ article: 'a2', terms: [...terms, 'c:section'], times: [day(TUESDAY)] }] },
    ]),
  );
  assert.equal(timeline.length, 1);
});

test('what stays apart: other dates, other people, a plan against a fact, no chain through a third', () => {
  const meet = (article: string, people: string[], date = TUESDAY, irrealis = false): Sketch => ({ article, predicate: 'meet', participants: people, times: [day(date)], irrealis });
  const separate = (groups: Sketch[][]): number => buildTimeline(grouped(groups.map((claims, i) => ({ text: `t${i}`, sources: groups.length - i, claims })))).length;
  assert.equal(separate([[meet('a1', ['person:orlov'])], [meet('a2', ['person:orlov'], '2026-03-09')]]), 2, 'other dates');
  assert.equal(separate([[meet('a1', ['person:orlov', 'person:petrov'])], [meet('a2', ['person:orlov', 'person:varga'])]]), 2, 'other people');
  assert.equal(separate([[meet('a1', ['person:orlov'])], [meet('a2', ['person:orlov'], TUESDAY, true)]]), 2, 'a plan and a fact');
  assert.equal(separate([[meet('a1', ['person:orlov'])], [{ article: 'a2', predicate: 'say', participants: ['person:orlov'], times: [day(TUESDAY)] }]]), 2, 'a statement is no event');
  // The second matches the first and the third the second, but the third not the first.
  const chain = buildTimeline(
    grouped([
      { text: 'first', sources: 3, claims: [{ article: 'a1', terms: ['c:x', 'c:y'], times: [day(TUESDAY)] }] },
      { text: 'second', sources: 2, claims: [{ article: 'a2', terms: ['c:x', 'c:y', 'c:z', 'c:w'], times: [day(TUESDAY)] }] },
      { text: 'third', sources: 1, claims: [{ article: 'a3', terms: ['c:z', 'c:w', 'c:v'], times: [day(TUESDAY)] }] },
    ]),
  );
  assert.deepEqual(chain.map((e) => e.text).sort(), ['first', 'third']);
});

test('a merged entry is estimated only when every entry in it is', () => {
  const both = (firstEstimated: boolean): TimelineEntry =>
    buildTimeline(
      grouped([
        { text: 'a', sources: 2, claims: [{ article: 'a1', predicate: 'cancel', participants: ['person:orlov'], times: [day(TUESDAY, true)] }] },
        { text: 'b', sources: 1, claims: [{ article: 'a2', predicate: 'cancel', participants: ['person:orlov'], times: [day(TUESDAY, firstEstimated)] }] },
      ]),
    )[0]!;
  assert.equal(both(true).estimated, true);
  assert.equal(both(false).estimated, undefined);
});
