import assert from 'node:assert/strict';
import { storeTest } from '../test-support/stores.js';
import { makeArticle, QUAKE_A, QUAKE_B, quakeReport } from '../stories/testing.js';
import { storiesOfArticles } from '../stories/index.js';
import { placeArticles } from './stream.js';
import { withUnfinished } from './resume.js';

const report = (id: string, quake: typeof QUAKE_A, style: number) => {
  const r = quakeReport(quake, style);
  return makeArticle(id, r.title, r.text, `2026-03-1${style}`, `outlet-${style}`);
};

storeTest('a run stopped after storing its articles is finished by the next run, whatever that one reads', async (db) => {
  const store = await db.open();
  const stopped = [report('a0', QUAKE_A, 0), report('a1', QUAKE_A, 1)];
  await store.addArticles(stopped); // …and the process died here
  const own = [report('b0', QUAKE_B, 0), report('b1', QUAKE_B, 1)];
  await store.addArticles(own);

  const { ids, resumed } = await withUnfinished(store, ['b0', 'b1', 'b0']);
  assert.deepEqual(ids, ['b0', 'b1', 'a0', 'a1'], 'its own first, once each, then the earlier ones in stored order');
  assert.equal(resumed, 2);
  await placeArticles(store, ids);
  await store.finishArticles(ids);

  const stories = await storiesOfArticles(store, ['a0', 'a1', 'b0', 'b1']);
  assert.deepEqual(stories.flatMap((s) => s.articles).sort(), ['a0', 'a1', 'b0', 'b1'], 'every article is in a story');
  assert.deepEqual(await store.unfinishedArticles(), []);
  assert.deepEqual((await withUnfinished(store, [])).ids, [], 'nothing is left for the run after');
  await store.close();
});
