import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { Fetcher, FetchError, charsetOf, retryAfter, checkedUrl } from './fetch.js';
import { refusedAddress } from './address.js';
import { startServer, testPolicy } from './testing.js';

interface Script {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

const scripts = new Map<string, Script>();
const server = await startServer({
  '/s': (req, res) => {
    const script = scripts.get(new URL(req.url ?? '/', 'http://x').searchParams.get('k') ?? '');
    if (!script) return void res.writeHead(404).end();
    try {
      res.writeHead(script.status, script.headers);
    } catch {
      res.writeHead(500);
    }
    res.end(Buffer.from(script.body));
  },
});
const fetcher = new Fetcher(testPolicy(server, { maxBytes: 64 * 1024, timeoutMs: 2_000 }));
after(async () => {
  await fetcher.close();
  await server.close();
});

const headerValue = fc.oneof(fc.string({ maxLength: 40 }).map((s) => s.replace(/[^\x20-\x7e]/g, '')), fc.constantFrom('gzip', 'br', 'deflate', 'x-gzip', 'identity', 'text/html; charset=utf-8', 'text/html; charset=bogus', '/s?k=loop', 'http://10.0.0.1/', 'ftp://x/', '99999999999', '-1'));
const script = fc.record({
  status: fc.oneof(fc.constantFrom(200, 204, 301, 302, 304, 307, 308, 400, 404, 429, 500, 503), fc.integer({ min: 200, max: 599 })),
  headers: fc.dictionary(fc.constantFrom('content-type', 'content-encoding', 'location', 'retry-after', 'cache-control', 'etag', 'last-modified', 'date'), headerValue, { maxKeys: 5 }),
  body: fc.oneof(fc.uint8Array({ maxLength: 2048 }), fc.string({ maxLength: 500 }).map((s) => new Uint8Array(gzipSync(s)))),
});

test('fuzz: whatever the server answers, a fetch resolves or fails with a FetchError, never hangs or crashes', async () => {
  let n = 0;
  await fc.assert(
    fc.asyncProperty(script, async (s) => {
      const key = String(n++);
      scripts.set(key, s);
      try {
        const r = await fetcher.fetch(server.url(`/s?k=${key}`));
        assert.ok(r.bytes.length <= 64 * 1024);
      } catch (error) {
        assert.ok(error instanceof FetchError, `not a FetchError: ${String(error)}`);
        assert.ok(error.message.length > 0);
      }
    }),
    { numRuns: 150 },
  );
});

test('fuzz: header and URL parsers take any text', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), (s) => {
      const c = charsetOf(s);
      assert.ok(c === null || c.length > 0);
      const r = retryAfter(s);
      assert.ok(r === null || r >= 0);
      try {
        assert.match(checkedUrl(s), /^https?:\/\//);
      } catch (error) {
        assert.ok(error instanceof FetchError);
      }
      assert.notEqual(refusedAddress(s), undefined);
    }),
    { numRuns: 1000 },
  );
});
