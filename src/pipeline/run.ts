import type { Article, Extracted, FetchRecord, Format } from './record.js';
import { InputError } from './errors.js';
import { decode } from '../ingest/decode.js';
import { sniff } from '../ingest/sniff.js';
import { expandInputs, unpack, DEFAULT_MAX_BYTES, type RawInput } from '../ingest/inputs.js';
import { READERS } from '../extract/readers.js';
import { normalize } from '../normalize/normalize.js';
import { identify } from '../identify/identify.js';
import { limitArticle, limitExtracted } from './limits.js';
import { markCountable, uncountedReason, type Uncountable } from '../countable/index.js';
import type { Store } from '../store/store.js';
import { append } from './arrays.js';
import { LinesInput } from '../ingest/lines.js';
import { ItemCollector } from '../extract/feeds/collect.js';
import { finishLines, readLine } from '../extract/jsonl/jsonl.js';
import { readList, type SourceList } from '../ingest/lists.js';
import { UrlInput } from '../ingest/inputs.js';
import { listUrls, listWithoutFetch, readWeb, type WebOptions } from './web.js';

/** What became of one input. */
export interface InputOutcome {
  input: string;
  format: Format | null;
  articles: Article[];
  error: InputError | null;
  /** A batch of a file read in parts (`LinesInput`): more of the same input follows. */
  partial?: boolean;
  /** The input is a list of sources (OPML, sitemap, URLs), to be read in turn: it holds no articles. */
  list?: SourceList;
}

/** What the user said about inputs that cannot say it themselves, and how a fetched one was answered. */
export interface InputContext {
  /** --charset: undeclared bytes are in this charset. */
  charset?: string | null;
  /** --source: the outlet of articles that name none. */
  source?: string | null;
  /** --published: the date of articles that carry none (ISO 8601). */
  published?: string | null;
  /** The charset a server's Content-Type declared. */
  headerCharset?: string | null;
  fetched?: FetchRecord;
}

/** Limited before they are stored, so that no later stage, nor the store, holds more. */
function prepare(extracted: Extracted, context: InputContext = {}): Article {
  let e = extracted;
  if (context.fetched) {
    // A page is at its final address; a feed's items have their own (or none).
    const page = e.format === 'html' || e.format === 'text' || e.format === 'scraped-text';
    e = { ...e, fetched: context.fetched, url: e.url ?? (page ? context.fetched.finalUrl : null) };
  }
  const within = limitExtracted(e);
  const article = identify(within, normalize(within));
  if (context.source && article.source.origin === 'input') article.source = { name: context.source, domain: null, origin: 'user' };
  if (context.published && article.published.value === null) article.published = { value: context.published, origin: 'user' };
  return markCountable(limitArticle(article));
}

function internalFailure(name: string, format: Format | null, error: unknown): InputError {
  return error instanceof InputError
    ? error
    : new InputError(name, 'internal', `corroborate failed while reading it${format ? ` as ${format}` : ''} (${(error as Error).message}); please report this with the file`);
}

/**
 * ingest → extract → normalize → identify, for one input. Never throws: an input that
 * cannot be read comes back with its error, and a bug in a reader is reported as such
 * against the input instead of stopping the batch.
 */
export function processInput(raw: RawInput, maxBytes = DEFAULT_MAX_BYTES, context: InputContext = {}): InputOutcome {
  let format: Format | null = null;
  try {
    const unpacked = unpack(raw.name, raw.bytes, { maxBytes });
    if (unpacked instanceof InputError) throw unpacked;
    const { text } = decode(raw.name, unpacked.bytes, { headerCharset: context.headerCharset ?? null, userCharset: context.charset ?? null });
    const list = readList(text);
    if (list) return { input: raw.name, format: null, articles: [], error: null, list };
    format = sniff(raw.name, text);
    const extracted = READERS[format]({ name: raw.name, text });
    if (extracted.length === 0) throw new InputError(raw.name, 'no-articles', `read as ${format} but holds no articles`);
    return { input: raw.name, format, articles: extracted.map((e) => prepare(e, context)), error: null };
  } catch (error) {
    return { input: raw.name, format, articles: [], error: internalFailure(raw.name, format, error) };
  }
}

/**
 * A JSON Lines file read in parts: one outcome per batch of lines, each with its articles,
 * and a last one that holds the input's failure when no line held an article, or when the
 * file could not be read to its end (the lines before that are kept).
 */
export async function* processLines(input: LinesInput, context: InputContext = {}): AsyncGenerator<InputOutcome> {
  const collector = new ItemCollector(input.name);
  const outcome = (articles: Article[], error: InputError | null, partial: boolean): InputOutcome => ({ input: input.name, format: 'jsonl', articles, error, ...(partial ? { partial } : {}) });
  let n = 0;
  try {
    for await (const batch of input.batches) {
      for (const line of batch) {
        n++;
        if (typeof line === 'string') readLine(collector, input.name, line, n);
        else collector.skip('bad-line', `line ${n} ${line.problem}; skipped`);
      }
      yield outcome(collector.drain().map((e) => prepare(e, context)), null, true);
    }
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    yield outcome(collector.count > 0 ? finishLines(collector).map((e) => prepare(e, context)) : [], new InputError(input.name, 'unreadable', `reading stopped after line ${n} (${why}); the articles before it were kept`), false);
    return;
  }
  try {
    yield outcome(finishLines(collector).map((e) => prepare(e, context)), null, false);
  } catch (error) {
    yield outcome([], internalFailure(input.name, 'jsonl', error), false);
  }
}

