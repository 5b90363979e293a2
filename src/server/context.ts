/**
 * What the server knows how to do, for the JSON API and the web pages alike: list and
 * search stories and articles, hand out one story's analysis (cached), and ingest new
 * articles. Nothing here speaks HTTP.
 *
 * Writes — ingests, and analyses that save annotations and documents — run one at a time
 * through one queue: the store's transactions must not interleave, and an ingest must
 * not race an analysis of the stories it is changing. Reads of cached state do not wait.
 */
import type { Store, ArticleSummary } from '../store/store.js';
import type { Article } from '../pipeline/record.js';
import type { LanguageAnnotations } from '../language/types.js';
import { LANGUAGE_VERSION } from '../language/index.js';
import { storyCopyGroups, storyDocumentKey } from '../pipeline/story-document.js';
import { getStory, listStories, type Story } from '../stories/index.js';
import type { AnalysedStoryEntry, AnalysisDocument } from '../report/document.js';
import { DEFAULT_MAX_BYTES } from '../ingest/inputs.js';
import { matchForm } from '../normalize/text.js';
import type { StoryListing } from '../web/list.js';
import { HttpError } from './http.js';
import { storeJobs, type FetchedInput, type IngestResult, type PollRound, type StoryOutcome, type WatchSettings } from './jobs.js';
import type { Fetched } from '../fetch/fetch.js';
import { inlineWriter, type Writer } from './writer.js';
import { WriteQueue } from './write-queue.js';

export interface StoryBundle {
  /** The story's analysis document: the shape `analyze --json` prints, holding this one story. */
  doc: AnalysisDocument;
  /** `doc.stories[0]`: the story with its claims, contradictions, quotes, sources and timeline. */
  story: AnalysedStoryEntry;
  /** Clean text of each of the story's articles, by id: what every start/end in `doc` indexes. */
  texts: ReadonlyMap<string, string>;
  /** Changes whenever the document would; usable as an ETag. */
  key: string;
  /**
   * The kept document of an earlier state of the story, served because writes were queued:
   * its new analysis waits behind them and has been asked for.
   */
  stale: boolean;
}

export type StorySort = 'recent' | 'size';

export interface StoryListOptions {
  /** `size`: most articles first; `recent`: latest event day first, undated last. */
  sort: StorySort;
  /** Words that must all occur in the title or a main entity's name (case, quotes and accents folded). */
  q?: string;
  limit: number;
  offset: number;
}

/** A story as listings show it (the story list page takes the same shape). */
export interface StoryListItem extends StoryListing {
  /** The article whose headline names the story. */
  representative: string;
}

export interface StoryListPage {
  total: number;
  stories: StoryListItem[];
}

export type ArticleListItem = ArticleSummary & { storyId: string | null };

export interface ArticleListPage {
  total: number;
  articles: ArticleListItem[];
}

/** What `show --json` prints, and the story the article is in. */
export type ArticleView = Article & { storyId: string | null; annotations: LanguageAnnotations };

export interface TextSpan {
  start: number;
  end: number;
}

export interface ArticleHit {
  articleId: string;
  storyId: string | null;
  title: string;
  source: string;
  published: string | null;
  /** Where the terms occur in the title, as offsets into it. */
  titleMatches: TextSpan[];
  /** Where the terms occur in the clean text (the first 50), as offsets into it. */
  matches: TextSpan[];
  /** A passage of the clean text around the first match, with its offsets. */
  snippet: (TextSpan & { text: string }) | null;
  score: number;
}

export interface ClaimHit {
  storyId: string;
  storyTitle: string | null;
  claimId: string;
  text: string;
  status: string;
  independentSources: number;
  /** The sentences stating the claim: spans of the articles' clean texts. */
  evidence: { articleId: string; start: number; end: number }[];
  score: number;
}

export type SearchKind = 'all' | 'articles' | 'claims';

export interface SearchOptions {
  kind: SearchKind;
  limit: number;
  offset: number;
}

