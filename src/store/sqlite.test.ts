import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from './sqlite.js';
import { LATEST_VERSION } from './migrations.js';
import { identify } from '../identify/identify.js';
import { normalize } from '../normalize/normalize.js';
import { extracted, type Article } from '../pipeline/record.js';
import { RunError } from '../pipeline/errors.js';

function article(n: number): Article {
  const e = extracted('text', `in/${n}.txt`, { title: `Story ${n}`, published: `2026-03-0${(n % 9) + 1}`, publishedOrigin: 'text', blocks: [{ kind: 'paragraph', text: `Paragraph of story ${n}.` }] });
  return identify(e, normalize(e));
}

const tempDb = (): string => join(mkdtempSync(join(tmpdir(), 'corroborate-store-')), 'sub', 'c.db');

test('WAL mode and schema version; a newer schema is refused', async () => {
  const path = tempDb();
  const store = openSqliteStore(path);
  assert.equal(await store.schemaVersion(), LATEST_VERSION);
  await store.close();
  const raw = new Database(path);
  assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
  raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
  raw.close();
  assert.throws(() => openSqliteStore(path), (e: unknown) => e instanceof RunError && /newer/.test(e.message));
});

test('an older database is migrated forward on open', async () => {
  const path = tempDb();
  const store = openSqliteStore(path);
  const a = article(3);
  await store.addArticles([a]);
  await store.close();
  const raw = new Database(path);
  raw.exec('DROP TABLE annotations');
  raw.pragma('user_version = 1');
  raw.close();
  const reopened = openSqliteStore(path);
  assert.equal(await reopened.schemaVersion(), LATEST_VERSION);
  assert.deepEqual(await reopened.getArticle(a.id), a);
  await reopened.saveAnnotations([{ articleId: a.id, layer: 'x', version: 1, data: 1 }]);
  await reopened.close();
});

