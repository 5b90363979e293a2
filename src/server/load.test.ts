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
import { storeJobs, type IngestResult, type WriteJobs } from './jobs.js';
import { makeArticle } from '../stories/testing.js';
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
    poll: async () => ({ reports: [], next: null }),
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

test('behind queued writes a story is read at once from its last analysis, marked stale, and is analysed anew after them', async () => {
  // The writer's connection is not the reader's, as in `serve`: the reader sees each commit.
  const path = join(mkdtempSync(join(tmpdir(), 'corroborate-stale-')), 'c.db');
  const writes = openSqliteStore(path);
  const store = openSqliteStore(path);
  const jobs = storeJobs(writes, 'test', 1 << 24);
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let began: () => void = () => undefined;
  const blocking = new Promise<void>((resolve) => (began = resolve));
  const writer = inlineWriter({
    ...jobs,
    ingest: async (bytes, name) => {
      if (name !== 'block') return jobs.ingest(bytes, name);
      began();
      await held;
      return jobs.ingest(new TextEncoder().encode(rewrites(1, 9)), 'late.json');
    },
  });
  const server = await startServer({ store, writer, version: 'test', port: 0 });
  try {
    const first = (await (await fetch(`${server.url}/api/articles?name=a.json`, { method: 'POST', body: rewrites(2) })).json()) as IngestResult;
    const storyId = first.stories[0]!;
    const url = `${server.url}/api/stories/${encodeURIComponent(storyId)}`;
    const before = await fetch(url);
    assert.equal(before.headers.get('x-analysis'), null, 'fresh when no write waits');
    const articlesBefore = ((await before.json()) as { articles: unknown[] }).articles.length;
    // The story grows without being analysed, then a write holds the queue.
    const more = JSON.parse(rewrites(1, 5)) as { title: string; text: string }[];
    const added = await writes.addArticles(more.map((m, i) => makeArticle(`extra-${i}`, m.title, m.text)));
    await jobs.place(added.added);
    const post = fetch(`${server.url}/api/articles?name=block`, { method: 'POST', body: 'x' });
    await blocking;

    const stale = await fetch(url);
    assert.equal(stale.status, 200);
    assert.equal(stale.headers.get('x-analysis'), 'stale');
    assert.equal(((await stale.json()) as { articles: unknown[] }).articles.length, articlesBefore, 'the analysis kept before the story grew');
    const page = await fetch(`${server.url}/stories/${encodeURIComponent(storyId)}`);
    assert.equal(page.headers.get('x-analysis'), 'stale');
    assert.match(await page.text(), /being analysed/);

    release();
    assert.equal((await post).status, 201);
    const fresh = await fetch(url);
    assert.equal(fresh.headers.get('x-analysis'), null);
    assert.ok(((await fresh.json()) as { articles: unknown[] }).articles.length > articlesBefore, 'the new analysis holds the new article');
  } finally {
    release();
    await server.close();
    await store.close();
    await writes.close();
  }
});
