/**
 * Random methods, paths, queries, headers and bodies thrown at a running server: every answer
 * must be a well-formed one with the safety headers, never a 5xx, and the server must still
 * answer afterwards.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { openSqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/store.js';
import { startServer, type RunningServer } from './server.js';
import { rawExchange, type RawAnswer, type RawRequest } from '../test-support/http.js';

let store: Store;
let server: RunningServer;
let storyId = 'story:0000000000000000';
let articleId = '0000000000000000';

before(async () => {
  store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'corroborate-fuzz-')), 'c.db'));
  server = await startServer({ store, version: 'test', port: 0, maxBodyBytes: 16 * 1024 });
  const seed = readFileSync(fileURLToPath(new URL('../../examples/news/brodna-today-breaking-utf8-bom.txt', import.meta.url)));
  const posted = JSON.parse((await exchange({ method: 'POST', path: '/api/articles?name=seed.txt', headers: {}, body: seed })).text) as {
    articles: { id: string; storyId: string }[];
  };
  articleId = posted.articles[0]!.id;
  storyId = posted.articles[0]!.storyId;
});

after(async () => {
  await server.close();
  await store.close();
});

function exchange(sent: RawRequest): Promise<RawAnswer> {
  return rawExchange(server.port, sent);
}

const segment = fc.oneof(
  fc.constantFrom('api', 'stories', 'articles', 'search', 'openapi.json', '', '.', '..', '%2e%2e', '%2F', '%', '%zz', '%E0%A4', '%00', 'story:', '*'),
  fc.stringMatching(/^[A-Za-z0-9._~:@!$&'()*+,;=%-]{0,24}$/),
);

const queryPart = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('limit=3', 'offset=1', 'sort=recent', 'sort=size', 'q=dam', 'q=Brodna%20water', 'q=%C3%A9t%C3%A9', 'kind=claims', 'kind=articles', 'name=x.txt') },
  { weight: 2, arbitrary: fc.constantFrom('limit=', 'limit=0', 'limit=-1', 'limit=1e3', 'limit=99999999999999999999', 'sort=', 'q=', 'q=%22', 'q=%00', 'name=', 'a=b', 'limit=1&limit=2', '=', '&&', '%', '+') },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9._~:@!$'()*+,;=%/?-]{0,30}$/) },
);

const withQuery = (p: string, query: string[] | null): string => (query === null ? p : `${p}?${query.join('&')}`);

/** Each endpoint with the query parameters it takes, so that most requests get past validation. */
const ENDPOINTS: [string, string[]][] = [
  ['/api', []],
  ['/api/openapi.json', []],
  ['/api/stories', ['limit=3', 'offset=1', 'sort=recent', 'q=dam']],
  ['/api/stories/{story}', []],
  ['/api/articles', ['limit=3', 'offset=1', 'name=x.txt']],
  ['/api/articles/{article}', []],
  ['/api/search', ['q=dam', 'q=Brodna%20water', 'q=%C3%A9t%C3%A9', 'kind=claims', 'limit=2']],
];

const path = fc.oneof(
  { weight: 1, arbitrary: fc.tuple(fc.array(segment, { maxLength: 5 }), fc.option(fc.array(queryPart, { maxLength: 3 }))).map(([segments, query]) => withQuery(`/${segments.join('/')}`, query)) },
  {
    weight: 4,
    arbitrary: fc
      .constantFrom(...ENDPOINTS)
      .chain(([p, valid]) => fc.tuple(fc.constant(p), fc.subarray(valid), fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: queryPart })))
      .map(([p, valid, extra]) => withQuery(p.replace('{story}', storyId).replace('{article}', articleId), valid.length === 0 && extra === null ? null : [...valid, ...(extra === null ? [] : [extra])])),
  },
);

const method = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('GET', 'POST') },
  { weight: 3, arbitrary: fc.constantFrom('HEAD', 'PUT', 'DELETE', 'PATCH', 'OPTIONS') },
  // Methods HTTP does not know are refused by Node's parser, through the server's clientError answer.
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Z]{1,10}$/) },
);

