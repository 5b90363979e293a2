import { makeLogger, parseLogFormat, type LogFormat } from '../log.js';
import { Option, type Command } from 'commander';
import { EXIT } from '../exit.js';
import { VERSION } from '../version.js';
import { parseSize } from '../options.js';
import { openStore, isPostgresUrl } from '../../store/connect.js';
import { describeUrl } from '../../store/postgres/connection.js';
import { RunError, UsageError } from '../../pipeline/errors.js';
import { seconds, webFetching } from '../web-options.js';
import { parseDuration, sourcesOf } from './watch.js';
import { startServer, DEFAULT_HOST, DEFAULT_MAX_BODY_BYTES, DEFAULT_PORT, type RunningServer } from '../../server/server.js';

export interface ServeCommandOptions {
  db: string;
  port: number;
  host: string;
  maxBody: number;
  maxSize: number;
  analyzeAll: boolean;
  shutdownTimeout: number;
  quiet?: boolean;
  logFormat: LogFormat;
  allowFetch?: boolean;
  allowPrivate?: boolean;
  watch?: string[];
  every: number;
  timeout?: number;
  delay?: number;
  contact?: string;
}

/** Adds `serve` to the program; `db` and `maxSize` are the options every command shares. */
export function addServeCommand(program: Command, db: Option, maxSize: Option): void {
  program
    .command('serve')
    .description('serve the JSON API (and the web pages) on the stored articles; ingest by POST')
    .addOption(db)
    .addOption(new Option('--port <n>', 'port to listen on; 0 picks a free one').default(DEFAULT_PORT).argParser(parsePort))
    .option('--host <host>', 'address to listen on (another than 127.0.0.1 exposes the store to the network)', DEFAULT_HOST)
    .addOption(maxSize)
    .addOption(new Option('--max-body <size>', 'largest request body read, e.g. 10MB').default(DEFAULT_MAX_BODY_BYTES, '10MB').argParser(parseBodySize))
    .option('--no-analyze-all', 'do not analyse, in the background, the stories stored without a current analysis (claim search then covers the stories viewed or ingested since)')
    .addOption(new Option('--shutdown-timeout <seconds>', 'on SIGTERM, how long the running write may take to finish before it is ended uncommitted').default(SHUTDOWN_S).argParser(parseSeconds))
    .option('--quiet', 'log nothing per request')
    .addOption(new Option('--log-format <format>', 'text, or json for one JSON record per line (pino)').default('text').argParser(parseLogFormat))
    .option('--allow-fetch', 'let POST /api/articles take {"url": "…"} and fetch it (http(s) only, never this machine or its network)')
    .option('--watch <sources...>', 'also poll these feeds, pages, sitemaps or lists (URLs, OPML files, files of URLs) as `corroborate watch` does, storing and analysing what is new')
    .addOption(new Option('--every <duration>', 'with --watch, how often a source is polled').default(15 * 60_000, '15m').argParser(parseDuration))
    .option('--allow-private', 'with --allow-fetch or --watch, fetch from loopback and private addresses too (local testing only)')
    .addOption(new Option('--timeout <seconds>', 'give up on a posted URL after this long').default(30).argParser(seconds('--timeout')))
    .addOption(new Option('--delay <seconds>', 'least pause between two requests to one host').default(1).argParser(seconds('--delay')))
    .addOption(new Option('--contact <url>', 'a URL or address where site owners can reach you, sent in the User-Agent').env('CORROBORATE_CONTACT'))
    .action(async (options: ServeCommandOptions) => {
      process.exitCode = await serveCommand(options);
    });
}

function parsePort(value: string): number {
  const n = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(n >= 0 && n <= 65535)) throw new UsageError(`--port takes a port number from 0 to 65535, not "${value}"`);
  return n;
}

function parseBodySize(value: string): number {
  try {
    return parseSize(value);
  } catch {
    throw new UsageError(`--max-body takes a size such as 10MB or 500KB, not "${value}"`);
  }
}

/** How long a stop waits for the running write before it ends it uncommitted. */
export const SHUTDOWN_S = 5;

function parseSeconds(value: string): number {
  const n = /^\d{1,6}(\.\d+)?$/.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(n)) throw new UsageError(`--shutdown-timeout takes a number of seconds, such as 5, not "${value}"`);
  return n;
}

/**
 * Runs until SIGINT or SIGTERM, then stops accepting requests, turns away the writes not
 * started (503), lets the running one finish and closes the store: exit code 0. A second
 * signal, or --shutdown-timeout (5 s) without the write ending, ends it uncommitted: exit code 1.
 */