export interface SearchResults {
  /** The words searched for, folded as the index folds them. */
  terms: string[];
  articles: { total: number; hits: ArticleHit[] };
  claims: { total: number; hits: ClaimHit[] };
}

export type { IngestResult, IngestedArticle } from './jobs.js';

export interface ContextOptions {
  store: Store;
  /** corroborate's version, written into analysis documents. */
  version: string;
  /** Largest input read after decompression (as `--max-size`). */
  maxInputBytes?: number;
  /** Story documents kept in memory, least recently used dropped first. */
  cacheSize?: number;
  /** Where writes run; inline on `store` unless given. */
  writer?: Writer;
  /** Ingests that may wait behind the running write before more are refused with 503. */
  maxQueuedWrites?: number;
  log?: (line: string) => void;
  /** Fetches URLs posted for ingest (serve --allow-fetch); without it, such posts are refused. */
  fetchUrl?: (url: string) => Promise<Fetched>;
  /** Sources to poll (serve --watch): used by the inline writer; a writer thread is given them itself. */
  watch?: WatchSettings;
}

export interface ServerContext {
  readonly store: Store;
  readonly version: string;
  /** One story's analysis, its entry and its articles' texts; null for an unknown story. Cached. */
  storyBundle(storyId: string): Promise<StoryBundle | null>;
  listStories(options: StoryListOptions): Promise<StoryListPage>;
  listArticles(options: { limit: number; offset: number; language?: string }): Promise<ArticleListPage>;
  /** One article with its language annotations; null for an unknown id. */
  article(id: string): Promise<ArticleView | null>;
  /** Full-text search over articles (titles and texts) and the claim groups of analysed stories. */
  search(query: string, options: SearchOptions): Promise<SearchResults>;
  /**
   * Reads one input (format sniffed from its content), stores its articles, updates copies
   * and stories and re-analyses the stories it touched. Throws the `InputError` when
   * nothing could be read. Ingests run one at a time; past the queue's bound they are
   * refused with a 503 `HttpError`.
   */
  ingest(bytes: Uint8Array, name: string, fetched?: FetchedInput): Promise<IngestResult>;
  /** Fetches a URL for an ingest, under the fetcher's rules; absent when the server was not started with --allow-fetch. */
  readonly fetchUrl: ((url: string) => Promise<Fetched>) | null;
  /**
   * Places the articles stored but left unfinished (by `ingest`, or a killed run), then
   * analyses, one at a time, every story without a kept document that is current, so that
   * claim search covers all of them; returns how many were analysed. Stops between two
   * stories once `signal` is aborted.
   */
  analyzeAll(signal?: AbortSignal): Promise<number>;
  /**
   * Polls the watched sources (serve --watch) until `signal` aborts: each round runs in the
   * write queue like an ingest, then waits until the next source is due.
   */
  watch(signal: AbortSignal, onRound: (round: PollRound) => void): Promise<void>;
  /** Resolves when no ingest or analysis is running or queued. */
  idle(): Promise<void>;
  /** Writes waiting behind the running one. */
  readonly queuedWrites: number;
  /** Refuses the writes not started (503), waits for the running one, and lets the writer go. */
  close(): Promise<void>;
  /** Ends the running write at once; its transaction is not committed. */
  terminate(): Promise<void>;
}

interface Cached {
  /** The store's state when the bundle was last found current (see `stamp`). */
  stamp: string;
  bundle: StoryBundle;
}

export function createContext(options: ContextOptions): ServerContext {
  return new Context(options);
}

const MAX_TERMS = 16;
const MAX_TERM_LENGTH = 64;
const MAX_MATCHES = 50;
/** Unfinished articles placed per turn of the write queue at start, so ingests wait for one batch at most. */
const PLACE_BATCH = 20;
const SNIPPET_CONTEXT = 80;

