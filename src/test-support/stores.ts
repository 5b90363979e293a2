/**
 * Every driver a behaviour test runs on, as drizzle runs one suite on every driver:
 *
 *     storeTest('re-ingesting adds nothing', async (db) => { const store = await db.open(); … });
 *
 * registers the test once per driver, each on a database of its own. SQLite's is a file in
 * a temporary folder; PostgreSQL's is a schema of its own in the database DATABASE_URL
 * names (postgres://postgres@127.0.0.1:5432/test when unset), dropped when the file's
 * tests end. Without a reachable server the PostgreSQL tests are skipped, saying why;
 * under CI they fail instead, since CI must never skip them.
 */
import { test, after } from 'node:test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Store } from '../store/store.js';
import { openStore } from '../store/connect.js';

export const POSTGRES_URL = process.env['DATABASE_URL'] || 'postgres://postgres@127.0.0.1:5432/test';

/** One fresh database: open it as often as the test needs (a reopen sees what was committed). */
export interface TestDb {
  driver: 'sqlite' | 'postgres';
  /** What --db takes to reach it. */
  url: string;
  open(): Promise<Store>;
}

async function reachable(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const unreachable = await reachable(POSTGRES_URL);
if (unreachable !== null && process.env['CI']) {
  throw new Error(`PostgreSQL is not reachable at ${POSTGRES_URL} (${unreachable}); CI runs every store test on it. Start it (see .ci/run) or set DATABASE_URL.`);
}
export const postgresSkip: string | false =
  unreachable === null ? false : `PostgreSQL is not reachable at ${POSTGRES_URL} (${unreachable}): start it or set DATABASE_URL to run these tests`;

const schemas: string[] = [];
let count = 0;

after(async () => {
  if (schemas.length === 0) return;
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
});

function withSchema(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('schema', schema);
  return u.toString();
}

/** A fresh database on `driver`. */
export function freshDb(driver: TestDb['driver']): TestDb {
  if (driver === 'sqlite') {
    const url = join(mkdtempSync(join(tmpdir(), 'corroborate-store-')), 'sub', 'c.db');
    return { driver, url, open: () => openStore(url) };
  }
  const schema = `corroborate_test_${process.pid}_${++count}_${Math.random().toString(36).slice(2, 8)}`;
  schemas.push(schema);
  const url = withSchema(POSTGRES_URL, schema);
  return { driver, url, open: () => openStore(url) };
}

export const DRIVERS: readonly TestDb['driver'][] = ['sqlite', 'postgres'];

/** Registers `body` once per driver, named "<driver>: <name>", each with a fresh database. */
export function storeTest(name: string, body: (db: TestDb) => Promise<void>, options: { timeout?: number } = {}): void {
  for (const driver of DRIVERS) {
    const skip = driver === 'postgres' ? postgresSkip : false;
    test(`${driver}: ${name}`, { skip, ...options }, () => body(freshDb(driver)));
  }
}
