import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { openSqliteStore } from './sqlite.js';
import { strongest } from './reach.js';
import { MemoryStoryTx } from '../stories/memory.js';

test('strongest: the top few by score, ties to the key put first, whatever the order of the keys', () => {
  const scores = new Map([['c', 2], ['a', 2], ['b', 3], ['d', 1]]);
  const top = (keys: string[]): string[] => strongest(keys, (k) => scores.get(k)!, (x, y) => x < y, 3);
  assert.deepEqual(top(['a', 'b', 'c', 'd']), ['b', 'a', 'c']);
  assert.deepEqual(top(['d', 'c', 'b', 'a']), ['b', 'a', 'c']);
  assert.deepEqual(strongest([], () => 0, () => false, 3), []);
});

const LIMIT = 4;
const posts = fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.uniqueArray(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 4 })), { maxLength: 40 });
const query = fc.tuple(
  fc.uniqueArray(fc.integer({ min: 1, max: 9 }), { maxLength: 5 }),
  fc.array(fc.constantFrom(0, 0.5, 1, 1.5), { minLength: 5, maxLength: 5 }),
  fc.integer({ min: 1, max: LIMIT }),
  fc.integer({ min: 1, max: 5 }),
);

test('reach: the in-memory lookup on story handles finds what the SQLite postings find', async () => {
  const store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'corroborate-reach-')), 'r.db'));
  try {
    await fc.assert(
      fc.asyncProperty(posts, fc.array(query, { minLength: 1, maxLength: 5 }), async (postList, queries) => {
        const memory = new MemoryStoryTx(LIMIT);
        await store.storyTransaction(async (tx) => {
          await tx.clear();
          let seq = 0;
          for (const [story, terms] of postList) {
            seq++;
            await tx.post(`story:${story}`, terms, seq);
            await memory.post(`story:${story}`, terms);
          }
          for (const [terms, weights, limit, count] of queries) {
            const w = terms.map((_, i) => weights[i]!);
            assert.deepEqual(await memory.reach(terms, w, limit, count), await tx.reach(terms, w, limit, count));
          }
        });
      }),
      { numRuns: 200 },
    );
  } finally {
    await store.close();
  }
});
