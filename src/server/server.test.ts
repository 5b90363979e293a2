/**
 * The server end to end over HTTP, on a temporary SQLite file: most of the example corpus is
 * stored as `corroborate analyze` stores it, two inputs arrive by POST. Every answer is
 * checked for the safety headers and, for /api/, against the schema the OpenAPI document
 * gives for its path, method and status.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { request as httpRequest } from 'node:http';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { openSqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/store.js';
import { processInput } from '../pipeline/run.js';
import { analyzeArticles } from '../pipeline/analyze.js';
import type { AnalysisDocument } from '../report/document.js';
import { createApp, startServer, type RunningServer } from './server.js';
import { searchFold } from './context.js';
import { rawExchange } from '../test-support/http.js';

const examples = fileURLToPath(new URL('../../examples/news/', import.meta.url));
const analysisSchema = JSON.parse(readFileSync(fileURLToPath(new URL('../../schema/analysis.schema.json', import.meta.url)), 'utf8')) as object;
const validateAnalysis = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(analysisSchema);

/** Arrive by POST; the rest of the corpus is in the store before the server starts. */
const POSTED = ['northern-standard-engineer-warned.txt', 'radio-dravania-news-rss.xml'];
const MAX_BODY = 64 * 1024;

let store: Store;
let server: RunningServer;
let openapi: { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }>; parameters?: { name: string; in: string }[] }>> };
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });

before(async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'corroborate-serve-')), 'c.db');
  store = openSqliteStore(path);
  const articles = readdirSync(examples)
    .filter((f) => !POSTED.includes(f))
    .sort()
    .flatMap((f) => processInput({ name: f, bytes: readFileSync(join(examples, f)) }).articles);
  await store.addArticles(articles);
  await analyzeArticles(store, articles);
  // Writes go to a writer thread on its own connection, as `corroborate serve` runs them.
  server = await startServer({ store, dbPath: path, version: 'test', port: 0, maxBodyBytes: MAX_BODY });
  openapi = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as typeof openapi;
  ajv.addSchema({ ...openapi, $id: 'urn:corroborate:openapi' });
});

after(async () => {
  await server.close();
  await store.close();
});

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** The documented template a concrete /api path answers to. */
function templateOf(path: string): string | null {
  for (const template of Object.keys(openapi.paths)) {
    const pattern = new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`);
    if (pattern.test(path)) return template;
  }
  return null;
}

function checkHeaders(status: number, headers: Headers): void {
  assert.equal(headers.get('x-content-type-options'), 'nosniff', `nosniff on ${status}`);
  assert.equal(headers.get('referrer-policy'), 'no-referrer');
  assert.equal(headers.get('content-security-policy'), "default-src 'none'; frame-ancestors 'none'");
  assert.ok(headers.get('cache-control'), 'Cache-Control on every answer');
}

/** Sends the path exactly as given (fetch would resolve dot segments and re-encode it). */
async function exchange(method: string, path: string, body: Uint8Array | string | undefined, headers: Record<string, string>): Promise<Omit<Answer, 'body'>> {
  const res = await rawExchange(server.port, { method, path, headers, ...(body !== undefined ? { body } : {}) });
  const h = new Headers();
  for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) h.set(k, Array.isArray(v) ? v.join(', ') : v);
  return { status: res.status, headers: h, text: res.text };
}

/** One request; the answer is checked against the safety headers and the documented schema. */
async function call(method: string, path: string, init: { body?: Uint8Array | string; headers?: Record<string, string> } = {}): Promise<Answer> {
  const res = await exchange(method, path, init.body, init.headers ?? {});
  const text = res.text;
  checkHeaders(res.status, res.headers);
  const body = text.length > 0 && res.headers.get('content-type')?.startsWith('application/json') ? JSON.parse(text) : null;
  if (res.status >= 400) {
    assert.equal(body?.error?.status, res.status, `error body for ${method} ${path}: ${text}`);
    assert.match(body.error.code, /^[a-z][a-z0-9-]*$/);
    assert.ok(body.error.message.length > 10);
  }
  const rawPath = path.split('?')[0]!;
  const template = rawPath.startsWith('/api') ? templateOf(rawPath) : null;
  const operation = template ? openapi.paths[template]![method === 'HEAD' ? 'get' : method.toLowerCase()] : undefined;
  if (operation && method !== 'HEAD') {
    const response = operation.responses[String(res.status)] ?? operation.responses['default'];
    assert.ok(response, `${method} ${template} documents no ${res.status} answer`);
    const ref = response.content?.['application/json']?.schema.$ref;
    if (ref) {
      const validate = ajv.getSchema(`urn:corroborate:openapi${ref}`)!;
      assert.ok(validate(body), `${method} ${path} ${res.status}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    } else {
      assert.equal(text, '', `${method} ${template} ${res.status} documents no body`);
    }
  }
  return { status: res.status, headers: res.headers, text, body };
}

