/**
 * The server's vocabulary, shared by the API and the pages: a route is a method, a path
 * template and a handler; a handler gets a parsed request and returns a reply. Replies are
 * plain values so that handlers stay testable and every response passes through one place
 * that adds the safety headers.
 */
import type { IncomingHttpHeaders } from 'node:http';

export type RouteMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Request {
  /** Upper-case; HEAD arrives as GET (the body of the reply is then left out). */
  method: string;
  /** The path as sent, still percent-encoded. */
  rawPath: string;
  /** Path parameters, percent-decoded; a rest parameter (`{name*}`) joins its segments with `/`. */
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /**
   * The request body, read once and cached. Rejects with a 413 `HttpError` as soon as it
   * grows past the server's limit; nothing more is read.
   */
  body(): Promise<Buffer>;
}

export interface Reply {
  status: number;
  /** Lower-case names. Content-Security-Policy and Cache-Control set here replace the server's defaults. */
  headers: Record<string, string>;
  body: string | Uint8Array | null;
}

export type Handler = (request: Request) => Reply | Promise<Reply>;

export interface Route {
  method: RouteMethod;
  /**
   * `/api/stories/{storyId}`: a `{name}` segment matches one path segment; a last segment
   * `{name*}` matches one or more (static assets by path). Literal segments match exactly.
   */
  path: string;
  handler: Handler;
}

/** For JSON and everything that is not a page: nothing may load, nothing may frame it. */
export const JSON_CSP = "default-src 'none'; frame-ancestors 'none'";

/** For HTML pages: scripts, styles, images and fetches from this server only; no inline script, no plugins, no framing. */
export const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** A failure a handler reports to the client; `code` is stable, `message` says what to do. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export interface ErrorBody {
  error: { status: number; code: string; message: string };
}

export function json(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(value) };
}

export function errorReply(status: number, code: string, message: string, headers: Record<string, string> = {}): Reply {
  const body: ErrorBody = { error: { status, code, message } };
  return json(status, body, headers);
}

/** An HTML page with the strict page policy unless `csp` says otherwise; never cached unless `cacheControl` says so. */
export function html(body: string, options: { status?: number; csp?: string; cacheControl?: string; headers?: Record<string, string> } = {}): Reply {
  return {
    status: options.status ?? 200,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': options.csp ?? PAGE_CSP,
      'cache-control': options.cacheControl ?? 'no-store',
      ...options.headers,
    },
    body,
  };
}

/** A static file (CSS, JS, an icon) served by path; cached briefly unless `cacheControl` says otherwise. */
export function asset(body: string | Uint8Array, contentType: string, options: { cacheControl?: string; headers?: Record<string, string> } = {}): Reply {
  return {
    status: 200,
    headers: { 'content-type': contentType, 'cache-control': options.cacheControl ?? 'public, max-age=300', ...options.headers },
    body,
  };
}
