/**
 * Online story clustering: each article joins the closest existing story or starts one.
 * Earlier work changes in two local ways. The story an article joined may then absorb
 * another story the article also reached, when their centroids are close enough
 * (`mergeThreshold`) and the smaller has at most `mergeFragment` texts, so two halves of a
 * story that began apart meet. And a young story is clustered again as it grows (young.ts),
 * so a story that an early wrong join or merge mixed falls apart into its events.
 *
 * Candidates come from an inverted index, never a scan: a story is posted under the
 * heaviest terms of each article it takes, and an article looks up its own heaviest terms,
 * reading only the stories most recently posted under each. The few stories reached most
 * strongly are then compared in full (similarity.ts).
 *
 * Document frequencies are kept as articles arrive; a centroid is the sum of its members'
 * unit vectors as weighed when they joined. Early articles are weighed with little df
 * behind them; `recluster` (recluster.ts) weighs everything again with the final counts.
 *
 * The driver works against `StoryTx`, implemented in memory (memory.ts) and by the SQLite
 * store, so the in-memory clusterer and the store make the same decisions.
 */
import type { StoryRecord, StoryTx } from '../store/store.js';
import { storyFeatures, type FeatureInput, type StoryFeatures } from './features.js';
import { add, idf, prune, sparseOf, unit, type Sparse } from './tfidf.js';
import { articleProfile, timeless, COUNT, DEFAULT_PARAMS, FIGURE, kindNorms, kindOf, MONTH, NAME, similarity, vectorId, WEEKDAY, YEAR, type ArticleVectors, type SimilarityParams } from './similarity.js';
import { MemoryStoryTx } from './memory.js';
import { profileOf } from './profile.js';

export { profileOf } from './profile.js';
import { strongest } from '../store/reach.js';
import { mergePhrases, sumPhrases, usableTitle } from './title.js';
import { own } from './own.js';
import { primaryLanguage } from '../identify/language.js';
import { checkYoung, packMember, passedCheck, YOUNG_UNTIL } from './young.js';

export interface ClusterArticle extends FeatureInput {
  id: string;
  /** The outlet, for counting a story's sources. */
  source?: { name: string };
  /** Language tag ('en', 'de-AT'); unknown when missing. */
  language?: string | null;
}

export interface ClusterParams extends SimilarityParams {
  /** Identity and topic terms an article is looked up (and its story posted) under. */
  queryIdentity: number;
  queryTopic: number;
  /** Stories read per term, most recently posted first. */
  postingLimit: number;
  /** Stories compared in full. */
  candidates: number;
  /** Terms kept in a story's topic and identity centroids. */
  topicTerms: number;
  identityTerms: number;
  /** Identical texts shorter than this are compared like any other, not joined outright: "Breaking news" is not one story. */
  twinMinWords: number;
  /**
   * Two stories merge when their centroids are this close, plus `mergeGrowth` per
   * doubling… (natural log) of the smaller story's size: centroids of big stories are
   * smooth, and two big stories of one kind of event come close without being one.
   */
  mergeBase: number;
  mergeGrowth: number;
  /**
   * Online merges need one side to have at most this many distinct texts: two stories of at
   * most 8 make one of at most 16, which the young-story check at 16 can still take apart
   * (young.ts). Chosen on the ECB+ train topics (2, 4, 8, 16 and unbounded within 0.001).
   */
  mergeFragment: number;
  /**
   * Online, the score an article needs to join a story of one article, and a story to
   * absorb a fragment of one article. One report against one other is noisier evidence
   * than against a centroid of several: most online errors on ECB+ began as two single
   * reports of sibling events paired just over `threshold`, a pair that then drew both
   * events in. The re-cluster merges the closest pairs first and does not need it.
   */
  pairThreshold: number;
  /**
   * An article with fewer distinct terms than this ("Breaking news") says too little to be
   * placed with anything: it starts a story of its own.
   */
  minTerms: number;
}

