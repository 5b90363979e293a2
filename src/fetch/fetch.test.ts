import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { Fetcher, FetchError, checkedUrl, retryAfter } from './fetch.js';
import { refusedAddress, embeddedIpv4 } from './address.js';
import { startServer, testPolicy, type Route } from './testing.js';

const page = '<html><head><title>Harbour</title></head><body><p>Cranes are back.</p></body></html>';

const routes: Record<string, Route> = {
  '/page': (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1', etag: '"v1"', 'last-modified': 'Mon, 02 Mar 2026 10:00:00 GMT', 'cache-control': 'public, max-age=300', 'set-cookie': 'session=abc' }).end(page);
  },
  '/hop1': (_req, res) => void res.writeHead(301, { location: '/hop2' }).end(),
  '/hop2': (_req, res) => void res.writeHead(302, { location: 'hop3' }).end(),
  '/hop3': (_req, res) => void res.writeHead(307, { location: '/page' }).end(),
  '/loop': (_req, res) => void res.writeHead(302, { location: '/loop' }).end(),
  '/gone': (_req, res) => void res.writeHead(503, { 'retry-after': '120' }).end('busy'),
  '/bomb': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(64 * 1024 * 1024))),
  '/huge': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(2 * 1024 ** 3) });
    res.write('<html>');
  },
  '/drip': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const timer = setInterval(() => res.write('.'), 50);
    res.on('close', () => clearInterval(timer));
  },
  '/packed': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(page)),
  '/not-gzip': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end('plain text, not gzip'),
};
const server = await startServer(routes);
const fetcher = new Fetcher(testPolicy(server));
after(async () => {
  await fetcher.close();
  await server.close();
});

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof FetchError, `a FetchError, not ${String(error)}`);
    return error;
  }
  assert.fail('the fetch succeeded');
}

test('a page comes with its validators, charset, date and max-age; asked again with them, it is a 304', async () => {
  const first = await fetcher.fetch(server.url('/page'));
  assert.equal(Buffer.from(first.bytes).toString(), page);
  assert.equal(first.status, 200);
  assert.equal(first.charset, 'ISO-8859-1');
  assert.equal(first.etag, '"v1"');
  assert.equal(first.lastModified, 'Mon, 02 Mar 2026 10:00:00 GMT');
  assert.equal(first.maxAgeMs, 300_000);
  assert.match(first.httpDate!, /^\d{4}-\d\d-\d\dT/);
  const second = await fetcher.fetch(server.url('/page'), { etag: first.etag });
  assert.equal(second.notModified, true);
  assert.equal(second.bytes.length, 0);
  const asked = server.requests.filter((r) => r.path === '/page');
  assert.equal(asked[1]!.headers['if-none-match'], '"v1"');
  assert.equal(asked[1]!.headers.cookie, undefined, 'a cookie set by the server is never sent back');
  assert.equal(asked[0]!.headers['user-agent'], 'corroborate-test');
});

test('a redirect chain is followed to its end, and more than five redirects are refused', async () => {
  const r = await fetcher.fetch(server.url('/hop1'));
  assert.equal(r.finalUrl, server.url('/page'));
  assert.equal(r.url, server.url('/hop1'));
  const e = await failure(fetcher.fetch(server.url('/loop')));
  assert.equal(e.code, 'redirects');
});

test('redirects and names that lead to the machine or its network are refused', async () => {
  for (const target of [`http://127.0.0.1:${server.port + 1}/`, 'http://10.0.0.1/', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/', 'http://[::ffff:127.0.0.1]/', 'http://0.0.0.0/']) {
    const redirecting = await startServer({ '/go': (_req, res) => void res.writeHead(302, { location: target }).end() });
    const f = new Fetcher(testPolicy(redirecting));
    const e = await failure(f.fetch(redirecting.url('/go')));
    assert.equal(e.code, 'blocked', target);
    assert.match(e.message, /--allow-private/);
    await f.close();
    await redirecting.close();
  }
  const rebinding = new Fetcher(
    testPolicy(server, {
      lookup: (hostname, _options, callback) => callback(null, hostname === 'news.test' ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '10.1.2.3', family: 4 }]),
    }),
  );
  const e = await failure(rebinding.fetch('http://evil.test/'));
  assert.equal(e.code, 'blocked');
  assert.match(e.message, /evil\.test resolves to 10\.1\.2\.3/);
  const ok = await rebinding.fetch(`http://news.test:${server.port}/page`);
  assert.equal(ok.status, 200, 'a name resolving to the exempt test server is fetched');
  await rebinding.close();
});

