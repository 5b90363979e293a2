/**
 * Inputs on the web: URLs given as inputs, the URLs of lists of sources (OPML, sitemaps,
 * plain lists), and the pages of feed items that carry only a summary. Each URL is fetched
 * (src/fetch: safely and politely), then read like a file: sniffed by content, decoded by the
 * server's charset first. A few fetches run at once, but results are taken in list order, so
 * a run reads its articles in the same order every time.
 */
import type { Article, FetchRecord } from './record.js';
import { InputError } from './errors.js';
import type { InputContext, InputOutcome } from './run.js';
import type { RawInput } from '../ingest/inputs.js';
import { recentEntries, MAX_LIST_ENTRIES, type SourceList } from '../ingest/lists.js';
import { FetchError, type Fetched } from '../fetch/fetch.js';

export interface WebOptions {
  /** Fetches one URL; without it, fetching is off and a URL or a list is an input error. */
  fetch?: (url: string) => Promise<Fetched>;
  /** Sitemap entries dated before this are passed over. */
  since?: Date;
  /** URLs read from one list at most. */
  maxListEntries?: number;
  /** Fetches under way at once (each host still gets one at a time, src/fetch/polite.ts). */
  concurrency?: number;
  /** Read the page of a feed item that carries only a summary (on by default). */
  followPartial?: boolean;
  /** Articles stored already that were fetched from these URLs: a feed item's page is read once, not at every poll. */
  known?: (urls: readonly string[]) => Promise<Map<string, Article>>;
}

export interface WebRun extends WebOptions {
  /** Reads fetched bytes as a file is read (run.ts `processInput`). */
  read: (raw: RawInput, context: InputContext) => InputOutcome;
  context: InputContext;
  take: (outcome: InputOutcome) => Promise<void>;
  /** Called for every URL read as an input (not for the pages of feed items). */
  counted: () => void;
}

/** Lists inside lists inside lists: an OPML of sitemap indexes goes no deeper. */
const MAX_DEPTH = 3;
const DEFAULT_SINCE_DAYS = 2;
export const FEED_FORMATS: ReadonlySet<string> = new Set(['rss', 'atom', 'json-feed']);

/** The URLs of a list to read: a sitemap's recent entries, every other list's entries, at most `maxListEntries`. */
export function listUrls(list: SourceList, web: WebOptions | undefined): string[] {
  const max = web?.maxListEntries ?? MAX_LIST_ENTRIES;
  const since = web?.since ?? new Date(Date.now() - DEFAULT_SINCE_DAYS * 86_400_000);
  const entries = list.kind === 'sitemap' || list.kind === 'sitemap-index' ? recentEntries(list, since, max) : list.entries.slice(0, max);
  return entries.map((e) => e.url);
}

const LIST_NAMES: Record<SourceList['kind'], string> = { opml: 'an OPML list of feeds', sitemap: 'a sitemap', 'sitemap-index': 'a sitemap index', urls: 'a list of URLs' };

/** A list read from a file or the web, when fetching is off: one error for the list. */
export function listWithoutFetch(name: string, list: SourceList): InputError {
  return new InputError(name, 'fetch-off', `${LIST_NAMES[list.kind]} (${list.entries.length} URL${list.entries.length === 1 ? '' : 's'}); fetching is off here, so none was read`);
}

