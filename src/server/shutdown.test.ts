/**
 * `corroborate serve` stopped by SIGTERM in the middle of an ingest: it finishes that
 * write, answers it and exits 0; a second SIGTERM ends the write uncommitted and exits 1.
 * Either way the database passes SQLite's integrity check and holds no article twice.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { rewrites } from '../test-support/inputs.js';
import { serveChild, type Served } from '../test-support/serve.js';

// A generous deadline: the first SIGTERM must end in a finished write, however busy the machine.
const serve = (db: string): Promise<Served> => serveChild(db, ['--no-analyze-all', '--shutdown-timeout', '600']);

function check(db: string): { integrity: string; articles: number; distinct: number } {
  const raw = new Database(db, { readonly: true });
  try {
    return {
      integrity: raw.prepare('PRAGMA integrity_check').pluck().get() as string,
      articles: raw.prepare('SELECT count(*) FROM articles').pluck().get() as number,
      distinct: raw.prepare('SELECT count(DISTINCT id) FROM articles').pluck().get() as number,
    };
  } finally {
    raw.close();
  }
}

const tempDb = (): string => join(mkdtempSync(join(tmpdir(), 'corroborate-shutdown-')), 'c.db');

test('SIGTERM during an ingest: the ingest finishes and is answered, the server exits 0, the database is whole', async () => {
  const db = tempDb();
  const server = await serve(db);
  const post = fetch(`${server.url}/api/articles?name=slow.json`, { method: 'POST', body: rewrites(6) });
  await server.logged(/ingest of slow\.json/);
  server.kill();
  const answer = await post;
  assert.equal(answer.status, 201);
  assert.equal(await server.exited, 0);
  assert.deepEqual(check(db), { integrity: 'ok', articles: 6, distinct: 6 });
});

test('a second SIGTERM ends the running ingest at once: exit 1, the database is whole', async () => {
  const db = tempDb();
  const server = await serve(db);
  const post = fetch(`${server.url}/api/articles?name=slow.json`, { method: 'POST', body: rewrites(40) }).then(
    (r) => r.status,
    () => 'hung up',
  );
  await server.logged(/ingest of slow\.json/);
  server.kill();
  await server.logged(/stopping/);
  server.kill();
  assert.equal(await server.exited, 1);
  assert.equal(await post, 'hung up');
  const after = check(db);
  assert.equal(after.integrity, 'ok');
  assert.equal(after.articles, after.distinct);
});