/** What a run read: counts and ids, never the articles, so that it stays small however large the run. */
export interface IngestSummary {
  inputs: number;
  failed: InputError[];
  /** The ids of every article read, in input order, each once. */
  articleIds: string[];
  /** Those that cannot count as a source (countable/), with why: stored, but in no story. */
  uncounted: { id: string; reason: Uncountable }[];
  added: number;
  existing: number;
}

export interface IngestOptions {
  store: Store;
  maxBytes: number;
  stdin?: AsyncIterable<Uint8Array>;
  /** Articles written per transaction. */
  batchSize?: number;
  /** Files from this size on that are JSON Lines are read a batch of lines at a time. */
  streamFromBytes?: number;
  onInput?: (outcome: InputOutcome) => void;
  /** What the user said about inputs that cannot say it (--charset, --source, --published). */
  context?: Pick<InputContext, 'charset' | 'source' | 'published'>;
  /** Reading from the web: URLs given as inputs, lists of sources, feeds' item pages. Without it a URL or a list is an error. */
  web?: WebOptions;
  /** Reads files on other threads (src/pool), a few ahead, their articles taken in input order all the same. */
  read?: { read: (raw: RawInput, maxBytes: number, context: InputContext) => Promise<InputOutcome>; depth: number };
}

/** Stored articles fetched from these URLs, by URL. */
export async function storedPages(store: Store, urls: readonly string[]): Promise<Map<string, Article>> {
  const out = new Map<string, Article>();
  for (const [url, id] of await store.fetchedFrom(urls)) {
    const article = await store.getArticle(id);
    if (article) out.set(url, article);
  }
  return out;
}

/** Reads every input behind `paths` and stores the articles, one transaction per batch. */
export async function ingestPaths(paths: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const batchSize = options.batchSize ?? 200;
  const summary: IngestSummary = { inputs: 0, failed: [], articleIds: [], uncounted: [], added: 0, existing: 0 };
  const seen = new Set<string>();
  let pending: Article[] = [];
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const result = await options.store.addArticles(pending);
    summary.added += result.added.length;
    summary.existing += result.existing.length;
    pending = [];
  };
  const inputOptions = {
    maxBytes: options.maxBytes,
    ...(options.stdin ? { stdin: options.stdin } : {}),
    ...(options.streamFromBytes !== undefined ? { streamFromBytes: options.streamFromBytes } : {}),
  };
  const take = async (outcome: InputOutcome): Promise<void> => {
    if (outcome.error) summary.failed.push(outcome.error);
    for (const a of outcome.articles) {
      if (seen.has(a.id)) continue;
      seen.add(a.id);
      summary.articleIds.push(a.id);
      const reason = uncountedReason(a);
      if (reason) summary.uncounted.push({ id: a.id, reason });
    }
    append(pending, outcome.articles);
    options.onInput?.(outcome);
    if (pending.length >= batchSize) await flush();
  };
  const context = options.context ?? {};
  const web = (urls: readonly string[]): Promise<void> =>
    readWeb(urls, { known: (wanted) => storedPages(options.store, wanted), ...options.web, read: (raw, more) => processInput(raw, options.maxBytes, more), context, take, counted: () => summary.inputs++ });
  const taken = async (raw: RawInput, outcome: InputOutcome): Promise<void> => {
    if (!outcome.list) await take(outcome);
    else if (options.web?.fetch) await web(listUrls(outcome.list, options.web));
    else await take({ ...outcome, error: listWithoutFetch(raw.name, outcome.list) });
  };
  // Inputs read on other threads, oldest first: taken in this order, as they would be here.
  const reading: { raw: RawInput; outcome: Promise<InputOutcome> }[] = [];
  const takeRead = async (): Promise<void> => {
    const head = reading.shift()!;
    await taken(head.raw, await head.outcome);
  };
  for await (const raw of expandInputs(paths, inputOptions)) {
    if (options.read && !(raw instanceof UrlInput) && !(raw instanceof LinesInput) && !(raw instanceof InputError)) {
      summary.inputs++;
      const outcome = options.read.read(raw, options.maxBytes, context);
      // Awaited in turn; until then a failure must not count as unhandled.
      outcome.catch(() => undefined);
      reading.push({ raw, outcome });
      if (reading.length >= options.read.depth) await takeRead();
      continue;
    }
    while (reading.length > 0) await takeRead();
    if (raw instanceof UrlInput) {
      await web([raw.url]);
      continue;
    }
    summary.inputs++;
    if (raw instanceof LinesInput) {
      for await (const outcome of processLines(raw, context)) await take(outcome);
    } else if (raw instanceof InputError) {
      await take({ input: raw.input, format: null, articles: [], error: raw });
    } else {
      await taken(raw, processInput(raw, options.maxBytes, context));
    }
  }
  while (reading.length > 0) await takeRead();
  await flush();
  return summary;
}