/** Reads `urls` (given as inputs, or from a list) into the run. */
export async function readWeb(urls: readonly string[], run: WebRun, depth = 0): Promise<void> {
  const fetch = run.fetch;
  if (!fetch) {
    for (const url of urls) {
      run.counted();
      await run.take(failed(url, new InputError(url, 'fetch-off', 'a URL; fetching is off here (the server reads URLs only when started with --allow-fetch)')));
    }
    return;
  }
  for await (const { url, result } of inOrder(urls, run.concurrency ?? 4, (url) => fetchInput(fetch, url))) {
    run.counted();
    if (result instanceof InputError) {
      await run.take(failed(url, result));
      continue;
    }
    const outcome = run.read({ name: url, bytes: result.bytes }, { ...run.context, headerCharset: result.charset, fetched: fetchRecord(result) });
    if (outcome.list) {
      if (depth + 1 >= MAX_DEPTH) await run.take(failed(url, new InputError(url, 'too-deep', `${LIST_NAMES[outcome.list.kind]} inside ${MAX_DEPTH - 1} other lists; give it as an input of its own`)));
      else await readWeb(listUrls(outcome.list, run), run, depth + 1);
      continue;
    }
    if (run.followPartial !== false && outcome.format !== null && FEED_FORMATS.has(outcome.format)) outcome.articles = await followPartial(outcome.articles, fetch, run);
    await run.take(outcome);
  }
}

function failed(url: string, error: InputError): InputOutcome {
  return { input: url, format: null, articles: [], error };
}

async function fetchInput(fetch: (url: string) => Promise<Fetched>, url: string): Promise<Fetched | InputError> {
  try {
    return await fetch(url);
  } catch (error) {
    if (error instanceof FetchError) return new InputError(url, error.code, error.message);
    return new InputError(url, 'network', (error as Error).message);
  }
}

export function fetchRecord(f: Fetched, now = new Date()): FetchRecord {
  return { url: f.url, finalUrl: f.finalUrl, httpDate: f.httpDate, etag: f.etag, lastModified: f.lastModified, fetchedAt: now.toISOString() };
}

/**
 * A feed that carries only summaries: each item's page is read, and kept in the item's
 * place when it holds more text. The item's date stands when the page gives none. A page
 * that cannot be read leaves the summary, with a warning saying why.
 */
export async function followPartial(items: Article[], fetch: (url: string) => Promise<Fetched>, run: Pick<WebRun, 'read' | 'context' | 'concurrency' | 'known'>): Promise<Article[]> {
  const wanted = items.filter((a) => a.partial && a.url !== null).map((a) => a.url!);
  if (wanted.length === 0) return items;
  const pages = new Map<string, Article | InputError>(await run.known?.(wanted));
  for await (const { url, result } of inOrder(
    wanted.filter((url) => !pages.has(url)),
    run.concurrency ?? 4,
    (url) => fetchInput(fetch, url),
  )) {
    if (result instanceof InputError) {
      pages.set(url, result);
      continue;
    }
    const page = run.read({ name: url, bytes: result.bytes }, { ...run.context, headerCharset: result.charset, fetched: fetchRecord(result) });
    const article = page.format === 'html' ? page.articles[0] : undefined;
    pages.set(url, article ?? page.error ?? new InputError(url, 'not-a-page', `read as ${page.format ?? 'nothing'}, not as an article page`));
  }
  return items.map((item) => {
    const page = item.partial && item.url !== null ? pages.get(item.url) : undefined;
    if (page === undefined) return item;
    if (page instanceof InputError) return { ...item, messages: [...item.messages, { severity: 'warning', stage: 'ingest', code: 'page-unread', text: `the feed gives only a summary, and its page could not be read: ${page.message}` }] };
    if (page.text.length <= item.text.length) return item;
    return page.published.value === null && item.published.value !== null ? { ...page, published: item.published } : page;
  });
}

/** `work` over `items`, at most `limit` at once, results in the items' order. `work` must not throw. */
export async function* inOrder<R>(items: readonly string[], limit: number, work: (item: string) => Promise<R>): AsyncGenerator<{ url: string; result: R }> {
  const running: { url: string; promise: Promise<R> }[] = [];
  let next = 0;
  const start = (): void => {
    const url = items[next++]!;
    running.push({ url, promise: work(url) });
  };
  while (next < items.length && running.length < Math.max(1, limit)) start();
  while (running.length > 0) {
    const head = running.shift()!;
    const result = await head.promise;
    if (next < items.length) start();
    yield { url: head.url, result };
  }
}