/**
 * The words of a query as the full-text index sees them: folded (case, typographic marks,
 * accents), split on anything that is not a letter or digit; at most 16, each once.
 */
export function searchTerms(query: string): string[] {
  const words = searchFold(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => w.slice(0, MAX_TERM_LENGTH));
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/** The matching form with accents dropped where that keeps one code unit for one: offsets stay valid. */
export function searchFold(text: string): string {
  return matchForm(text).replace(/[^\x00-\x7f]/g, (ch) => {
    const bare = ch.normalize('NFD').replace(/\p{M}/gu, '');
    return bare.length === 1 ? bare : ch;
  });
}

/** Whole-word occurrences of any term in `text`, in order, at most `max`. */
export function termMatches(text: string, terms: readonly string[], max = MAX_MATCHES): TextSpan[] {
  const folded = searchFold(text);
  const found: TextSpan[] = [];
  const isWord = (i: number): boolean => i >= 0 && i < folded.length && /[\p{L}\p{N}]/u.test(folded[i]!);
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      if (!isWord(at - 1) && !isWord(at + term.length)) found.push({ start: at, end: at + term.length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TextSpan[] = [];
  for (const m of found) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
    if (out.length >= max) break;
  }
  return out;
}

function snippetAround(text: string, match: TextSpan | undefined): (TextSpan & { text: string }) | null {
  if (text.length === 0) return null;
  let start = match ? Math.max(0, match.start - SNIPPET_CONTEXT) : 0;
  let end = match ? Math.min(text.length, match.end + SNIPPET_CONTEXT) : Math.min(text.length, SNIPPET_CONTEXT * 2);
  // Whole words at both ends, unless that would eat the match.
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && (!match || space < match.start)) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start && (!match || space >= match.end)) end = space;
  }
  return { start, end, text: text.slice(start, end) };
}

function listItem(s: Story): StoryListItem {
  return {
    id: s.id,
    title: s.title,
    articles: s.articles.length,
    independentSources: s.sources,
    span: s.span,
    entities: s.entities.map((e) => ({ name: e.name, articles: e.articles })),
    representative: s.representative,
  };
}

interface CurrentStory {
  storyId: string;
  story: Story;
  key: string;
}

function bundleOf(doc: AnalysisDocument, texts: ReadonlyMap<string, string>, key: string): StoryBundle | null {
  const story = doc.stories[0];
  return story ? { doc, story, texts, key, stale: false } : null;
}

/** Sets `key` as the most recent entry of an insertion-ordered map, dropping the oldest past `max`. */
function keepRecent<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > max) map.delete(map.keys().next().value!);
}

/** A story that changes under every analysis of it (ingests keep landing) is given up after this many. */
const ANALYSIS_ATTEMPTS = 3;

class Context implements ServerContext {
  readonly store: Store;
  readonly version: string;
  private readonly cacheSize: number;
  private readonly writer: Writer;
  private readonly writes: WriteQueue;
  private readonly log: (line: string) => void;
  readonly fetchUrl: ((url: string) => Promise<Fetched>) | null;
  /** Story bundles by story id, least recently used first. */
  private readonly bundles = new Map<string, Cached>();
  /** Stale bundles served behind queued writes, by story, each for the kept document it was read from. */
  private readonly earlier = new Map<string, StoryBundle>();
  /** Analyses asked for and not yet done, by story: requests for one story share one. */
  private readonly analysing = new Map<string, Promise<StoryOutcome>>();
  private storyList: { stamp: string; stories: Story[] } | null = null;
  /** Bumped after each ingest: an inline writer's commits, on this same connection, do not move the data version. */
  private generation = 0;

  constructor(options: ContextOptions) {
    this.store = options.store;
    this.version = options.version;
    this.cacheSize = Math.max(1, options.cacheSize ?? 32);
    this.writer = options.writer ?? inlineWriter(storeJobs(options.store, options.version, options.maxInputBytes ?? DEFAULT_MAX_BYTES, options.watch ?? null));
    this.writes = new WriteQueue(options.maxQueuedWrites);
    this.log = options.log ?? (() => undefined);
    this.fetchUrl = options.fetchUrl ?? null;
  }

