/**
 * Connecting to PostgreSQL: the pool, the schema it works in, and the schema's migrations.
 */
import pg from 'pg';
import { RunError } from '../../pipeline/errors.js';
import { PG_LATEST_VERSION, PG_MIGRATIONS } from './migrations.js';

export const isPostgresUrl = (db: string): boolean => /^postgres(?:ql)?:\/\//i.test(db);

export interface PostgresOptions {
  /** Connections in the pool. */
  connections?: number;
}

/** Advisory lock keys: one namespace for corroborate, then what is locked. */
export const LOCK_SPACE = 0x636f7272; // "corr"
export const LOCKS = { migrate: 1, copies: 2, stories: 3 } as const;

/** The URL without its password, for messages. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'the PostgreSQL URL';
  }
}

/**
 * A `schema` parameter of the URL is corroborate's own, not libpq's: the tables live in
 * that schema (created if missing), so several corroborate databases can share one
 * PostgreSQL database. It must be a plain name, since it is written into SQL.
 */
function splitSchema(url: string): { url: string; schema: string | null } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new RunError(`cannot read the database URL ${describeUrl(url)}`, 'write it as postgres://user@host:5432/database');
  }
  const schema = parsed.searchParams.get('schema');
  if (schema === null) return { url, schema: null };
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new RunError(`the schema "${schema}" in ${describeUrl(url)} is not a plain lower-case name`, 'use letters, digits and underscores, starting with a letter');
  }
  parsed.searchParams.delete('schema');
  return { url: parsed.toString(), schema };
}

export async function openPool(url: string, options: PostgresOptions = {}): Promise<{ pool: pg.Pool; schema: string | null }> {
  const { url: connectionString, schema } = splitSchema(url);
  const pool = new pg.Pool({
    connectionString,
    max: options.connections ?? 4,
    // A server that does not answer is reported, not waited on for ever.
    connectionTimeoutMillis: 10_000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle connection the server drops (restart, admin kill) must not crash the process:
  // the pool discards it and the next query opens another.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    try {
      await migrate(client, url, schema);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    if (error instanceof RunError) throw error;
    throw new RunError(
      `cannot open the database ${describeUrl(url)}: ${(error as Error).message}`,
      'check that PostgreSQL is running and that the URL names a database this user may write to',
    );
  }
  return { pool, schema };
}

/**
 * Creates the schema and applies the pending migrations in one transaction, under an
 * advisory lock taken before the version is read: two workers starting at once would
 * otherwise both create the tables.
 */
async function migrate(client: pg.PoolClient, url: string, schema: string | null): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_SPACE, LOCKS.migrate]);
    // Under the lock too: two CREATE SCHEMA IF NOT EXISTS at once can both try to create it (seen in CI).
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query('CREATE TABLE IF NOT EXISTS corroborate_schema (version INTEGER NOT NULL)');
    const row = (await client.query<{ version: number }>('SELECT version FROM corroborate_schema')).rows[0];
    const current = row?.version ?? 0;
    if (current > PG_LATEST_VERSION) {
      throw new RunError(`${describeUrl(url)} has schema version ${current}, newer than this corroborate (${PG_LATEST_VERSION})`, 'upgrade corroborate, or use another --db');
    }
    for (const migration of PG_MIGRATIONS) {
      if (migration.version > current) await client.query(migration.sql);
    }
    if (row === undefined) await client.query('INSERT INTO corroborate_schema (version) VALUES ($1)', [PG_LATEST_VERSION]);
    else if (current < PG_LATEST_VERSION) await client.query('UPDATE corroborate_schema SET version = $1', [PG_LATEST_VERSION]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
