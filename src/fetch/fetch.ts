/**
 * Fetching a URL safely. The fetcher is an SSRF surface: a URL in a feed or a POST must not
 * reach the machine corroborate runs on, nor its network. So:
 * - only http and https, at most `maxRedirects` redirects, every hop checked again;
 * - the address check runs on the addresses a name resolves to (refused ones are dropped
 *   before connecting) and again on the address the socket actually connected to, so that
 *   neither an IP literal nor DNS rebinding gets through;
 * - the body is limited after decompression, counted as it streams, so a gzip bomb is
 *   refused within its first megabytes; a Content-Length over the limit is refused at once;
 * - one deadline covers the whole download, so a server that drips a byte a second ends;
 * - no cookies, no credentials, no Referer.
 */
import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from 'node:dns';
import { isIP, type Socket } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { Agent, buildConnector, request } from 'undici';
import { refusedAddress } from './address.js';
import { formatBytes } from '../ingest/inputs.js';

/** What a failed fetch was: each code says what the user can do next (in the message). */
export type FetchErrorCode = 'scheme' | 'credentials' | 'blocked' | 'robots' | 'redirects' | 'too-large' | 'timeout' | 'http' | 'network' | 'bad-encoding';

export class FetchError extends Error {
  override readonly name = 'FetchError';
  constructor(
    readonly code: FetchErrorCode,
    message: string,
    /** The HTTP status, for 'http'. */
    readonly status: number | null = null,
    /** How long the server asked to be left alone (Retry-After), in ms. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}

export type Lookup = (hostname: string, options: LookupAllOptions, callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;

export interface FetchPolicy {
  /** Largest body kept, after decompression. */
  maxBytes: number;
  /** Deadline for the whole fetch, redirects and body included, in ms. */
  timeoutMs: number;
  /** Connect to loopback, private and reserved addresses too (local testing only). */
  allowPrivate: boolean;
  /** The User-Agent header: names corroborate and, when the user set one, a contact URL. */
  userAgent: string;
  maxRedirects?: number;
  /**
   * Addresses let through whatever their range: a test's own server. Asked with the port
   * once connected, and with null while names resolve (the port is not known yet).
   */
  exempt?: (address: string, port: number | null) => boolean;
  /** Name resolution, replaceable in tests; all addresses are asked for. */
  lookup?: Lookup;
}

/** Validators of an earlier answer, sent so that an unchanged resource costs a 304. */
export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export interface Fetched {
  /** The URL asked for. */
  url: string;
  /** Where it was answered, after redirects. */
  finalUrl: string;
  status: number;
  /** 304: the validators still hold, and `bytes` is empty. */
  notModified: boolean;
  bytes: Uint8Array;
  contentType: string | null;
  /** The charset the Content-Type header declares. */
  charset: string | null;
  etag: string | null;
  lastModified: string | null;
  /** The Date header, as ISO 8601. */
  httpDate: string | null;
  /** Cache-Control max-age, in ms. */
  maxAgeMs: number | null;
}

export const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** A fetcher with its own connection pool; `close` it when done. */
export class Fetcher {
  private readonly agent: Agent;

