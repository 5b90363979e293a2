import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveChild } from '../test-support/serve.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'src/cli/bin.ts');

test('corroborate serve --port 0 prints its URL, answers, and stops cleanly on SIGTERM', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'corroborate-serve-cli-')), 'c.db');
  const { url, exited, kill, stderr } = await serveChild(db);
  const res = await fetch(`${url}/api`);
  assert.equal(res.status, 200);
  assert.equal(((await res.json()) as { articles: number }).articles, 0);
  kill();
  assert.equal(await exited, 0, stderr());
});

test('serve refuses a bad port or body limit as a usage error', () => {
  for (const args of [['--port', '70000'], ['--max-body', 'lots']]) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', bin, 'serve', ...args], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, new RegExp(args[0]!));
  }
});
