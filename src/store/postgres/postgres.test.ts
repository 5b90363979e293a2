/** PostgreSQL's own concerns: migrations under concurrent opens, a newer schema refused, and errors that say what to do. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { freshDb, postgresSkip, POSTGRES_URL } from '../../test-support/stores.js';
import { RunError } from '../../pipeline/errors.js';
import { openStore } from '../connect.js';
import { PG_LATEST_VERSION } from './migrations.js';

test('many processes opening a new database at once migrate it once', { skip: postgresSkip }, async () => {
  const db = freshDb('postgres');
  const stores = await Promise.all(Array.from({ length: 6 }, () => db.open()));
  for (const s of stores) assert.equal(await s.schemaVersion(), PG_LATEST_VERSION);
  await Promise.all(stores.map((s) => s.close()));
});

test('a database of a newer corroborate is refused, not damaged', { skip: postgresSkip }, async () => {
  const db = freshDb('postgres');
  await (await db.open()).close();
  const schema = new URL(db.url).searchParams.get('schema')!;
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  await client.query(`UPDATE ${schema}.corroborate_schema SET version = $1`, [PG_LATEST_VERSION + 1]);
  await client.end();
  await assert.rejects(db.open(), (e: unknown) => e instanceof RunError && /newer than this corroborate/.test(e.message) && /upgrade corroborate/.test(e.hint));
});

test('a bad schema name and an unreachable server are errors that say what to do, with no password in them', async () => {
  await assert.rejects(openStore('postgres://u@127.0.0.1:5432/db?schema=Robert%27);DROP'), (e: unknown) => e instanceof RunError && /plain lower-case name/.test(e.message));
  // Port 9 (discard) on loopback: nothing listens there, so the connection is refused at once.
  await assert.rejects(openStore('postgres://someone:secret@127.0.0.1:9/db'), (e: unknown) => e instanceof RunError && /cannot open the database/.test(e.message) && !e.message.includes('secret') && /PostgreSQL is running/.test(e.hint));
});
