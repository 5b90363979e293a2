import assert from 'node:assert/strict';
import { freshDb, storeTest } from '../test-support/stores.js';
import { makeArticle, QUAKE_A, QUAKE_B, quakeReport } from '../stories/testing.js';
import { storiesOfArticles } from '../stories/index.js';
import type { AnalysisDocument } from '../report/document.js';
import { analyzeStoredArticles, placeArticles } from './stream.js';
import { analyzeStoredStory, storyCopyGroups } from './story-document.js';

const report = (id: string, quake: typeof QUAKE_A, style: number) => {
  const r = quakeReport(quake, style);
  return makeArticle(id, r.title, r.text, `2026-03-1${style}`, `outlet-${style}`);
};
const articles = [report('a0', QUAKE_A, 0), report('b0', QUAKE_B, 0), report('a1', QUAKE_A, 1), report('b1', QUAKE_B, 1), report('a2', QUAKE_A, 2)];
const ids = articles.map((a) => a.id);

storeTest('placing a run a few articles at a time makes the stories one batch makes', async (db) => {
  const whole = await db.open();
  const pieces = await freshDb(db.driver).open();
  await whole.addArticles(articles);
  await pieces.addArticles(articles);
  await placeArticles(whole, ids);
  await placeArticles(pieces, ids, 2);
  const members = async (store: typeof whole) => (await storiesOfArticles(store, ids)).map((s) => s.articles);
  assert.deepEqual(await members(pieces), await members(whole));
  assert.deepEqual((await members(whole)).map((m) => m.length).sort(), [2, 3]);
  await whole.close();
  await pieces.close();
});

storeTest('each story is analysed once, kept in the store as it is yielded, and equals the one-story analysis', async (db) => {
  const store = await db.open();
  await store.addArticles(articles);
  const seen: string[] = [];
  for await (const s of analyzeStoredArticles(store, 'test', ids)) {
    seen.push(s.story.id);
    const kept = await store.getStoryDocument<AnalysisDocument>(s.story.id);
    assert.deepEqual(kept?.document.stories, JSON.parse(JSON.stringify(s.doc.stories)), 'kept before the caller sees it');
    assert.deepEqual([...s.texts.keys()].sort(), [...s.story.articles].sort());
    assert.deepEqual([...s.sentences.keys()].sort(), [...s.story.articles].sort());
    const alone = await analyzeStoredStory(store, 'test', s.story, await storyCopyGroups(store, s.story));
    assert.deepEqual({ ...alone!.doc.stories[0], generated: null }, { ...s.doc.stories[0], generated: null });
  }
  assert.equal(seen.length, 2);
  assert.equal(new Set(seen).size, 2);
  await store.close();
});

storeTest('placing again articles already filed and placed reads none of them, and a new one among them is placed', async (db) => {
  const store = await db.open();
  await store.addArticles(articles);
  await placeArticles(store, ids.slice(0, 4));
  const read: string[] = [];
  const getArticle = store.getArticle.bind(store);
  store.getArticle = (id) => {
    read.push(id);
    return getArticle(id);
  };
  await placeArticles(store, ids);
  assert.deepEqual(read, ['a2']);
  assert.deepEqual((await storiesOfArticles(store, ['a2']))[0]?.articles, ['a0', 'a1', 'a2']);
  await store.close();
});