  /** Equal stamps mean nothing was committed in between, by this server or by another process. */
  private async stamp(): Promise<string> {
    return `${await this.store.dataVersion()}:${this.generation}`;
  }

  async storyBundle(storyId: string): Promise<StoryBundle | null> {
    const cached = this.bundles.get(storyId);
    if (cached && cached.stamp === (await this.stamp())) {
      keepRecent(this.bundles, storyId, cached, this.cacheSize);
      return cached.bundle;
    }
    // Behind running writes, or the story's own analysis, whether the story changed is itself
    // work (its members, copies and names are read again) and its new analysis waits for them:
    // the last kept analysis now, marked stale, and a check (an analysis if it changed) queued.
    if (this.writes.busy || this.analysing.has(storyId)) {
      const earlier = await this.keptBundle(storyId);
      if (earlier) {
        this.analyse(storyId).catch((error: unknown) => this.log(`analysing ${storyId} after a stale read failed: ${(error as Error).message}`));
        return earlier;
      }
    }
    return this.resolveBundle(storyId);
  }

  /**
   * Checks the cached bundle against the story as stored, then the kept document; when
   * neither is current the writer analyses the story, and the kept document is read again.
   */
  private async resolveBundle(storyId: string): Promise<StoryBundle | null> {
    for (let attempt = 0; attempt < ANALYSIS_ATTEMPTS; attempt++) {
      const stamp = await this.stamp();
      const current = await this.currentStory(storyId);
      if (!current) {
        this.bundles.delete(storyId);
        return null;
      }
      const found = await this.currentBundle(current);
      if (found) {
        this.remember(storyId, stamp, found);
        return found;
      }
      if ((await this.analyse(storyId)) === 'missing') return null;
    }
    throw new HttpError(503, 'story-changing', `story ${storyId} changed under each of ${ANALYSIS_ATTEMPTS} analyses while articles arrived; ask again in a moment`, { 'retry-after': '2' });
  }

  /** The cached or kept bundle when it is the current story's; null when the story needs analysing. */
  private async currentBundle({ storyId, key }: CurrentStory): Promise<StoryBundle | null> {
    const cached = this.bundles.get(storyId);
    if (cached && cached.bundle.key === key) return cached.bundle;
    const kept = await this.store.getStoryDocument<AnalysisDocument>(storyId);
    return kept && kept.key === key ? this.keptWithTexts(kept.document, key) : null;
  }

  /** The story's kept document whatever state it was made for, marked stale; null when none is kept or its texts are gone. */
  private async keptBundle(storyId: string): Promise<StoryBundle | null> {
    // Reads keep coming while the writes go on: the kept document is parsed once, not per read.
    const key = await this.store.keptDocumentKey(storyId);
    const known = this.earlier.get(storyId);
    if (key === null || known?.key === key) return key === null ? null : known!;
    const kept = await this.store.getStoryDocument<AnalysisDocument>(storyId);
    const found = kept ? await this.keptWithTexts(kept.document, kept.key) : null;
    if (!found) return null;
    const bundle = { ...found, stale: true };
    keepRecent(this.earlier, storyId, bundle, this.cacheSize);
    return bundle;
  }

  /** A kept document with the texts of the articles it read (a big story's sample, not all its members). */
  private async keptWithTexts(doc: AnalysisDocument, key: string): Promise<StoryBundle | null> {
    const texts = await this.storedTexts(doc.articles.map((a) => a.id));
    return texts ? bundleOf(doc, texts, key) : null;
  }

  private analyse(storyId: string): Promise<StoryOutcome> {
    let running = this.analysing.get(storyId);
    if (!running) {
      running = this.writes.run(() => this.writer.analyzeStory(storyId), { bounded: false }).finally(() => this.analysing.delete(storyId));
      this.analysing.set(storyId, running);
    }
    return running;
  }