  constructor(readonly policy: FetchPolicy) {
    const check = (address: string, port: number | null): string | null => {
      if (policy.allowPrivate || policy.exempt?.(address, port)) return null;
      return refusedAddress(address);
    };
    const resolve = policy.lookup ?? (dnsLookup as unknown as Lookup);
    const connector = buildConnector({
      timeout: Math.min(policy.timeoutMs, 10_000),
      // Refused addresses are dropped before connecting; a name with none left fails.
      lookup: ((hostname: string, options: { all?: boolean; family?: number }, callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void) => {
        resolve(hostname, { ...options, all: true } as LookupAllOptions, (error, addresses) => {
          if (error) return callback(error, []);
          const allowed = addresses.filter((a) => check(a.address, null) === null);
          if (allowed.length === 0) {
            const first = addresses[0];
            return callback(blocked(first ? `${hostname} resolves to ${first.address}, ${check(first.address, null)}` : `${hostname} resolves to no address`), []);
          }
          if (options.all) return callback(null, allowed);
          callback(null, allowed[0]!.address, allowed[0]!.family);
        });
      }) as never,
    });
    this.agent = new Agent({
      connect: (options, callback) => {
        // An IP literal is never resolved: it is checked before any packet is sent to it.
        const literal = options.hostname.replace(/^\[|\]$/g, '');
        const early = isIP(literal) ? check(literal, Number(options.port) || (options.protocol === 'https:' ? 443 : 80)) : null;
        if (early !== null) return callback(blocked(`${literal} is ${early}`), null);
        connector(options, (error, socket) => {
          if (error || !socket) return callback(error ?? new Error('no socket'), null);
          // The address actually connected to: IP literals never pass through the lookup.
          const address = (socket as Socket).remoteAddress ?? '';
          const why = check(address, (socket as Socket).remotePort ?? 0);
          if (why !== null) {
            socket.destroy();
            return callback(blocked(`${options.hostname} is at ${address}, ${why}`), null);
          }
          callback(null, socket);
        });
      },
      // A watched host is polled every few minutes: keep its connection that long at most.
      keepAliveTimeout: 30_000,
    });
  }

  async fetch(url: string, validators: Validators = {}): Promise<Fetched> {
    const signal = AbortSignal.timeout(this.policy.timeoutMs);
    try {
      return await this.follow(url, validators, signal);
    } catch (error) {
      throw asFetchError(error, this.policy);
    }
  }

  close(): Promise<void> {
    return this.agent.close();
  }

