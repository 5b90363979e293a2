/**
 * `corroborate worker --db postgres://… [--concurrency N]`: runs jobs until stopped. Each
 * of the N is a process of its own, so that N cores work; the first process supervises
 * them, starts again one that dies, and on SIGINT or SIGTERM lets each finish its job.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { EXIT } from '../exit.js';
import { VERSION } from '../version.js';
import { makeLogger, type LogFormat } from '../log.js';
import { openJobs, Worker, DEFAULT_QUEUE_SETTINGS, withJobTimeout } from '../../jobs/index.js';
import { describeUrl } from '../../store/postgres/connection.js';

export interface WorkerCommandOptions {
  db: string;
  concurrency?: number;
  jobTimeout?: number;
  logFormat: LogFormat;
  /** Seconds without work after which the worker stops (a batch run), instead of waiting for more. */
  exitWhenIdle?: number;
}

const CHILD = 'CORROBORATE_WORKER_CHILD';

export async function workerCommand(options: WorkerCommandOptions): Promise<number> {
  const n = options.concurrency ?? availableParallelism();
  return n > 1 && !process.env[CHILD] ? supervise(n, options) : runOne(options);
}

async function runOne(options: WorkerCommandOptions): Promise<number> {
  const log = makeLogger(options.logFormat);
  const settings = options.jobTimeout ? withJobTimeout(options.jobTimeout) : DEFAULT_QUEUE_SETTINGS;
  const jobs = await openJobs(options.db, VERSION, { settings });
  const worker = new Worker(jobs, {
    ...(options.exitWhenIdle !== undefined ? { exitWhenIdleMs: options.exitWhenIdle * 1000 } : {}),
    onJob: (e) =>
      e.outcome === 'completed'
        ? log.info({ queue: e.queue, job: e.id, ms: Math.round(e.ms) }, 'job done')
        : log.warn({ queue: e.queue, job: e.id, ms: Math.round(e.ms), error: e.error, attempt: (e.retry ?? 0) + 1 }, 'job failed'),
  });
  log.info({ db: describeUrl(options.db) }, 'worker started');
  const stop = (): void => {
    log.info('stopping after the running job');
    void worker.stop();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    await worker.finished();
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await jobs.close();
  }
  log.info('worker stopped');
  return EXIT.ok;
}

async function supervise(n: number, options: WorkerCommandOptions): Promise<number> {
  const log = makeLogger(options.logFormat);
  let stopping = false;
  let running = 0;
  let ended: () => void = () => undefined;
  const allEnded = new Promise<void>((resolve) => (ended = resolve));
  const children = new Set<ChildProcess>();
  const start = (): void => {
    const child = fork(process.argv[1]!, process.argv.slice(2), { env: { ...process.env, [CHILD]: '1' }, execArgv: process.execArgv, stdio: 'inherit' });
    children.add(child);
    running++;
    child.once('exit', (code, signal) => {
      children.delete(child);
      // A worker that ended on its own for no good reason (a crash, a kill) is replaced;
      // one stopped, or done with a batch (--exit-when-idle), is not.
      if (!stopping && !(options.exitWhenIdle !== undefined && code === 0)) {
        log.warn({ pid: child.pid, code, signal }, 'a worker process ended; starting another');
        setTimeout(() => {
          running--;
          if (stopping) {
            if (running === 0) ended();
          } else start();
        }, 1000);
        return;
      }
      if (--running === 0) ended();
    });
  };
  for (let i = 0; i < n; i++) start();
  log.info({ processes: n }, 'workers started');
  const stop = (): void => {
    stopping = true;
    for (const child of children) child.kill('SIGTERM');
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await allEnded;
  process.off('SIGINT', stop);
  process.off('SIGTERM', stop);
  return EXIT.ok;
}
