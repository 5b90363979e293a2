/**
 * Work as jobs, against the real PostgreSQL: worker processes reading one corpus leave the
 * store exactly as one process running `analyze` does, however many there are and
 * however often one is killed; a job that always fails ends failed, with its error, after
 * its retries, and the rest goes on.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshDb, postgresSkip } from '../test-support/stores.js';
import type { Store } from '../store/store.js';
import { ingestPaths } from '../pipeline/run.js';
import { withUnfinished } from '../pipeline/resume.js';
import { analyzeStoredArticles } from '../pipeline/stream.js';
import { DEFAULT_MAX_BYTES } from '../ingest/inputs.js';
import { VERSION } from '../cli/version.js';
import { openJobs, submitInputs, Worker, jobStatus, withJobTimeout, QUEUES, type Jobs } from './index.js';
import { drained, snapshot, spawnWorker, type WorkerProcess } from './testing.js';
import { rng } from '../test-support/random.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CORPUS = [join(root, 'examples', 'news'), join(root, '..', 'shared', 'seeds')];

/** What `corroborate analyze` does, in this process. */
async function analyzeInProcess(store: Store, paths: readonly string[]): Promise<void> {
  const summary = await ingestPaths(paths, { store, maxBytes: DEFAULT_MAX_BYTES });
  const { ids } = await withUnfinished(store, summary.articleIds);
  for await (const _ of analyzeStoredArticles(store, VERSION, ids)) void _;
  await store.finishArticles(ids);
}

let expected: unknown = null;
/** The single-process result, on SQLite: both drivers and both ways of running must agree. */
async function baseline(): Promise<unknown> {
  if (expected === null) {
    const store = await freshDb('sqlite').open();
    await analyzeInProcess(store, CORPUS);
    expected = await snapshot(store);
    await store.close();
  }
  return expected;
}

/** Hands the corpus to the workers; a small queue limit, so that sending waits for them (backpressure) part of the time. */
async function submit(jobs: Jobs): Promise<void> {
  await submitInputs(jobs.boss, jobs.ledger, CORPUS, 'test corpus', { maxBytes: DEFAULT_MAX_BYTES, maxQueued: 5 });
}

async function stopAll(workers: readonly WorkerProcess[]): Promise<void> {
  for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGTERM');
  await Promise.all(workers.map((w) => w.exited));
}

test('one process: analyze on PostgreSQL leaves what it leaves on SQLite', { skip: postgresSkip, timeout: 120_000 }, async () => {
  const store = await freshDb('postgres').open();
  try {
    await analyzeInProcess(store, CORPUS);
    assert.deepEqual(await snapshot(store), await baseline());
  } finally {
    await store.close();
  }
});

test('two worker processes on one database leave what one process running analyze leaves', { skip: postgresSkip, timeout: 180_000 }, async () => {
  const db = freshDb('postgres');
  const jobs = await openJobs(db.url, VERSION, { supervise: false });
  const workers = [spawnWorker(db.url), spawnWorker(db.url)];
  try {
    await submit(jobs);
    await drained(jobs, 150_000);
    assert.deepEqual(await snapshot(jobs.store), await baseline());
    const status = await jobStatus(jobs.pool, jobs.store.schema, jobs.ledger);
    assert.deepEqual(status.failed, []);
    assert.ok(status.queues.find((q) => q.queue === QUEUES.ingest)!.completed >= 10, 'every input was a job');
  } finally {
    await stopAll(workers);
    await jobs.close();
  }
  for (const w of workers) assert.match(w.output(), /worker stopped/, 'SIGTERM lets a worker finish its job and stop');
});

test('workers killed with SIGKILL at random points lose nothing and duplicate nothing', { skip: postgresSkip, timeout: 240_000 }, async () => {
  const db = freshDb('postgres');
  const jobs = await openJobs(db.url, VERSION, { supervise: false });
  const random = rng(16);
  // A short job timeout, so that the jobs of killed workers come back soon.
  const start = (): WorkerProcess => spawnWorker(db.url, '--job-timeout', '2');
  const workers = [start(), start()];
  const all = [...workers];
  try {
    const sending = submit(jobs);
    let midway = 0;
    for (let kill = 0; kill < 4; kill++) {
      await new Promise((r) => setTimeout(r, 700 + random() * 1500));
      const status = await jobStatus(jobs.pool, jobs.store.schema, jobs.ledger);
      if (status.queues.some((q) => q.active + q.created + q.retry > 0)) midway++;
      const i = Math.floor(random() * workers.length);
      workers[i]!.child.kill('SIGKILL');
      await workers[i]!.exited;
      workers[i] = start();
      all.push(workers[i]!);
    }
    await sending;
    assert.ok(midway >= 2, `${midway} of the kills came while work was left`);
    await drained(jobs, 200_000);
    assert.deepEqual(await snapshot(jobs.store), await baseline());
    assert.deepEqual((await jobStatus(jobs.pool, jobs.store.schema, jobs.ledger)).failed, []);
  } finally {
    await stopAll(all);
    await jobs.close();
  }
});

test('a job that always throws ends failed with its error after its retries; the other inputs go on', { skip: postgresSkip, timeout: 120_000 }, async () => {
  const db = freshDb('postgres');
  const jobs = await openJobs(db.url, VERSION, { settings: { ...withJobTimeout(30), retries: 1 } });
  const attempts: string[] = [];
  const worker = new Worker(jobs, {
    idleMs: 50,
    beforeJob: (queue, data) => {
      const name = (data as { name?: string }).name ?? '';
      if (queue === QUEUES.ingest && name.endsWith('meridian-post-dravania-dam-toll.html')) {
        attempts.push(name);
        throw new Error('the reader broke on purpose');
      }
    },
  });
  try {
    await submitInputs(jobs.boss, jobs.ledger, [join(root, 'examples', 'news')], 'one broken', { maxBytes: DEFAULT_MAX_BYTES });
    await drained(jobs, 100_000);
    const status = await jobStatus(jobs.pool, jobs.store.schema, jobs.ledger);
    assert.equal(attempts.length, 2, 'the first attempt and one retry');
    assert.equal(status.failed.length, 1);
    assert.match(status.failed[0]!.input ?? '', /meridian-post-dravania-dam-toll\.html$/);
    assert.equal(status.failed[0]!.error, 'the reader broke on purpose');
    assert.equal(status.failed[0]!.attempts, 2);
    const failedSlots = await jobs.ledger.failedSlots(10);
    assert.equal(failedSlots.length, 1, 'its input is settled as failed, so placing went past it');
    assert.ok((await jobs.store.countArticles()) >= 10, 'the other inputs were read');
    assert.deepEqual(await jobs.store.unfinishedArticles(), [], 'and analysed');
  } finally {
    await worker.stop();
    await jobs.close();
  }
});
