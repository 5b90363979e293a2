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

test('round trip: what is stored comes back whole', async () => {
  const store = openSqliteStore(tempDb());
  const a = article(1);
  assert.deepEqual(await store.addArticles([a]), { added: [a.id], existing: [] });
  assert.deepEqual(await store.getArticle(a.id), a);
  assert.equal(await store.getArticle('nope'), null);
  assert.deepEqual(await store.findIds(a.id.slice(0, 4)), [a.id]);
  const [listed] = await store.listArticles();
  assert.equal(listed!.title, 'Story 1');
  assert.equal(listed!.chars, a.text.length);
  const fetched = { ...article(2), fetched: { url: 'https://news.example/r/2', finalUrl: 'https://news.example/2', httpDate: '2026-03-02T10:00:00.000Z', etag: '"x"', lastModified: null, fetchedAt: '2026-03-02T10:00:01.000Z' } };
  await store.addArticles([fetched]);
  assert.deepEqual(await store.getArticle(fetched.id), fetched, 'how a fetched article was answered comes back with it');
  assert.deepEqual(await store.fetchedFrom(['https://news.example/r/2', 'https://news.example/2']), new Map([['https://news.example/r/2', fetched.id]]));
  await store.close();
});

test('re-ingesting adds nothing', async () => {
  const path = tempDb();
  const store = openSqliteStore(path);
  const batch = [article(1), article(2)];
  await store.addArticles(batch);
  assert.deepEqual(await store.addArticles(batch), { added: [], existing: batch.map((a) => a.id) });
  assert.equal(await store.countArticles(), 2);
  await store.close();
  const again = openSqliteStore(path);
  assert.equal(await again.countArticles(), 2);
  await again.close();
});

test('a batch is one transaction: a failure part-way leaves nothing behind', async () => {
  const store = openSqliteStore(tempDb());
  const good = article(1);
  const broken = { ...article(2), title: null } as unknown as Article;
  await assert.rejects(store.addArticles([good, broken]));
  assert.equal(await store.countArticles(), 0);
  await store.close();
});

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

test('annotations: saved per article and layer, replaced on rewrite, refused for unknown articles', async () => {
  const store = openSqliteStore(tempDb());
  const a = article(1);
  await store.addArticles([a]);
  await store.saveAnnotations([{ articleId: a.id, layer: 'language', version: 1, data: { sentences: [{ start: 0, end: 5 }] } }]);
  await store.saveAnnotations([{ articleId: a.id, layer: 'language', version: 2, data: { sentences: [] } }]);
  const got = await store.getAnnotations<{ sentences: unknown[] }>('language', [a.id, 'missing']);
  assert.equal(got.size, 1);
  assert.deepEqual(got.get(a.id), { articleId: a.id, layer: 'language', version: 2, data: { sentences: [] } });
  await assert.rejects(store.saveAnnotations([{ articleId: 'nope', layer: 'language', version: 1, data: {} }]));
  await store.close();
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

test('articles are listed and counted by language; "en" takes a page tag such as "en-GB" too', async () => {
  const store = openSqliteStore(':memory:');
  const [a, b, c] = [1, 2, 3].map(article);
  await store.addArticles([{ ...a!, language: 'de' }, { ...b!, language: 'en-GB' }, { ...c!, language: 'en' }]);
  assert.deepEqual((await store.listArticles({ language: 'de' })).map((x) => x.id), [a!.id]);
  assert.deepEqual((await store.listArticles({ language: 'EN' })).map((x) => x.id).sort(), [b!.id, c!.id].sort());
  assert.equal(await store.countArticles({ language: 'en' }), 2);
  assert.equal(await store.countArticles({ language: 'pt' }), 0);
  assert.equal(await store.countArticles(), 3);
  await store.close();
});