  private async follow(url: string, validators: Validators, signal: AbortSignal): Promise<Fetched> {
    const max = this.policy.maxRedirects ?? MAX_REDIRECTS;
    let current = checkedUrl(url);
    for (let hop = 0; ; hop++) {
      const headers: Record<string, string> = {
        'user-agent': this.policy.userAgent,
        accept: 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json, application/json, application/xml;q=0.9, text/*;q=0.8, */*;q=0.5',
        'accept-encoding': 'gzip, deflate, br',
      };
      if (validators.etag) headers['if-none-match'] = validators.etag;
      if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
      const response = await request(current, { method: 'GET', headers, dispatcher: this.agent, signal });
      const header = (name: string): string | null => {
        const v = response.headers[name];
        return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
      };
      if (REDIRECTS.has(response.statusCode) && header('location')) {
        await response.body.dump();
        if (hop >= max) throw new FetchError('redirects', `more than ${max} redirects; open the last one (${current}) yourself and give its final address`);
        current = checkedUrl(new URL(header('location')!, current).href);
        continue;
      }
      const common = {
        url,
        finalUrl: current,
        status: response.statusCode,
        contentType: header('content-type'),
        charset: charsetOf(header('content-type')),
        etag: header('etag'),
        lastModified: header('last-modified'),
        httpDate: isoDate(header('date')),
        maxAgeMs: maxAge(header('cache-control')),
      };
      if (response.statusCode === 304) {
        await response.body.dump();
        return { ...common, notModified: true, bytes: new Uint8Array(0) };
      }
      if (response.statusCode < 200 || response.statusCode >= 300) {
        await response.body.dump();
        const retry = retryAfter(header('retry-after'));
        throw new FetchError('http', `the server answered ${response.statusCode}${retry !== null ? ` and asks to wait ${Math.round(retry / 1000)} s` : ''}`, response.statusCode, retry);
      }
      const declared = Number(header('content-length') ?? Number.NaN);
      if (declared > this.policy.maxBytes && !header('content-encoding')) {
        discard(response.body);
        throw tooLarge(this.policy, `the answer declares ${formatBytes(declared)}, more`);
      }
      const bytes = await readLimited(response.body, header('content-encoding'), this.policy);
      return { ...common, notModified: false, bytes };
    }
  }
}

function blocked(why: string): FetchError {
  return new FetchError('blocked', `refused: ${why}; corroborate does not fetch from the machine it runs on or its network (--allow-private turns this off for local testing)`);
}

function tooLarge(policy: FetchPolicy, what: string): FetchError {
  return new FetchError('too-large', `${what} than the ${formatBytes(policy.maxBytes)} limit; raise it with --max-size`);
}

/** An http(s) URL without credentials, or the reason it cannot be fetched. */
export function checkedUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new FetchError('scheme', `"${text}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError('scheme', `${url.protocol} URLs are not fetched; only http and https are`);
  if (url.username || url.password) throw new FetchError('credentials', 'the URL carries a user name or password; corroborate never sends credentials, so remove them');
  url.hash = '';
  return url.href;
}

async function readLimited(body: Readable, encoding: string | null, policy: FetchPolicy): Promise<Uint8Array> {
  const coding = encoding?.trim().toLowerCase() ?? 'identity';
  const decoder = coding === 'gzip' || coding === 'x-gzip' ? createGunzip() : coding === 'deflate' ? createInflate() : coding === 'br' ? createBrotliDecompress() : null;
  if (decoder === null && coding !== 'identity' && coding !== '') {
    discard(body);
    throw new FetchError('bad-encoding', `the server sent the body as "${coding}", which corroborate cannot unpack`);
  }
  const stream: Readable = decoder ? body.pipe(decoder) : body;
  if (decoder) body.on('error', (error) => decoder.destroy(error));
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      total += (chunk as Buffer).length;
      if (total > policy.maxBytes) throw tooLarge(policy, decoder ? `the body unpacks to more` : `the body is longer`);
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    discard(body);
    if (decoder) discard(decoder);
    if (error instanceof FetchError) throw error;
    if (decoder && (error as { code?: string }).code?.startsWith('Z_')) throw new FetchError('bad-encoding', `the body is not valid ${coding} (${(error as Error).message})`);
    throw error;
  }
  return Buffer.concat(chunks);
}

/** Drops a body not to be read: destroying an undici body emits an abort error, which nobody is left to hear. */
function discard(stream: Readable): void {
  stream.on('error', () => undefined);
  stream.destroy();
}

function asFetchError(error: unknown, policy: FetchPolicy): FetchError {
  if (error instanceof FetchError) return error;
  const e = error as { name?: string; code?: string; message?: string; cause?: unknown };
  if (e.cause instanceof FetchError) return e.cause;
  if (e.name === 'TimeoutError' || e.name === 'AbortError' || e.code === 'UND_ERR_CONNECT_TIMEOUT' || e.code === 'UND_ERR_HEADERS_TIMEOUT' || e.code === 'UND_ERR_BODY_TIMEOUT') {
    return new FetchError('timeout', `no complete answer within ${Math.round(policy.timeoutMs / 1000)} s; raise --timeout, or try again later`);
  }
  const why = e.code === 'ENOTFOUND' ? 'no such host' : e.code === 'ECONNREFUSED' ? 'connection refused' : e.code === 'ECONNRESET' ? 'the connection was reset' : (e.message ?? String(error));
  return new FetchError('network', `${why}; check the address, or try again later`);
}

/** The charset parameter of a Content-Type header. */
export function charsetOf(contentType: string | null): string | null {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  return m ? m[1]! : null;
}

function isoDate(value: string | null): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** Retry-After as ms: seconds, or an HTTP date. */
export function retryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const t = Date.parse(trimmed);
  return Number.isNaN(t) ? null : Math.max(0, t - now);
}

function maxAge(cacheControl: string | null): number | null {
  const m = /(?:^|,)\s*(?:s-)?max-age\s*=\s*"?(\d+)/i.exec(cacheControl ?? '');
  return m ? Number(m[1]) * 1000 : null;
}
