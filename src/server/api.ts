/**
 * The JSON API under /api/. Each operation is declared with its parameters and responses
 * (operations.ts); the OpenAPI document is written from the same declarations.
 */
import { PostgresStore } from '../store/postgres/store.js';
import { InputError } from '../pipeline/errors.js';
import { FetchError, type FetchErrorCode, type Fetched } from '../fetch/fetch.js';
import { fetchRecord } from '../pipeline/web.js';
import { HttpError, json, type Reply, type Request } from './http.js';
import type { Operation, PathParam, QueryParam } from './operations.js';
import { openApiDocument } from './openapi.js';
import { searchTerms, type ServerContext, type StoryBundle } from './context.js';

export interface ApiLimits {
  maxBodyBytes: number;
  maxInputBytes: number;
}

export const STORY_ID: PathParam = {
  name: 'storyId',
  description: 'Story id',
  pattern: '^story:[0-9a-f]{16}$',
  example: 'story:8b4529fa5d8bfcba',
  hint: 'story ids look like story:8b4529fa5d8bfcba; list them at /api/stories',
};

const ARTICLE_ID: PathParam = {
  name: 'articleId',
  description: 'Article id',
  pattern: '^[0-9a-f]{16}$',
  example: '8b4529fa5d8bfcba',
  hint: 'article ids are 16 lower-case hex digits; list them at /api/articles',
};

const limit = (max: number, fallback: number): QueryParam => ({
  name: 'limit',
  description: `At most this many items (1–${max}).`,
  schema: { type: 'integer', minimum: 1, maximum: max, default: fallback },
});

const OFFSET: QueryParam = { name: 'offset', description: 'Items to skip, for paging.', schema: { type: 'integer', minimum: 0, maximum: 1_000_000_000, default: 0 } };

/** What POST /api/articles reads; the format is sniffed from the bytes whatever the type says. */
const INGEST_TYPES = [
  'text/plain',
  'text/html',
  'application/xhtml+xml',
  'application/json',
  'application/feed+json',
  'application/x-ndjson',
  'application/jsonl',
  'application/xml',
  'text/xml',
  'application/rss+xml',
  'application/atom+xml',
  'application/gzip',
  'application/octet-stream',
];

function acceptsMediaType(header: string | undefined): boolean {
  if (header === undefined || header.trim() === '') return true;
  const type = header.split(';')[0]!.trim().toLowerCase();
  if (type.startsWith('text/')) return true;
  if (/^application\/[a-z0-9.+-]*\+(json|xml)$/.test(type)) return true;
  return INGEST_TYPES.includes(type) || type === 'application/x-gzip' || type === 'application/x-jsonlines';
}

/** Story documents serialize once per version: a page of a 50-article story is megabytes of JSON. */
const serialized = new WeakMap<StoryBundle, string>();

