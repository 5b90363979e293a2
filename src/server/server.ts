/**
 * `corroborate serve`: the JSON API and the web pages over node:http, on the embedded store.
 *
 * Every request goes through one path: the target and Host are checked, the route is found
 * (404, or 405 with Allow), the handler answers with a `Reply` or throws, and `send` adds the
 * safety headers to whatever goes out. Any failure becomes a JSON error; nothing a client
 * sends can take the process down. The server never fetches anything.
 */
import { serverMetrics } from './metrics.js';
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Store } from '../store/store.js';
import { RunError } from '../pipeline/errors.js';
import { DEFAULT_MAX_BYTES } from '../ingest/inputs.js';
import type { Fetched } from '../fetch/fetch.js';
import type { WatchSettings } from './jobs.js';
import { HttpError, JSON_CSP, errorReply, html, type Reply, type Request, type Route } from './http.js';
import { errorPage } from '../web/error-page.js';
import { Router, pathSegments } from './router.js';
import { createContext, type ServerContext } from './context.js';
import { threadWriter, type Writer } from './writer.js';
import { apiOperations, type ApiLimits } from './api.js';
import { routeOf } from './operations.js';
import { pageRoutes } from './pages.js';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8421;
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;
const MAX_TARGET = 8192;

export interface ServerOptions {
  store: Store;
  /** corroborate's version, shown by /api and written into analysis documents. */
  version: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Largest request body read, as sent. */
  maxBodyBytes?: number;
  /** Largest input after decompression (as `--max-size`). */
  maxInputBytes?: number;
  /** Story analyses kept in memory. */
  cacheSize?: number;
  /**
   * The file `store` reads. Given, writes run in a writer thread on its own connection to
   * it, and this thread only reads; otherwise they run here, on `store`.
   */
  dbPath?: string;
  /** Where writes run, in place of the thread `dbPath` starts or the inline default. */
  writer?: Writer;
  /** Ingests that may wait behind the running write; more get 503 with Retry-After. */
  maxQueuedWrites?: number;
  /** One line per request, and the stack of every unexpected failure. */
  log?: (line: string) => void;
  /** Each answered request, as fields (a structured log); without it, requests go to `log` as a line. */
  logRequest?: (request: { method: string; url: string; route: string; status: number; ms: number }) => void;
  /** Fetches URLs posted for ingest ({"url": …}); without it (the default) they are refused. */
  fetchUrl?: (url: string) => Promise<Fetched>;
  /** Sources the writer polls (serve --watch), with how it fetches them. */
  watch?: WatchSettings;
}

export interface App {
  context: ServerContext;
  routes: readonly Route[];
  limits: ApiLimits;
  listener: (req: IncomingMessage, res: ServerResponse) => void;
  /** Resolves once every request begun so far has been answered. */
  answered(): Promise<void>;
}

export interface RunningServer extends App {
  url: string;
  host: string;
  port: number;
  server: Server;
  /**
   * Stops accepting requests, drops idle connections, refuses the writes not started (503)
   * and waits for the running one to end. The store stays open.
   */
  close(): Promise<void>;
  /** Ends the running write without committing it and drops every connection. */
  terminate(): Promise<void>;
}

/** Headers every answer carries, whatever the handler said. */
const ALWAYS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
};

/** Headers every answer carries unless the handler set its own. */
const DEFAULTS: Record<string, string> = {
  'content-security-policy': JSON_CSP,
  'cache-control': 'no-store',
  'x-frame-options': 'DENY',
};

