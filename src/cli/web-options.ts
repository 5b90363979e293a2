/**
 * The options of commands that read inputs: how to fetch URLs (safely, politely), and what
 * to say about inputs that cannot say it themselves (outlet, date, charset).
 */
import { readFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import iconv from 'iconv-lite';
import { UsageError } from '../pipeline/errors.js';
import { normalizeDate } from '../extract/dates.js';
import { Fetcher } from '../fetch/fetch.js';
import { PoliteFetcher, userAgent } from '../fetch/polite.js';
import type { WebOptions } from '../pipeline/web.js';
import type { InputContext } from '../pipeline/run.js';
import { isUrl } from '../ingest/inputs.js';
import { VERSION } from './version.js';

export interface WebCliOptions {
  maxSize: number;
  timeout?: number;
  allowPrivate?: boolean;
  contact?: string;
  delay?: number;
  since?: Date;
  urlsFrom?: string;
  source?: string;
  published?: string;
  charset?: string;
}

/** A parser for a non-negative number of seconds, naming its flag when the value is not one. */
export const seconds = (flag: string) => (value: string): number => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`${flag} takes a number of seconds, not "${value}"`);
  return n;
};

const dateOption = (flag: string) => (value: string): string => {
  const iso = normalizeDate(value);
  if (!iso) throw new UsageError(`${flag} takes a date such as 2026-03-02 or 2026-03-02T10:00:00Z, not "${value}"`);
  return iso;
};

export function addInputOptions(command: Command): Command {
  return command
    .addOption(new Option('--urls-from <file>', 'also read the URLs in <file>, one a line'))
    .addOption(new Option('--timeout <seconds>', 'give up on a URL after this long, redirects and body included').default(30).argParser(seconds('--timeout')))
    .addOption(new Option('--delay <seconds>', 'least pause between two requests to one host').default(1).argParser(seconds('--delay')))
    .addOption(new Option('--contact <url>', 'a URL or address where site owners can reach you, sent in the User-Agent').env('CORROBORATE_CONTACT'))
    .addOption(new Option('--allow-private', 'fetch from loopback and private addresses too (local testing only)'))
    .addOption(new Option('--since <date>', 'read sitemap entries from this date on (default: two days ago)').argParser((v) => new Date(dateOption('--since')(v))))
    .addOption(new Option('--source <name>', 'the outlet of inputs that name none (instead of the file name)'))
    .addOption(new Option('--published <date>', 'the publication date of inputs that carry none').argParser(dateOption('--published')))
    .addOption(
      new Option('--charset <name>', 'the charset of inputs that declare none (e.g. windows-1252, iso-8859-1, windows-1251)').argParser((v) => {
        if (!iconv.encodingExists(v)) throw new UsageError(`--charset: "${v}" is not a known charset`);
        return v;
      }),
    );
}

/** The inputs, with those of --urls-from after them. */
export function inputsWithUrls(inputs: readonly string[], options: Pick<WebCliOptions, 'urlsFrom'>): string[] {
  if (!options.urlsFrom) return [...inputs];
  let text: string;
  try {
    text = readFileSync(options.urlsFrom, 'utf8');
  } catch (error) {
    throw new UsageError(`--urls-from ${options.urlsFrom}: ${(error as Error).message}`);
  }
  const urls: string[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (!isUrl(line)) throw new UsageError(`--urls-from ${options.urlsFrom}: line ${i + 1} is not an http(s) URL: "${line.slice(0, 80)}"`);
    urls.push(line);
  });
  return [...inputs, ...urls];
}

export function inputContext(options: WebCliOptions): InputContext {
  return { charset: options.charset ?? null, source: options.source ?? null, published: options.published ?? null };
}

/** A polite, safe fetcher for the run, and how to close it. Says so on stderr when private addresses are allowed. */
export function webFetching(options: WebCliOptions, say: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): { web: WebOptions; polite: PoliteFetcher; close: () => Promise<void> } {
  if (options.allowPrivate) say('--allow-private: URLs may reach this machine and its network (loopback, private and link-local addresses); use it only for local testing');
  const fetcher = new Fetcher({
    maxBytes: options.maxSize,
    timeoutMs: (options.timeout ?? 30) * 1000,
    allowPrivate: options.allowPrivate === true,
    userAgent: userAgent(VERSION, options.contact ?? null),
  });
  const polite = new PoliteFetcher(fetcher, { delayMs: (options.delay ?? 1) * 1000 });
  return {
    web: { fetch: (url) => polite.fetch(url), ...(options.since ? { since: options.since } : {}) },
    polite,
    close: () => fetcher.close(),
  };
}
