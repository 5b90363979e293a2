import { Option, type Command } from 'commander';
import { EXIT } from '../exit.js';
import { VERSION } from '../version.js';
import { parseSize } from '../options.js';
import { openSqliteStore } from '../../store/sqlite.js';
import { RunError, UsageError } from '../../pipeline/errors.js';
import { startServer, DEFAULT_HOST, DEFAULT_MAX_BODY_BYTES, DEFAULT_PORT, type RunningServer } from '../../server/server.js';

export interface ServeCommandOptions {
  db: string;
  port: number;
  host: string;
  maxBody: number;
  maxSize: number;
  analyzeAll: boolean;
  quiet?: boolean;
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
    .option('--quiet', 'log nothing per request')
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

/** Runs until SIGINT or SIGTERM, then finishes a running ingest and closes the store. */
export async function serveCommand(options: ServeCommandOptions): Promise<number> {
  const store = openSqliteStore(options.db);
  let server: RunningServer;
  try {
    server = await startServer({
      store,
      version: VERSION,
      host: options.host,
      port: options.port,
      maxBodyBytes: options.maxBody,
      maxInputBytes: options.maxSize,
      log: (line) => {
        if (!options.quiet || !/^[A-Z]+ \S* \d{3} /.test(line)) process.stderr.write(`${line}\n`);
      },
    });
  } catch (error) {
    await store.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new RunError(`port ${options.port} on ${options.host} is in use`, 'pick another with --port, or --port 0 for a free one');
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new RunError(`cannot listen on ${options.host}`, 'give an address of this machine with --host, e.g. 127.0.0.1');
    if (code === 'EACCES') throw new RunError(`not allowed to listen on port ${options.port}`, 'pick a port above 1023 with --port');
    throw error;
  }
  process.stdout.write(`corroborate is serving ${options.db} at ${server.url}/ (the API at ${server.url}/api/); press Ctrl-C to stop\n`);

  const stopped = new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  const background = new AbortController();
  if (options.analyzeAll) {
    server.context
      .analyzeAll(background.signal)
      .then((n) => {
        if (n > 0) process.stderr.write(`analysed ${n} stor${n === 1 ? 'y' : 'ies'} stored without a current analysis\n`);
      })
      .catch((error: unknown) => process.stderr.write(`background analysis stopped: ${(error as Error).message}\n`));
  }
  await stopped;
  background.abort();
  await server.close();
  await store.close();
  return EXIT.ok;
}