export function apiOperations(ctx: ServerContext, limits: ApiLimits): Operation[] {
  const operations: Operation[] = [
    {
      method: 'GET',
      path: '/api',
      operationId: 'serviceInfo',
      tag: 'service',
      summary: 'What this server holds and offers',
      description: 'corroborate\'s version, the counts of stored articles and stories, the limits, and every endpoint.',
      responses: { '200': { description: 'The service description.', schema: 'ServiceInfo' } },
      handle: async () =>
        json(200, {
          corroborate: ctx.version,
          articles: await ctx.store.countArticles(),
          stories: (await ctx.listStories({ sort: 'size', limit: 1, offset: 0 })).total,
          openapi: '/api/openapi.json',
          limits,
          endpoints: operations.map((o) => ({ method: o.method, path: o.path, summary: o.summary })),
        }),
    },
    {
      method: 'GET',
      path: '/api/health',
      operationId: 'health',
      tag: 'service',
      summary: 'Whether the server and its store answer',
      description: 'For load balancers and monitors: 200 when the store answers a query, 503 when it does not. Prometheus metrics are at /metrics.',
      responses: { '200': { description: 'The store answers.', schema: 'Health' }, '503': { description: 'The store does not answer.', schema: 'Health' } },
      handle: async () => {
        const store = ctx.store instanceof PostgresStore ? 'postgres' : 'sqlite';
        try {
          return json(200, { status: 'ok', store, schemaVersion: await ctx.store.schemaVersion(), writesQueued: ctx.queuedWrites }, { 'cache-control': 'no-store' });
        } catch (error) {
          return json(503, { status: 'unavailable', store, schemaVersion: null, writesQueued: ctx.queuedWrites, error: (error as Error).message }, { 'cache-control': 'no-store' });
        }
      },
    },
    {
      method: 'GET',
      path: '/api/openapi.json',
      operationId: 'openApi',
      tag: 'service',
      summary: 'This API as an OpenAPI 3.1 document',
      description: 'Every endpoint with its parameters, request body and responses, errors included.',
      responses: { '200': { description: 'The OpenAPI document.', schema: 'OpenApiDocument' } },
      handle: () => json(200, document(), { 'cache-control': 'no-cache' }),
    },
    {
      method: 'GET',
      path: '/api/stories',
      operationId: 'listStories',
      tag: 'stories',
      summary: 'List stories',
      description: 'Stories with their counts of articles and independent sources, time span, title and main entities.',
      query: [
        { name: 'sort', description: '`size`: most articles first; `recent`: latest event day first, undated stories last.', schema: { type: 'string', enum: ['size', 'recent'], default: 'size', maxLength: 6 } },
        { name: 'q', description: 'Only stories whose title or main entities hold every word (case, accents and quote marks ignored; a word may be the start of a longer one).', schema: { type: 'string', minLength: 1, maxLength: 200 } },
        limit(200, 50),
        OFFSET,
      ],
      responses: { '200': { description: 'A page of stories.', schema: 'StoryList' } },
      handle: async ({ query }) => {
        const q = query['q'] as string | undefined;
        const options = { sort: query['sort'] as 'size' | 'recent', limit: query['limit'] as number, offset: query['offset'] as number };
        const found = await ctx.listStories(q === undefined ? options : { ...options, q });
        return json(200, { total: found.total, offset: options.offset, limit: options.limit, sort: options.sort, q: q ?? null, stories: found.stories });
      },
    },
    {
      method: 'GET',
      path: '/api/stories/{storyId}',
      operationId: 'getStory',
      tag: 'stories',
      summary: 'One story\'s analysis document',
      description:
        'The document `corroborate analyze --json` prints, restricted to this story: its articles, the story with its claims, contradictions, quotes, sources and timeline, its copy groups (members in the story), entities and quotes. Computed once and kept until the story changes; send If-None-Match with the ETag to revalidate.',
      pathParams: [STORY_ID],
      responses: {
        '200': {
          description: 'The analysis document (schema/analysis.schema.json).',
          schema: 'AnalysisDocument',
          headers: {
            ETag: { description: 'Changes whenever the document does.', schema: { type: 'string' } },
            'X-Analysis': { description: '"stale" when writes were queued and this is the analysis of an earlier state of the story; its new analysis has been asked for: ask again in a moment.', schema: { type: 'string' } },
          },
        },
        '304': { description: 'Not modified since the ETag sent in If-None-Match.' },
      },
      handle: async ({ params, request }) => {
        const bundle = await ctx.storyBundle(params['storyId']!);
        if (!bundle) throw new HttpError(404, 'story-not-found', `no story ${params['storyId']}; stories may merge as articles arrive: list them at /api/stories`);
        const etag = `"${bundle.key}"`;
        const cache = { etag, 'cache-control': 'no-cache', ...(bundle.stale ? { 'x-analysis': 'stale' } : {}) };
        if (matchesEtag(request, etag)) return { status: 304, headers: cache, body: null };
        let body = serialized.get(bundle);
        if (body === undefined) serialized.set(bundle, (body = JSON.stringify(bundle.doc)));
        return { status: 200, headers: { 'content-type': 'application/json; charset=utf-8', ...cache }, body };
      },
    },
    {
      method: 'GET',
      path: '/api/articles',
      operationId: 'listArticles',
      tag: 'articles',
      summary: 'List stored articles',
      description: 'Articles without their text, oldest publication first (undated ones by ingest time), with the story each is in.',
      query: [
        limit(500, 100),
        OFFSET,
        { name: 'language', description: 'Only articles in this language, as identified from their words: a two- or three-letter code (de, pt).', schema: { type: 'string', minLength: 2, maxLength: 3 } },
      ],
      responses: { '200': { description: 'A page of articles.', schema: 'ArticleList' } },
      handle: async ({ query }) => {
        const page = { limit: query['limit'] as number, offset: query['offset'] as number };
        const language = query['language'] as string | undefined;
        if (language !== undefined && !/^[a-z]{2,3}$/iu.test(language)) throw new HttpError(400, 'bad-parameter', `query parameter "language" takes a language code such as de or pt, not "${language.slice(0, 10)}"`);
        const found = await ctx.listArticles({ ...page, ...(language ? { language: language.toLowerCase() } : {}) });
        return json(200, { total: found.total, ...page, articles: found.articles });
      },
    },
    {
      method: 'POST',
      path: '/api/articles',
      operationId: 'ingest',
      tag: 'articles',
      summary: 'Ingest articles',
      description: [
        'The request body is one input in any supported format (plain or scraped text, HTML, WordPress JSON, RSS, Atom, JSON Feed, JSON Lines or arrays; gzip too), recognised by its content as files are, whatever the Content-Type says.',
        'Its articles are stored; copies, stories and the analysis of the stories they touch are updated before the answer.',
        'Ingests run one at a time. Posting the same input again adds nothing.',
        'A body that is only `{"url": "…"}` ingests what that URL serves, when the server was started with `--allow-fetch` (403 otherwise): http(s) only, never to this machine or its network, at most 5 redirects, within the size and time limits of `corroborate analyze <url>`.',
        `The body may be at most ${limits.maxBodyBytes} bytes (${limits.maxInputBytes} after decompression).`,
      ].join(' '),
      query: [
        {
          name: 'name',
          description: 'The input\'s name, as a file name would be shown: names the input in messages, and names the outlet when the content does not.',
          schema: { type: 'string', minLength: 1, maxLength: 200, default: 'upload' },
        },
      ],
      requestBody: { description: 'The input\'s bytes, as they are: no form, no base64.', required: true, contentTypes: INGEST_TYPES },
      responses: {
        '201': { description: 'Articles were added; the answer lists every article read, its story, and any messages.', schema: 'IngestResult' },
        '200': { description: 'Every article was stored already; nothing changed.', schema: 'IngestResult' },
        '413': { description: 'The body is larger than --max-body, or larger than --max-size once decompressed.', schema: 'Error' },
        '422': { description: 'Nothing could be read from the body: the message says why (truncated JSON, binary data, an empty body, an invalid encoding…). For a posted URL, also: not http(s), credentials in it, an address on this machine or its network, or robots.txt disallows it.', schema: 'Error' },
        '403': { description: 'A URL was posted, and this server does not fetch URLs (start it with --allow-fetch).', schema: 'Error' },
        '502': { description: 'The posted URL\'s server answered with an error, or could not be reached.', schema: 'Error' },
        '504': { description: 'The posted URL did not answer in time.', schema: 'Error' },
      },
      handle: async ({ request, query }) => ingest(ctx, request, query['name'] as string),
    },
    {
      method: 'GET',
      path: '/api/articles/{articleId}',
      operationId: 'getArticle',
      tag: 'articles',
      summary: 'One article with its annotations',
      description: 'What `corroborate show --json` prints: metadata, clean text, paragraphs and the language annotations (sentences, entities, quotes, times, quantities), all offsets into the text; and the article\'s story.',
      pathParams: [ARTICLE_ID],
      responses: { '200': { description: 'The article.', schema: 'ArticleView' } },
      handle: async ({ params }) => {
        const article = await ctx.article(params['articleId']!);
        if (!article) throw new HttpError(404, 'article-not-found', `no article ${params['articleId']}; list them at /api/articles`);
        return json(200, article);
      },
    },
    {
      method: 'GET',
      path: '/api/search',
      operationId: 'search',
      tag: 'search',
      summary: 'Search articles and claims',
      description:
        'Full-text search: articles whose title or text holds every word, and claim groups of analysed stories whose text does. Article hits carry the offsets of the matches and a snippet; claim hits their story and evidence spans.',
      query: [
        { name: 'q', required: true, description: 'Words to find, all of them (case, accents and quote marks ignored; at most 16 words).', schema: { type: 'string', minLength: 1, maxLength: 200 } },
        { name: 'kind', description: 'What to search.', schema: { type: 'string', enum: ['all', 'articles', 'claims'], default: 'all', maxLength: 8 } },
        limit(100, 20),
        OFFSET,
      ],
      responses: { '200': { description: 'Hits of each kind, best first; limit and offset apply to each kind.', schema: 'SearchResults' } },
      handle: async ({ query }) => {
        const q = query['q'] as string;
        if (searchTerms(q).length === 0) throw new HttpError(400, 'bad-parameter', 'query parameter "q" needs at least one letter or digit to search for');
        const options = { kind: query['kind'] as 'all' | 'articles' | 'claims', limit: query['limit'] as number, offset: query['offset'] as number };
        const found = await ctx.search(q, options);
        return json(200, { query: q, terms: found.terms, ...options, articles: found.articles, claims: found.claims });
      },
    },
  ];

  let built: Record<string, unknown> | null = null;
  const document = (): Record<string, unknown> => {
    built ??= openApiDocument(operations, { version: ctx.version, ...limits });
    return built;
  };
  return operations;
}

