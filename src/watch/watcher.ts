/**
 * Watching sources: each feed, page, sitemap or list is polled on its own schedule with a
 * conditional GET, and what is new is stored, placed in copy groups and stories, and the
 * stories it touched are analysed again, as `analyze` would. The state of every source
 * (validators, last success, failures, when it is due) is in the store, so a watch that
 * stops, or is killed, goes on where it left off: a source's state is written only after
 * its articles are, and articles are stored by content id, so a poll done twice stores
 * nothing twice; articles stored but not yet analysed are analysed first on restart.
 */
import type { Store, WatchSource } from '../store/store.js';
import type { Article } from '../pipeline/record.js';
import { FetchError, type Fetched, type Validators } from '../fetch/fetch.js';
import { processInput, storedPages, type InputContext } from '../pipeline/run.js';
import { FEED_FORMATS, fetchRecord, followPartial, inOrder, listUrls, type WebOptions } from '../pipeline/web.js';
import { analyzeStoredArticles } from '../pipeline/stream.js';
import { withUnfinished } from '../pipeline/resume.js';
import { afterFailure, afterSuccess, type SchedulePolicy } from './schedule.js';

export interface WatchOptions {
  store: Store;
  fetch: (url: string, validators?: Validators) => Promise<Fetched>;
  /** corroborate's version, for the analyses kept. */
  version: string;
  maxBytes: number;
  schedule: SchedulePolicy;
  /** Sources fetched at once (a host still gets one request at a time). */
  concurrency?: number;
  context?: InputContext;
  /** Sitemap entries before this are passed over. */
  since?: Date;
  now?: () => number;
  /** Waits `ms`, or less when `signal` aborts. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export type PollStatus = 'new' | 'unchanged' | 'list' | 'failed';

/** What one poll of one source did. */
export interface PollReport {
  url: string;
  status: PollStatus;
  /** Articles stored by this poll. */
  added: string[];
  /** Stories analysed again because of them. */
  stories: string[];
  /** Sources the source listed that were not watched yet. */
  listed: number;
  error: string | null;
  nextPoll: number;
}

export class Watcher {
  private readonly now: () => number;
  private readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>;

  constructor(private readonly options: WatchOptions) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? wait;
  }

  /** Watches `urls` from now on (those watched already keep their state); returns how many are new. */
  async add(urls: readonly string[], via: string | null = null): Promise<number> {
    const known = new Set((await this.options.store.watchSources()).map((s) => s.url));
    let added = 0;
    for (const url of new Set(urls)) {
      if (known.has(url)) continue;
      await this.options.store.putWatchSource({ url, etag: null, lastModified: null, lastSuccess: null, lastAttempt: null, failures: 0, lastError: null, nextPoll: this.now(), via });
      added++;
    }
    return added;
  }

  /**
   * Articles an earlier run stored but did not finish analysing (it was killed, or they came
   * by `ingest`): placed and analysed before anything new is polled. Returns how many.
   */
  async resume(): Promise<number> {
    const { ids } = await withUnfinished(this.options.store, []);
    if (ids.length === 0) return 0;
    for await (const _ of analyzeStoredArticles(this.options.store, this.options.version, ids)) void _;
    await this.options.store.finishArticles(ids);
    return ids.length;
  }

  /** Polls every source that is due, in the order they fell due; stops starting new ones once `signal` aborts. */
  async pollDue(signal: AbortSignal = new AbortController().signal, onPoll?: (report: PollReport) => void): Promise<PollReport[]> {
    const now = this.now();
    const due = (await this.options.store.watchSources()).filter((s) => s.nextPoll <= now).sort((a, b) => a.nextPoll - b.nextPoll);
    const byUrl = new Map(due.map((s) => [s.url, s]));
    const reports: PollReport[] = [];
    const fetchOne = async (url: string): Promise<Fetched | FetchError> => {
      const source = byUrl.get(url)!;
      try {
        return await this.options.fetch(url, { etag: source.etag, lastModified: source.lastModified });
      } catch (error) {
        return error instanceof FetchError ? error : new FetchError('network', (error as Error).message);
      }
    };
    for await (const { url, result } of inOrder(due.map((s) => s.url), this.options.concurrency ?? 4, fetchOne)) {
      const report = await this.take(byUrl.get(url)!, result);
      reports.push(report);
      onPoll?.(report);
      if (signal.aborted) break;
    }
    return reports;
  }

