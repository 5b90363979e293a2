/**
 * The one way commands open a store: a postgres:// URL opens PostgreSQL, anything else is
 * the path of an SQLite file. `CORROBORATE_DB` stands in when no --db is given.
 */
import type { Store } from './store.js';
import { DEFAULT_DB, openSqliteStore, type OpenOptions } from './sqlite.js';
import { isPostgresUrl } from './postgres/connection.js';
import { openPostgresStore } from './postgres/store.js';

export { isPostgresUrl };

/** What --db means when it is not given. */
export const defaultDb = (): string => process.env['CORROBORATE_DB'] || DEFAULT_DB;

export async function openStore(db: string = defaultDb(), options: OpenOptions = {}): Promise<Store> {
  // A PostgreSQL server serves readers and writers alike: `reader` is SQLite's concern.
  return isPostgresUrl(db) ? openPostgresStore(db) : openSqliteStore(db, options);
}
