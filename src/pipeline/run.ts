import type { Article, Extracted, Format } from './record.js';
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

/** What became of one input. */
export interface InputOutcome {
  input: string;
  format: Format | null;
  articles: Article[];
  error: InputError | null;
  /** A batch of a file read in parts (`LinesInput`): more of the same input follows. */
  partial?: boolean;
}

/** Limited before they are stored, so that no later stage, nor the store, holds more. */
function prepare(extracted: Extracted): Article {
  const within = limitExtracted(extracted);
  return markCountable(limitArticle(identify(within, normalize(within))));
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
export function processInput(raw: RawInput, maxBytes = DEFAULT_MAX_BYTES): InputOutcome {
  let format: Format | null = null;
  try {
    const unpacked = unpack(raw.name, raw.bytes, { maxBytes });
    if (unpacked instanceof InputError) throw unpacked;
    const { text } = decode(raw.name, unpacked.bytes);
    format = sniff(raw.name, text);
    const extracted = READERS[format]({ name: raw.name, text });
    if (extracted.length === 0) throw new InputError(raw.name, 'no-articles', `read as ${format} but holds no articles`);
    return { input: raw.name, format, articles: extracted.map(prepare), error: null };
  } catch (error) {
    return { input: raw.name, format, articles: [], error: internalFailure(raw.name, format, error) };
  }
}

/**
 * A JSON Lines file read in parts: one outcome per batch of lines, each with its articles,
 * and a last one that holds the input's failure when no line held an article, or when the
 * file could not be read to its end (the lines before that are kept).
 */
export async function* processLines(input: LinesInput): AsyncGenerator<InputOutcome> {
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
      yield outcome(collector.drain().map(prepare), null, true);
    }
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    yield outcome(collector.count > 0 ? finishLines(collector).map(prepare) : [], new InputError(input.name, 'unreadable', `reading stopped after line ${n} (${why}); the articles before it were kept`), false);
    return;
  }
  try {
    yield outcome(finishLines(collector).map(prepare), null, false);
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
  for await (const raw of expandInputs(paths, inputOptions)) {
    summary.inputs++;
    if (raw instanceof LinesInput) {
      for await (const outcome of processLines(raw)) await take(outcome);
    } else {
      await take(raw instanceof InputError ? { input: raw.input, format: null, articles: [], error: raw } : processInput(raw, options.maxBytes));
    }
  }
  await flush();
  return summary;
}
