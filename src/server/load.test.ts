/**
 * Writes do not hold up reads, and do not pile up without end. Ordering is asserted, never
 * durations: a GET sent while the writer thread is storing an input must be answered
 * before that input's POST is.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../store/sqlite.js';
import { startServer } from './server.js';
import { inlineWriter } from './writer.js';
import type { IngestResult, WriteJobs } from './jobs.js';
import { rewrites } from '../test-support/inputs.js';

test('a GET is answered while a slow POST is stored by the writer thread', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'corroborate-load-')), 'c.db');
  openSqliteStore(path).close();
  const store = openSqliteStore(path, { reader: true });
  let started: () => void = () => undefined;
  const ingestStarted = new Promise<void>((resolve) => (started = resolve));
  const server = await startServer({ store, dbPath: path, version: 'test', port: 0, log: (line) => (line.startsWith('ingest of slow.json') ? started() : undefined) });
  try {
    const order: string[] = [];
    const post = fetch(`${server.url}/api/articles?name=slow.json`, { method: 'POST', body: rewrites(20) }).then(async (r) => {
      order.push('post');
      return { status: r.status, body: (await r.json()) as IngestResult };
    });
    await ingestStarted;
    const get = await fetch(`${server.url}/api/stories`);
    order.push('get');
    assert.equal(get.status, 200);
    const posted = await post;
    assert.equal(posted.status, 201);
    assert.equal(posted.body.added.length, 20);
    assert.deepEqual(order, ['get', 'post']);
    assert.ok(((await (await fetch(`${server.url}/api/stories`)).json()) as { total: number }).total > 0, 'the reader sees the writer\'s commits');
  } finally {
    await server.close();
    await store.close();
  }
});

/** Jobs that hold every ingest until released, so the queue's state is known without waiting on a clock. */
function heldJobs(): { jobs: WriteJobs; release: () => void; running: Promise<void> } {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let began: () => void = () => undefined;
  const running = new Promise<void>((resolve) => (began = resolve));
  const result = (name: string): IngestResult => ({ input: name, format: 'text', articles: [], added: [], existing: [], stories: [], messages: [] });
  const jobs: WriteJobs = {
    ingest: async (_bytes, name) => {
      began();
      await held;
      return result(name);
    },
    analyzeStory: async () => 'missing',
    annotate: async () => null,
    place: async () => undefined,
    finish: async () => undefined,
  };
  return { jobs, release, running };
}

test('ingests past the queue bound get 503 with Retry-After; those queued are stored in turn', async () => {
  const store = openSqliteStore(':memory:');
  const { jobs, release, running } = heldJobs();
  const server = await startServer({ store, writer: inlineWriter(jobs), maxQueuedWrites: 1, version: 'test', port: 0 });
  try {
    const send = (name: string): Promise<Response> => fetch(`${server.url}/api/articles?name=${name}`, { method: 'POST', body: 'text' });
    const first = send('first');
    await running;
    // One may wait behind the running ingest; of two more, whichever comes second is refused.
    const answers: Response[] = [];
    const queued = [send('second'), send('third')].map((p) => p.then((r) => (answers.push(r), r)));
    const refused = await Promise.race(queued);
    assert.equal(refused.status, 503);
    assert.match(refused.headers.get('retry-after') ?? '', /^[1-9]\d*$/);
    assert.equal(((await refused.json()) as { error: { code: string } }).error.code, 'too-many-writes');
    assert.equal(answers.length, 1, 'the queued ingest is still waiting');
    release();
    assert.equal((await first).status, 200);
    assert.deepEqual((await Promise.all(queued)).map((r) => r.status).sort(), [200, 503]);
  } finally {
    release();
    await server.close();
    await store.close();
  }
});

test('once closing, writes not started are refused with 503 and the running one ends', async () => {
  const store = openSqliteStore(':memory:');
  const { jobs, release, running } = heldJobs();
  const server = await startServer({ store, writer: inlineWriter(jobs), version: 'test', port: 0 });
  const first = fetch(`${server.url}/api/articles?name=first`, { method: 'POST', body: 'text' });
  await running;
  const waiting = fetch(`${server.url}/api/articles?name=second`, { method: 'POST', body: 'text' });
  while (server.context.queuedWrites < 1) await new Promise((resolve) => setImmediate(resolve));
  const closed = server.close();
  const refused = await waiting;
  assert.equal(refused.status, 503);
  assert.equal(((await refused.json()) as { error: { code: string } }).error.code, 'shutting-down');
  release();
  assert.equal((await first).status, 200);
  await closed;
  await store.close();
});
