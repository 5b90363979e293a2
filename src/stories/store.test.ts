/** Story clustering against the SQLite store: migration 4, incremental updates, re-cluster, sources. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../store/sqlite.js';
import { storeTest } from '../test-support/stores.js';
import type { Article } from '../pipeline/record.js';
import { updateCopies } from '../copies/index.js';
import { getStory, listStories, recluster, storiesOfArticles, StoryClusterer, storyIdFor, updateStories } from './index.js';
import { makeArticle, QUAKE_A, QUAKE_B, quakeReport, type Quake } from './testing.js';

const tempDb = (): string => join(mkdtempSync(join(tmpdir(), 'corroborate-stories-')), 's.db');

const EVENTS: Quake[] = [
  QUAKE_A,
  QUAKE_B,
  { place: 'Zelov', region: 'the Dravan plain', magnitude: '4.9', dead: '2', official: 'Mara Selnik', agency: 'Dravan Rescue Corps' },
  { place: 'Veyra', region: 'the northern lakes', magnitude: '6.8', dead: '41', official: 'Tomas Kralj', agency: 'Lakes Relief Agency' },
  { place: 'Radno', region: 'the coastal strip', magnitude: '5.9', dead: '12', official: 'Anja Benes', agency: 'Coastal Safety Board' },
];

/** Four reports of each invented quake, interleaved the same way every run. */
function corpus(): Article[] {
  const out: Article[] = [];
  for (let style = 0; style < 4; style++) {
    EVENTS.forEach((q, e) => {
      const r = quakeReport(q, style);
      out.push(makeArticle(`e${e}s${style}`, r.title, r.text, `2026-0${3 + (e % 3)}-1${style}`, `outlet-${style}`));
    });
  }
  return out;
}

const groupsOf = (stories: readonly { articles: string[] }[]): string[][] => stories.map((s) => [...s.articles].sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));

test('migration 4 creates the story tables', async () => {
  const path = tempDb();
  const store = openSqliteStore(path);
  assert.ok((await store.schemaVersion()) >= 4);
  await store.close();
  const db = new Database(path, { readonly: true });
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE 'stor%') ORDER BY name").all() as { name: string }[]).map((r) => r.name);
  // Later migrations may add story tables of their own (claims, documents).
  for (const name of ['stories', 'story_members', 'story_postings', 'story_state', 'story_terms']) assert.ok(tables.includes(name), name);
  db.close();
});

for (const [from, why] of [
  [6, 'its vectors read kinds from two bits'],
  [7, 'its centroids hold small counts as figures'],
] as const) {
  test(`stories lost to migration ${from + 1} (${why}) are rebuilt from the stored articles on the next update`, async () => {
    const path = tempDb();
    const articles = corpus();
    const [late, ...early] = [articles[articles.length - 1]!, ...articles.slice(0, -1)];
    const store = openSqliteStore(path);
    await store.addArticles(early);
    const before = groupsOf(await updateStories(store, early));
    await store.close();
    // A database from before the migration, which empties the story state.
    const raw = new Database(path);
    raw.pragma(`user_version = ${from}`);
    raw.close();
    const reopened = openSqliteStore(path);
    assert.deepEqual(await listStories(reopened), []);
    await reopened.addArticles([late]);
    const touched = await updateStories(reopened, [late]);
    const all = await listStories(reopened);
    assert.equal(all.reduce((n, s) => n + s.articles.length, 0), articles.length, 'every stored article is in a story again');
    assert.ok(touched.some((s) => s.articles.includes(late.id)));
    assert.deepEqual(groupsOf(all), groupsOf(await recluster(reopened)), 'as a re-cluster makes them');
    assert.equal(before.length, EVENTS.length);
    assert.equal(all.length, EVENTS.length);
    await reopened.close();
  });
}

