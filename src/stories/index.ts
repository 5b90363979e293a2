/**
 * Stories: the articles of a pile sorted by the real-world event they report, so that the
 * claims of one story can be compared.
 *
 *     await updateStories(store, articles);   // after ingest (and copy detection)
 *     const stories = await listStories(store);
 *     await recluster(store);                 // after a large import: same or better
 *
 * `updateStories` places each article online (online.ts): it joins the closest story
 * reached through the inverted index, or starts one; one transaction per batch updates
 * document frequencies, centroids, postings and memberships. `recluster` rebuilds them all
 * bottom-up (recluster.ts). A story counts its independent sources: outlets, with each
 * copy group (src/copies) counted once.
 */
import type { Article } from '../pipeline/record.js';
import type { Store, StoryMemberRecord, StoryRecord, StoryTx } from '../store/store.js';
import { copyGroupsFor } from '../copies/index.js';
import { countsAsSource } from '../countable/index.js';
import { DEFAULT_CLUSTER_PARAMS, place, type ClusterArticle, type ClusterParams, type Placement } from './online.js';
import { reclusterArticles, writeReclustered } from './recluster.js';
import { mainEntities, type MainEntity } from './title.js';

export { StoryClusterer, DEFAULT_CLUSTER_PARAMS, storyIdFor, type ClusterArticle, type ClusterParams, type Placement } from './online.js';
export { reclusterArticles, type Reclustered } from './recluster.js';
export { storyFeatures, type StoryFeatures } from './features.js';
export { mainEntities, type MainEntity } from './title.js';

export interface Story {
  id: string;
  /** The headline of the member closest to the story's centroid. */
  title: string;
  /** The article that headline comes from. */
  representative: string;
  /** Member article ids, sorted. */
  articles: string[];
  /** Independent sources: distinct outlets, each copy group counted once with its members. */
  sources: number;
  /** Earliest and latest event dates of dated members (ISO dates); null when none is dated. */
  span: { start: string | null; end: string | null };
  /** Names most members use, with how many use them. */
  entities: MainEntity[];
}

export interface StoryOptions {
  /** Articles per transaction. */
  batchSize?: number;
  /**
   * Every article id of the run, when it is placed in several calls: a store that lost its
   * stories is rebuilt once, not taken for lost again because the first call holds few.
   */
  incoming?: readonly string[];
  params?: Partial<ClusterParams>;
}

/**
 * Places `articles` into stories, one transaction per batch, and returns the stories they
 * are in. Articles already placed keep their story. They must be in the store already (the
 * memberships reference them); one that is not is refused before anything is written.
 */
export async function updateStories(store: Store, articles: readonly ClusterArticle[], options: StoryOptions = {}): Promise<Story[]> {
  const placements = await placeInStories(store, articles, options);
  // A later merge may have moved an earlier article's story: read where they are now.
  return storiesOfArticles(
    store,
    placements.map((p) => p.articleId),
  );
}

/** Places `articles` as `updateStories` does, and returns only where each went, for a long run that reads its stories at the end. */
export async function placeInStories(store: Store, articles: readonly ClusterArticle[], options: StoryOptions = {}): Promise<Placement[]> {
  const params = { ...DEFAULT_CLUSTER_PARAMS, ...options.params };
  const batchSize = Math.max(1, options.batchSize ?? 200);
  for (const a of articles) {
    const [found] = await store.findIds(a.id, 1);
    if (found !== a.id) throw new Error(`article ${a.id} is not in the store: add it before clustering it`);
  }
  await rebuildIfLost(store, options.incoming ?? articles.map((a) => a.id), options);
  const placements: Placement[] = [];
  for (let i = 0; i < articles.length; i += batchSize) {
    // An article that cannot count as a source (countable/) joins no story.
    const batch = articles.slice(i, i + batchSize).filter(countsAsSource);
    if (batch.length === 0) continue;
    await store.storyTransaction(async (tx) => {
      for (const article of batch) placements.push(await place(tx, article, params));
    });
  }
  return placements;
}

/**
 * A store whose story state is empty while it holds articles from earlier runs lost its
 * stories to a migration that changed how they are computed (store/migrations.ts): they
 * are rebuilt from every stored article, as `recluster` does, before new ones are placed.
 */
async function rebuildIfLost(store: Store, incoming: readonly string[], options: StoryOptions): Promise<void> {
  if ((await store.storyTransaction((tx) => tx.documents(), READ)) > 0) return;
  // The incoming articles are stored already (checked above): any more are from earlier runs.
  if ((await store.countArticles()) <= new Set(incoming).size) return;
  await recluster(store, options);
}

