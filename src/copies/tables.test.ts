import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MultiTable } from './tables.js';
import { rng } from './testing.js';

/** Collects a key's values through the public interface. */
function valuesOf(table: MultiTable, key: number, max = 64): number[] {
  const out = new Int32Array(max);
  const n = table.collect(key, out, 0, max);
  return [...out.subarray(0, n)].sort((a, b) => a - b);
}

test('a multimap with derived keys finds exactly each key’s values, across resizes, with capped buckets', () => {
  // Keys derived from values, as band keys are from signatures; many keys, so that the
  // 8-bit hash tags of different keys collide often and the full key has to decide.
  const keyOf = (v: number): number => Math.imul(v >>> 3, 0x9e3779b1) >>> 0;
  for (const stored of [false, true]) {
    const table = new MultiTable(stored ? null : keyOf, 16);
    const expected = new Map<number, number[]>();
    const r = rng(stored ? 2 : 1);
    for (let i = 0; i < 5000; i++) {
      const v = Math.floor(r() * 40_000);
      const key = keyOf(v);
      const list = expected.get(key) ?? [];
      if (list.includes(v)) continue;
      const filed = table.insert(key, v, 4);
      assert.equal(filed, list.length < 4, 'a full bucket refuses');
      if (filed) expected.set(key, [...list, v]);
    }
    for (const [key, list] of expected) assert.deepEqual(valuesOf(table, key), [...list].sort((a, b) => a - b));
    assert.deepEqual(valuesOf(table, 12345), []);
  }
});