async function mainStory(): Promise<{ id: string; articles: number }> {
  const { body } = await call('GET', '/api/stories?sort=size&limit=1');
  return body.stories[0];
}

test('the OpenAPI document describes every routed API path, and every path it describes is routed', async () => {
  const { body } = await call('GET', '/api/openapi.json');
  assert.equal(body.openapi, '3.1.0');
  const routed = server.routes.filter((r) => r.path.startsWith('/api')).map((r) => `${r.method} ${r.path}`).sort();
  const documented = Object.entries(openapi.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)).sort();
  assert.deepEqual(documented, routed);
  for (const [path, ops] of Object.entries(openapi.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      for (const name of [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1])) {
        assert.ok(op.parameters?.some((p) => p.in === 'path' && p.name === name), `${method} ${path} documents {${name}}`);
      }
      assert.ok(op.responses['400'] && op.responses['500'] && op.responses['default'], `${method} ${path} documents its errors`);
    }
  }
  for (const name of Object.keys((body as { components: { schemas: object } }).components.schemas)) {
    assert.ok(ajv.getSchema(`urn:corroborate:openapi#/components/schemas/${name}`), `schema ${name} compiles`);
  }
  const info = await call('GET', '/api');
  assert.equal(info.body.articles, await store.countArticles());
  assert.equal(info.body.limits.maxBodyBytes, MAX_BODY);
});

test('stories are listed with their counts, sorted by size or recency, filtered and paged', async () => {
  const bySize = (await call('GET', '/api/stories')).body;
  assert.ok(bySize.total >= 2, `${bySize.total} stories`);
  const sizes = bySize.stories.map((s: { articles: number }) => s.articles);
  assert.deepEqual(sizes, [...sizes].sort((a, b) => b - a));
  const main = bySize.stories[0];
  assert.ok(main.articles >= 10 && main.independentSources >= 5 && main.independentSources <= main.articles);
  assert.ok(main.entities.length > 0 && main.span.start && main.title.length > 0);

  const recent = (await call('GET', '/api/stories?sort=recent')).body;
  const ends = recent.stories.map((s: { span: { end: string | null } }) => s.span.end ?? '');
  assert.deepEqual(ends, [...ends].sort().reverse());

  const floods = (await call('GET', '/api/stories?q=MARAVIA%20flash')).body;
  assert.equal(floods.total, 1);
  assert.match(floods.stories[0].title, /Maravia/);
  assert.equal((await call('GET', '/api/stories?q=zzzqqq')).body.total, 0);

  const second = (await call('GET', '/api/stories?limit=1&offset=1')).body;
  assert.equal(second.stories.length, 1);
  assert.equal(second.stories[0].id, bySize.stories[1].id);
  assert.equal(second.total, bySize.total);
});

test('a story\'s analysis document holds that story only, validates against the schema and is computed once', async () => {
  const { id } = await mainStory();
  const first = await call('GET', `/api/stories/${id}`);
  assert.equal(first.status, 200);
  const doc = first.body as AnalysisDocument;
  assert.ok(validateAnalysis(doc), JSON.stringify(validateAnalysis.errors?.slice(0, 5)));
  assert.equal(doc.stories.length, 1);
  const story = doc.stories[0]!;
  assert.equal(story.id, id);
  const members = new Set(story.articleIds);
  assert.deepEqual(new Set(doc.articles.map((a) => a.id)), members);
  assert.ok(doc.articles.every((a) => a.storyId === id));
  assert.ok(story.claims.length > 0 && story.sources.length > 0);
  assert.ok(doc.entities.every((e) => e.articleIds.some((a) => members.has(a))));
  assert.ok(doc.quotes.every((q) => members.has(q.articleId)));
  assert.ok(doc.copyGroups.every((g) => g.members.length >= 2 && g.members.every((m) => members.has(m.id))));

  // Every offset falls inside the text the article endpoint gives.
  const texts = new Map<string, string>();
  for (const articleId of members) texts.set(articleId, (await call('GET', `/api/articles/${articleId}`)).body.text);
  const inside = (s: { articleId: string; start: number; end: number }): void => {
    const text = texts.get(s.articleId);
    assert.ok(text !== undefined && s.start <= s.end && s.end <= text.length, `${s.articleId} ${s.start}-${s.end}`);
  };
  story.claims.forEach((c) => c.evidence.forEach(inside));
  story.contradictions.forEach((c) => c.sides.forEach(inside));
  doc.quotes.forEach(inside);

  // Unchanged story: the same document (not recomputed), 304 on revalidation.
  const again = await call('GET', `/api/stories/${id}`);
  assert.equal(again.body.generated, doc.generated);
  const etag = first.headers.get('etag')!;
  assert.equal(again.headers.get('etag'), etag);
  const notModified = await call('GET', `/api/stories/${id}`, { headers: { 'if-none-match': etag } });
  assert.equal(notModified.status, 304);
  assert.equal(notModified.text, '');

  // The bundle the pages use: cached object, texts for every member; a fresh server on the same store reads the kept document.
  const bundle = await server.context.storyBundle(id);
  assert.equal(await server.context.storyBundle(id), bundle);
  assert.deepEqual(new Set(bundle!.texts.keys()), members);
  assert.equal(bundle!.story, bundle!.doc.stories[0]);
  const restarted = createApp({ store, version: 'test' });
  assert.equal((await restarted.context.storyBundle(id))!.doc.generated, doc.generated);

  assert.equal((await call('GET', '/api/stories/story:0000000000000000')).status, 404);
  for (const bad of ['nope', 'story:XYZ', '8b4529fa5d8bfcba', `${id}x`]) {
    const r = await call('GET', `/api/stories/${encodeURIComponent(bad)}`);
    assert.equal(r.status, 400, bad);
    assert.match(r.body.error.message, /story ids look like/);
  }
});

