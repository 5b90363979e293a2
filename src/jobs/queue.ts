/**
 * The job queue: pg-boss, in a schema of its own beside corroborate's tables, on the
 * store's own connection pool.
 *
 * Three queues, one per kind of work:
 * - `ingest`: one input (a file's bytes, or a batch of JSON lines): read, stored, annotated.
 *   Any number run at once, on any worker.
 * - `place`: copy groups and stories for the inputs read so far, in submission order
 *   (ledger.ts). Its policy keeps one queued and one running, and the store's advisory
 *   locks would serialize two anyway.
 * - `analyze`: one story's claims, kept as its document. One queued and one running per
 *   story: a story that grows while it is analysed is analysed once more, not once per article.
 */
import PgBoss from 'pg-boss';
import type pg from 'pg';

export const QUEUES = { ingest: 'corroborate-ingest', place: 'corroborate-place', analyze: 'corroborate-analyze' } as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface QueueSettings {
  /** A job running longer than this is taken for dead (its worker killed) and retried. */
  jobTimeoutS: number;
  /** Attempts after the first. */
  retries: number;
  /** How often a worker looks for jobs that timed out. */
  maintenanceS: number;
}

export const DEFAULT_QUEUE_SETTINGS: QueueSettings = { jobTimeoutS: 300, retries: 2, maintenanceS: 15 };

/** Settings for a job timeout: a dead job is looked for at least twice per timeout. */
export const withJobTimeout = (jobTimeoutS: number): QueueSettings => ({
  ...DEFAULT_QUEUE_SETTINGS,
  jobTimeoutS,
  maintenanceS: Math.max(1, Math.min(DEFAULT_QUEUE_SETTINGS.maintenanceS, Math.floor(jobTimeoutS / 2))),
});

/** pg-boss's schema for a store whose tables are in `schema` (null: the default search path). */
export const jobSchema = (schema: string | null): string => (schema ? `${schema}_jobs` : 'corroborate_jobs');

export async function startQueue(pool: pg.Pool, schema: string | null, settings: QueueSettings = DEFAULT_QUEUE_SETTINGS, supervise = true): Promise<PgBoss> {
  const boss = new PgBoss({
    db: { executeSql: (text, values) => pool.query(text, values) },
    schema: jobSchema(schema),
    supervise,
    schedule: false,
    maintenanceIntervalSeconds: settings.maintenanceS,
    // Failed jobs stay listed (`corroborate jobs`) for a week; finished ones go after a day.
    archiveCompletedAfterSeconds: 3600,
    archiveFailedAfterSeconds: 7 * 86_400,
  });
  // Maintenance errors (a connection dropped) are retried at the next round; they must not crash a worker.
  boss.on('error', () => undefined);
  await boss.start();
  const common = { retryLimit: settings.retries, retryDelay: 1, retryBackoff: true, expireInSeconds: settings.jobTimeoutS };
  await ensureQueue(boss, QUEUES.ingest, { ...common, policy: 'standard' });
  await ensureQueue(boss, QUEUES.place, { ...common, policy: 'stately' });
  await ensureQueue(boss, QUEUES.analyze, { ...common, policy: 'stately' });
  return boss;
}

async function ensureQueue(boss: PgBoss, name: string, options: Omit<PgBoss.Queue, 'name'>): Promise<void> {
  if (await boss.getQueue(name)) await boss.updateQueue(name, { name, ...options });
  else {
    try {
      await boss.createQueue(name, { name, ...options });
    } catch (error) {
      // Two workers starting at once both saw no queue: the second create finds it made.
      if (!(await boss.getQueue(name))) throw error;
    }
  }
}
