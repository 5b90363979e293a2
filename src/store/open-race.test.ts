import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { LATEST_VERSION } from './migrations.js';

const child = fileURLToPath(new URL('./open-race.child.ts', import.meta.url));
const PROCESSES = 12;
const ROUNDS = 6;

interface Racer {
  process: ChildProcessWithoutNullStreams;
  next(): Promise<string>;
}

/** A child and a reader of its lines in order, so each round's reply is awaited in turn. */
function racer(name: string): Racer {
  const proc = spawn(process.execPath, ['--import', 'tsx', child, name], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const lines = createInterface({ input: proc.stdout })[Symbol.asyncIterator]();
  return {
    process: proc,
    async next() {
      const line = await lines.next();
      if (line.done) throw new Error(`${name} ended early: ${stderr}`);
      return line.value;
    },
  };
}

test(`${PROCESSES} processes opening one new database at once all succeed, ${ROUNDS} rounds`, async () => {
  const racers = Array.from({ length: PROCESSES }, (_, i) => racer(`p${i}`));
  try {
    assert.deepEqual(await Promise.all(racers.map((r) => r.next())), racers.map(() => 'ready'));
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-race-'));
    for (let round = 0; round < ROUNDS; round++) {
      const path = join(dir, `round-${round}`, 'new.db');
      for (const r of racers) r.process.stdin.write(`${path}\n`);
      const replies = await Promise.all(racers.map((r) => r.next()));
      assert.deepEqual(replies, racers.map(() => 'ok 1'), `round ${round}: ${replies.find((r) => r !== 'ok 1')}`);

      const db = new Database(path, { readonly: true });
      assert.equal(db.pragma('user_version', { simple: true }), LATEST_VERSION);
      assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
      assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
      assert.equal((db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n, PROCESSES, 'every process kept its article');
      db.close();
    }
  } finally {
    for (const r of racers) r.process.stdin.end();
  }
});
