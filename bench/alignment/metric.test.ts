import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bcubed, ceafe, conll, maxAssignment, muc, pairwise, type Item, type Partition } from './metric.js';

const close = (actual: number, expected: number, what: string): void => assert.ok(Math.abs(actual - expected) < 1e-12, `${what}: ${actual} ≠ ${expected}`);
const partition = (spec: string): Map<string, string | null> => new Map(spec.split(' ').map((p) => {
  const [id, key] = p.split(':') as [string, string];
  return [id, key === '-' ? null : key];
}));

// Three documents of one topic: a and b in d1, c and d in d2, e in d3.
const items: Item[] = [
  { id: 'a', doc: 'd1', topic: 1 },
  { id: 'b', doc: 'd1', topic: 1 },
  { id: 'c', doc: 'd2', topic: 1 },
  { id: 'd', doc: 'd2', topic: 1 },
  { id: 'e', doc: 'd3', topic: 1 },
];
const ids = items.map((i) => i.id);
const gold = partition('a:X c:X e:X b:Y d:Y');
const predicted = partition('a:1 c:1 b:2 d:2 e:2');

test('pairwise, worked by hand: only pairs across documents count', () => {
  // 10 pairs, minus a–b and c–d in one document: 8. Gold links a–c a–e c–e b–d; predicted
  // a–c b–d b–e d–e; a–c and b–d are both.
  const r = pairwise(items, gold, predicted);
  assert.deepEqual({ pairs: r.pairs, gold: r.goldLinks, predicted: r.predictedLinks, correct: r.correctLinks }, { pairs: 8, gold: 4, predicted: 4, correct: 2 });
  close(r.precision, 0.5, 'P');
  close(r.recall, 0.5, 'R');
  close(r.f1, 0.5, 'F1');
});

test('pairwise: a mention linked to nothing makes no link, even with another unlinked one', () => {
  const r = pairwise(items, gold, partition('a:1 c:1 b:2 d:2 e:-'));
  assert.equal(r.predictedLinks, 2);
  close(r.precision, 1, 'P');
  close(r.recall, 0.5, 'R');
  const none = pairwise(items, gold, partition('a:- b:- c:- d:- e:-'));
  assert.deepEqual([none.predictedLinks, none.precision, none.recall, none.f1], [0, 0, 0, 0]);
});

test('pairwise: mentions of different topics are never paired', () => {
  const two: Item[] = [
    { id: 'a', doc: 'd1', topic: 1 },
    { id: 'b', doc: 'd2', topic: 2 },
  ];
  const r = pairwise(two, partition('a:X b:X'), partition('a:1 b:1'));
  assert.equal(r.pairs, 0);
  assert.throws(() => pairwise(two, partition('a:X'), partition('a:1 b:1')), /not in the partition/);
});

