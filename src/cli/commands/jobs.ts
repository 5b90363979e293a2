/** `corroborate jobs --db postgres://…`: what the workers have queued, running and failed, and the submissions still being placed. */
import { printJson } from '../format.js';
import { EXIT } from '../exit.js';
import { VERSION } from '../version.js';
import { openJobs, jobStatus, type JobStatus } from '../../jobs/index.js';

export interface JobsCommandOptions {
  db: string;
  json?: boolean;
  limit: number;
}

export async function jobsCommand(options: JobsCommandOptions): Promise<number> {
  // Listing needs no maintenance of its own: the workers do it.
  const jobs = await openJobs(options.db, VERSION, { supervise: false });
  try {
    const status = await jobStatus(jobs.pool, jobs.store.schema, jobs.ledger, options.limit);
    if (options.json) printJson(status);
    else process.stdout.write(describe(status));
  } finally {
    await jobs.close();
  }
  return EXIT.ok;
}

export function describe(status: JobStatus): string {
  const lines = ['queue                 waiting  retrying  running  failed  done'];
  for (const q of status.queues) {
    lines.push(`${q.queue.padEnd(22)}${String(q.created).padStart(7)}${String(q.retry).padStart(10)}${String(q.active).padStart(9)}${String(q.failed).padStart(8)}${String(q.completed).padStart(6)}`);
  }
  if (status.submissions.length > 0) {
    lines.push('', 'submissions being placed, oldest first:');
    for (const s of status.submissions) {
      lines.push(`  #${s.submission} ${s.label}: ${s.placed} of ${s.inputs} inputs placed, ${s.queued} being read, ${s.failed} failed${s.sealed ? '' : ' (still being sent)'}`);
    }
  }
  if (status.failed.length > 0) {
    lines.push('', 'failed for good, newest first:');
    for (const f of status.failed) lines.push(`  ${f.at} ${f.queue} ${f.input ?? f.id} after ${f.attempts} attempt${f.attempts === 1 ? '' : 's'}: ${f.error}`);
  } else lines.push('', 'no failed jobs');
  return `${lines.join('\n')}\n`;
}