export const DEFAULT_CLUSTER_PARAMS: ClusterParams = {
  ...DEFAULT_PARAMS,
  queryIdentity: 8,
  queryTopic: 8,
  postingLimit: 32,
  candidates: 8,
  topicTerms: 200,
  identityTerms: 100,
  twinMinWords: 20,
  mergeBase: 0.18,
  mergeGrowth: 0.06,
  mergeFragment: 8,
  pairThreshold: 0.22,
  minTerms: 3,
};

export interface Placement {
  articleId: string;
  storyId: string;
  /** True when the article started the story. */
  created: boolean;
  /** Similarity to the story it joined (1 for identical copies, 0 for a new story). */
  score: number;
}

/** Story ids derive from the article that started the story: stable across runs and re-clusters in the same order. */
export function storyIdFor(articleId: string): string {
  return `story:${articleId}`;
}

/** Weighed vectors of an article and the term ids they use. */
export interface Weighed {
  vectors: ArticleVectors;
  /** Every term id the article uses, for the df count. */
  termIds: number[];
  /** Heaviest identity then topic ids: what it is looked up and posted under. */
  query: number[];
  /** Per query term: its share of the lookup score. */
  queryWeights: number[];
}

/**
 * The `k` heaviest entries of `v` by weight × the weight of their kind, heaviest first (ties
 * to the smaller id), appended to `ids` and `weights`.
 */
function heaviest(v: Sparse, k: number, p: ClusterParams, ids: number[], weights: number[], identity: boolean): void {
  // Months (kind 0 of an identity vector) and weekdays only ever lower a score, and counts are
  // common to events of every kind: a story is never looked up by them.
  const kindWeight = [identity ? 0 : p.topicWeight, p.nameWeight, p.figureWeight, p.yearWeight, 0, 0];
  const weightAt = (i: number): number => kindWeight[kindOf(v.ids[i]!)]! * v.w[i]!;
  const entries: number[] = [];
  for (let i = 0; i < v.ids.length; i++) if (weightAt(i) > 0) entries.push(i);
  // Entries are in id order, so "the earlier entry" is "the smaller id".
  for (const i of strongest(entries, weightAt, (a, b) => a < b, k)) {
    ids.push(v.ids[i]!);
    weights.push(weightAt(i));
  }
}

/** Kind of an identity key, from its prefix (features.ts): names, figures, counts, years, months, weekdays. */
function identityKind(key: string): number {
  return key.startsWith('#') ? FIGURE : key.startsWith('c:') ? COUNT : key.startsWith('y:') ? YEAR : key.startsWith('m:') ? MONTH : key.startsWith('w:') ? WEEKDAY : NAME;
}

/** Each kind scaled to unit length on its own. */
function unitPerKind(v: Sparse): Sparse {
  const norms = kindNorms(v);
  const w = new Float32Array(v.w.length);
  for (let i = 0; i < w.length; i++) w[i] = v.w[i]! / norms[kindOf(v.ids[i]!)]!;
  return { ids: v.ids, w };
}

export async function weigh(tx: StoryTx, f: StoryFeatures, p: ClusterParams, docs: number, source = '', language = ''): Promise<Weighed> {
  const topicKeys = [...f.topic.keys()];
  const identityKeys = [...f.identity.keys()];
  const records = await tx.terms([...topicKeys, ...identityKeys], true);
  // Vector ids carry their kind in the low bits (`vectorId`), so one id space serves topic words and the identity kinds.
  const topicIds = new Array<number>(topicKeys.length);
  const topicWeights = new Array<number>(topicKeys.length);
  topicKeys.forEach((k, i) => {
    const r = records[i]!;
    topicIds[i] = vectorId(r.id, 0);
    topicWeights[i] = f.topic.get(k)! * idf(docs, r.df);
  });
  const identityIds = new Array<number>(identityKeys.length);
  const identityWeights = new Array<number>(identityKeys.length);
  identityKeys.forEach((k, i) => {
    const r = records[topicKeys.length + i]!;
    identityIds[i] = vectorId(r.id, identityKind(k));
    identityWeights[i] = f.identity.get(k)! * idf(docs, r.df);
  });
  const topic = unit(sparseOf(topicIds, topicWeights));
  const identity = unitPerKind(sparseOf(identityIds, identityWeights));
  const query: number[] = [];
  const queryWeights: number[] = [];
  heaviest(identity, p.queryIdentity, p, query, queryWeights, true);
  heaviest(topic, p.queryTopic, p, query, queryWeights, false);
  return {
    vectors: { topic, identity, day: f.day, refDays: f.refDays, source, published: f.published || f.day === null, language },
    termIds: records.map((r) => r!.id),
    query,
    queryWeights,
  };
}

