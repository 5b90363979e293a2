/** SQLite's migration of the unfinished mark; the mark itself is in the shared store suite (store.test.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from './sqlite.js';
import { makeArticle } from '../stories/testing.js';

const tempDb = (): string => join(mkdtempSync(join(tmpdir(), 'corroborate-unfinished-')), 'u.db');
const article = (n: number) => makeArticle(`u${n}`, `Report ${n}`, `Paragraph ${n} of a report about the ferry.`);

test('migration 9 marks the articles an earlier version stored without a story', async () => {
  const path = tempDb();
  const store = openSqliteStore(path);
  const [placed, left] = [article(1), article(2)];
  await store.addArticles([placed, left]);
  await store.close();
  const raw = new Database(path);
  raw.exec('DROP TABLE unfinished_articles');
  raw.prepare("INSERT INTO story_members (article_id, story_id, text_hash, source) VALUES (?, 's1', 'h', 'outlet')").run(placed.id);
  raw.pragma('user_version = 8');
  raw.close();
  const migrated = openSqliteStore(path);
  assert.deepEqual(await migrated.unfinishedArticles(), [left.id]);
  await migrated.close();
});