test('articles are listed with their stories, and one article comes with its annotations', async () => {
  const list = (await call('GET', '/api/articles?limit=5')).body;
  assert.equal(list.total, await store.countArticles());
  assert.equal(list.articles.length, 5);
  assert.ok(list.articles.every((a: { storyId: string | null }) => a.storyId?.startsWith('story:')));
  const rest = (await call('GET', '/api/articles?offset=5&limit=500')).body;
  assert.equal(rest.articles.length, list.total - 5);
  const english = (await call('GET', '/api/articles?language=en&limit=500')).body;
  assert.equal(english.total, await store.countArticles({ language: 'en' }));
  assert.ok(english.articles.every((a: { language: string }) => a.language === 'en'));
  assert.equal((await call('GET', '/api/articles?language=xx')).body.total, 0);

  const id = list.articles[0].id as string;
  const article = (await call('GET', `/api/articles/${id}`)).body;
  assert.equal(article.id, id);
  assert.equal(article.storyId, list.articles[0].storyId);
  assert.ok(article.text.length > 100 && article.paragraphs.length > 0);
  assert.ok(article.annotations.sentences.length > 0);
  for (const s of article.annotations.sentences) assert.ok(s.end <= article.text.length);

  assert.equal((await call('GET', '/api/articles/0000000000000000')).status, 404);
  assert.equal((await call('GET', '/api/articles/XYZ')).status, 400);
  assert.equal((await call('GET', `/api/articles/${id.toUpperCase()}`)).status, 400);
});

test('search finds articles and claims, every hit traced to offsets in the clean texts', async () => {
  // Claims are indexed as stories are analysed: on demand, after an ingest, or all at once here.
  await server.context.analyzeAll();
  assert.equal(await server.context.analyzeAll(), 0, 'every story has a current analysis');
  const { body } = await call('GET', '/api/search?q=Veyra%20dam');
  assert.deepEqual(body.terms, ['veyra', 'dam']);
  assert.ok(body.articles.total >= 5 && body.articles.hits.length > 0);
  for (const hit of body.articles.hits) {
    const article = (await call('GET', `/api/articles/${hit.articleId}`)).body;
    assert.equal(hit.storyId, article.storyId);
    assert.ok(hit.matches.length > 0 || hit.titleMatches.length > 0);
    for (const m of hit.matches) assert.ok(['veyra', 'dam'].includes(searchFold(article.text.slice(m.start, m.end))));
    for (const m of hit.titleMatches) assert.ok(['veyra', 'dam'].includes(searchFold(article.title.slice(m.start, m.end))));
    assert.equal(hit.snippet.text, article.text.slice(hit.snippet.start, hit.snippet.end));
  }
  assert.ok(body.claims.total > 0, 'claims of the analysed stories are indexed');
  for (const hit of body.claims.hits) {
    assert.ok(/veyra/i.test(hit.text) && /dam/i.test(hit.text));
    assert.ok(hit.storyTitle && hit.evidence.length > 0);
    const doc = (await call('GET', `/api/stories/${hit.storyId}`)).body as AnalysisDocument;
    const claim = doc.stories[0]!.claims.find((c) => c.id === hit.claimId);
    assert.ok(claim, `claim ${hit.claimId} is in story ${hit.storyId}`);
    assert.deepEqual(hit.evidence, claim.evidence.map((e) => ({ articleId: e.articleId, start: e.start, end: e.end })));
  }

  const claimsOnly = (await call('GET', '/api/search?q=dam&kind=claims&limit=3')).body;
  assert.equal(claimsOnly.articles.total, 0);
  assert.ok(claimsOnly.claims.hits.length <= 3);
  const accents = (await call('GET', '/api/search?q=BR%C3%93DNA&kind=articles')).body;
  assert.ok(accents.articles.total > 0, 'case and accents are folded');
  // Query syntax is not passed through: these are plain words.
  for (const q of ['title:dam', '"dam', 'dam OR', 'NEAR(dam)', 'dam*', '-dam']) {
    assert.equal((await call('GET', `/api/search?q=${encodeURIComponent(q)}`)).status, 200, q);
  }
  assert.equal((await call('GET', '/api/search?q=%22%22%20*')).status, 400);
});

