/**
 * The server's heavy work on the store: reading an input and storing its articles with
 * their copies, stories and analyses; analysing one story; annotating one article. Each
 * job takes only plain values and returns plain values, so the same code runs on the
 * server's thread (a store in memory) or in the writer thread (writer-thread.ts), which
 * holds the one connection that writes.
 */
import type { Store } from '../store/store.js';
import type { Article, FetchRecord, Format, Message } from '../pipeline/record.js';
import { InputError } from '../pipeline/errors.js';
import type { LanguageAnnotations } from '../language/types.js';
import { processInput } from '../pipeline/run.js';
import { analyzeArticles } from '../pipeline/analyze.js';
import { annotateArticles } from '../pipeline/annotate.js';
import { analyzeStoredStory, keepStoryDocument, storyCopyGroups, storyDocument, storyDocumentKey, copyGroupsIn } from '../pipeline/story-document.js';
import { getStory, updateStories } from '../stories/index.js';
import { updateCopies } from '../copies/index.js';
import type { AnalysisDocument } from '../report/document.js';
import { Fetcher } from '../fetch/fetch.js';
import { PoliteFetcher, userAgent } from '../fetch/polite.js';
import { Watcher, type PollReport } from '../watch/watcher.js';

/** What `serve --watch` polls, and how it fetches: plain values, so they cross into the writer thread. */
export interface WatchSettings {
  sources: string[];
  everyMs: number;
  timeoutMs: number;
  delayMs: number;
  allowPrivate: boolean;
  contact: string | null;
}

/** One round of polling: what each due source did, and when the next one is due (null: nothing watched). */
export interface PollRound {
  reports: PollReport[];
  next: number | null;
}

/** How an input fetched by the server was answered: its charset header, and the record kept with its articles. */
export interface FetchedInput {
  headerCharset: string | null;
  record: FetchRecord;
}

export interface IngestedArticle {
  id: string;
  title: string;
  source: string;
  storyId: string | null;
  /** False when the store held it already. */
  added: boolean;
}

export interface IngestResult {
  input: string;
  format: Format;
  articles: IngestedArticle[];
  added: string[];
  existing: string[];
  /** The stories the articles are in, each once. */
  stories: string[];
  /** What went wrong with single articles (they were stored all the same). */
  messages: (Message & { articleId: string })[];
}

/** `kept`: a current document was kept already; `missing`: no such story, or a member is gone. */
export type StoryOutcome = 'analysed' | 'kept' | 'missing';

export interface WriteJobs {
  /**
   * Reads one input (format sniffed from its content), stores its articles, updates copies
   * and stories and keeps the analyses of the stories it touched. Throws the `InputError`
   * when nothing could be read.
   */
  ingest(bytes: Uint8Array, name: string, fetched?: FetchedInput): Promise<IngestResult>;
  /** Analyses one story and keeps its document, unless the kept one is current. */
  analyzeStory(storyId: string): Promise<StoryOutcome>;
  /** One article's language annotations, computed and saved; null for an unknown article. */
  annotate(articleId: string): Promise<LanguageAnnotations | null>;
  /** Gives stored articles left unfinished (by `ingest`, or a killed run) their copies and stories. */
  place(articleIds: readonly string[]): Promise<void>;
  /** Clears the unfinished mark of articles whose stories now have a current analysis. */
  finish(articleIds: readonly string[]): Promise<void>;
  /** Polls the watched sources that are due (serve --watch); an empty round when nothing is watched. */
  poll(): Promise<PollRound>;
}