/** The URL of a body that is only {"url": "…"}: an ingest of what the URL serves. */
export function postedUrl(body: Uint8Array): string | null {
  if (body.byteLength > 8192 || body[0] !== 0x7b) return null;
  try {
    const value = JSON.parse(Buffer.from(body).toString('utf8')) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    const keys = Object.keys(value);
    const url = (value as Record<string, unknown>)['url'];
    return keys.length === 1 && typeof url === 'string' ? url : null;
  } catch {
    return null;
  }
}

const FETCH_STATUS: Partial<Record<FetchErrorCode, number>> = { 'too-large': 413, timeout: 504, http: 502, network: 502, 'bad-encoding': 502, redirects: 502 };

async function ingestUrl(ctx: ServerContext, url: string): Promise<Reply> {
  if (!ctx.fetchUrl) throw new HttpError(403, 'fetch-off', 'this server does not fetch URLs; start it with `corroborate serve --allow-fetch`, or post the page itself');
  let fetched: Fetched;
  try {
    fetched = await ctx.fetchUrl(url);
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    throw new HttpError(FETCH_STATUS[error.code] ?? 422, error.code, `${url.slice(0, 200)}: ${error.message}; nothing was stored`);
  }
  try {
    const result = await ctx.ingest(fetched.bytes, url, { headerCharset: fetched.charset, record: fetchRecord(fetched) });
    return json(result.added.length > 0 ? 201 : 200, result, result.added[0] ? { location: `/api/articles/${result.added[0]}` } : {});
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new HttpError(422, error.code, `${url.slice(0, 200)}: ${error.message}; nothing was stored`);
  }
}

