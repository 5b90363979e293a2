import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { append, maxOf, minOf } from './arrays.js';

// Past what a call takes as arguments: Math.max(...big) or push(...big) throws here.
const BIG = 1_000_000;

test('append, maxOf and minOf take arrays longer than a call takes arguments', () => {
  const big = Array.from({ length: BIG }, (_, i) => (i * 7919) % BIG);
  assert.throws(() => Math.max(...big), RangeError, 'the size must be past the spread limit, or this test proves nothing');
  const target = [-1];
  assert.equal(append(target, big), target);
  assert.equal(target.length, BIG + 1);
  assert.equal(target[BIG], big[BIG - 1]);
  assert.equal(maxOf(big), BIG - 1);
  assert.equal(minOf(big), 0);
});

test('on arrays a call can take, they agree with push(...), Math.max(...) and Math.min(...)', () => {
  const numbers = fc.array(fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, -0)), { maxLength: 40 });
  // `+ 0` turns -0 into 0: which of two zeros comes out is no difference the callers see.
  const same = (a: number, b: number): void => assert.equal(a + 0, b + 0);
  fc.assert(
    fc.property(numbers, numbers, (a, b) => {
      assert.deepEqual(append([...a], b), [...a].concat(b));
      same(maxOf(a), Math.max(...a));
      same(minOf(a), Math.min(...a));
      same(maxOf(a, 0), Math.max(0, ...a));
      same(minOf(a, 0), Math.min(0, ...a));
    }),
    { numRuns: 500 },
  );
});
