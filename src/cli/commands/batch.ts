import { ingestPaths, type IngestSummary } from '../../pipeline/run.js';
import { countInputs } from '../../ingest/inputs.js';
import { openStore } from '../../store/connect.js';
import type { Store } from '../../store/store.js';
import { progressLines, startProgress } from '../progress.js';
import type { StagePool } from '../../pool/pool.js';
import { inputContext, inputsWithUrls, webFetching, type WebCliOptions } from '../web-options.js';

export interface BatchOptions extends WebCliOptions {
  db: string;
  json?: boolean;
}

/**
 * Shared by `ingest` and `analyze`: reads the inputs into the store, printing one line per
 * failed input on stderr as it happens, so a long batch shows its problems early.
 */
export async function runBatch(given: readonly string[], options: BatchOptions, pool: StagePool | null = null): Promise<{ store: Store; summary: IngestSummary }> {
  const inputs = inputsWithUrls(given, options);
  const store = await openStore(options.db);
  const fetching = webFetching(options);
  const progress = await startProgress(() => countInputs(inputs));
  const say = progressLines();
  let read = 0;
  let articles = 0;
  try {
    const summary = await ingestPaths(inputs, {
      store,
      maxBytes: options.maxSize,
      web: fetching.web,
      ...(pool ? { read: { read: (raw, maxBytes, context) => pool.read(raw.name, raw.bytes, maxBytes, context), depth: pool.depth } } : {}),
      context: inputContext(options),
      onInput: (outcome) => {
        if (!outcome.partial) {
          progress.tick(outcome.input);
          read++;
        }
        articles += outcome.articles.length;
        say(() => `reading inputs: ${articles.toLocaleString('en')} articles so far, ${read.toLocaleString('en')} input${read === 1 ? '' : 's'} done`);
        if (outcome.error) process.stderr.write(`${outcome.error.describe()}\n`);
      },
    });
    return { store, summary };
  } catch (error) {
    await store.close();
    throw error;
  } finally {
    progress.stop();
    await fetching.close();
  }
}

export function summaryLine(summary: IngestSummary): string {
  const parts = [
    `${summary.inputs} input${summary.inputs === 1 ? '' : 's'}`,
    `${summary.added + summary.existing} article${summary.added + summary.existing === 1 ? '' : 's'} (${summary.added} new, ${summary.existing} already stored)`,
  ];
  if (summary.failed.length > 0) parts.push(`${summary.failed.length} failed`);
  return parts.join(', ');
}

export function failuresJson(summary: IngestSummary): { input: string; code: string; message: string }[] {
  return summary.failed.map((f) => ({ input: f.input, code: f.code, message: f.message }));
}

/**
 * The articles of a run that cannot count as sources, on one line: how many, and which,
 * by reason (at most a few ids each). Null when every article counts.
 */
export function uncountedLine(summary: IngestSummary, shown = 5): string | null {
  if (summary.uncounted.length === 0) return null;
  const byReason = new Map<string, string[]>();
  for (const u of summary.uncounted) byReason.set(u.reason, [...(byReason.get(u.reason) ?? []), u.id]);
  const parts = [...byReason].map(([reason, ids]) => `${reason}: ${ids.slice(0, shown).join(', ')}${ids.length > shown ? ` and ${ids.length - shown} more` : ''}`);
  const n = summary.uncounted.length;
  return `${n} article${n === 1 ? '' : 's'} stored but not counted as a source, in no story (${parts.join('; ')}); \`corroborate show ID\` says why`;
}
