/**
 * Events across reports: the words of different outlets that name one happening are one
 * event, and the same word for two happenings (two rounds, two fires) is two. Invented
 * stories, and the clustering's own guarantees.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { inventStory, type Story } from './testing.js';
import { averageLinkage, pairScores } from './events.js';
import type { MentionContext } from './event-context.js';
import { familyOf, sameFamily } from './event-context.js';
import { lemmaOf } from './words.js';
import { compound } from './event-pairs.js';

const family = (w: string): string => familyOf(lemmaOf(w));

test('a derivational family joins a verb and its action noun, and nothing else', () => {
  const same: [string, string][] = [
    ['shooting', 'shot'],
    ['negotiations', 'negotiated'],
    ['death', 'died'],
    ['dead', 'dying'],
    ['explosion', 'exploded'],
    ['arrests', 'arrested'],
  ];
  for (const [a, b] of same) assert.ok(sameFamily(family(a), family(b)), `${a} / ${b}`);
  const different: [string, string][] = [
    ['protest', 'protect'],
    ['fire', 'firm'],
    ['station', 'state'],
    ['trial', 'trail'],
  ];
  for (const [a, b] of different) assert.ok(!sameFamily(family(a), family(b)), `${a} / ${b}`);
});

test('a compound ends with a word of its own, never a prefix or a negation', () => {
  for (const [a, b] of [['quake', 'earthquake'], ['fire', 'wildfire'], ['storm', 'snowstorm']] as const) assert.ok(compound(lemmaOf(a), lemmaOf(b)), `${a} / ${b}`);
  for (const [a, b] of [['agreement', 'disagreement'], ['round', 'ground'], ['turn', 'return'], ['start', 'restart'], ['attack', 'counterattack'], ['come', 'welcome'], ['end', 'intend'], ['role', 'control'], ['promise', 'compromise']] as const) assert.ok(!compound(lemmaOf(a), lemmaOf(b)), `${a} / ${b}`);
});

test('average linkage never joins two clusters through a chain of near pairs', () => {
  // a–b and b–c are near, a–c unrelated: a and b join; c stays alone, at a mean of 0.45.
  const scores = new Map([[0, new Map([[1, 0.9]])], [1, new Map([[2, 0.9]])]]);
  assert.deepEqual(averageLinkage(3, scores, 0.5), [[0, 1], [2]]);
  // A node standing for a sentence three articles repeat weighs three times in every mean:
  // {0, 1} meets 2 at (0.625 + 0.125) / 2 = 0.375 as single mentions, at (3 × 0.625 + 0.125) / 4 = 0.5 when 0 is three.
  const weighted = new Map([[0, new Map([[1, 0.9], [2, 0.625]])], [1, new Map([[2, 0.125]])]]);
  assert.deepEqual(averageLinkage(3, weighted, 0.5), [[0, 1], [2]]);
  assert.deepEqual(averageLinkage(3, weighted, 0.5, [3, 1, 1]), [[0, 1, 2]]);
});

test('average linkage returns a partition of every mention, whatever the scores', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 25 }), fc.array(fc.tuple(fc.nat(24), fc.nat(24), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 120 }), fc.double({ min: 0.05, max: 0.95, noNaN: true }), (n, edges, threshold) => {
      const scores = new Map<number, Map<number, number>>();
      for (const [i, j, s] of edges) {
        if (i >= n || j >= n || i === j) continue;
        const [a, b] = i < j ? [i, j] : [j, i];
        if (!scores.has(a)) scores.set(a, new Map());
        scores.get(a)!.set(b, s);
      }
      const clusters = averageLinkage(n, scores, threshold);
      const all = clusters.flat().sort((x, y) => x - y);
      assert.deepEqual(all, Array.from({ length: n }, (_, i) => i));
      assert.deepEqual(averageLinkage(n, scores, threshold), clusters);
    }),
  );
});

/** The event holding a word of an outlet's report, by the word's text. */
function eventOf(story: Story, outletIndex: number, word: string): string | undefined {
  const article = story.annotated[outletIndex]!;
  const at = article.article.text.indexOf(word);
  assert.ok(at >= 0, `"${word}" is in report ${outletIndex}`);
  const { analysis } = story;
  return analysis.events.find((e) => e.mentions.some((m) => m.articleId === article.article.id && m.start <= at && at < m.end))?.id;
}

test('one happening told in other words by three outlets is one event', async () => {
  const story = await inventStory([
    { outlet: 'Kresl Post', text: 'Officials evacuated 300 residents of Lind on Tuesday after the dam at Varga cracked.' },
    { outlet: 'Osk Daily', text: 'The evacuation of 300 Lind residents began on Tuesday, hours after cracks appeared in the Varga dam.' },
    { outlet: 'Halas Herald', text: 'About 300 people were evacuated from Lind on Tuesday. The Varga dam had cracked overnight.' },
  ]);
  const evacuation = eventOf(story, 0, 'evacuated');
  assert.ok(evacuation);
  assert.equal(eventOf(story, 1, 'evacuation'), evacuation);
  assert.equal(eventOf(story, 2, 'evacuated'), evacuation);
  const crack = eventOf(story, 0, 'cracked');
  assert.ok(crack && crack !== evacuation);
  assert.equal(eventOf(story, 2, 'cracked'), crack);
  assert.equal(story.analysis.events.find((e) => e.id === evacuation)!.independentSources, 3);
});

test('the same word for two happenings, told apart by their figures, is two events', async () => {
  const story = await inventStory([
    { outlet: 'Kresl Post', text: 'Sorin Velde stopped Ivo Tessel in the sixth round on Saturday to keep his title.' },
    { outlet: 'Osk Daily', text: 'Sorin Velde stopped Ivo Tessel in the sixth round of their bout on Saturday.' },
    { outlet: 'Halas Herald', text: 'Tessel had been stopped in the tenth round of his last fight, in March.' },
  ]);
  const sixth = eventOf(story, 0, 'stopped');
  assert.ok(sixth);
  assert.equal(eventOf(story, 1, 'stopped'), sixth);
  assert.notEqual(eventOf(story, 2, 'stopped'), sixth);
});

test('a word said thousands of times is compared with a bounded number of others: the pairs grow with the mentions', () => {
  const context = (i: number, lemma: string): MentionContext => ({
    mention: { articleId: `a${i}`, start: 0, end: 5 },
    low: lemma,
    lemma,
    family: lemma,
    cls: null,
    row: -1,
    sentence: 0,
    statement: `${i}:${lemma}`,
    lead: true,
    entities: new Set(),
    persons: new Set(),
    times: new Set(),
    modifier: null,
    group: null,
  });
  const contexts = Array.from({ length: 3000 }, (_, i) => context(i, i % 2 ? 'flood' : 'rescue'));
  let pairs = 0;
  for (const row of pairScores(contexts, () => 1).values()) pairs += row.size;
  assert.ok(pairs > 1000 && pairs <= 3000 * 200, `${pairs} pairs`);
});