  /** Polls until `signal` aborts, sleeping until the next source is due. */
  async run(signal: AbortSignal, onPoll?: (report: PollReport) => void): Promise<void> {
    while (!signal.aborted) {
      await this.pollDue(signal, onPoll);
      if (signal.aborted) break;
      const sources = await this.options.store.watchSources();
      if (sources.length === 0) break;
      const next = Math.min(...sources.map((s) => s.nextPoll));
      await this.sleep(Math.max(0, next - this.now()), signal);
    }
  }

  private async take(source: WatchSource, result: Fetched | FetchError): Promise<PollReport> {
    const { store, schedule } = this.options;
    const now = this.now();
    const base = { ...source, lastAttempt: now };
    const fail = async (message: string, retryAfterMs: number | null): Promise<PollReport> => {
      const failures = source.failures + 1;
      const nextPoll = afterFailure(now, schedule, failures, retryAfterMs);
      await store.putWatchSource({ ...base, failures, lastError: message, nextPoll });
      return { url: source.url, status: 'failed', added: [], stories: [], listed: 0, error: message, nextPoll };
    };
    if (result instanceof FetchError) return fail(result.message, result.retryAfterMs);

    const nextPoll = afterSuccess(now, schedule, result.maxAgeMs);
    const succeeded: WatchSource = {
      ...base,
      etag: result.notModified ? (result.etag ?? source.etag) : result.etag,
      lastModified: result.notModified ? (result.lastModified ?? source.lastModified) : result.lastModified,
      lastSuccess: now,
      failures: 0,
      lastError: null,
      nextPoll,
    };
    if (result.notModified) {
      await store.putWatchSource(succeeded);
      return { url: source.url, status: 'unchanged', added: [], stories: [], listed: 0, error: null, nextPoll };
    }
    const context = { ...this.options.context, headerCharset: result.charset, fetched: fetchRecord(result, new Date(now)) };
    const read = (raw: { name: string; bytes: Uint8Array }, more: InputContext) => processInput(raw, this.options.maxBytes, more);
    const outcome = read({ name: source.url, bytes: result.bytes }, context);
    if (outcome.error) return fail(outcome.error.message, null);
    if (outcome.list) {
      const web: WebOptions = this.options.since ? { since: this.options.since } : {};
      const listed = await this.add(listUrls(outcome.list, web), source.url);
      await store.putWatchSource(succeeded);
      return { url: source.url, status: 'list', added: [], stories: [], listed, error: null, nextPoll };
    }
    let articles: Article[] = outcome.articles;
    if (outcome.format !== null && FEED_FORMATS.has(outcome.format)) {
      const fetch = (url: string): Promise<Fetched> => this.options.fetch(url);
      articles = await followPartial(articles, fetch, { read, context: this.options.context ?? {}, known: (urls) => storedPages(store, urls), ...(this.options.concurrency ? { concurrency: this.options.concurrency } : {}) });
    }
    const unique = [...new Map(articles.map((a) => [a.id, a])).values()];
    const { added } = await store.addArticles(unique);
    const stories: string[] = [];
    if (added.length > 0) {
      for await (const s of analyzeStoredArticles(store, this.options.version, added)) stories.push(s.story.id);
      await store.finishArticles(added);
    }
    await store.putWatchSource(succeeded);
    return { url: source.url, status: added.length > 0 ? 'new' : 'unchanged', added, stories, listed: 0, error: null, nextPoll };
  }
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
