/**
 * The watch command as a process: stopped by SIGINT it finishes cleanly; killed by SIGKILL
 * in the middle of storing and analysing a feed, and started again, it loses nothing and
 * stores nothing twice.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteStore } from '../store/sqlite.js';
import { startServer } from '../fetch/testing.js';
import { feedRoute, type TestItem } from './testing.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const topics = ['crane', 'ferry', 'storm', 'strike', 'dredging', 'lighthouse', 'pilot boat', 'container yard', 'customs office', 'fish market'];
const items: TestItem[] = Array.from({ length: 40 }, (_, i) => ({ title: `${topics[i % topics.length]} report number ${i + 1} from the harbour`, day: 1 + (i % 20) }));
let base = '';
let served = 0;
const route = feedRoute(() => items, () => base, () => new Date('2026-03-20T09:00:00Z'));
const server = await startServer({
  '/robots.txt': (_req, res) => void res.writeHead(404).end(),
  '/feed.xml': (req, res) => {
    served++;
    route(req, res);
  },
});
base = `http://127.0.0.1:${server.port}`;
after(() => server.close());

function watch(db: string, ...more: string[]): { child: ChildProcess; stdout: () => string; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/bin.ts'), 'watch', `${base}/feed.xml`, '--db', db, '--allow-private', '--delay', '0', ...more], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, stdout: () => stdout, done };
}

const until = async (check: () => boolean, ms = 30_000): Promise<void> => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
};

test('a watch killed with SIGKILL while it stores a feed loses nothing and duplicates nothing when started again', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'corroborate-kill-')), 'w.db');
  const before = served;
  const first = watch(db);
  await until(() => served > before);
  // The feed is answered: the watch is reading, storing and analysing its items.
  await new Promise((r) => setTimeout(r, 400));
  first.child.kill('SIGKILL');
  assert.equal((await first.done).signal, 'SIGKILL');
  const killed = openSqliteStore(db);
  assert.equal((await killed.watchSources())[0]?.lastSuccess, null, 'killed before the poll was done');
  await killed.close();

  const second = await watch(db, '--once').done;
  assert.equal(second.code, 0, second.stderr);
  const store = openSqliteStore(db);
  assert.equal(await store.countArticles(), items.length, 'every item once');
  assert.deepEqual(await store.unfinishedArticles(), [], 'every item placed and analysed');
  const [source] = await store.watchSources();
  assert.ok(source?.etag, 'the source keeps its validators');
  await store.close();
  const third = await watch(db, '--once').done;
  assert.equal(third.code, 0);
  assert.doesNotMatch(third.stdout, /new article/, 'a source that was polled is not due again at once');
});

test('SIGINT stops a watch cleanly, after the source under way', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'corroborate-kill-')), 'w.db');
  const run = watch(db, '--every', '1h');
  await until(() => /new articles/.test(run.stdout()), 60_000);
  run.child.kill('SIGINT');
  const done = await run.done;
  assert.equal(done.code, 0, done.stderr);
  assert.match(done.stderr, /SIGINT: finishing the source under way, then stopping/);
  assert.match(done.stderr, /stopped; every source keeps its state for the next watch/);
});
