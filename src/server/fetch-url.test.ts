import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../store/sqlite.js';
import { Fetcher } from '../fetch/fetch.js';
import { startServer as startPages, testPolicy } from '../fetch/testing.js';
import { startServer } from './server.js';
import { postedUrl } from './api.js';

const text = Array.from({ length: 6 }, (_, i) => `<p>Dock workers at the north pier voted on the new contract on Monday, section ${i + 1} of the agreement covering night shifts and pay.</p>`).join('');
const pages = await startPages({
  '/robots.txt': (_req, res) => void res.writeHead(404).end(),
  '/vote': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"v"' }).end(`<html><head><title>Dock workers vote on contract</title></head><body><article><h1>Dock workers vote on contract</h1>${text}</article></body></html>`),
});
const fetcher = new Fetcher(testPolicy(pages));
const path = join(mkdtempSync(join(tmpdir(), 'corroborate-serve-url-')), 'c.db');
const store = openSqliteStore(path);
const fetching = await startServer({ store, dbPath: path, version: 'test', port: 0, fetchUrl: (url) => fetcher.fetch(url) });
const closedStore = openSqliteStore(':memory:');
const closed = await startServer({ store: closedStore, version: 'test', port: 0 });
after(async () => {
  await fetching.close();
  await closed.close();
  await store.close();
  await closedStore.close();
  await fetcher.close();
  await pages.close();
});

const post = (server: { url: string }, body: unknown) => fetch(`${server.url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

test('a posted {"url"} is fetched under the fetcher\'s rules and stored with how it was answered', async () => {
  const answer = await post(fetching, { url: pages.url('/vote') });
  assert.equal(answer.status, 201);
  const result = (await answer.json()) as { articles: { id: string; title: string; storyId: string | null }[] };
  assert.equal(result.articles[0]!.title, 'Dock workers vote on contract');
  assert.ok(result.articles[0]!.storyId);
  const article = await store.getArticle(result.articles[0]!.id);
  assert.equal(article?.fetched?.finalUrl, pages.url('/vote'));
  assert.equal(article?.fetched?.etag, '"v"');
  assert.equal((await post(fetching, { url: pages.url('/vote') })).status, 200, 'posted again, nothing is added');
});

test('a URL on this machine\'s network, or not http, is refused; a server without --allow-fetch refuses every URL', async () => {
  for (const url of ['http://10.0.0.1/', 'http://169.254.169.254/latest/meta-data/', 'file:///etc/passwd']) {
    const answer = await post(fetching, { url });
    assert.equal(answer.status, 422, url);
    assert.match(((await answer.json()) as { error: { message: string } }).error.message, /nothing was stored/);
  }
  const missing = await post(fetching, { url: pages.url('/nothing') });
  assert.equal(missing.status, 502);
  const off = await post(closed, { url: pages.url('/vote') });
  assert.equal(off.status, 403);
  assert.match(((await off.json()) as { error: { message: string } }).error.message, /--allow-fetch/);
});

test('only a body that is exactly {"url": "…"} is a posted URL', () => {
  const bytes = (s: string) => Buffer.from(s);
  assert.equal(postedUrl(bytes('{"url": "https://a.example/x"}')), 'https://a.example/x');
  for (const s of ['{"url": "https://a.example/x", "title": "An article with a url field"}', '{"url": 5}', '[{"url": "x"}]', 'https://a.example/x', '{"url": "x"']) assert.equal(postedUrl(bytes(s)), null, s);
});

test('serve --watch: the writer polls the watched feed, and what it stores is served', async () => {
  const { feedRoute } = await import('../watch/testing.js');
  let base = '';
  const feeds = await startPages({
    '/robots.txt': (_req, res) => void res.writeHead(404).end(),
    '/feed.xml': feedRoute(() => [{ title: 'Pilot boat collides with buoy in fog', day: 6 }], () => base, () => new Date('2026-03-06T09:00:00Z')),
  });
  base = `http://127.0.0.1:${feeds.port}`;
  const dbPath = join(mkdtempSync(join(tmpdir(), 'corroborate-serve-watch-')), 'w.db');
  const watchStore = openSqliteStore(dbPath, { reader: true });
  const watching = await startServer({ store: watchStore, dbPath, version: 'test', port: 0, watch: { sources: [`${base}/feed.xml`], everyMs: 3_600_000, timeoutMs: 5_000, delayMs: 0, allowPrivate: true, contact: null } });
  const stop = new AbortController();
  const rounds: number[] = [];
  const done = watching.context.watch(stop.signal, (round) => {
    rounds.push(round.reports.length);
    stop.abort();
  });
  await done;
  assert.deepEqual(rounds, [1]);
  const list = (await (await fetch(`${watching.url}/api/stories`)).json()) as { stories: { title: string }[] };
  assert.deepEqual(list.stories.map((s) => s.title), ['Pilot boat collides with buoy in fog']);
  await watching.close();
  await watchStore.close();
  await feeds.close();
});
