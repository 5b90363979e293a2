import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { Fetcher, FetchError } from './fetch.js';
import { PoliteFetcher, userAgent } from './polite.js';
import { startServer, testPolicy, type TestServer } from './testing.js';

const servers: TestServer[] = [];
const fetchers: Fetcher[] = [];
after(async () => {
  for (const f of fetchers) await f.close();
  for (const s of servers) await s.close();
});

async function site(robots: { status: number; body: string }, delay = 0) {
  let open = 0;
  let most = 0;
  const server = await startServer({
    '/robots.txt': (_req, res) => void res.writeHead(robots.status, { 'content-type': 'text/plain' }).end(robots.body),
    '/public/a': (_req, res) => {
      most = Math.max(most, ++open);
      setTimeout(() => {
        open--;
        res.writeHead(200, { 'content-type': 'text/html' }).end('<p>a</p>');
      }, delay);
    },
    '/private/b': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<p>b</p>'),
  });
  servers.push(server);
  const fetcher = new Fetcher(testPolicy(server));
  fetchers.push(fetcher);
  return { server, fetcher, most: () => most };
}

async function code(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    assert.ok(error instanceof FetchError);
    return error.code;
  }
}

test("robots.txt is read once per host and its disallowed paths are not fetched", async () => {
  const { server, fetcher } = await site({ status: 200, body: 'User-agent: *\nDisallow: /private/\n' });
  const polite = new PoliteFetcher(fetcher, { delayMs: 0 });
  assert.equal(await code(polite.fetch(server.url('/public/a'))), null);
  assert.equal(await code(polite.fetch(server.url('/private/b'))), 'robots');
  assert.equal(await code(polite.fetch(server.url('/public/a'))), null);
  assert.deepEqual(server.requests.map((r) => r.path), ['/robots.txt', '/public/a', '/public/a']);
});

test('rules for corroborate by name apply, a missing robots.txt allows all, and one that fails allows nothing', async () => {
  const named = await site({ status: 200, body: 'User-agent: corroborate\nDisallow: /public/\n\nUser-agent: *\nAllow: /\n' });
  assert.equal(await code(new PoliteFetcher(named.fetcher, { delayMs: 0 }).fetch(named.server.url('/public/a'))), 'robots');
  const missing = await site({ status: 404, body: 'nothing here' });
  assert.equal(await code(new PoliteFetcher(missing.fetcher, { delayMs: 0 }).fetch(missing.server.url('/private/b'))), null);
  const failing = await site({ status: 503, body: 'down' });
  assert.equal(await code(new PoliteFetcher(failing.fetcher, { delayMs: 0 }).fetch(failing.server.url('/public/a'))), 'robots');
});

test('one request at a time per host, each after the pause since the last', async () => {
  const { server, fetcher, most } = await site({ status: 404, body: '' }, 20);
  let clock = 0;
  const waits: number[] = [];
  const polite = new PoliteFetcher(fetcher, {
    delayMs: 1000,
    now: () => clock,
    sleep: async (ms) => {
      waits.push(ms);
      clock += ms;
    },
  });
  await Promise.all([1, 2, 3].map(() => polite.fetch(server.url('/public/a'))));
  assert.equal(most(), 1, 'never two at once');
  assert.deepEqual(waits, [1000, 1000, 1000], 'robots.txt, then three pages, each a pause after the one before');
});

test('the User-Agent names corroborate, its version and the contact the user set', () => {
  assert.equal(userAgent('1.2.3', 'https://newsroom.example/bots'), 'corroborate/1.2.3 (+https://newsroom.example/bots)');
  assert.equal(userAgent('1.2.3', null), 'corroborate/1.2.3');
});