export async function serveCommand(options: ServeCommandOptions): Promise<number> {
  // An SQLite file gets a writer thread, and this thread reads only; a store in memory is one
  // connection, and PostgreSQL serves readers and writers on its own connections.
  const inFile = options.db !== ':memory:' && !isPostgresUrl(options.db);
  if (options.allowPrivate && !options.allowFetch && !options.watch) throw new UsageError('--allow-private only matters with --allow-fetch or --watch');
  const watch = options.watch
    ? { sources: sourcesOf(options.watch, {}).map((s) => s.url), everyMs: options.every, timeoutMs: (options.timeout ?? 30) * 1000, delayMs: (options.delay ?? 1) * 1000, allowPrivate: options.allowPrivate === true, contact: options.contact ?? null }
    : null;
  const store = await openStore(options.db, { reader: inFile });
  // Text logs keep the server's own lines as they were; JSON wraps them in pino records.
  const logger = options.logFormat === 'json' ? makeLogger('json') : null;
  const fetching = options.allowFetch ? webFetching({ maxSize: options.maxSize, timeout: options.timeout ?? 30, delay: options.delay ?? 1, allowPrivate: options.allowPrivate === true, ...(options.contact ? { contact: options.contact } : {}) }) : null;
  let server: RunningServer;
  try {
    server = await startServer({
      store,
      version: VERSION,
      host: options.host,
      port: options.port,
      maxBodyBytes: options.maxBody,
      maxInputBytes: options.maxSize,
      ...(fetching ? { fetchUrl: (url: string) => fetching.polite.fetch(url) } : {}),
      ...(watch ? { watch } : {}),
      ...(inFile ? { dbPath: options.db } : {}),
      ...(logger
        ? { log: (line: string) => logger.info(line), logRequest: (r: { method: string; url: string; route: string; status: number; ms: number }) => void (options.quiet || logger.info(r, 'request')) }
        : {
            log: (line: string) => {
              if (!options.quiet || !/^[A-Z]+ \S* \d{3} /.test(line)) process.stderr.write(`${line}\n`);
            },
          }),
    });
  } catch (error) {
    await store.close();
    await fetching?.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new RunError(`port ${options.port} on ${options.host} is in use`, 'pick another with --port, or --port 0 for a free one');
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new RunError(`cannot listen on ${options.host}`, 'give an address of this machine with --host, e.g. 127.0.0.1');
    if (code === 'EACCES') throw new RunError(`not allowed to listen on port ${options.port}`, 'pick a port above 1023 with --port');
    throw error;
  }
  process.stdout.write(`corroborate is serving ${isPostgresUrl(options.db) ? describeUrl(options.db) : options.db} at ${server.url}/ (the API at ${server.url}/api/); press Ctrl-C to stop\n`);

  // One listener for the whole run: a second signal must never meet the default action (an
  // immediate kill) in a gap between listeners.
  let signals = 0;
  let first: () => void = () => undefined;
  let second: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (first = resolve));
  const again = new Promise<'forced'>((resolve) => (second = () => resolve('forced')));
  const onSignal = (): void => {
    signals++;
    if (signals === 1) first();
    else second();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const background = new AbortController();
  if (options.analyzeAll) {
    server.context
      .analyzeAll(background.signal)
      .then((n) => {
        if (n > 0) process.stderr.write(`analysed ${n} stor${n === 1 ? 'y' : 'ies'} stored without a current analysis\n`);
      })
      .catch((error: unknown) => process.stderr.write(`background analysis stopped: ${(error as Error).message}\n`));
  }
  if (watch) {
    if (options.allowPrivate && !options.allowFetch) process.stderr.write('--allow-private: watched URLs may reach this machine and its network; use it only for local testing\n');
    process.stderr.write(`watching ${watch.sources.length} source${watch.sources.length === 1 ? '' : 's'}, new articles are stored and analysed as they come\n`);
    server.context
      .watch(background.signal, (round) => {
        for (const r of round.reports) {
          if (r.status === 'new') process.stderr.write(`watch: ${r.url}: ${r.added.length} new article${r.added.length === 1 ? '' : 's'}\n`);
          else if (r.status === 'failed') process.stderr.write(`watch: ${r.url}: ${r.error}\n`);
        }
      })
      .catch((error: unknown) => {
        if (!background.signal.aborted) process.stderr.write(`watch stopped: ${(error as Error).message}\n`);
      });
  }
  await stopped;
  background.abort();
  process.stderr.write('stopping: no new requests; waiting for the running write\n');
  const forced = Promise.race([again, new Promise<'forced'>((resolve) => setTimeout(() => resolve('forced'), options.shutdownTimeout * 1000).unref())]);
  if ((await Promise.race([server.close().then(() => 'closed' as const), forced])) === 'forced') {
    process.stderr.write('stopped before the running write ended: it was not committed, and the store holds what was committed before it\n');
    // Whatever still holds the process (a thread inside a native call, a socket) is not waited for.
    setTimeout(() => process.exit(EXIT.inputsFailed), 1000).unref();
    await server.terminate();
    await store.close();
    await fetching?.close();
    return EXIT.inputsFailed;
  }
  await store.close();
  await fetching?.close();
  return EXIT.ok;
}