function matchesEtag(request: Request, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (typeof header !== 'string') return false;
  return header.trim() === '*' || header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

async function ingest(ctx: ServerContext, request: Request, name: string): Promise<Reply> {
  const type = request.headers['content-type'];
  if (type !== undefined && /^\s*(multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(type)) {
    throw new HttpError(415, 'form-body', 'send the file itself as the request body (curl --data-binary @file), not a form');
  }
  if (!acceptsMediaType(type)) {
    throw new HttpError(415, 'unsupported-media-type', `Content-Type ${type!.slice(0, 80)} is not read here; send text, HTML, XML, JSON or gzip (any of ${INGEST_TYPES.join(', ')}), or leave Content-Type out`);
  }
  const encoding = request.headers['content-encoding'];
  if (encoding !== undefined && !/^\s*(identity|gzip|x-gzip)\s*$/i.test(encoding)) {
    throw new HttpError(415, 'unsupported-encoding', `Content-Encoding ${encoding.slice(0, 40)} is not read here; send the body as it is, or gzipped`);
  }
  const body = await request.body();
  const url = postedUrl(body);
  if (url !== null) return ingestUrl(ctx, url);
  try {
    const result = await ctx.ingest(body, name);
    return json(result.added.length > 0 ? 201 : 200, result, result.added[0] ? { location: `/api/articles/${result.added[0]}` } : {});
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    if (error.code === 'too-large') throw new HttpError(413, 'too-large', `${error.message} of corroborate serve; nothing was stored. Send a smaller input`);
    if (error.code === 'internal') throw new HttpError(500, 'reader-failed', error.message);
    throw new HttpError(422, error.code, `${error.message}; nothing was stored. Send one complete input in a supported format (see the README's list)`);
  }
}