/** The stories an article reaches through its terms, strongest first, at most `p.candidates`. */
export function candidates(tx: StoryTx, w: Weighed, p: ClusterParams): Promise<string[]> {
  return tx.reach(w.query, w.queryWeights, p.postingLimit, p.candidates);
}

/** The closest story and its score; ties go to the older story. */
export function closest(v: ArticleVectors, stories: readonly StoryRecord[], p: SimilarityParams): { story: StoryRecord; score: number } | null {
  let best: { story: StoryRecord; score: number } | null = null;
  const article = articleProfile(v);
  for (const s of stories) {
    const score = similarity(article, profileOf(s), p).score;
    if (!best || score > best.score || (score === best.score && s.seq < best.story.seq)) best = { story: s, score };
  }
  return best;
}

/** A story of one article. */
export function newStory(article: ClusterArticle, f: StoryFeatures, v: ArticleVectors, seq: number): StoryRecord {
  return {
    id: storyIdFor(article.id),
    seq,
    articles: 1,
    weight: 1,
    dayMin: v.day,
    dayMax: v.day,
    refDays: [...v.refDays],
    topic: v.topic,
    identity: v.identity,
    representative: article.id,
    representativeScore: 1,
    representativeTopic: v.topic,
    representativeIdentity: v.identity,
    title: storyTitle(article),
    phrases: mergePhrases([], f.phrases),
    source: sourceName(article),
    published: v.published ?? false,
    language: v.language ?? '',
  };
}

function sourceName(article: ClusterArticle): string {
  return article.source?.name ?? '';
}

/** The primary language subtag of an article ('' when unknown): 'en-GB' and 'en' are one language. */
export function languageOf(article: ClusterArticle): string {
  return primaryLanguage(article.language) ?? '';
}

/** The one outlet of both sides, or '' when they differ. */
function oneSource(a: string, b: string): string {
  return a === b ? a : '';
}

/** The story with the article's vectors summed in; the representative is re-chosen against the new centroid. */
export function absorb(s: StoryRecord, article: ClusterArticle, f: StoryFeatures, v: ArticleVectors, p: ClusterParams): StoryRecord {
  const topic = prune(add(s.topic, v.topic), p.topicTerms);
  const identity = prune(add(s.identity, v.identity), p.identityTerms);
  const days = [s.dayMin, s.dayMax, v.day].filter((d): d is number => d !== null);
  const next: StoryRecord = {
    ...s,
    articles: s.articles + 1,
    weight: s.weight + 1,
    dayMin: days.length ? Math.min(...days) : null,
    dayMax: days.length ? Math.max(...days) : null,
    refDays: unionDays(s.refDays, v.refDays),
    topic,
    identity,
    phrases: mergePhrases(s.phrases, f.phrases),
    source: oneSource(s.source, sourceName(article)),
    published: s.published && (v.published ?? false),
  };
  const profile = profileOf(next);
  const current = similarity({ topic: s.representativeTopic, identity: s.representativeIdentity, day: null, refDays: [] }, profile, timeless(p)).score;
  const candidate = similarity({ topic: v.topic, identity: v.identity, day: null, refDays: [] }, profile, timeless(p)).score;
  const currentUsable = usableTitle(s.title);
  const candidateUsable = usableTitle(article.title);
  if ((candidateUsable && !currentUsable) || (candidateUsable === currentUsable && candidate > current)) {
    return { ...next, representative: article.id, representativeScore: candidate, representativeTopic: v.topic, representativeIdentity: v.identity, title: storyTitle(article) };
  }
  return { ...next, representativeScore: current };
}

