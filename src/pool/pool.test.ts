/**
 * The stage pool computes what the main thread computes: a run with worker threads for
 * reading, the language layer and claims leaves the same store and yields the same
 * documents, in the same order, as one without.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshDb } from '../test-support/stores.js';
import { ingestPaths } from '../pipeline/run.js';
import { analyzeStoredArticles, type StageThreads } from '../pipeline/stream.js';
import { DEFAULT_MAX_BYTES } from '../ingest/inputs.js';
import { snapshot } from '../jobs/testing.js';
import { StagePool } from './pool.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CORPUS = [join(root, 'examples', 'news'), join(root, '..', 'shared', 'seeds')];

async function run(pool: StagePool | null): Promise<{ docs: string[]; stored: unknown }> {
  const store = await freshDb('sqlite').open();
  try {
    const read = pool ? { read: { read: (raw: { name: string; bytes: Uint8Array }, maxBytes: number, context: object) => pool.read(raw.name, raw.bytes, maxBytes, context), depth: pool.depth } } : {};
    const summary = await ingestPaths(CORPUS, { store, maxBytes: DEFAULT_MAX_BYTES, ...read });
    const threads: StageThreads | undefined = pool ? { annotate: (a) => pool.annotate(a), analyze: (t) => pool.analyze(t), depth: pool.depth } : undefined;
    const docs: string[] = [];
    for await (const s of analyzeStoredArticles(store, 'test', summary.articleIds, undefined, threads)) docs.push(JSON.stringify({ ...s.doc, generated: null }));
    return { docs, stored: await snapshot(store) };
  } finally {
    await store.close();
  }
}

test('two threads read, annotate and analyse exactly what the main thread does', { timeout: 120_000 }, async () => {
  const pool = new StagePool(2);
  try {
    const [alone, pooled] = [await run(null), await run(pool)];
    assert.ok(alone.docs.length >= 2, `${alone.docs.length} stories`);
    assert.deepEqual(pooled.docs, alone.docs);
    assert.deepEqual(pooled.stored, alone.stored);
  } finally {
    await pool.close();
  }
});

test('an input that cannot be read comes back from a thread as the same InputError', { timeout: 60_000 }, async () => {
  const pool = new StagePool(1);
  try {
    const outcome = await pool.read('broken.json', new TextEncoder().encode('{"title": "cut off'), DEFAULT_MAX_BYTES, {});
    assert.equal(outcome.articles.length, 0);
    assert.ok(outcome.error);
    assert.match(outcome.error.describe(), /^broken\.json: /);
  } finally {
    await pool.close();
  }
});