const headers = fc
  .option(
    fc.record(
      {
        'content-type': fc.constantFrom('text/plain', 'application/json', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'image/png', 'text/html; charset=utf-8', '', ';;;', 'application/rss+xml'),
        'content-encoding': fc.constantFrom('gzip', 'br', 'identity', 'x'),
        'if-none-match': fc.constantFrom('*', '"x"', 'W/"y"', ''),
        origin: fc.constantFrom('null', 'https://elsewhere.example', 'http://127.0.0.1'),
        accept: fc.constantFrom('*/*', 'text/html', 'application/json'),
      },
      { requiredKeys: [] },
    ),
    { freq: 2 },
  )
  .map((h) => h ?? {});

const body = fc.option(
  fc.oneof(
    fc.uint8Array({ maxLength: 2048 }),
    fc.string({ maxLength: 600 }).map((s) => new TextEncoder().encode(s)),
    fc.constantFrom('{"title":{"rendered":"x"},"content":{"rendered":"<p>y</p>"}}', '<rss><channel><item><title>t</title></item></channel></rss>', '[{"title": "a", "text": "b"}]', '\u001f\u008b', '').map((s) => new TextEncoder().encode(s)),
    fc.constant(new Uint8Array(20 * 1024).fill(120)),
  ),
);

/** Ingests: bodies that readers may or may not make sense of. */
const ingest = fc.record({
  name: fc.option(fc.stringMatching(/^[a-z0-9.-]{1,20}$/)),
  body: fc.oneof(
    fc.tuple(fc.string({ minLength: 3, maxLength: 60 }), fc.array(fc.string({ maxLength: 200 }), { maxLength: 4 })).map(([title, paragraphs]) => [title, ...paragraphs].join('\n\n')),
    fc.string({ maxLength: 400 }),
    fc.json().map((j) => j),
  ),
});

test('no request makes the server fail: every answer is well formed, with the safety headers', async () => {
  await fc.assert(
    fc.asyncProperty(method, path, headers, body, async (m, p, h, b) => {
      // Framed with Content-Length, as clients frame bodies; an unframed body would only test the HTTP parser.
      const sent: RawRequest = b === null ? { method: m, path: p, headers: h } : { method: m, path: p, headers: { ...h, 'content-length': String(b.length) }, body: b };
      const res = await exchange(sent);
      const where = `${m} ${p}`;
      assert.ok(res.status >= 200 && res.status < 500, `${where} → ${res.status} ${res.text.slice(0, 300)}`);
      assert.equal(res.headers['x-content-type-options'], 'nosniff', where);
      assert.equal(res.headers['referrer-policy'], 'no-referrer', where);
      assert.ok(res.headers['content-security-policy'], where);
      assert.ok(res.headers['cache-control'], where);
      if (m !== 'HEAD' && res.text.length > 0 && String(res.headers['content-type']).startsWith('application/json')) {
        const parsed = JSON.parse(res.text) as { error?: { status: number; code: string; message: string } };
        if (res.status >= 400) assert.equal(parsed.error?.status, res.status, where);
      }
      if (res.status === 405) assert.ok(res.headers['allow'], where);
    }),
    { numRuns: 250, seed: 20261121 },
  );
  await fc.assert(
    fc.asyncProperty(ingest, async ({ name, body: text }) => {
      const bytes = new TextEncoder().encode(text);
      const res = await exchange({ method: 'POST', path: `/api/articles${name === null ? '' : `?name=${name}`}`, headers: { 'content-type': 'text/plain', 'content-length': String(bytes.length) }, body: bytes });
      assert.ok([200, 201, 422].includes(res.status), `${JSON.stringify(text).slice(0, 200)} → ${res.status} ${res.text.slice(0, 300)}`);
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
    }),
    { numRuns: 40, seed: 20261122 },
  );
  const alive = await exchange({ method: 'GET', path: '/api', headers: {} });
  assert.equal(alive.status, 200);
});
