import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byClaimGroup, byHeadLemma, byPredicate, placeMentions, type StoryRun } from './systems.js';
import type { AlignmentDoc, GoldMention } from './data.js';
import type { Article } from '../../src/pipeline/record.js';
import type { StoryAnalysis } from '../../src/claims/types.js';

const doc = (name: string, id: string): AlignmentDoc => ({ name, topic: 9, half: 'ecb', article: { id } as Article, mentions: [] });
const mention = (doc: string, mid: string, head: string, start: number | null): GoldMention => ({
  id: `${doc}#${mid}`, doc, topic: 9, half: 'ecb', type: 'ACTION_OCCURRENCE', chain: 'ACT1', chainName: null, intraChain: null, words: [head], head, start, end: start === null ? null : start + head.length,
});
const group = (id: string, predicate: string | null, evidence: [string, number, number][]): StoryAnalysis['claims'][number] =>
  ({ id, predicate, evidence: evidence.map(([articleId, start, end]) => ({ articleId, start, end })) }) as unknown as StoryAnalysis['claims'][number];

// d1: a sentence 0–60 whose relative clause 20–40 is a claim of its own; d2: one claim 0–30.
const run: StoryRun = {
  key: '9/ecb',
  docs: [doc('9_1ecb.xml', 'A1'), doc('9_2ecb.xml', 'A2')],
  analysis: {
    claims: [group('outer', 'collapse', [['A1', 0, 60]]), group('inner', 'evacuate', [['A1', 20, 40], ['A2', 0, 30]])],
  } as unknown as StoryAnalysis,
  annotated: [],
  canonical: { entities: [], idOf: () => undefined } as unknown as StoryRun['canonical'],
  ms: 0,
};

test('a mention belongs to the tightest claim around it; outside every claim it belongs to none', () => {
  const placed = placeMentions(run, [
    mention('9_1ecb.xml', '1', 'collapsed', 5),
    mention('9_1ecb.xml', '2', 'evacuated', 25),
    mention('9_2ecb.xml', '3', 'evacuation', 10),
    mention('9_2ecb.xml', '4', 'said', 32),
    mention('9_2ecb.xml', '5', 'spanning', 25),
    mention('9_2ecb.xml', '6', 'lost', null),
  ]);
  assert.deepEqual(placed.map((p) => p.group?.id ?? null), ['outer', 'inner', 'inner', null, null, null]);
  assert.deepEqual(placed[1]!.claim, { start: 20, end: 40 });
  const groups = byClaimGroup(placed);
  assert.equal(groups.get('9_1ecb.xml#2'), groups.get('9_2ecb.xml#3'));
  assert.notEqual(groups.get('9_1ecb.xml#1'), groups.get('9_1ecb.xml#2'));
  assert.equal(groups.get('9_2ecb.xml#4'), null);
  assert.equal(byPredicate(placed).get('9_1ecb.xml#2'), '9/ecb|evacuate');
});

test('the lemma baseline links inflections of one head within a story', () => {
  const placed = placeMentions(run, [mention('9_1ecb.xml', '1', 'Evacuated', 25), mention('9_2ecb.xml', '2', 'evacuates', 10), mention('9_2ecb.xml', '3', 'collapsed', 10)]);
  const lemma = byHeadLemma(placed);
  assert.equal(lemma.get('9_1ecb.xml#1'), lemma.get('9_2ecb.xml#2'));
  assert.notEqual(lemma.get('9_1ecb.xml#1'), lemma.get('9_2ecb.xml#3'));
});