export function storeJobs(store: Store, version: string, maxInputBytes: number, watch: WatchSettings | null = null): WriteJobs {
  let watching: Promise<Watcher> | null = null;
  const watcher = (settings: WatchSettings): Promise<Watcher> =>
    (watching ??= (async () => {
      const fetcher = new Fetcher({ maxBytes: maxInputBytes, timeoutMs: settings.timeoutMs, allowPrivate: settings.allowPrivate, userAgent: userAgent(version, settings.contact) });
      const polite = new PoliteFetcher(fetcher, { delayMs: settings.delayMs });
      const w = new Watcher({ store, fetch: (url, v) => polite.fetch(url, v), version, maxBytes: maxInputBytes, schedule: { everyMs: settings.everyMs, maxBackoffMs: Math.max(settings.everyMs, 6 * 3_600_000) } });
      await w.add(settings.sources);
      return w;
    })());
  const keep = (storyId: string, key: string, doc: AnalysisDocument): Promise<void> => keepStoryDocument(store, storyId, key, doc);
  const storyOf = async (ids: readonly string[]): Promise<Map<string, string>> => {
    if (ids.length === 0) return new Map();
    const members = await store.storyTransaction((tx) => tx.members(ids), { readOnly: true });
    return new Map(members.map((m) => [m.articleId, m.storyId]));
  };

  return {
    async ingest(bytes, name, fetched) {
      const outcome = processInput({ name, bytes }, maxInputBytes, fetched ? { headerCharset: fetched.headerCharset, fetched: fetched.record } : {});
      if (outcome.error) throw outcome.error;
      if (outcome.format === null || outcome.articles.length === 0) throw new InputError(name, 'no-articles', 'holds no articles');
      const articles = [...new Map(outcome.articles.map((a) => [a.id, a])).values()];
      const { added, existing } = await store.addArticles(articles);

      // Articles stored before but never placed in a story (by `corroborate ingest`) are analysed too.
      const placed = await storyOf(articles.map((a) => a.id));
      const fresh = new Set(added);
      const toAnalyse = articles.filter((a) => fresh.has(a.id) || !placed.has(a.id));
      if (toAnalyse.length > 0) {
        const analysis = await analyzeArticles(store, toAnalyse);
        for (const { story } of analysis.stories) {
          const doc = storyDocument(version, analysis, story.id);
          if (!doc) continue;
          await keep(story.id, storyDocumentKey(version, story, copyGroupsIn(analysis, new Set(story.articles))), doc);
        }
        await store.pruneStoryDocuments();
        await store.finishArticles(toAnalyse.map((a) => a.id));
      }

      const stories = await storyOf(articles.map((a) => a.id));
      return {
        input: name,
        format: outcome.format,
        articles: articles.map((a) => ({ id: a.id, title: a.title, source: a.source.name, storyId: stories.get(a.id) ?? null, added: fresh.has(a.id) })),
        added,
        existing,
        stories: [...new Set(articles.map((a) => stories.get(a.id)).filter((s): s is string => s !== undefined))],
        messages: articles.flatMap((a) => a.messages.map((m) => ({ articleId: a.id, ...m }))),
      };
    },

    async analyzeStory(storyId) {
      const story = await getStory(store, storyId);
      if (!story) return 'missing';
      const groups = await storyCopyGroups(store, story);
      const key = storyDocumentKey(version, story, groups);
      if ((await store.keptDocumentKey(storyId)) === key) return 'kept';
      const computed = await analyzeStoredStory(store, version, story, groups);
      if (!computed) return 'missing';
      await keep(storyId, key, computed.doc);
      return 'analysed';
    },

    async annotate(articleId) {
      const article = await store.getArticle(articleId);
      return article ? (await annotateArticles(store, [article]))[0]!.language : null;
    },

    async place(articleIds) {
      const articles: Article[] = [];
      for (const id of articleIds) {
        const article = await store.getArticle(id);
        if (article) articles.push(article);
      }
      await updateCopies(store, articles);
      await updateStories(store, articles);
    },

    finish: (articleIds) => store.finishArticles([...articleIds]),

    async poll() {
      if (!watch) return { reports: [], next: null };
      const reports = await (await watcher(watch)).pollDue();
      const sources = await store.watchSources();
      return { reports, next: sources.length > 0 ? Math.min(...sources.map((s) => s.nextPoll)) : null };
    },
  };
}