test('B³, worked by hand', () => {
  // a, c: precision 2/2, recall 2/3; e: 1/3, 1/3; b, d: 2/3, 2/2.
  const r = bcubed(ids, gold, predicted);
  close(r.precision, (1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5, 'P');
  close(r.recall, (2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5, 'R');
  close(r.f1, 11 / 15, 'F1');
});

test('B³: all apart and all together', () => {
  const apart = bcubed(ids, gold, partition('a:- b:- c:- d:- e:-'));
  close(apart.precision, 1, 'apart P');
  close(apart.recall, (3 * (1 / 3) + 2 * (1 / 2)) / 5, 'apart R');
  const together = bcubed(ids, gold, partition('a:1 b:1 c:1 d:1 e:1'));
  close(together.recall, 1, 'together R');
  close(together.precision, (3 * (3 / 5) + 2 * (2 / 5)) / 5, 'together P');
});

test('MUC, worked by hand', () => {
  // Recall: X = {a,c,e} falls into 2 response parts (3 − 2 = 1 of 2 links), Y = {b,d} into 1
  // (1 of 1): 2/3. Precision: {a,c} is within X (1 of 1), {b,d,e} spans Y and X (1 of 2): 2/3.
  const r = muc(ids, gold, predicted);
  close(r.precision, 2 / 3, 'P');
  close(r.recall, 2 / 3, 'R');
  const singletons = muc(ids, gold, partition('a:- b:- c:- d:- e:-'));
  assert.deepEqual([singletons.precision, singletons.recall], [0, 0]);
});

test('CEAF-e, worked by hand', () => {
  // φ4(X,{a,c}) = 4/5, φ4(Y,{b,d,e}) = 4/5 is the best one-to-one alignment: 1.6 over 2 and 2.
  const r = ceafe(ids, gold, predicted);
  close(r.precision, 0.8, 'P');
  close(r.recall, 0.8, 'R');
  // All apart: each key cluster meets its best singleton: X 2/4, Y 2/3, over 2 keys and 5 responses.
  const apart = ceafe(ids, gold, partition('a:- b:- c:- d:- e:-'));
  close(apart.recall, (1 / 2 + 2 / 3) / 2, 'apart R');
  close(apart.precision, (1 / 2 + 2 / 3) / 5, 'apart P');
});

test('CoNLL F1 is the mean of MUC, B³ and CEAF-e F1', () => {
  const r = conll(ids, gold, predicted);
  close(r.conllF1, (2 / 3 + 11 / 15 + 0.8) / 3, 'CoNLL');
  const perfect = conll(ids, gold, gold);
  close(perfect.conllF1, 1, 'perfect');
});

/** Every one-to-one assignment, for checking the Hungarian method on small matrices. */
function bruteForce(w: number[][]): number {
  const rows = w.length;
  const cols = w[0]?.length ?? 0;
  let best = 0;
  const go = (i: number, used: Set<number>, sum: number): void => {
    if (i === rows) {
      best = Math.max(best, sum);
      return;
    }
    go(i + 1, used, sum);
    for (let j = 0; j < cols; j++) {
      if (used.has(j)) continue;
      used.add(j);
      go(i + 1, used, sum + w[i]![j]!);
      used.delete(j);
    }
  };
  go(0, new Set(), 0);
  return best;
}

test('the assignment is optimal where a greedy one is not, and on rectangular matrices', () => {
  // Greedy takes 0.9 and is left with 0.1; the optimum is 0.8 + 0.8.
  close(maxAssignment([[0.9, 0.8], [0.8, 0.1]]), 1.6, 'square');
  let seed = 7;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let k = 0; k < 60; k++) {
    const rows = 1 + Math.floor(next() * 5);
    const cols = 1 + Math.floor(next() * 5);
    const w = Array.from({ length: rows }, () => Array.from({ length: cols }, () => (next() < 0.4 ? 0 : next())));
    close(maxAssignment(w), bruteForce(w), `random ${rows}×${cols}`);
  }
});

test('CEAF-e matches a brute-force alignment on small random partitions', () => {
  let seed = 11;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * n);
  };
  for (let k = 0; k < 40; k++) {
    const n = 2 + next(7);
    const mentionIds = Array.from({ length: n }, (_, i) => `m${i}`);
    const g: Partition = new Map(mentionIds.map((id) => [id, `g${next(3)}`]));
    const p: Partition = new Map(mentionIds.map((id) => [id, next(4) === 0 ? null : `p${next(3)}`]));
    const groups = (q: Partition): string[][] => {
      const m = new Map<string, string[]>();
      for (const id of mentionIds) m.set(q.get(id) ?? id, [...(m.get(q.get(id) ?? id) ?? []), id]);
      return [...m.values()];
    };
    const keys = groups(g);
    const responses = groups(p);
    const w = keys.map((kc) => responses.map((rc) => (2 * kc.filter((id) => rc.includes(id)).length) / (kc.length + rc.length)));
    const best = bruteForce(w);
    const r = ceafe(mentionIds, g, p);
    close(r.recall, best / keys.length, 'R');
    close(r.precision, best / responses.length, 'P');
  }
});