storeTest('updates across calls and a reopened store make the same stories as the in-memory clusterer', async (db) => {
  const articles = corpus();
  let store = await db.open();
  await store.addArticles(articles);
  await updateStories(store, articles.slice(0, 7), { batchSize: 3 });
  await store.close();
  store = await db.open();
  await updateStories(store, articles.slice(7));
  const stored = groupsOf(await listStories(store));

  const memory = new StoryClusterer();
  for (const a of articles) await memory.add(a);
  const inMemory = [...(await memory.assignments()).values()].map((ids) => [...ids].sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  assert.deepEqual(stored, inMemory);
  for (const g of stored) assert.equal(new Set(g.map((id) => id.slice(0, 2))).size, 1, `one event per story: ${g}`);
  assert.equal(stored.length, EVENTS.length);
  await store.close();
});

storeTest('a story reads back with its title, span, names and sources; stories are found by article', async (db) => {
  const articles = corpus();
  const store = await db.open();
  await store.addArticles(articles);
  const touched = await updateStories(store, articles);
  assert.equal(touched.length, EVENTS.length);
  const story = await getStory(store, storyIdFor('e0s0'));
  assert.ok(story);
  assert.deepEqual(story.articles, ['e0s0', 'e0s1', 'e0s2', 'e0s3']);
  assert.ok(story.articles.includes(story.representative));
  assert.equal(story.title, articles.find((a) => a.id === story.representative)!.title);
  assert.deepEqual(story.span, { start: '2026-03-10', end: '2026-03-13' });
  assert.equal(story.sources, 4);
  assert.ok(story.entities.some((e) => e.name === 'Kamenitsa' && e.articles === 4));
  assert.deepEqual((await storiesOfArticles(store, ['e1s2', 'e1s3'])).map((s) => s.id), [storyIdFor('e1s0')]);
  assert.equal(await getStory(store, 'story:nothing'), null);
  assert.equal((await listStories(store, { limit: 2, offset: 1 })).length, 2);
  await store.close();
});

storeTest('sources: copies of one report count once, and so do two reports from one outlet', async (db) => {
  const r0 = quakeReport(QUAKE_A, 0);
  const r1 = quakeReport(QUAKE_A, 1);
  const r2 = quakeReport(QUAKE_A, 2);
  const articles = [
    makeArticle('orig', r0.title, r0.text, '2026-03-10', 'Wire'),
    makeArticle('copy', r0.title, `${r0.text}\n\nShare this story.`, '2026-03-10', 'Reposter'),
    makeArticle('own', r1.title, r1.text, '2026-03-10', 'Herald'),
    makeArticle('own2', r2.title, r2.text, '2026-03-11', 'Herald'),
  ];
  const store = await db.open();
  await store.addArticles(articles);
  await updateCopies(store, articles);
  const [story] = await updateStories(store, articles);
  assert.ok(story);
  assert.equal(story.articles.length, 4);
  assert.equal(story.sources, 2);
  await store.close();
});

storeTest('re-cluster: same stories here, stored for later updates, which go on from them', async (db) => {
  const articles = corpus();
  const store = await db.open();
  await store.addArticles(articles.slice(0, 15));
  const online = groupsOf(await updateStories(store, articles.slice(0, 15)));
  const rebuilt = groupsOf(await recluster(store));
  assert.deepEqual(rebuilt, online);
  // Later reports join the stories the re-cluster wrote.
  await store.addArticles(articles.slice(15));
  await updateStories(store, articles.slice(15));
  const all = groupsOf(await listStories(store));
  assert.equal(all.length, EVENTS.length);
  for (const g of all) assert.equal(new Set(g.map((id) => id.slice(0, 2))).size, 1, `one event per story: ${g}`);
  assert.equal(all.flat().length, articles.length);
  await store.close();
});

storeTest('an article not in the store is refused before anything is written', async (db) => {
  const store = await db.open();
  const [a, b] = corpus();
  await store.addArticles([a!]);
  await assert.rejects(updateStories(store, [a!, b!]), /not in the store/);
  assert.deepEqual(await listStories(store), []);
  await store.close();
});

storeTest('a failed story transaction leaves nothing behind', async (db) => {
  const store = await db.open();
  const [a] = corpus();
  await store.addArticles([a!]);
  await assert.rejects(
    store.storyTransaction(async (tx) => {
      await tx.putMember({ articleId: a!.id, storyId: 'story:x', textHash: '0', source: '' });
      throw new Error('boom');
    }),
  );
  assert.deepEqual(await listStories(store), []);
  const [story] = await updateStories(store, [a!]);
  assert.equal(story!.id, storyIdFor(a!.id));
  await store.close();
});
