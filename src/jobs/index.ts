/**
 * Work as jobs on PostgreSQL (README "Many workers"): `openJobs` opens the store, the
 * queue and the ledger on one connection pool; `Worker` runs jobs; `submitInputs` hands
 * inputs over; `jobStatus` says what is queued, running and failed.
 */
import type PgBoss from 'pg-boss';
import { RunError } from '../pipeline/errors.js';
import { isPostgresUrl } from '../store/connect.js';
import { openPostgresStore, type PostgresStore } from '../store/postgres/store.js';
import { Ledger } from './ledger.js';
import { DEFAULT_QUEUE_SETTINGS, startQueue, type QueueSettings } from './queue.js';
import type { StageContext } from './stages.js';

export { Worker, type JobEvent, type WorkerOptions } from './worker.js';
export { submitInputs, DEFAULT_MAX_QUEUED, type Submitted, type SubmitOptions } from './submit.js';
export { QUEUES, DEFAULT_QUEUE_SETTINGS, withJobTimeout, type QueueSettings, type QueueName } from './queue.js';
export { jobStatus, type JobStatus } from './status.js';

export interface Jobs extends StageContext {
  store: PostgresStore;
  close(): Promise<void>;
}

export async function openJobs(db: string, version: string, options: { settings?: QueueSettings; lanes?: number; supervise?: boolean } = {}): Promise<Jobs> {
  if (!isPostgresUrl(db)) {
    throw new RunError(`jobs and workers need PostgreSQL, and --db is ${db}`, 'give --db postgres://user@host/database (or set CORROBORATE_DB); on SQLite, `analyze` runs every stage in one process');
  }
  // A lane holds at most two connections at once (the placer's lock and a transaction),
  // and pg-boss's maintenance one more.
  const store = await openPostgresStore(db, { connections: 2 * (options.lanes ?? 1) + 2 });
  let boss: PgBoss;
  try {
    boss = await startQueue(store.pool, store.schema, options.settings ?? DEFAULT_QUEUE_SETTINGS, options.supervise ?? true);
  } catch (error) {
    await store.close();
    throw new RunError(`cannot start the job queue in ${db.replace(/\/\/[^@/]*@/, '//')}: ${(error as Error).message}`, 'check that this user may create schemas in the database');
  }
  return {
    store,
    pool: store.pool,
    boss,
    ledger: new Ledger(store.pool),
    version,
    async close() {
      await boss.stop({ graceful: false, close: false, wait: true });
      await store.close();
    },
  };
}
