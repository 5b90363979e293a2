/**
 * The unfinished mark (resume after a killed run), through the Store interface only: a
 * second driver runs `unfinishedContract` against its own `open`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from './sqlite.js';
import type { Store } from './store.js';
import { makeArticle } from '../stories/testing.js';

const tempDb = (): string => join(mkdtempSync(join(tmpdir(), 'corroborate-unfinished-')), 'u.db');
const article = (n: number) => makeArticle(`u${n}`, `Report ${n}`, `Paragraph ${n} of a report about the ferry.`);

export function unfinishedContract(name: string, open: (path: string) => Store): void {
  test(`${name}: added articles are unfinished, in stored order, until finished; the mark survives a reopen`, async () => {
    const path = tempDb();
    const store = open(path);
    const [a, b, c] = [article(1), article(2), article(3)];
    await store.addArticles([b, a]);
    await store.addArticles([c]);
    assert.deepEqual(await store.unfinishedArticles(), [b.id, a.id, c.id]);
    await store.finishArticles([a.id, 'not-stored']);
    assert.deepEqual(await store.addArticles([a]), { added: [], existing: [a.id] });
    assert.deepEqual(await store.unfinishedArticles(), [b.id, c.id], 'adding a finished article again does not reopen it');
    await store.close();
    const again = open(path);
    assert.deepEqual(await again.unfinishedArticles(), [b.id, c.id]);
    await again.finishArticles([b.id, c.id]);
    assert.deepEqual(await again.unfinishedArticles(), []);
    await again.close();
  });

  test(`${name}: a batch that fails marks nothing`, async () => {
    const store = open(tempDb());
    const broken = { ...article(2), title: null } as unknown as ReturnType<typeof article>;
    await assert.rejects(store.addArticles([article(1), broken]));
    assert.deepEqual(await store.unfinishedArticles(), []);
    await store.close();
  });
}

unfinishedContract('sqlite', openSqliteStore);

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
