/**
 * One worker: a loop that takes the next job (placing first, then analyses, then inputs,
 * so that work already begun drains before more is read), runs it, and marks it done or
 * failed. pg-boss's own `work` loop waits its polling interval even after finding a job;
 * this one goes straight on while there is work, and waits only when there is none.
 *
 * A job that throws is failed with its error and retried by pg-boss after a delay, up to
 * the queue's retries; one whose worker dies (SIGKILL, a lost machine) times out and is
 * retried the same way. An input that fails for good settles its slot as failed, so that
 * placing goes on past it.
 */
import type PgBoss from 'pg-boss';
import type { StageContext, IngestJob, AnalyzeJob } from './stages.js';
import { analyzeStage, ingestStage, placeStage } from './stages.js';
import { QUEUES, type QueueName } from './queue.js';

export interface JobEvent {
  queue: QueueName;
  id: string;
  outcome: 'completed' | 'failed';
  ms: number;
  error?: string;
  retry?: number;
}

export interface WorkerOptions {
  /** Wait between looks at empty queues. */
  idleMs?: number;
  onJob?: (event: JobEvent) => void;
  /** How long a worker is idle before it checks whether placing waits on a dead input. */
  recheckMs?: number;
  /** How long placing and analyses may wait behind inputs before this worker takes them first. */
  analysesWaitMs?: number;
  /** Stop once no job has waited, run or been pending for this long (a batch run: `worker --exit-when-idle`). */
  exitWhenIdleMs?: number;
  /** For tests: runs before a job's stage, and may throw to fail it. */
  beforeJob?: (queue: QueueName, data: unknown) => void | Promise<void>;
}

/**
 * Inputs first, then placing, then analyses. Each placing round has a cost of its own
 * whatever it places, and a story analysed while its articles still arrive is analysed
 * again for every round that touches it (a batch of 2,000 pages ran 1,788 analyses of 100
 * stories when analyses came first): so placing waits, one job queued, until no input does,
 * and then places everything read in large rounds, and analyses wait, one per story, behind
 * it. A worker that has run neither for a while takes them first, so that a steady stream
 * of inputs does not starve them.
 */
const ORDER: readonly QueueName[] = [QUEUES.ingest, QUEUES.place, QUEUES.analyze];
const STARVED: readonly QueueName[] = [QUEUES.place, QUEUES.analyze, QUEUES.ingest];
/** How long analyses may wait behind inputs. */
const ANALYSES_WAIT_MS = 30_000;

export class Worker {
  private stopping = false;
  private wake: (() => void) | null = null;
  private readonly done: Promise<void>;

  constructor(
    private readonly ctx: StageContext,
    private readonly options: WorkerOptions = {},
  ) {
    this.done = this.loop();
  }

  /** Finishes the running job, takes no other, and resolves when the loop has ended. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.done;
  }

  /** Resolves when the loop ends (stopped, or a failure of the database itself). */
  finished(): Promise<void> {
    return this.done;
  }

  private lastAnalysis = Date.now();

  private async next(): Promise<PgBoss.JobWithMetadata<unknown> | null> {
    const order = Date.now() - this.lastAnalysis > (this.options.analysesWaitMs ?? ANALYSES_WAIT_MS) ? STARVED : ORDER;
    for (const queue of order) {
      const [job] = await this.ctx.boss.fetch<unknown>(queue, { batchSize: 1, includeMetadata: true });
      if (queue === QUEUES.analyze) this.lastAnalysis = Date.now();
      if (job) return job;
    }
    return null;
  }

  private async loop(): Promise<void> {
    let idleSince = Date.now();
    while (!this.stopping) {
      const job = await this.next();
      if (!job) {
        // An input whose worker died on its last attempt sends no placing job; an idle worker
        // asks for one now and then, so that placing goes on past it (stages.ts).
        if (this.options.exitWhenIdleMs !== undefined && Date.now() - idleSince > this.options.exitWhenIdleMs && (await this.nothingLeft())) break;
        if (Date.now() - idleSince > (this.options.recheckMs ?? 10_000)) {
          idleSince = Date.now();
          if ((await this.ctx.ledger.pending()).length > 0) await this.ctx.boss.send(QUEUES.place, {});
        }
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.options.idleMs ?? 250);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wake = null;
        continue;
      }
      await this.run(job);
      idleSince = Date.now();
    }
  }

  /** No job waits or runs on any worker, and every submission is sealed and placed. */
  private async nothingLeft(): Promise<boolean> {
    if ((await this.ctx.ledger.pending()).length > 0) return false;
    for (const queue of ORDER) if ((await this.ctx.boss.getQueueSize(queue, { before: 'completed' })) > 0) return false;
    return true;
  }

  private async run(job: PgBoss.JobWithMetadata<unknown>): Promise<void> {
    const queue = job.name as QueueName;
    const started = performance.now();
    try {
      await this.options.beforeJob?.(queue, job.data);
      if (queue === QUEUES.ingest) await ingestStage(this.ctx, job.data as IngestJob);
      else if (queue === QUEUES.place) await placeStage(this.ctx);
      else await analyzeStage(this.ctx, job.data as AnalyzeJob);
      await this.ctx.boss.complete(queue, job.id);
      this.options.onJob?.({ queue, id: job.id, outcome: 'completed', ms: performance.now() - started });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await this.ctx.boss.fail(queue, job.id, { message, stack: error instanceof Error ? (error.stack ?? '') : '' });
      if (queue === QUEUES.ingest && job.retryCount >= job.retryLimit) {
        const input = job.data as IngestJob;
        await this.ctx.ledger.settle(input.submission, input.slot, 'failed', [], `${input.name}: ${message}`);
        await this.ctx.boss.send(QUEUES.place, {});
      }
      this.options.onJob?.({ queue, id: job.id, outcome: 'failed', ms: performance.now() - started, error: message, retry: job.retryCount });
    }
  }
}