/** Days a story's members name, kept bounded: the earliest, which are the event's and its background's. */
const STORY_REF_DAYS = 16;

function unionDays(a: readonly number[], b: readonly number[]): number[] {
  if (b.length === 0) return [...a];
  return [...new Set([...a, ...b])].sort((x, y) => x - y).slice(0, STORY_REF_DAYS);
}

/** The headline a story shows, copied so that it does not keep the article's text alive (own.ts). */
function storyTitle(article: ClusterArticle): string {
  const title = article.title.trim();
  if (title) return own(title.slice(0, 300));
  const words = article.text.trim().split(/\s+/).slice(0, 14).join(' ');
  return words.length > 0 ? `${words}…` : '(untitled)';
}

/** The merge of two stories, kept under the older one's id. */
export function combine(keep: StoryRecord, gone: StoryRecord, p: ClusterParams): StoryRecord {
  const days = [keep.dayMin, keep.dayMax, gone.dayMin, gone.dayMax].filter((d): d is number => d !== null);
  const merged: StoryRecord = {
    ...keep,
    articles: keep.articles + gone.articles,
    weight: keep.weight + gone.weight,
    dayMin: days.length ? Math.min(...days) : null,
    dayMax: days.length ? Math.max(...days) : null,
    refDays: unionDays(keep.refDays, gone.refDays),
    topic: prune(add(keep.topic, gone.topic), p.topicTerms),
    identity: prune(add(keep.identity, gone.identity), p.identityTerms),
    phrases: sumPhrases(keep.phrases, gone.phrases),
    source: oneSource(keep.source, gone.source),
    published: keep.published && gone.published,
  };
  const profile = profileOf(merged);
  const score = (r: StoryRecord): number => similarity({ topic: r.representativeTopic, identity: r.representativeIdentity, day: null, refDays: [] }, profile, timeless(p)).score;
  const a = score(keep);
  const b = score(gone);
  const useGone = (usableTitle(gone.title) && !usableTitle(keep.title)) || (usableTitle(gone.title) === usableTitle(keep.title) && b > a);
  const rep = useGone ? gone : keep;
  return {
    ...merged,
    representative: rep.representative,
    representativeScore: useGone ? b : a,
    representativeTopic: rep.representativeTopic,
    representativeIdentity: rep.representativeIdentity,
    title: rep.title,
  };
}

/** Never below the join threshold: a one-article story merges only as an article would join. */
export function mergeThreshold(a: StoryRecord, b: StoryRecord, p: ClusterParams): number {
  return Math.max(p.threshold, p.mergeBase + p.mergeGrowth * Math.log(Math.min(a.weight, b.weight)));
}

/** The terms a story is posted under: its centroids' heaviest, as an article's query is chosen. */
export function storyQuery(r: StoryRecord, p: ClusterParams, weights: number[] = []): number[] {
  const ids: number[] = [];
  heaviest(r.identity, p.queryIdentity, p, ids, weights, true);
  heaviest(r.topic, p.queryTopic, p, ids, weights, false);
  return ids;
}

/**
 * Places one article inside the caller's transaction. An article already placed keeps its
 * story; an identical copy of a placed article joins its story without being counted again.
 * The story may then absorb a small fragment the article also reached (see the file's
 * header).
 */