test('a POSTed file is stored, joins a story, and the story\'s analysis follows; posting it again adds nothing', async () => {
  const before = await mainStory();
  const beforeDoc = await call('GET', `/api/stories/${before.id}`);
  const file = POSTED[0]!;
  const posted = await call('POST', `/api/articles?name=${file}`, { body: readFileSync(join(examples, file)), headers: { 'content-type': 'text/plain; charset=utf-8' } });
  assert.equal(posted.status, 201, posted.text);
  assert.equal(posted.body.format, 'text');
  assert.equal(posted.body.added.length, 1);
  const [article] = posted.body.articles;
  assert.equal(article.added, true);
  assert.equal(article.storyId, before.id, 'the engineer\'s account joins the dam story');
  assert.equal(posted.headers.get('location'), `/api/articles/${article.id}`);

  const listed = (await call('GET', '/api/articles?limit=500')).body;
  assert.ok(listed.articles.some((a: { id: string; storyId: string }) => a.id === article.id && a.storyId === before.id));
  const after = await call('GET', `/api/stories/${before.id}`);
  assert.notEqual(after.headers.get('etag'), beforeDoc.headers.get('etag'));
  assert.ok(after.body.stories[0].articleIds.includes(article.id));
  assert.ok(after.body.articles.some((a: { id: string }) => a.id === article.id));
  assert.ok(validateAnalysis(after.body));
  assert.equal((await mainStory()).articles, before.articles + 1);

  const again = await call('POST', `/api/articles?name=${file}`, { body: readFileSync(join(examples, file)) });
  assert.equal(again.status, 200);
  assert.deepEqual(again.body.added, []);
  assert.deepEqual(again.body.existing, [article.id]);

  // A feed, gzipped in transit: several articles, each in a story.
  const feed = POSTED[1]!;
  const fed = await call('POST', `/api/articles?name=${feed}`, { body: gzipSync(readFileSync(join(examples, feed))), headers: { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' } });
  assert.equal(fed.status, 201, fed.text);
  assert.equal(fed.body.format, 'rss');
  assert.ok(fed.body.articles.length > 1);
  assert.ok(fed.body.articles.every((a: { storyId: string | null }) => a.storyId !== null));
  assert.deepEqual(new Set(fed.body.stories), new Set(fed.body.articles.map((a: { storyId: string }) => a.storyId)));
  for (const storyId of fed.body.stories) assert.equal((await call('GET', `/api/stories/${storyId}`)).status, 200);
  assert.equal((await call('GET', '/api')).body.articles, await store.countArticles());
});

test('an input that cannot be read is refused with its reason, and nothing is stored', async () => {
  const count = await store.countArticles();
  const refused = async (status: number, code: string, body: Uint8Array | string, headers: Record<string, string> = {}, query = ''): Promise<void> => {
    const r = await call('POST', `/api/articles${query}`, { body, headers });
    assert.equal(r.status, status, `${code}: ${r.text}`);
    assert.equal(r.body.error.code, code);
  };
  await refused(422, 'empty', '');
  await refused(422, 'truncated-json', '{"title": {"rendered": "Half a post"');
  await refused(422, 'binary', Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0]));
  await refused(415, 'form-body', 'a=b', { 'content-type': 'application/x-www-form-urlencoded' });
  await refused(415, 'form-body', '--x\r\n', { 'content-type': 'multipart/form-data; boundary=x' });
  await refused(415, 'unsupported-media-type', 'x', { 'content-type': 'image/png' });
  await refused(415, 'unsupported-encoding', 'x', { 'content-encoding': 'br' });
  await refused(413, 'body-too-large', Buffer.alloc(MAX_BODY + 1, 97));
  await refused(400, 'bad-parameter', 'Title\n\nSome text here.', {}, `?name=${'x'.repeat(201)}`);
  await refused(400, 'unknown-parameter', 'Title\n\nSome text here.', {}, '?file=a.txt');
  assert.equal(await store.countArticles(), count);
});

test('a body streamed past the limit is refused without reading it to its end', async () => {
  const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(`${server.url}/api/articles`, { method: 'POST', headers: { 'content-type': 'text/plain' } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    // The server hangs up once it has answered; the client may still be writing.
    req.on('error', (error: NodeJS.ErrnoException) => (['EPIPE', 'ECONNRESET'].includes(error.code ?? '') ? undefined : reject(error)));
    let sent = 0;
    const write = (): void => {
      while (sent < 64) {
        sent++;
        if (!req.write(Buffer.alloc(16 * 1024, 98))) {
          req.once('drain', write);
          return;
        }
      }
      req.end();
    };
    write();
  });
  assert.equal(answer.status, 413);
  assert.equal(JSON.parse(answer.body).error.code, 'body-too-large');
});

test('bad requests get a JSON error that names the problem and says what to do', async () => {
  const cases: [string, string, number, string, RegExp][] = [
    ['GET', '/api/nothing', 404, 'not-found', /openapi/],
    ['GET', '/nowhere', 404, 'not-found', /\/api\//],
    ['DELETE', '/api/stories', 405, 'method-not-allowed', /use GET/],
    ['PUT', '/api/articles', 405, 'method-not-allowed', /use GET, HEAD or POST/],
    ['GET', '/api/articles?language=d3', 400, 'bad-parameter', /language code/],
    ['GET', '/api/stories?sort=newest', 400, 'bad-parameter', /"sort".*recent, size|size, recent/],
    ['GET', '/api/stories?limit=0', 400, 'bad-parameter', /"limit".*1 to 200/],
    ['GET', '/api/stories?limit=ten', 400, 'bad-parameter', /"limit"/],
    ['GET', '/api/stories?offset=-1', 400, 'bad-parameter', /"offset"/],
    ['GET', '/api/stories?limit=1&limit=2', 400, 'repeated-parameter', /"limit"/],
    ['GET', '/api/stories?page=2', 400, 'unknown-parameter', /"page".*sort, q, limit, offset/],
    ['GET', '/api/articles?q=x', 400, 'unknown-parameter', /"q"/],
    ['GET', '/api/search', 400, 'missing-parameter', /"q" is required/],
    ['GET', '/api/search?q=dam&kind=people', 400, 'bad-parameter', /"kind"/],
    ['GET', '/api/search?q=' + 'a'.repeat(201), 400, 'bad-parameter', /"q"/],
    ['GET', '/api/stories/%E0%A4%A', 400, 'bad-path', /percent-encoding/],
    ['GET', '/api/stories/%2e%2e', 400, 'bad-path', /"\.\."/],
    ['GET', '/api/articles/%00', 400, 'bad-path', /control/],
  ];
  for (const [method, path, status, code, message] of cases) {
    const r = await call(method, path);
    assert.equal(r.status, status, `${method} ${path}: ${r.text}`);
    assert.equal(r.body.error.code, code, `${method} ${path}`);
    assert.match(r.body.error.message, message, `${method} ${path}`);
    if (status === 405) assert.match(r.headers.get('allow')!, /GET/);
  }

  const head = await call('HEAD', '/api/stories');
  assert.equal(head.status, 200);
  assert.equal(head.text, '');
  assert.ok(Number(head.headers.get('content-length')) > 0);
  const options = await call('OPTIONS', '/api/articles');
  assert.equal(options.status, 204);
  assert.equal(options.headers.get('allow'), 'GET, HEAD, POST, OPTIONS');

  const foreign = await call('POST', '/api/articles', { body: 'Title\n\nText.', headers: { origin: 'https://elsewhere.example' } });
  assert.equal(foreign.status, 403);
  assert.equal(foreign.body.error.code, 'cross-origin');

  // A page elsewhere whose name resolves to this machine (DNS rebinding) is refused.
  const rebound = await call('GET', '/api/stories', { headers: { host: 'attacker.example' } });
  assert.equal(rebound.status, 403);
  assert.equal(rebound.body.error.code, 'bad-host');
  assert.equal((await call('GET', '/api/stories', { headers: { host: `localhost:${server.port}` } })).status, 200);
});