export function createApp(options: ServerOptions): App {
  const limits: ApiLimits = { maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, maxInputBytes: options.maxInputBytes ?? DEFAULT_MAX_BYTES };
  const log = options.log ?? (() => undefined);
  const context = createContext({
    store: options.store,
    version: options.version,
    maxInputBytes: limits.maxInputBytes,
    log,
    ...(options.cacheSize !== undefined ? { cacheSize: options.cacheSize } : {}),
    ...(options.maxQueuedWrites !== undefined ? { maxQueuedWrites: options.maxQueuedWrites } : {}),
    ...(options.fetchUrl ? { fetchUrl: options.fetchUrl } : {}),
    ...(options.watch ? { watch: options.watch } : {}),
    ...writerOf(options, limits),
  });
  const metrics = serverMetrics(options.store, () => context.queuedWrites);
  const metricsRoute: Route = {
    method: 'GET',
    path: '/metrics',
    handler: async () => ({ status: 200, headers: { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' }, body: await metrics.registry.metrics() }),
  };
  const router = new Router([...apiOperations(context, limits).map(routeOf), ...pageRoutes(context), metricsRoute]);
  const loopbackOnly = isLoopback(options.host ?? DEFAULT_HOST);

  const inFlight = new Set<Promise<void>>();
  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    const method = (req.method ?? 'GET').toUpperCase();
    const started = process.hrtime.bigint();
    const matched = { route: 'unmatched' };
    const answering = answer(req, method, router, limits, loopbackOnly, matched)
      .catch((error: unknown) => {
        if (isStoreError(error)) metrics.storeError();
        return failure(error, log);
      })
      .then((reply) => {
        send(req, res, reply, method === 'HEAD', log);
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        metrics.request(method, matched.route, reply.status, ms / 1000);
        if (options.logRequest) options.logRequest({ method, url: (req.url ?? '').slice(0, 200), route: matched.route, status: reply.status, ms: Math.round(ms * 10) / 10 });
        else log(`${method} ${(req.url ?? '').slice(0, 200)} ${reply.status} ${ms.toFixed(1)}ms`);
      })
      .catch((error: unknown) => {
        log(`failed to answer ${method} ${(req.url ?? '').slice(0, 200)}: ${(error as Error).stack ?? String(error)}`);
        res.destroy();
      })
      .finally(() => inFlight.delete(answering));
    inFlight.add(answering);
  };
  const answered = async (): Promise<void> => {
    while (inFlight.size > 0) await Promise.all(inFlight);
  };
  return { context, routes: router.routes, limits, listener, answered };
}

function writerOf(options: ServerOptions, limits: ApiLimits): { writer?: Writer } {
  if (options.writer) return { writer: options.writer };
  if (options.dbPath === undefined) return {};
  return { writer: threadWriter({ path: options.dbPath, version: options.version, maxInputBytes: limits.maxInputBytes, watch: options.watch ?? null }) };
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = createApp(options);
  const host = options.host ?? DEFAULT_HOST;
  const server = createServer(app.listener);
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const body = JSON.stringify({ error: { status, code: 'bad-request', message: 'the request is not valid HTTP/1.1 (or its headers are too large or too slow); send a well-formed request' } });
    const headers = { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(body)), connection: 'close', ...ALWAYS, ...DEFAULTS };
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n${body}`);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    ...app,
    url,
    host,
    port,
    server,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await app.context.close();
      await app.answered();
      server.closeAllConnections();
      await closed;
    },
    terminate: async () => {
      await app.context.terminate();
      server.closeAllConnections();
    },
  };
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

async function answer(req: IncomingMessage, method: string, router: Router, limits: ApiLimits, loopbackOnly: boolean, matched: { route: string }): Promise<Reply> {
  const target = req.url ?? '/';
  if (target.length > MAX_TARGET) throw new HttpError(414, 'uri-too-long', `the request target is longer than ${MAX_TARGET} characters; shorten the query`);
  if (!target.startsWith('/')) throw new HttpError(400, 'bad-target', 'ask for a path such as /api/stories, not an absolute URL or *');
  if (loopbackOnly && !localHost(req.headers.host)) {
    // A page elsewhere that resolves its own name to 127.0.0.1 (DNS rebinding) must not reach the store.
    throw new HttpError(403, 'bad-host', 'this server answers to localhost and 127.0.0.1 only; use the URL it printed when it started');
  }
  const q = target.indexOf('?');
  const rawPath = q === -1 ? target : target.slice(0, q);
  const match = router.match(method, pathSegments(rawPath));
  if (match === null) {
    // A person who mistypes a page address gets a page; tools and the API get JSON.
    if (method === 'GET' && !rawPath.startsWith('/api') && (req.headers.accept ?? '').includes('text/html')) {
      return html(errorPage('Not found', 'There is no page at this address.'), { status: 404 });
    }
    throw new HttpError(404, 'not-found', `nothing at ${rawPath.slice(0, 200)}; the API is under /api/ and described at /api/openapi.json`);
  }
  if ('allowed' in match) {
    const allow = [...match.allowed, 'OPTIONS'].join(', ');
    if (method === 'OPTIONS') return { status: 204, headers: { allow }, body: null };
    const use = match.allowed.length > 1 ? `${match.allowed.slice(0, -1).join(', ')} or ${match.allowed.at(-1)}` : match.allowed[0];
    throw new HttpError(405, 'method-not-allowed', `${method.slice(0, 20)} is not allowed on ${rawPath.slice(0, 200)}; use ${use}`, { allow });
  }
  if (method !== 'GET' && method !== 'HEAD' && crossOrigin(req)) {
    throw new HttpError(403, 'cross-origin', 'writes are accepted from this server\'s own pages and from tools that send no Origin header (curl), not from other sites');
  }
  // The route's pattern, not the path: a label per story id would grow without bound.
  matched.route = match.route.path;
  let body: Promise<Buffer> | null = null;
  const request: Request = {
    method: method === 'HEAD' ? 'GET' : method,
    rawPath,
    params: match.params,
    query: new URLSearchParams(q === -1 ? '' : target.slice(q + 1)),
    headers: req.headers,
    body: () => (body ??= readBody(req, limits.maxBodyBytes)),
  };
  return match.route.handler(request);
}

function localHost(host: string | undefined): boolean {
  if (host === undefined) return true;
  const name = host.toLowerCase().replace(/:\d*$/, '');
  return name === 'localhost' || name === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(name);
}

function crossOrigin(req: IncomingMessage): boolean {
  if (req.headers['sec-fetch-site'] === 'cross-site') return true;
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  return origin !== `http://${req.headers.host ?? ''}`;
}

function tooLarge(limit: number): HttpError {
  return new HttpError(413, 'body-too-large', `the body is larger than ${limit} bytes, the most this server reads; send a smaller input, or restart the server with a larger --max-body`);
}

/** The body, up to `limit` bytes; refuses as soon as the declared or received size is over it. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > limit) return Promise.reject(tooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (): void => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        done();
        req.pause();
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      done();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (): void => {
      done();
      reject(new HttpError(400, 'body-aborted', 'the body ended before it was complete; send it again'));
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

/** A failure of the database rather than of the request: SQLite's codes, PostgreSQL's errors, or a connection it refused. */
function isStoreError(error: unknown): boolean {
  if (error instanceof HttpError) return false;
  const e = error as { code?: unknown; severity?: unknown };
  return (typeof e.code === 'string' && (e.code.startsWith('SQLITE_') || e.code === 'ECONNREFUSED' || e.code === 'ECONNRESET')) || typeof e.severity === 'string' || error instanceof RunError;
}

function failure(error: unknown, log: (line: string) => void): Reply {
  if (error instanceof HttpError) return errorReply(error.status, error.code, error.message, error.headers);
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code)) {
    return errorReply(503, 'store-busy', 'the database is busy with another process\'s write; try again in a moment', { 'retry-after': '2' });
  }
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === '57P01' || code === '57P03') {
    return errorReply(503, 'store-unavailable', 'the database does not answer (it may be restarting); try again in a moment', { 'retry-after': '5' });
  }
  log(`unexpected failure: ${(error as Error).stack ?? String(error)}`);
  if (error instanceof RunError) return errorReply(500, 'store-failed', `${error.message}; ${error.hint}`);
  if (typeof code === 'string' && code.startsWith('SQLITE_')) return errorReply(500, 'store-failed', `the database failed (${code}); check the disk and the --db file, then try again`);
  return errorReply(500, 'internal', `corroborate failed while answering (${(error as Error).message ?? String(error)}); please report this with the server's log`);
}