test('--allow-private lets local addresses through', async () => {
  const open = new Fetcher(testPolicy(server, { allowPrivate: true, exempt: () => false }));
  assert.equal((await open.fetch(server.url('/page'))).status, 200);
  await open.close();
  const closed = new Fetcher(testPolicy(server, { exempt: () => false }));
  assert.equal((await failure(closed.fetch(server.url('/page')))).code, 'blocked');
  await closed.close();
});

test('a gzip bomb, a 2 GB Content-Length and a slow drip are stopped early', async () => {
  const start = Date.now();
  const bomb = await failure(fetcher.fetch(server.url('/bomb')));
  assert.equal(bomb.code, 'too-large');
  assert.match(bomb.message, /^the body unpacks to more than the 1\.0 MB limit; raise it with --max-size$/);
  const huge = await failure(fetcher.fetch(server.url('/huge')));
  assert.equal(huge.code, 'too-large');
  assert.match(huge.message, /^the answer declares 2048\.0 MB, more than the 1\.0 MB limit/);
  const quick = new Fetcher(testPolicy(server, { timeoutMs: 400 }));
  const drip = await failure(quick.fetch(server.url('/drip')));
  assert.equal(drip.code, 'timeout');
  await quick.close();
  assert.ok(Date.now() - start < 4_000, 'none waits for the whole body');
});

test('gzip bodies are unpacked; a body that is not what its encoding says is refused', async () => {
  assert.equal(Buffer.from((await fetcher.fetch(server.url('/packed'))).bytes).toString(), page);
  assert.equal((await failure(fetcher.fetch(server.url('/not-gzip')))).code, 'bad-encoding');
});

test('errors say what the server said and how long it asked to wait', async () => {
  const busy = await failure(fetcher.fetch(server.url('/gone')));
  assert.equal(busy.code, 'http');
  assert.equal(busy.status, 503);
  assert.equal(busy.retryAfterMs, 120_000);
  assert.equal((await failure(fetcher.fetch(server.url('/nothing')))).status, 404);
});

test('only http and https without credentials are fetched', () => {
  for (const [url, code] of [
    ['file:///etc/passwd', 'scheme'],
    ['ftp://example.com/x', 'scheme'],
    ['gopher://example.com/', 'scheme'],
    ['not a url', 'scheme'],
    ['https://user:secret@example.com/', 'credentials'],
  ] as const) {
    assert.throws(() => checkedUrl(url), (e: unknown) => e instanceof FetchError && e.code === code, url);
  }
  assert.equal(checkedUrl('https://example.com/a#frag'), 'https://example.com/a');
});

test('address ranges: private, loopback, link-local, reserved and embedded IPv4 are refused; public ones pass', () => {
  for (const a of ['127.0.0.1', '10.2.3.4', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255', '::1', '::', 'fe80::1', 'fc00::1', 'fd12::1', 'ff02::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '64:ff9b::a00:1', '[::1]', 'fe80::1%eth0']) {
    assert.notEqual(refusedAddress(a), null, a);
  }
  for (const a of ['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700::1111', '::ffff:8.8.8.8']) assert.equal(refusedAddress(a), null, a);
  assert.equal(embeddedIpv4('::ffff:c0a8:101'), '192.168.1.1');
  assert.notEqual(refusedAddress('example.com'), null);
});

test('Retry-After in seconds and as a date', () => {
  assert.equal(retryAfter('30'), 30_000);
  assert.equal(retryAfter('Wed, 21 Oct 2026 07:28:00 GMT', Date.parse('Wed, 21 Oct 2026 07:27:00 GMT')), 60_000);
  assert.equal(retryAfter('soon'), null);
});
