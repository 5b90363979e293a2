import type { Article, Format } from './record.js';
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

/** What became of one input. */
export interface InputOutcome {
  input: string;
  format: Format | null;
  articles: Article[];
  error: InputError | null;
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
    // Limited before they are stored, so that no later stage, nor the store, holds more.
    const articles = extracted.map((e) => {
      const within = limitExtracted(e);
      return markCountable(limitArticle(identify(within, normalize(within))));
    });
    return { input: raw.name, format, articles, error: null };
  } catch (error) {
    const failure =
      error instanceof InputError
        ? error
        : new InputError(raw.name, 'internal', `corroborate failed while reading it${format ? ` as ${format}` : ''} (${(error as Error).message}); please report this with the file`);
    return { input: raw.name, format, articles: [], error: failure };
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
  const inputOptions = options.stdin ? { maxBytes: options.maxBytes, stdin: options.stdin } : { maxBytes: options.maxBytes };
  for await (const raw of expandInputs(paths, inputOptions)) {
    summary.inputs++;
    const outcome: InputOutcome = raw instanceof InputError ? { input: raw.input, format: null, articles: [], error: raw } : processInput(raw, options.maxBytes);
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
  }
  await flush();
  return summary;
}