function send(req: IncomingMessage, res: ServerResponse, reply: Reply, headOnly: boolean, log: (line: string) => void): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = reply.body === null ? null : typeof reply.body === 'string' ? Buffer.from(reply.body, 'utf8') : reply.body;
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(reply.headers)) headers[k.toLowerCase()] = v;
  for (const [k, v] of Object.entries(DEFAULTS)) headers[k] ??= v;
  Object.assign(headers, ALWAYS);
  if (body !== null) headers['content-length'] = String(body.byteLength);
  // A body left unread (refused, or not wanted) is not read to its end: the connection closes after the answer.
  const unread = !req.complete;
  if (unread) headers['connection'] = 'close';
  try {
    res.writeHead(reply.status, headers);
  } catch (error) {
    log(`bad reply headers: ${(error as Error).message}`);
    const fallback = errorReply(500, 'internal', 'corroborate built an invalid answer; please report this with the server\'s log');
    const text = Buffer.from(fallback.body as string);
    res.writeHead(500, { ...fallback.headers, ...DEFAULTS, ...ALWAYS, 'content-length': String(text.byteLength), ...(unread ? { connection: 'close' } : {}) });
    res.end(headOnly ? undefined : text);
    return;
  }
  res.end(headOnly || body === null ? undefined : body);
}