  /** The story as stored, with the key its document is computed under; null when unknown. */
  private async currentStory(storyId: string): Promise<CurrentStory | null> {
    const story = await getStory(this.store, storyId);
    if (!story) return null;
    const groups = await storyCopyGroups(this.store, story);
    return { storyId, story, key: storyDocumentKey(this.version, story, groups) };
  }

  private remember(storyId: string, stamp: string, bundle: StoryBundle): void {
    keepRecent(this.bundles, storyId, { stamp, bundle }, this.cacheSize);
  }

  private async storedTexts(ids: readonly string[]): Promise<Map<string, string> | null> {
    const texts = new Map<string, string>();
    for (const id of ids) {
      const article = await this.store.getArticle(id);
      if (!article) return null;
      texts.set(id, article.text);
    }
    return texts;
  }

  private async allStories(): Promise<Story[]> {
    const stamp = await this.stamp();
    if (this.storyList?.stamp !== stamp) this.storyList = { stamp, stories: await listStories(this.store) };
    return this.storyList.stories;
  }

  async listStories(options: StoryListOptions): Promise<StoryListPage> {
    let stories = await this.allStories();
    const terms = options.q === undefined ? [] : searchTerms(options.q);
    if (terms.length > 0) {
      stories = stories.filter((s) => {
        const words = new Set(searchFold([s.title, ...s.entities.map((e) => e.name)].join(' ')).split(/[^\p{L}\p{N}]+/u));
        return terms.every((t) => words.has(t) || [...words].some((w) => w.startsWith(t)));
      });
    }
    if (options.sort === 'recent') {
      const order = new Map(stories.map((s, i) => [s.id, i]));
      const day = (d: string | null): string => d ?? '';
      stories = [...stories].sort(
        (a, b) =>
          day(b.span.end).localeCompare(day(a.span.end)) || day(b.span.start).localeCompare(day(a.span.start)) || order.get(a.id)! - order.get(b.id)!,
      );
    }
    return { total: stories.length, stories: stories.slice(options.offset, options.offset + options.limit).map(listItem) };
  }

  private async storiesOf(articleIds: readonly string[]): Promise<Map<string, string>> {
    if (articleIds.length === 0) return new Map();
    const members = await this.store.storyTransaction((tx) => tx.members(articleIds), { readOnly: true });
    return new Map(members.map((m) => [m.articleId, m.storyId]));
  }

  async listArticles(options: { limit: number; offset: number; language?: string }): Promise<ArticleListPage> {
    const filter = options.language ? { language: options.language } : {};
    const total = await this.store.countArticles(filter);
    const page = await this.store.listArticles({ limit: options.limit, offset: options.offset, ...filter });
    const storyOf = await this.storiesOf(page.map((a) => a.id));
    return { total, articles: page.map((a) => ({ ...a, storyId: storyOf.get(a.id) ?? null })) };
  }

  async article(id: string): Promise<ArticleView | null> {
    const article: Article | null = await this.store.getArticle(id);
    if (!article) return null;
    // The layer name is the one annotateArticles files the language stage under.
    const stored = (await this.store.getAnnotations<LanguageAnnotations>('language', [id])).get(id);
    const annotations =
      stored && stored.version === LANGUAGE_VERSION ? stored.data : await this.writes.run(() => this.writer.annotate(id), { bounded: false });
    if (!annotations) return null;
    const storyId = (await this.storiesOf([id])).get(id) ?? null;
    return { ...article, storyId, annotations };
  }

