import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strongest } from './reach.js';

test('strongest: the top few by score, ties to the key put first, whatever the order of the keys', () => {
  const scores = new Map([['c', 2], ['a', 2], ['b', 3], ['d', 1]]);
  const top = (keys: string[]): string[] => strongest(keys, (k) => scores.get(k)!, (x, y) => x < y, 3);
  assert.deepEqual(top(['a', 'b', 'c', 'd']), ['b', 'a', 'c']);
  assert.deepEqual(top(['d', 'c', 'b', 'a']), ['b', 'a', 'c']);
  assert.deepEqual(strongest([], () => 0, () => false, 3), []);
});
