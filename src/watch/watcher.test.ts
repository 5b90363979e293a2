import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../store/sqlite.js';
import { Fetcher } from '../fetch/fetch.js';
import { PoliteFetcher } from '../fetch/polite.js';
import { startServer, testPolicy } from '../fetch/testing.js';
import { Watcher, type WatchOptions } from './watcher.js';
import { afterFailure, afterSuccess } from './schedule.js';
import { feedRoute, type TestItem } from './testing.js';

const items: TestItem[] = [
  { title: 'Crane repaired at the east quay', day: 2 },
  { title: 'Ferry timetable changes for spring', day: 3 },
];
let changed = new Date('2026-03-03T09:00:00Z');
let base = '';
let busy = 0;
const server = await startServer({
  '/robots.txt': (_req, res) => void res.writeHead(404).end(),
  '/feed.xml': feedRoute(() => items, () => base, () => changed),
  '/busy.xml': (_req, res) => void res.writeHead(503, { 'retry-after': '600' }).end(String(++busy)),
  '/feeds.opml': (_req, res) => void res.writeHead(200, { 'content-type': 'text/x-opml' }).end(`<opml><body><outline text="Desk"><outline xmlUrl="${base}/feed.xml"/><outline xmlUrl="${base}/busy.xml"/></outline></body></opml>`),
});
base = `http://127.0.0.1:${server.port}`;
const fetcher = new Fetcher(testPolicy(server));
after(async () => {
  await fetcher.close();
  await server.close();
});

const MINUTE = 60_000;
const schedule = { everyMs: 15 * MINUTE, maxBackoffMs: 6 * 60 * MINUTE };

function watcher(db: string, clock: { t: number }): Watcher {
  const polite = new PoliteFetcher(fetcher, { delayMs: 0 });
  const options: WatchOptions = { store: openSqliteStore(db), fetch: (url, v) => polite.fetch(url, v), version: 'test', maxBytes: 1 << 20, schedule, now: () => clock.t };
  return new Watcher(options);
}

test('a feed is polled with its validators: 304 while nothing changed, only new items stored when some came', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'corroborate-watch-')), 'w.db');
  const clock = { t: Date.parse('2026-03-03T10:00:00Z') };
  const w = watcher(db, clock);
  assert.equal(await w.add([`${base}/feed.xml`]), 1);
  const [first] = await w.pollDue();
  assert.equal(first!.status, 'new');
  assert.equal(first!.added.length, 2);
  assert.equal(first!.stories.length, 2);
  assert.equal(first!.nextPoll, clock.t + 15 * MINUTE);

  assert.deepEqual(await w.pollDue(), [], 'nothing is due before its time');
  clock.t += 15 * MINUTE;
  const [second] = await w.pollDue();
  assert.equal(second!.status, 'unchanged');
  const feedRequests = server.requests.filter((r) => r.path === '/feed.xml');
  assert.ok(feedRequests.at(-1)!.headers['if-none-match'], 'the second poll is conditional');

  items.push({ title: 'Storm closes the port for two days', day: 4 });
  changed = new Date('2026-03-04T09:00:00Z');
  clock.t += 15 * MINUTE;
  const [third] = await w.pollDue();
  assert.equal(third!.status, 'new');
  assert.equal(third!.added.length, 1, 'only the new item');

  // A watch started again on the same database goes on from the state it left.
  const again = watcher(db, clock);
  clock.t += 15 * MINUTE;
  const [fourth] = await again.pollDue();
  assert.equal(fourth!.status, 'unchanged');
});

test('a list is watched as its sources; a failing source backs off, and no sooner than its Retry-After', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'corroborate-watch-')), 'w.db');
  const clock = { t: Date.parse('2026-03-05T10:00:00Z') };
  const w = watcher(db, clock);
  await w.add([`${base}/feeds.opml`]);
  const [list] = await w.pollDue();
  assert.equal(list!.status, 'list');
  assert.equal(list!.listed, 2);
  const polled = await w.pollDue();
  assert.deepEqual(polled.map((r) => r.status), ['new', 'failed']);
  assert.equal(polled[1]!.nextPoll, clock.t + 15 * MINUTE, 'the first failure waits as long as a success would, unless asked to wait longer');
  assert.match(polled[1]!.error!, /503/);
});

test('backoff doubles with each failure in a row up to the cap, and max-age can only lengthen the wait', () => {
  const t = 0;
  assert.deepEqual([1, 2, 3, 10].map((n) => afterFailure(t, schedule, n, null) / MINUTE), [15, 30, 60, 360]);
  assert.equal(afterFailure(t, schedule, 1, 2 * 60 * MINUTE), 2 * 60 * MINUTE);
  assert.equal(afterSuccess(t, schedule, 60_000), 15 * MINUTE);
  assert.equal(afterSuccess(t, schedule, 60 * MINUTE), 60 * MINUTE);
  assert.equal(afterSuccess(t, schedule, 30 * 24 * 60 * MINUTE), 24 * 60 * MINUTE);
});
