import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadWriter } from './writer.js';
import { HttpError } from './http.js';

test('an input that runs the writer thread out of its heap fails alone with 413; the next write gets a new thread', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-writer-'));
  // A small heap, so that a modest input overruns it.
  const writer = threadWriter({ path: join(dir, 'w.db'), version: 'test', maxInputBytes: 64 * 1024 * 1024 }, 96);
  try {
    const names = Array.from({ length: 400_000 }, (_, i) => `{"title": "Item ${i}", "text": "Report ${i} of the ferry Varn ${i} arriving in Oskel on Monday."}`);
    const huge = new TextEncoder().encode(`[${names.join(',')}]`);
    await assert.rejects(writer.ingest(huge, 'huge.json'), (error: unknown) => {
      assert.ok(error instanceof HttpError, String(error));
      assert.equal(error.status, 413);
      assert.equal(error.code, 'too-large-to-analyse');
      assert.match(error.message, /split it into smaller files/);
      return true;
    });
    const small = new TextEncoder().encode('Ferry Arrives\n\nThe ferry Varn arrived in Oskel on Monday, the harbour office said.\n');
    const result = await writer.ingest(small, 'small.txt');
    assert.equal(result.articles.length, 1);
  } finally {
    await writer.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
