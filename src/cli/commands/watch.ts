import { readFileSync, statSync } from 'node:fs';
import { openStore } from '../../store/connect.js';
import { UsageError } from '../../pipeline/errors.js';
import { readList } from '../../ingest/lists.js';
import { isUrl } from '../../ingest/inputs.js';
import { listUrls } from '../../pipeline/web.js';
import { Watcher, type PollReport } from '../../watch/watcher.js';
import { EXIT } from '../exit.js';
import { VERSION } from '../version.js';
import { inputContext, inputsWithUrls, webFetching, type WebCliOptions } from '../web-options.js';

export interface WatchCliOptions extends WebCliOptions {
  db: string;
  every: number;
  once?: boolean;
}

/** "15m", "1h", "30s" or a number of seconds → ms. */
export function parseDuration(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)?\s*$/i.exec(value);
  if (!m || Number(m[1]) <= 0) throw new UsageError(`--every takes a duration such as 15m, 1h or 90s, not "${value}"`);
  const unit = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[(m[2] ?? 's').toLowerCase() as 's' | 'm' | 'h' | 'd'];
  return Math.round(Number(m[1]) * unit);
}

/** The sources to watch: URLs as given, and the URLs of list files (OPML, a file of URLs). */
export function sourcesOf(inputs: readonly string[], options: Pick<WatchCliOptions, 'since'>): { url: string; via: string | null }[] {
  const out: { url: string; via: string | null }[] = [];
  for (const input of inputs) {
    if (isUrl(input)) {
      out.push({ url: input, via: null });
      continue;
    }
    let text: string;
    try {
      if (!statSync(input).isFile()) throw new Error('not a file');
      text = readFileSync(input, 'utf8');
    } catch {
      throw new UsageError(`${input}: watch takes URLs, or files that list them (OPML, one URL a line), and this is neither a URL nor a readable file`);
    }
    const list = readList(text);
    if (!list) throw new UsageError(`${input}: not a list of sources; watch takes URLs, or files that list them (OPML, a sitemap, one URL a line). To read a file once, use analyze`);
    for (const url of listUrls(list, options.since ? { since: options.since } : {})) out.push({ url, via: input });
  }
  return out;
}

export async function watchCommand(inputs: string[], options: WatchCliOptions): Promise<number> {
  const sources = sourcesOf(inputsWithUrls(inputs, options), options);
  const store = await openStore(options.db);
  const fetching = webFetching(options);
  const stop = new AbortController();
  let signals = 0;
  const onSignal = (name: string): void => {
    if (++signals > 1) {
      process.stderr.write(`${name} again: stopping now; what was stored is kept, and the next watch goes on from there\n`);
      process.exit(130);
    }
    process.stderr.write(`${name}: finishing the source under way, then stopping (press again to stop at once)\n`);
    stop.abort();
  };
  const onInt = (): void => onSignal('SIGINT');
  const onTerm = (): void => onSignal('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  try {
    const watcher = new Watcher({
      store,
      fetch: (url, validators) => fetching.polite.fetch(url, validators),
      version: VERSION,
      maxBytes: options.maxSize,
      schedule: { everyMs: options.every, maxBackoffMs: Math.max(options.every, 6 * 3_600_000) },
      context: inputContext(options),
      ...(options.since ? { since: options.since } : {}),
    });
    for (const via of new Set(sources.map((s) => s.via))) await watcher.add(sources.filter((s) => s.via === via).map((s) => s.url), via);
    const watched = (await store.watchSources()).length;
    if (watched === 0) throw new UsageError('nothing to watch: give feed, page or sitemap URLs, or an OPML file');
    const resumed = await watcher.resume();
    if (resumed > 0) process.stderr.write(`analysed ${resumed} article${resumed === 1 ? '' : 's'} an earlier run stored but did not finish\n`);
    process.stderr.write(`watching ${watched} source${watched === 1 ? '' : 's'} (every ${Math.round(options.every / 60_000)} min unless a source asks for longer)${options.once ? ', once' : ''}; Ctrl-C stops\n`);
    let failed = 0;
    const counts = { new: 0, unchanged: 0, list: 0, failed: 0, articles: 0 };
    const report = (r: PollReport): void => {
      counts[r.status]++;
      counts.articles += r.added.length;
      if (r.status === 'failed') {
        failed++;
        process.stderr.write(`${r.url}: ${r.error} (next try ${new Date(r.nextPoll).toISOString()})\n`);
      } else if (r.status === 'new') {
        process.stdout.write(`${r.url}: ${r.added.length} new article${r.added.length === 1 ? '' : 's'}, ${r.stories.length} stor${r.stories.length === 1 ? 'y' : 'ies'} updated\n`);
      } else if (r.status === 'list' && r.listed > 0) {
        process.stdout.write(`${r.url}: lists ${r.listed} more source${r.listed === 1 ? '' : 's'}, watched from now on\n`);
      }
    };
    if (options.once) {
      // A list read now names sources that are due now too.
      for (let round = 0; round < 3 && !stop.signal.aborted; round++) {
        const polled = await watcher.pollDue(stop.signal, report);
        if (!polled.some((r) => r.status === 'list' && r.listed > 0)) break;
      }
    } else {
      await watcher.run(stop.signal, report);
    }
    if (options.once) {
      const polled = counts.new + counts.unchanged + counts.list + counts.failed;
      process.stderr.write(`polled ${polled} source${polled === 1 ? '' : 's'}: ${counts.articles} new article${counts.articles === 1 ? '' : 's'}, ${counts.unchanged} unchanged, ${counts.failed} failed; ${watched - polled > 0 ? `${watched - polled} not due yet` : 'none left to poll'}\n`);
    }
    if (stop.signal.aborted) process.stderr.write('stopped; every source keeps its state for the next watch\n');
    return failed > 0 && options.once ? EXIT.inputsFailed : EXIT.ok;
  } finally {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
    await fetching.close();
    await store.close();
  }
}
