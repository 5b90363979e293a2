import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { storeTest } from '../test-support/stores.js';
import { processInput } from '../pipeline/run.js';
import { listStories } from '../stories/index.js';
import { createContext } from './context.js';

const feed = fileURLToPath(new URL('../../examples/news/radio-dravania-news-rss.xml', import.meta.url));

storeTest('at start, the server places and analyses what an ingest or a killed run left unfinished', async (db) => {
  const store = await db.open();
  const { articles } = processInput({ name: 'feed.xml', bytes: readFileSync(feed) });
  await store.addArticles(articles);
  const context = createContext({ store, version: 'test' });

  const aborted = new AbortController();
  aborted.abort();
  await context.analyzeAll(aborted.signal);
  assert.equal((await store.unfinishedArticles()).length, articles.length, 'stopped before the end, it leaves them unfinished');

  const analysed = await context.analyzeAll();
  const stories = await listStories(store);
  assert.deepEqual(stories.flatMap((s) => s.articles).sort(), articles.map((a) => a.id).sort(), 'every article is in a story');
  assert.equal(analysed, stories.length);
  for (const s of stories) assert.notEqual(await store.keptDocumentKey(s.id), null, `${s.id} has its analysis`);
  assert.deepEqual(await store.unfinishedArticles(), []);
  await store.close();
});