  async search(query: string, options: SearchOptions): Promise<SearchResults> {
    const terms = searchTerms(query);
    const page = { limit: options.limit, offset: options.offset };
    const empty = { total: 0, hits: [] };
    const foundArticles = options.kind === 'claims' ? empty : await this.store.searchArticles(terms, page);
    const foundClaims = options.kind === 'articles' ? empty : await this.store.searchClaims(terms, page);

    const storyOf = await this.storiesOf(foundArticles.hits.map((h) => h.id));
    const articleHits: ArticleHit[] = [];
    for (const hit of foundArticles.hits) {
      const a = await this.store.getArticle(hit.id);
      if (!a) continue;
      const matches = termMatches(a.text, terms);
      articleHits.push({
        articleId: a.id,
        storyId: storyOf.get(a.id) ?? null,
        title: a.title,
        source: a.source.name,
        published: a.published.value,
        titleMatches: termMatches(a.title, terms),
        matches,
        snippet: snippetAround(a.text, matches[0]),
        score: hit.score,
      });
    }
    const titles = new Map((foundClaims.hits.length > 0 ? await this.allStories() : []).map((s) => [s.id, s.title]));
    const claimHits: ClaimHit[] = foundClaims.hits.map((h) => ({
      storyId: h.storyId,
      storyTitle: titles.get(h.storyId) ?? null,
      claimId: h.claimId,
      text: h.text,
      status: h.status,
      independentSources: h.independentSources,
      evidence: h.evidence,
      score: h.score,
    }));
    return { terms, articles: { total: foundArticles.total, hits: articleHits }, claims: { total: foundClaims.total, hits: claimHits } };
  }

  ingest(bytes: Uint8Array, name: string, fetched?: FetchedInput): Promise<IngestResult> {
    return this.writes.run(async () => {
      this.log(`ingest of ${name.slice(0, 200)} (${bytes.byteLength} bytes) started`);
      try {
        return await this.writer.ingest(bytes, name, fetched);
      } finally {
        this.generation++;
      }
    }, { bounded: true });
  }

  idle(): Promise<void> {
    return this.writes.idle();
  }

  async watch(signal: AbortSignal, onRound: (round: PollRound) => void): Promise<void> {
    while (!signal.aborted) {
      const round = await this.writes.run(async () => {
        try {
          return await this.writer.poll();
        } finally {
          this.generation++;
        }
      }, { bounded: false });
      onRound(round);
      if (round.next === null || signal.aborted) return;
      // At least a second between rounds, so that a source due at once cannot spin the loop.
      const wait = Math.max(1_000, round.next - Date.now());
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, wait);
        signal.addEventListener('abort', () => {
          clearTimeout(timer);
          resolve();
        }, { once: true });
      });
    }
  }

  get queuedWrites(): number {
    return this.writes.queued;
  }

  async close(): Promise<void> {
    await this.writes.close();
    await this.writer.close();
  }

  terminate(): Promise<void> {
    return this.writer.terminate();
  }

  async analyzeAll(signal?: AbortSignal): Promise<number> {
    const unfinished = await this.placeUnfinished(signal);
    let analysed = 0;
    for (const { id } of await listStories(this.store)) {
      if (signal?.aborted) break;
      try {
        // One story a turn: ingests that arrive meanwhile wait for one story's analysis, not all.
        if ((await this.analyse(id)) === 'analysed') analysed++;
      } catch (error) {
        if (signal?.aborted) break;
        throw error;
      }
    }
    // Their stories now all have a current analysis: the work the stopped run left is done.
    if (!signal?.aborted && unfinished.length > 0) await this.writes.run(() => this.writer.finish(unfinished), { bounded: false });
    return analysed;
  }

  /**
   * Gives the articles an `ingest`, or a run killed early, left unfinished their copies and
   * stories, a few at a time through the write queue; returns their ids.
   */
  private async placeUnfinished(signal?: AbortSignal): Promise<string[]> {
    const ids = await this.store.unfinishedArticles();
    for (let i = 0; i < ids.length && !signal?.aborted; i += PLACE_BATCH) {
      await this.writes.run(async () => {
        await this.writer.place(ids.slice(i, i + PLACE_BATCH));
        this.generation++;
      }, { bounded: false });
    }
    return ids;
  }
}
