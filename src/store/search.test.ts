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
