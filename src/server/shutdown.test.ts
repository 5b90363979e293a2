/**
 * `corroborate serve` stopped by SIGTERM in the middle of an ingest: it finishes that
 * write, answers it and exits 0; a second SIGTERM ends the write uncommitted and exits 1.
 * Either way the database passes SQLite's integrity check and holds no article twice.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { rewrites } from '../test-support/inputs.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'src/cli/bin.ts');

interface Served {
  url: string;
  exited: Promise<number | null>;
  /** Resolves when the server logs a line matching `pattern`. */
  logged(pattern: RegExp): Promise<void>;
  kill(): void;
}

async function serve(db: string): Promise<Served> {
  // A generous deadline: the first SIGTERM must end in a finished write, however busy the machine.
  const child = spawn(process.execPath, ['--import', 'tsx', bin, 'serve', '--port', '0', '--db', db, '--quiet', '--no-analyze-all', '--shutdown-timeout', '600'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  const watchers: { pattern: RegExp; resolve: () => void }[] = [];
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
    for (const w of watchers.filter((w) => w.pattern.test(stderr))) w.resolve();
  });
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
  return {
    url,
    exited,
    logged: (pattern) => new Promise((resolve) => (pattern.test(stderr) ? resolve() : watchers.push({ pattern, resolve }))),
    kill: () => child.kill('SIGTERM'),
  };
}

function check(db: string): { integrity: string; articles: number; distinct: number } {
  const raw = new Database(db, { readonly: true });
  try {
    return {
      integrity: raw.prepare('PRAGMA integrity_check').pluck().get() as string,
      articles: raw.prepare('SELECT count(*) FROM articles').pluck().get() as number,
      distinct: raw.prepare('SELECT count(DISTINCT id) FROM articles').pluck().get() as number,
    };
  } finally {
    raw.close();
  }
}

const tempDb = (): string => join(mkdtempSync(join(tmpdir(), 'corroborate-shutdown-')), 'c.db');

test('SIGTERM during an ingest: the ingest finishes and is answered, the server exits 0, the database is whole', async () => {
  const db = tempDb();
  const server = await serve(db);
  const post = fetch(`${server.url}/api/articles?name=slow.json`, { method: 'POST', body: rewrites(6) });
  await server.logged(/ingest of slow\.json/);
  server.kill();
  const answer = await post;
  assert.equal(answer.status, 201);
  assert.equal(await server.exited, 0);
  assert.deepEqual(check(db), { integrity: 'ok', articles: 6, distinct: 6 });
});

test('a second SIGTERM ends the running ingest at once: exit 1, the database is whole', async () => {
  const db = tempDb();
  const server = await serve(db);
  const post = fetch(`${server.url}/api/articles?name=slow.json`, { method: 'POST', body: rewrites(40) }).then(
    (r) => r.status,
    () => 'hung up',
  );
  await server.logged(/ingest of slow\.json/);
  server.kill();
  await server.logged(/stopping/);
  server.kill();
  assert.equal(await server.exited, 1);
  assert.equal(await post, 'hung up');
  const after = check(db);
  assert.equal(after.integrity, 'ok');
  assert.equal(after.articles, after.distinct);
});
