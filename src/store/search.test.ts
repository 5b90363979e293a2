import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from './sqlite.js';
import { identify } from '../identify/identify.js';
import { normalize } from '../normalize/normalize.js';
import { extracted, type Article } from '../pipeline/record.js';

function article(title: string, text: string): Article {
  const e = extracted('text', `${title}.txt`, { title, blocks: [{ kind: 'paragraph', text }] });
  return identify(e, normalize(e));
}

const tempDb = (): string => join(mkdtempSync(join(tmpdir(), 'corroborate-search-')), 'c.db');

test('articles are searched by title and text, every term required, case and accents folded', async () => {
  const store = openSqliteStore(tempDb());
  const dam = article('Dam breach in Brodná', 'Water reached the lower town before dawn.');
  const tram = article('Tram strike', 'Drivers in Lesk walk out over pay; the dam is not mentioned twice.');
  await store.addArticles([dam, tram]);
  assert.deepEqual((await store.searchArticles(['brodna'], { limit: 10, offset: 0 })).hits.map((h) => h.id), [dam.id]);
  const both = await store.searchArticles(['dam'], { limit: 10, offset: 0 });
  assert.equal(both.total, 2);
  assert.equal(both.hits[0]!.id, dam.id, 'a word in the title ranks first');
  assert.equal((await store.searchArticles(['dam'], { limit: 1, offset: 1 })).hits[0]!.id, tram.id);
  assert.equal((await store.searchArticles(['dam', 'pay'], { limit: 10, offset: 0 })).total, 1);
  for (const syntax of ['"', 'OR', 'title:dam', 'NEAR(dam', '*', '-', '^dam']) {
    await store.searchArticles([syntax], { limit: 10, offset: 0 });
  }
  assert.deepEqual(await store.searchArticles([], { limit: 10, offset: 0 }), { total: 0, hits: [] });
  await store.close();
});

test('story documents are kept with their key; their claims are searchable until the story is gone', async () => {
  const store = openSqliteStore(tempDb());
  const claims = [{ claimId: 'c1', text: 'The dam failed at 4:40 a.m.', status: 'corroborated', independentSources: 3, evidence: [{ articleId: 'a', start: 0, end: 10 }] }];
  await store.saveStoryDocument({ storyId: 'story:1', key: 'k1', generated: '2026-03-12T00:00:00Z', document: { n: 1 } }, claims);
  await store.saveStoryDocument({ storyId: 'story:1', key: 'k2', generated: '2026-03-13T00:00:00Z', document: { n: 2 } }, claims);
  assert.equal(await store.keptDocumentKey('story:1'), 'k2');
  assert.deepEqual(await store.getStoryDocument('story:1'), { storyId: 'story:1', key: 'k2', generated: '2026-03-13T00:00:00Z', document: { n: 2 } });
  assert.equal(await store.getStoryDocument('story:2'), null);
  const found = await store.searchClaims(['dam', 'failed'], { limit: 10, offset: 0 });
  assert.equal(found.total, 1, 'saving again replaced the claims rather than adding to them');
  assert.deepEqual({ ...found.hits[0]!, score: 0 }, { storyId: 'story:1', ...claims[0]!, score: 0 });
  // No such story in the stories table: pruned.
  assert.equal(await store.pruneStoryDocuments(), 1);
  assert.equal((await store.searchClaims(['dam'], { limit: 10, offset: 0 })).total, 0);
  assert.equal(typeof (await store.dataVersion()), 'number');
  await store.close();
});

test('articles stored before the search index existed are indexed when the database is migrated', async () => {
  const path = tempDb();
  const store = openSqliteStore(path);
  const a = article('Flood warning', 'Residents of the valley were told to leave.');
  await store.addArticles([a]);
  await store.close();
  const raw = new Database(path);
  raw.exec('DROP TRIGGER articles_search_insert; DROP TRIGGER articles_search_delete; DROP TRIGGER articles_search_update; DROP TABLE article_search;');
  raw.pragma('user_version = 5');
  raw.close();
  const reopened = openSqliteStore(path);
  assert.deepEqual((await reopened.searchArticles(['valley'], { limit: 10, offset: 0 })).hits.map((h) => h.id), [a.id]);
  await reopened.close();
});