/** Those of `ids` that are in a story already: placing them again changes nothing. */
/** Reads of the story state: on a server database they wait for no placing under way. */
const READ = { readOnly: true } as const;

export async function placedIds(store: Store, ids: readonly string[]): Promise<Set<string>> {
  return new Set((await store.storyTransaction((tx) => tx.members(ids), READ)).map((m) => m.articleId));
}

/** The stories holding any of `articleIds`, each once, in creation order. */
export async function storiesOfArticles(store: Store, articleIds: readonly string[]): Promise<Story[]> {
  const found = await store.storyTransaction(async (tx) => {
    const ids = [...new Set((await tx.members([...new Set(articleIds)])).map((m) => m.storyId))];
    return withMembers(tx, await tx.stories(ids));
  }, READ);
  return describe(store, found);
}

/** Every story, largest first (then oldest first). */
export async function listStories(store: Store, options: { limit?: number; offset?: number } = {}): Promise<Story[]> {
  const found = await store.storyTransaction(async (tx) => withMembers(tx, await tx.stories(await tx.storyIds())), READ);
  found.sort((a, b) => b.members.length - a.members.length || a.record.seq - b.record.seq);
  const offset = Math.max(0, options.offset ?? 0);
  const page = found.slice(offset, options.limit === undefined ? undefined : offset + Math.max(0, options.limit));
  return describe(store, page);
}

export async function getStory(store: Store, id: string): Promise<Story | null> {
  const found = await store.storyTransaction(async (tx) => withMembers(tx, await tx.stories([id])), READ);
  return (await describe(store, found))[0] ?? null;
}

/**
 * Rebuilds every story from the stored articles, in their stored order, with the final
 * document frequencies and bottom-up merging (recluster.ts), and replaces the stored state
 * in one transaction. Online updates continue from the result.
 */
export async function recluster(store: Store, options: StoryOptions = {}): Promise<Story[]> {
  const summaries = await store.listArticles();
  const articles: Article[] = [];
  for (const s of summaries) {
    const a = await store.getArticle(s.id);
    if (a && countsAsSource(a)) articles.push(a);
  }
  const result = await reclusterArticles(articles, options.params ?? {});
  await store.storyTransaction((tx) => writeReclustered(tx, result, options.params ?? {}));
  return listStories(store);
}

interface Found {
  record: StoryRecord;
  members: StoryMemberRecord[];
}

async function withMembers(tx: StoryTx, records: readonly StoryRecord[]): Promise<Found[]> {
  const out: Found[] = [];
  for (const record of [...records].sort((a, b) => a.seq - b.seq)) out.push({ record, members: await tx.membersOf(record.id) });
  return out;
}

const isoDay = (day: number | null): string | null => (day === null ? null : new Date(day * 86_400_000).toISOString().slice(0, 10));

/** Stories as readers see them; sources counted against copy groups, read outside the story transaction. */
async function describe(store: Store, found: readonly Found[]): Promise<Story[]> {
  const ids = found.flatMap((f) => f.members.map((m) => m.articleId));
  const groupOf = new Map<string, string>();
  if (ids.length > 0) for (const g of await copyGroupsFor(store, ids)) for (const m of g.members) groupOf.set(m.id, g.id);
  return found.map(({ record, members }) => ({
    id: record.id,
    title: record.title,
    representative: record.representative,
    articles: members.map((m) => m.articleId).sort(),
    sources: countSources(members, groupOf),
    span: { start: isoDay(record.dayMin), end: isoDay(record.dayMax) },
    entities: mainEntities(record.phrases),
  }));
}

/**
 * Independent sources: articles joined when they share an outlet or a copy group, then
 * counted. An article with no outlet name counts alone.
 */
export function countSources(members: readonly StoryMemberRecord[], groupOf: ReadonlyMap<string, string>): number {
  const parent = members.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const first = new Map<string, number>();
  members.forEach((m, i) => {
    const keys = [m.source ? `outlet:${m.source}` : null, groupOf.has(m.articleId) ? `copy:${groupOf.get(m.articleId)}` : null];
    for (const key of keys) {
      if (key === null) continue;
      const j = first.get(key);
      if (j === undefined) first.set(key, i);
      else parent[find(i)] = find(j);
    }
  });
  return new Set(members.map((_, i) => find(i))).size;
}
