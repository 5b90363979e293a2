/** What `corroborate jobs` shows: each queue's jobs by state, the failed ones with their errors, and submissions still being placed. */
import type pg from 'pg';
import type { Ledger } from './ledger.js';
import { jobSchema, QUEUES } from './queue.js';

export interface JobStatus {
  queues: { queue: string; created: number; retry: number; active: number; completed: number; failed: number }[];
  failed: { queue: string; id: string; input: string | null; error: string; attempts: number; at: string }[];
  submissions: Awaited<ReturnType<Ledger['pending']>>;
}

export async function jobStatus(pool: pg.Pool, schema: string | null, ledger: Ledger, limit = 20): Promise<JobStatus> {
  const boss = jobSchema(schema);
  const names = Object.values(QUEUES);
  const counts = await pool.query<{ name: string; state: string; n: string }>(`SELECT name, state, count(*) AS n FROM ${boss}.job WHERE name = ANY($1) GROUP BY name, state`, [names]);
  const queues = names.map((queue) => {
    const of = (state: string): number => Number(counts.rows.find((r) => r.name === queue && r.state === state)?.n ?? 0);
    return { queue, created: of('created'), retry: of('retry'), active: of('active'), completed: of('completed'), failed: of('failed') };
  });
  // Failed jobs are moved to the archive after a while (queue.ts): both are read.
  const failed = await pool.query<{ name: string; id: string; data: { name?: string; storyId?: string } | null; output: { message?: string } | null; retry_count: number; completed_on: Date | null }>(
    `SELECT name, id, data, output, retry_count, completed_on FROM (
       SELECT name, id, data, output, retry_count, completed_on FROM ${boss}.job WHERE state = 'failed' AND name = ANY($1)
       UNION ALL SELECT name, id, data, output, retry_count, completed_on FROM ${boss}.archive WHERE state = 'failed' AND name = ANY($1)
     ) f ORDER BY completed_on DESC NULLS LAST LIMIT $2`,
    [names, limit],
  );
  return {
    queues,
    failed: failed.rows.map((r) => ({
      queue: r.name,
      id: r.id,
      input: r.data?.name ?? r.data?.storyId ?? null,
      error: r.output?.message ?? '',
      attempts: r.retry_count + 1,
      at: r.completed_on ? r.completed_on.toISOString() : '',
    })),
    submissions: await ledger.pending(),
  };
}
