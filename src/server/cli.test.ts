import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'src/cli/bin.ts');

test('corroborate serve --port 0 prints its URL, answers, and stops cleanly on SIGTERM', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'corroborate-serve-cli-')), 'c.db');
  const child = spawn(process.execPath, ['--import', 'tsx', bin, 'serve', '--port', '0', '--db', db, '--quiet'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
      if (m) resolve(m[0]);
    });
    void exited.then(() => reject(new Error(`serve exited: ${stderr}`)));
  });
  const res = await fetch(`${url}/api`);
  assert.equal(res.status, 200);
  assert.equal(((await res.json()) as { articles: number }).articles, 0);
  child.kill('SIGTERM');
  assert.equal(await exited, 0, stderr);
});

test('serve refuses a bad port or body limit as a usage error', () => {
  for (const args of [['--port', '70000'], ['--max-body', 'lots']]) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', bin, 'serve', ...args], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, new RegExp(args[0]!));
  }
});
