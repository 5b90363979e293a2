/**
 * Where the server's writes run. In a writer thread, for a store in a file: the server's
 * own thread then only reads (on its own connection, which WAL lets run beside the
 * writer's) and answers while an input is read or stories are analysed. Inline, for a
 * store in memory, which no second connection can see.
 */
import { HttpError } from './http.js';
import { Worker } from 'node:worker_threads';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError, RunError } from '../pipeline/errors.js';
import type { LanguageAnnotations } from '../language/types.js';
import type { FetchedInput, IngestResult, PollRound, StoryOutcome, WatchSettings, WriteJobs } from './jobs.js';

export interface Writer extends WriteJobs {
  /** Lets go of the store; call once no job runs. */
  close(): Promise<void>;
  /** Ends a running job at once: its open transaction is never committed. */
  terminate(): Promise<void>;
}

export interface WriterData {
  path: string;
  version: string;
  maxInputBytes: number;
  watch?: WatchSettings | null;
}

/**
 * The writer thread's heap, in MB: an input whose analysis needs more ends the thread, fails
 * alone with 413, and the next write starts a new thread. A 24 MB one-paragraph file (the
 * largest shape `npm run bench -- hostile` feeds) needs well under half of it.
 */
export const WRITER_HEAP_MB = 1536;

export type JobRequest =
  | { id: number; op: 'ingest'; bytes: Uint8Array; name: string; fetched?: FetchedInput }
  | { id: number; op: 'analyzeStory'; storyId: string }
  | { id: number; op: 'annotate'; articleId: string }
  | { id: number; op: 'place'; articleIds: string[] }
  | { id: number; op: 'finish'; articleIds: string[] }
  | { id: number; op: 'poll' }
  | { id: number; op: 'close' };

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

export type JobReply = { id: number; value: unknown } | { id: number; error: SerializedError };

export interface SerializedError {
  name: string;
  message: string;
  stack?: string | undefined;
  code?: unknown;
  input?: unknown;
  hint?: unknown;
}

export function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const e = error as Error & { code?: unknown; input?: unknown; hint?: unknown };
  return { name: e.name, message: e.message, stack: e.stack, code: e.code, input: e.input, hint: e.hint };
}

/** The error as the server's handlers know it: an `InputError` becomes a 4xx, a SQLite code a 503 or 500. */
export function reviveError(e: SerializedError): Error {
  if (e.name === 'InputError') return new InputError(String(e.input), String(e.code), e.message);
  if (e.name === 'RunError') return new RunError(e.message, String(e.hint));
  const error = Object.assign(new Error(e.message), e.code === undefined ? {} : { code: e.code });
  if (e.stack !== undefined) error.stack = e.stack;
  return error;
}

export function inlineWriter(jobs: WriteJobs): Writer {
  return { ...jobs, close: async () => undefined, terminate: async () => undefined };
}

/** The writer thread's module: writer-thread.js when built, writer-thread.ts when run from source. */
const entry = new URL(`./writer-thread${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

/**
 * Run from source (tests, benchmarks), a thread's first module does not pass through the
 * TypeScript loader the process was started with (Node 20), so the thread registers it
 * before importing the entry.
 */
function startWorker(workerData: WriterData, heapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: heapMb };
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData, resourceLimits });
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(code, { eval: true, workerData, resourceLimits });
}

/**
 * A writer thread, started at once (loading the pipeline takes seconds the first POST
 * should not wait for) and started again on the next job if it dies (a job that ran it
 * out of memory fails alone).
 */
export function threadWriter(data: WriterData, heapMb = WRITER_HEAP_MB): Writer {
  let worker: Worker | null = null;
  let nextId = 0;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  const start = (): Worker => {
    const w = startWorker(data, heapMb);
    w.on('message', (reply: JobReply) => {
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if ('error' in reply) waiting?.reject(reviveError(reply.error));
      else waiting?.resolve(reply.value);
    });
    let failure: Error | null = null;
    w.on('error', (error: NodeJS.ErrnoException) => {
      failure =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new HttpError(413, 'too-large-to-analyse', `reading and analysing this input needed more than the writer's ${heapMb} MB: split it into smaller files and send them again`)
          : error;
    });
    w.on('exit', (code) => {
      if (worker === w) worker = null;
      const error = failure ?? new Error(`the writer thread stopped (exit code ${code})`);
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    });
    return w;
  };

  const call = <T>(request: WithoutId<JobRequest>): Promise<T> => {
    const w = (worker ??= start());
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      w.postMessage({ ...request, id });
    });
  };

  worker = start();
  return {
    ingest: (bytes, name, fetched) => call<IngestResult>({ op: 'ingest', bytes, name, ...(fetched ? { fetched } : {}) }),
    analyzeStory: (storyId) => call<StoryOutcome>({ op: 'analyzeStory', storyId }),
    annotate: (articleId) => call<LanguageAnnotations | null>({ op: 'annotate', articleId }),
    place: (articleIds) => call<void>({ op: 'place', articleIds: [...articleIds] }),
    finish: (articleIds) => call<void>({ op: 'finish', articleIds: [...articleIds] }),
    poll: () => call<PollRound>({ op: 'poll' }),
    async close() {
      if (worker === null) return;
      const w = worker;
      await call({ op: 'close' });
      await w.terminate();
    },
    async terminate() {
      await worker?.terminate();
    },
  };
}