export async function place(tx: StoryTx, article: ClusterArticle, p: ClusterParams = DEFAULT_CLUSTER_PARAMS, features?: StoryFeatures): Promise<Placement> {
  const [placed] = await tx.members([article.id]);
  if (placed) return { articleId: article.id, storyId: placed.storyId, created: false, score: 1 };
  const f = features ?? storyFeatures(article);

  if (f.words >= p.twinMinWords) {
    const twin = await tx.storyWithText(f.hash);
    const [s] = twin === null ? [] : await tx.stories([twin]);
    if (s) {
      await tx.putStory({ ...s, articles: s.articles + 1, phrases: mergePhrases(s.phrases, f.phrases), source: oneSource(s.source, sourceName(article)) });
      await tx.putMember({ articleId: article.id, storyId: s.id, textHash: f.hash, source: article.source?.name ?? '' });
      return { articleId: article.id, storyId: s.id, created: false, score: 1 };
    }
  }

  const docs = await tx.documents();
  const w = await weigh(tx, f, p, docs, sourceName(article), languageOf(article));
  const reached = w.termIds.length < p.minTerms ? [] : await tx.stories(await candidates(tx, w, p));
  const found = closest(w.vectors, reached, p);
  const seq = docs + 1;
  await tx.countDocument(w.termIds);
  let story: StoryRecord;
  let created = false;
  let score = 0;
  if (found && found.score >= (found.story.weight <= 1 ? Math.max(p.threshold, p.pairThreshold) : p.threshold)) {
    story = absorb(found.story, article, f, w.vectors, p);
    score = found.score;
  } else {
    story = newStory(article, f, w.vectors, seq);
    created = true;
  }
  await tx.putMember({ articleId: article.id, storyId: story.id, textHash: f.hash, source: article.source?.name ?? '' });
  const weightBefore = created ? 0 : story.weight - 1;
  if (weightBefore < YOUNG_UNTIL) await tx.putYoung(article.id, packMember(seq, w.vectors, storyTitle(article), f.phrases.keys()));

  let storyId = story.id;
  let merged = false;
  if (!created) {
    const profile = profileOf(story);
    let best: { other: StoryRecord; margin: number } | null = null;
    for (const other of reached) {
      // Two big stories of one kind come close without being one (their centroids are smooth):
      // merging those is left to the re-cluster, which sees them whole.
      if (other.id === story.id || Math.min(other.weight, story.weight) > p.mergeFragment) continue;
      const needed = Math.min(story.weight, other.weight) <= 1 ? Math.max(p.pairThreshold, mergeThreshold(story, other, p)) : mergeThreshold(story, other, p);
      const margin = similarity(profile, profileOf(other), p).score - needed;
      if (margin >= 0 && (!best || margin > best.margin || (margin === best.margin && other.seq < best.other.seq))) best = { other, margin };
    }
    if (best) {
      const [keep, gone] = best.other.seq < story.seq ? [best.other, story] : [story, best.other];
      story = combine(keep, gone, p);
      await tx.mergeStories(gone.id, keep.id);
      await tx.post(keep.id, storyQuery(gone, p), seq);
      storyId = keep.id;
      merged = true;
    }
  }
  await tx.putStory(story);
  await tx.post(story.id, w.query, seq);
  if (!created && passedCheck(weightBefore, story.weight)) {
    const after = await checkYoung(tx, story, p, (a, b) => mergeThreshold(a, b, p), storyIdFor);
    for (const s of after?.slice(1) ?? []) await tx.post(s.id, storyQuery(s, p), seq);
    if ((after?.[0] ?? story).weight >= YOUNG_UNTIL) await tx.dropYoung(story.id);
    if (after) storyId = (await tx.members([article.id]))[0]!.storyId;
  } else if (merged && story.weight >= YOUNG_UNTIL) {
    // A young story merged into a grown one: its members' vectors are no longer needed.
    await tx.dropYoung(story.id);
  }
  return { articleId: article.id, storyId, created, score };
}

/**
 * Online clustering in memory: the bench and tests use it; the pipeline uses the store
 * (`updateStories`), which makes the same decisions.
 */
export class StoryClusterer {
  readonly tx: MemoryStoryTx;
  readonly params: ClusterParams;

  constructor(params: Partial<ClusterParams> = {}) {
    this.params = { ...DEFAULT_CLUSTER_PARAMS, ...params };
    this.tx = new MemoryStoryTx(this.params.postingLimit);
  }

  add(article: ClusterArticle, features?: StoryFeatures): Promise<Placement> {
    return place(this.tx, article, this.params, features);
  }

  /** Article ids by story id, stories in creation order. */
  async assignments(): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    for (const id of await this.tx.storyIds()) out.set(id, (await this.tx.membersOf(id)).map((m) => m.articleId));
    return out;
  }
}
