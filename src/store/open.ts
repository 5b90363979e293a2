import type Database from 'better-sqlite3';
import { RunError } from '../pipeline/errors.js';
import { MIGRATIONS, LATEST_VERSION } from './migrations.js';

/** How long an open waits for other processes' locks before it gives up. */
const BUSY_MS = 5000;

/**
 * Settings, then the schema, for a connection just opened. busy_timeout comes first so
 * that every later statement waits for another process's lock instead of failing.
 */
export function prepareDatabase(db: Database.Database, path: string): void {
  try {
    db.pragma(`busy_timeout = ${BUSY_MS}`);
    toWal(db);
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
  } catch (error) {
    throw cannotOpen(path, error);
  }
  migrate(db, path);
}

export const cannotOpen = (path: string, error: unknown): RunError =>
  new RunError(`cannot open the database ${path}: ${(error as Error).message}`, 'check the --db path, its folder permissions, and that it is a corroborate database');

/**
 * Switching a file to WAL can fail with SQLITE_BUSY at once, busy_timeout or not, while
 * another process opening the same new file holds its lock (seen with a dozen at once),
 * so the switch is retried until the same deadline.
 */
function toWal(db: Database.Database): void {
  const deadline = Date.now() + BUSY_MS;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'SQLITE_BUSY' || Date.now() >= deadline) throw error;
      Atomics.wait(pause, 0, 0, 5 + Math.random() * 20);
    }
  }
}

const schemaVersion = (db: Database.Database): number => db.pragma('user_version', { simple: true }) as number;

function checkNotNewer(version: number, path: string): void {
  if (version > LATEST_VERSION) {
    throw new RunError(`${path} has schema version ${version}, newer than this corroborate (${LATEST_VERSION})`, 'upgrade corroborate, or use another --db');
  }
}

/**
 * A version read without a lock can be stale by the time it is acted on: two processes
 * opening a new file would both see 0 and both create the tables. So the migrations run
 * under the write lock (BEGIN IMMEDIATE) from a version read again inside it. The
 * unlocked read only spares an up-to-date database the lock, which a long write by
 * another process would otherwise make every open wait for.
 */
function migrate(db: Database.Database, path: string): void {
  const seen = schemaVersion(db);
  checkNotNewer(seen, path);
  if (seen === LATEST_VERSION) return;
  try {
    db.transaction(() => {
      const current = schemaVersion(db);
      checkNotNewer(current, path);
      for (const migration of MIGRATIONS) {
        if (migration.version <= current) continue;
        db.exec(migration.sql);
        db.pragma(`user_version = ${migration.version}`);
      }
    }).immediate();
  } catch (error) {
    if (error instanceof RunError) throw error;
    throw new RunError(
      `cannot update the schema of ${path}: ${(error as Error).message}`,
      'retry once the other corroborate processes using this --db have finished; if it persists, restore the database from a backup',
    );
  }
}
