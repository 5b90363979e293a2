/**
 * Observability on both stores: /api/health answers 200 while the store answers and 503
 * once it does not; /metrics speaks Prometheus's text format with requests by route
 * pattern, the writes waiting and, on PostgreSQL, the job queue by queue and state.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { storeTest } from '../test-support/stores.js';
import { startServer } from './server.js';
import { openJobs, submitInputs } from '../jobs/index.js';
import { DEFAULT_MAX_BYTES } from '../ingest/inputs.js';

const examples = fileURLToPath(new URL('../../examples/news/', import.meta.url));

storeTest('health and metrics', async (db) => {
  const store = await db.open();
  const server = await startServer({ store, version: 'test', port: 0 });
  try {
    const health = await fetch(`${server.url}/api/health`);
    assert.equal(health.status, 200);
    assert.deepEqual({ ...((await health.json()) as object), schemaVersion: 0 }, { status: 'ok', store: db.driver, schemaVersion: 0, writesQueued: 0 });
    await fetch(`${server.url}/api/stories/story:0123456789abcdef`);
    await fetch(`${server.url}/api/stories/story:fedcba9876543210`);
    if (db.driver === 'postgres') {
      const jobs = await openJobs(db.url, 'test', { supervise: false });
      await submitInputs(jobs.boss, jobs.ledger, [join(examples, 'meridian-post-dravania-dam-toll.html')], 'one', { maxBytes: DEFAULT_MAX_BYTES });
      await jobs.close();
    }
    const metrics = await fetch(`${server.url}/metrics`);
    assert.equal(metrics.status, 200);
    assert.match(metrics.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
    const text = await metrics.text();
    assert.match(text, /^corroborate_http_requests_total\{method="GET",route="\/api\/stories\/\{storyId\}",status="404"\} 2$/m, 'one series for every story id');
    assert.match(text, /^corroborate_http_request_duration_seconds_bucket\{le="\+Inf",route="\/api\/health"\} 1$/m);
    assert.match(text, /^corroborate_write_queue_depth 0$/m);
    assert.match(text, /^corroborate_store_errors_total 0$/m);
    assert.match(text, /^corroborate_process_cpu_seconds_total /m);
    if (db.driver === 'postgres') assert.match(text, /^corroborate_jobs\{queue="corroborate-ingest",state="created"\} 1$/m);
    await store.close();
    const down = await fetch(`${server.url}/api/health`);
    assert.equal(down.status, 503, 'a closed store is reported');
    assert.equal(((await down.json()) as { status: string }).status, 'unavailable');
  } finally {
    await server.close().catch(() => undefined);
  }
});
