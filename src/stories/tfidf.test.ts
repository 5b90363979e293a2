import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { add, prune, sparse, sparseOf, type Sparse } from './tfidf.js';

/** Distinct ids with weights drawn from a few values, so that ties are common. */
const vector = fc
  .uniqueArray(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.constantFrom(0.25, 0.5, 1, 2, 3.5)), { selector: ([id]) => id, maxLength: 120 })
  .map((entries) => sparse(entries));

const entries = (v: Sparse): [number, number][] => [...v.ids].map((id, i) => [id, v.w[i]!]);

test('add: the sum of two sparse vectors, ids ascending, as a map would add them', () => {
  fc.assert(
    fc.property(vector, vector, fc.constantFrom(1, -1, 0.5), (a, b, scale) => {
      const want = new Map(entries(a));
      for (const [id, w] of entries(b)) want.set(id, Math.fround(Math.fround(want.get(id) ?? 0) + Math.fround(scale * w)));
      const got = add(a, b, scale);
      assert.deepEqual(entries(got), [...want].sort((x, y) => x[0] - y[0]));
    }),
  );
});

test('prune: the heaviest entries, ties to the smaller id, in id order, as a full sort would keep them', () => {
  fc.assert(
    fc.property(vector, fc.integer({ min: 1, max: 60 }), (v, max) => {
      const got = prune(v, max, 1);
      if (v.ids.length <= max) {
        assert.equal(got, v);
        return;
      }
      const want = entries(v)
        .sort((x, y) => y[1] - x[1] || x[0] - y[0])
        .slice(0, max)
        .sort((x, y) => x[0] - y[0]);
      assert.deepEqual(entries(got), want);
    }),
  );
});

test('sparseOf orders ids and their weights as sparse does from pairs', () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 31 - 1 }), { maxLength: 300 }), fc.func(fc.float({ noNaN: true })), (ids, weightOf) => {
      const weights = ids.map((id) => weightOf(id));
      assert.deepEqual(sparseOf(ids, weights), sparse(ids.map((id, i) => [id, weights[i]!] as const)));
    }),
  );
});
