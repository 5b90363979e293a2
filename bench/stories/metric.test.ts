import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bcubed } from './metric.js';
import { shuffled } from './data.js';

const map = (pairs: string): Map<string, string> => new Map(pairs.split(' ').map((p) => p.split(':') as [string, string]));

test('BCubed: perfect, all-in-one and all-apart clusterings', () => {
  const gold = map('a:x b:x c:x d:y e:y');
  assert.deepEqual({ ...bcubed(gold, gold) }, { precision: 1, recall: 1, f1: 1, items: 5, clusters: 2, classes: 2 });
  const one = bcubed(map('a:1 b:1 c:1 d:1 e:1'), gold);
  assert.equal(one.recall, 1);
  assert.ok(Math.abs(one.precision - (3 * (3 / 5) + 2 * (2 / 5)) / 5) < 1e-12);
  const apart = bcubed(map('a:1 b:2 c:3 d:4 e:5'), gold);
  assert.equal(apart.precision, 1);
  assert.ok(Math.abs(apart.recall - (3 * (1 / 3) + 2 * (1 / 2)) / 5) < 1e-12);
});

test('BCubed: a worked example (Amigó et al. 2009 style)', () => {
  // Cluster 1 holds a, b (x) and d (y); cluster 2 holds c (x) and e (y).
  const r = bcubed(map('a:1 b:1 d:1 c:2 e:2'), map('a:x b:x c:x d:y e:y'));
  const p = (2 / 3 + 2 / 3 + 1 / 3 + 1 / 2 + 1 / 2) / 5;
  const rec = (2 / 3 + 2 / 3 + 1 / 2 + 1 / 3 + 1 / 2) / 5;
  assert.ok(Math.abs(r.precision - p) < 1e-12 && Math.abs(r.recall - rec) < 1e-12);
  assert.ok(Math.abs(r.f1 - (2 * p * rec) / (p + rec)) < 1e-12);
});

test('BCubed: only gold items are scored, and a missing prediction is an error', () => {
  const r = bcubed(map('a:1 b:1 z:1'), map('a:x b:x'));
  assert.equal(r.items, 2);
  assert.equal(r.precision, 1);
  assert.throws(() => bcubed(map('a:1'), map('a:x b:x')));
});

test('the fixed-seed shuffle is a permutation and repeatable', () => {
  const items = Array.from({ length: 50 }, (_, i) => i);
  const a = shuffled(items, 1);
  assert.deepEqual([...a].sort((x, y) => x - y), items);
  assert.deepEqual(shuffled(items, 1), a);
  assert.notDeepEqual(shuffled(items, 2), a);
});
