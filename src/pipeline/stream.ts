/**
 * The stages after ingest for a run of any size, holding one batch or one story at a time:
 * articles are placed in copy groups and stories a batch at a time, read back from the store
 * by id; then each story the run touched is analysed from its stored members (as the server
 * does), kept in the store, handed to the caller and let go. What stays in memory across
 * the run is ids, never articles, annotations or analyses.
 */
import type { Store } from '../store/store.js';
import type { Article } from './record.js';
import { fileCopies, filedIds } from '../copies/index.js';
import { placedIds, placeInStories, storiesOfArticles, type Story } from '../stories/index.js';
import { relieveHeap } from './memory.js';
import { analyzeStoredStory, keepStoryDocument, readStoryTask, storyCopyGroups, storyDocumentKey, withTexts, type StoryDocument, type StoryTask } from './story-document.js';
import type { ArticleAnnotator } from './annotate.js';
import type { AnalysisDocument } from '../report/document.js';

/** Threads that compute what needs nothing but its input (src/pool): the language layer and a story's claims. */
export interface StageThreads {
  annotate: ArticleAnnotator;
  analyze: (task: StoryTask) => Promise<AnalysisDocument>;
  /** Stories worth reading ahead so that no thread waits. */
  depth: number;
}

/** Articles read, placed and let go together: one transaction's worth for copies and stories. */
export const PLACE_BATCH = 200;

/** How far a run is: articles placed, or stories analysed, of how many. */
export type RunProgress = (phase: 'placing' | 'analysing', done: number, total: number) => void;

/**
 * Puts the stored articles `ids` into copy groups and stories, in their order, a batch at a
 * time. `incoming`: every article stored for this run or a later round of it (the workers
 * read ahead of the placer), so that an empty story state beside them is not taken for
 * stories lost to a migration.
 */
export async function placeArticles(store: Store, ids: readonly string[], batchSize = PLACE_BATCH, progress?: RunProgress, incoming: readonly string[] = ids): Promise<void> {
  for (let i = 0; i < ids.length; i += batchSize) {
    progress?.('placing', i, ids.length);
    const batch: Article[] = [];
    // A resumed run holds every article an earlier run stored: those filed and placed
    // already are passed over without being read.
    const slice = ids.slice(i, i + batchSize);
    const [filed, placed] = await Promise.all([filedIds(store, slice), placedIds(store, slice)]);
    for (const id of slice) {
      if (filed.has(id) && placed.has(id)) continue;
      const article = await store.getArticle(id);
      if (article) batch.push(article);
    }
    await fileCopies(store, batch);
    await placeInStories(store, batch, { incoming });
  }
}

export interface AnalysedStory extends StoryDocument {
  story: Story;
}

/**
 * Places `ids` and then yields the analysis of every story that holds any of them, in the
 * stories' creation order. Each story's document is kept in the store first, so a run that
 * is stopped part way leaves whole documents behind, and the server serves them as they are.
 */
export async function* analyzeStoredArticles(store: Store, version: string, ids: readonly string[], progress?: RunProgress, threads?: StageThreads): AsyncGenerator<AnalysedStory> {
  await placeArticles(store, ids, PLACE_BATCH, progress);
  const stories = await storiesOfArticles(store, ids);
  const analyse = async (story: Story): Promise<AnalysedStory | null> => {
    const groups = await storyCopyGroups(store, story);
    let analysed: StoryDocument | null;
    if (threads) {
      const task = await readStoryTask(store, version, story, groups, threads.annotate);
      analysed = task ? withTexts(task, await threads.analyze(task)) : null;
    } else analysed = await analyzeStoredStory(store, version, story, groups);
    if (!analysed) return null;
    await keepStoryDocument(store, story.id, storyDocumentKey(version, story, groups), analysed.doc);
    return { story, ...analysed };
  };
  // With threads, a few stories are under way at once; they are yielded in order all the same.
  const ahead: Promise<AnalysedStory | null>[] = [];
  let next = 0;
  for (let done = 0; done < stories.length; done++) {
    progress?.('analysing', done, stories.length);
    while (next < stories.length && ahead.length < (threads?.depth ?? 1)) {
      const analysed = analyse(stories[next++]!);
      // Awaited in turn below; until then a failure must not count as unhandled.
      analysed.catch(() => undefined);
      ahead.push(analysed);
    }
    const analysed = await ahead.shift()!;
    if (!analysed) continue;
    yield analysed;
    relieveHeap();
  }
}
