/**
 * Handing inputs to the workers: each file becomes one `ingest` job (a large JSON Lines
 * file, one per batch of lines), numbered in a submission (ledger.ts) so that placing keeps
 * their order. The sender waits while the queue holds `maxQueued` inputs not yet started:
 * the queue does not grow without bound when workers fall behind.
 */
import type PgBoss from 'pg-boss';
import { expandInputs, UrlInput } from '../ingest/inputs.js';
import { LinesInput } from '../ingest/lines.js';
import { InputError } from '../pipeline/errors.js';
import type { Ledger } from './ledger.js';
import { QUEUES } from './queue.js';
import type { IngestJob } from './stages.js';

export interface SubmitOptions {
  maxBytes: number;
  /** Inputs waiting in the queue above which sending waits. */
  maxQueued?: number;
  /** For a JSON Lines file read in batches: from this size on. */
  streamFromBytes?: number;
  onInput?: (name: string, slot: number) => void;
  /** Inputs that could not be sent (unreadable, or a URL: workers read files only). */
  onError?: (error: InputError) => void;
}

export interface Submitted {
  submission: number;
  inputs: number;
  failed: number;
}

export const DEFAULT_MAX_QUEUED = 1000;

export async function submitInputs(boss: PgBoss, ledger: Ledger, paths: readonly string[], label: string, options: SubmitOptions): Promise<Submitted> {
  const submission = await ledger.open(label);
  const maxQueued = options.maxQueued ?? DEFAULT_MAX_QUEUED;
  let inputs = 0;
  let failed = 0;
  let queuedBelow = 0;
  const send = async (name: string, payload: Pick<IngestJob, 'bytes' | 'lines'>): Promise<void> => {
    // Counting the queue is a query: it is asked again only once the last answer's headroom is used.
    while (queuedBelow <= 0) {
      const queued = await boss.getQueueSize(QUEUES.ingest);
      queuedBelow = maxQueued - queued;
      if (queuedBelow <= 0) await new Promise((r) => setTimeout(r, 200));
    }
    queuedBelow--;
    const slot = await ledger.addSlot(submission, name);
    const job: IngestJob = { submission, slot, name, maxBytes: options.maxBytes, ...payload };
    const id = await boss.send(QUEUES.ingest, job);
    if (id) await ledger.sent(submission, slot, id);
    inputs++;
    options.onInput?.(name, slot);
  };
  try {
    for await (const raw of expandInputs(paths, { maxBytes: options.maxBytes, ...(options.streamFromBytes !== undefined ? { streamFromBytes: options.streamFromBytes } : {}) })) {
      if (raw instanceof InputError) {
        failed++;
        options.onError?.(raw);
      } else if (raw instanceof UrlInput) {
        failed++;
        options.onError?.(new InputError(raw.url, 'unreadable', 'workers read files, not the web: give URLs to `corroborate watch`, or to `analyze`'));
      } else if (raw instanceof LinesInput) {
        let first = 1;
        for await (const batch of raw.batches) {
          await send(`${raw.name} (lines ${first}–${first + batch.length - 1})`, { lines: batch });
          first += batch.length;
        }
      } else {
        await send(raw.name, { bytes: Buffer.from(raw.bytes).toString('base64') });
      }
    }
  } finally {
    await ledger.seal(submission);
  }
  return { submission, inputs, failed };
}
