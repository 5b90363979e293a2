/**
 * Re-clustering after a large import: every article weighed again with the final document
 * frequencies, then stories built bottom-up, always merging the closest pair first.
 *
 * Online clustering decides for each article as it comes, against stories that may still
 * be fragments, with document frequencies that were young when the first articles came.
 * Here nothing is decided early: each distinct text starts as its own story, and the
 * globally closest pair of stories merges while it clears `mergeThreshold` (which rises
 * with the smaller story's size, as in online merges). Pairs are only ever formed through
 * the inverted index (a story is compared with the stories posted under its heaviest
 * terms), and a max-heap orders them; a pair whose side grew since it was scored is
 * scored again when it comes up. Passes repeat until one merges nothing, each comparing a
 * story only with those that changed since it last looked, so the work is about
 * passes × n × candidates × log n, never n² (two or three passes in practice).
 *
 * Deterministic: the same articles in the same order give the same stories, and story ids
 * derive from each story's first article in that order.
 */
import type { StoryMemberRecord, StoryRecord, StoryTermRecord, StoryTx } from '../store/store.js';
import { storyFeatures, type StoryFeatures } from './features.js';
import { MemoryStoryTx } from './memory.js';
import { combine, DEFAULT_CLUSTER_PARAMS, languageOf, mergeThreshold, newStory, profileOf, storyQuery, weigh, type ClusterArticle, type ClusterParams } from './online.js';
import { similarity } from './similarity.js';
import { mergePhrases } from './title.js';

export interface Reclustered {
  stories: StoryRecord[];
  members: StoryMemberRecord[];
  /** The state a store keeps for later online updates: terms in id order with their df. */
  terms: StoryTermRecord[];
  documents: number;
}

/** A max-heap of candidate merges, by margin, then by the smaller pair of story numbers (for determinism). */
class PairHeap {
  private readonly items: { margin: number; a: number; b: number; va: number; vb: number }[] = [];

  get size(): number {
    return this.items.length;
  }

  private before(i: number, j: number): boolean {
    const x = this.items[i]!;
    const y = this.items[j]!;
    return x.margin > y.margin || (x.margin === y.margin && (x.a < y.a || (x.a === y.a && x.b < y.b)));
  }

  push(item: { margin: number; a: number; b: number; va: number; vb: number }): void {
    this.items.push(item);
    let i = this.items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      [this.items[i], this.items[parent]] = [this.items[parent]!, this.items[i]!];
      i = parent;
    }
  }

  pop(): { margin: number; a: number; b: number; va: number; vb: number } | undefined {
    const top = this.items[0];
    const last = this.items.pop();
    if (this.items.length > 0 && last) {
      this.items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.items.length && this.before(l, m)) m = l;
        if (r < this.items.length && this.before(r, m)) m = r;
        if (m === i) break;
        [this.items[i], this.items[m]] = [this.items[m]!, this.items[i]!];
        i = m;
      }
    }
    return top;
  }
}

/**
 * Clusters `articles` (in their canonical order, e.g. as stored) from scratch. `sourceOf`
 * names each article's outlet for the member records.
 */
export async function reclusterArticles(
  articles: readonly ClusterArticle[],
  params: Partial<ClusterParams> = {},
  sourceOf: (article: ClusterArticle) => string = (a) => a.source?.name ?? '',
  featuresOf: (article: ClusterArticle) => StoryFeatures = (a) => storyFeatures(a),
): Promise<Reclustered> {
  const p: ClusterParams = { ...DEFAULT_CLUSTER_PARAMS, ...params };
  const tx = new MemoryStoryTx(p.postingLimit);
  const feats = articles.map(featuresOf);

  // Final document frequencies first, over distinct texts, so every article is weighed alike.
  const firstOfText = new Map<string, number>();
  const unitOf: number[] = [];
  const units: number[] = [];
  feats.forEach((f, i) => {
    const twin = f.words >= p.twinMinWords ? firstOfText.get(f.hash) : undefined;
    if (twin !== undefined) {
      unitOf.push(unitOf[twin]!);
      return;
    }
    if (f.words >= p.twinMinWords) firstOfText.set(f.hash, i);
    unitOf.push(units.length);
    units.push(i);
  });
  for (const i of units) {
    const f = feats[i]!;
    const records = await tx.terms([...f.topic.keys(), ...f.identity.keys()], true);
    await tx.countDocument(records.map((r) => r!.id));
  }
  const docs = await tx.documents();

  // One story per distinct text, posted under its heaviest terms.
  const stories: (StoryRecord | null)[] = [];
  const version: number[] = [];
  const posted = new Map<number, number[]>();
  const post = (s: number, terms: readonly number[]): void => {
    for (const t of terms) {
      let list = posted.get(t);
      if (!list) posted.set(t, (list = []));
      if (list[list.length - 1] !== s) list.push(s);
    }
  };
  // Too little to place with anything (`minTerms`): such a text stays a story of its own, as online.
  const alone = new Set<number>();
  for (const [u, i] of units.entries()) {
    const w = await weigh(tx, feats[i]!, p, docs, sourceOf(articles[i]!), languageOf(articles[i]!));
    stories.push(newStory(articles[i]!, feats[i]!, w.vectors, u + 1));
    version.push(0);
    if (w.termIds.length < p.minTerms) alone.add(u);
    else post(u, w.query);
  }
  // Identical copies join their text's story now; they weigh nothing in the centroid.
  feats.forEach((f, i) => {
    const u = unitOf[i]!;
    if (units[u] === i) return;
    const s = stories[u]!;
    stories[u] = { ...s, articles: s.articles + 1, phrases: mergePhrases(s.phrases, f.phrases) };
  });

  // The story each merged one went into (union-find with path halving: postings resolve
  // through it on every lookup).
  const mergedInto = Int32Array.from(stories.keys());
  const root = (u: number): number => {
    let r = u;
    while (mergedInto[r] !== r) {
      mergedInto[r] = mergedInto[mergedInto[r]!]!;
      r = mergedInto[r]!;
    }
    return r;
  };

  const heap = new PairHeap();
  /** The stories `a`'s heaviest terms reach, with the weight they reach them by. */
  const reachOf = (a: number): Map<number, number> => {
    const weights: number[] = [];
    const terms = storyQuery(stories[a]!, p, weights);
    const reach = new Map<number, number>();
    terms.forEach((t, i) => {
      const list = posted.get(t) ?? [];
      for (let k = list.length - 1, n = 0; k >= 0 && n < p.postingLimit; k--) {
        // A story merged away is reached as the story it went into: its terms are still that story's.
        const b = root(list[k]!);
        if (b === a) continue;
        n++;
        reach.set(b, (reach.get(b) ?? 0) + weights[i]!);
      }
    });
    return reach;
  };
  // A story is compared with the few stories its heaviest terms reach most strongly, as an
  // article is online (four times as many, since merges are final). Merges are counted, and
  // each story records when it last changed and when it last looked, so a story that looks
  // again is compared only with those that changed since.
  let merges = 0;
  const changedAt = new Int32Array(stories.length);
  const lookedAt = new Int32Array(stories.length).fill(-1);
  const consider = (a: number): void => {
    const sa = stories[a]!;
    const reached = [...reachOf(a)].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, 4 * p.candidates);
    const profile = profileOf(sa);
    const since = changedAt[a]! > lookedAt[a]! ? -1 : lookedAt[a]!;
    lookedAt[a] = merges;
    for (const [b] of reached) {
      if (changedAt[b]! <= since) continue;
      const sb = stories[b]!;
      const margin = similarity(profile, profileOf(sb), p).score - mergeThreshold(sa, sb, p);
      if (margin >= 0) heap.push({ margin, a: Math.min(a, b), b: Math.max(a, b), va: version[Math.min(a, b)]!, vb: version[Math.max(a, b)]! });
    }
  };
  // Passes until one finds nothing more to merge. A story looks up others when it is formed,
  // so one that grew since may now be close to a story that was not near any of its parts:
  // each later pass compares every story again with those it reaches that changed since it
  // last looked (the pass after the last merge usually finds nothing).
  for (;;) {
    for (let u = 0; u < stories.length; u++) if (stories[u] !== null && !alone.has(u)) consider(u);
    if (heap.size === 0) break;
    while (heap.size > 0) {
      const top = heap.pop()!;
      if (stories[top.a] === null || stories[top.b] === null) continue;
      if (version[top.a] !== top.va || version[top.b] !== top.vb) {
        // One side grew since the pair was scored: score it again rather than drop it, or a
        // story close to both halves of a merge would never be compared with the whole.
        const margin = similarity(profileOf(stories[top.a]!), profileOf(stories[top.b]!), p).score - mergeThreshold(stories[top.a]!, stories[top.b]!, p);
        if (margin >= 0) heap.push({ margin, a: top.a, b: top.b, va: version[top.a]!, vb: version[top.b]! });
        continue;
      }
      // The older story (first in order) keeps its id.
      stories[top.a] = combine(stories[top.a]!, stories[top.b]!, p);
      stories[top.b] = null;
      mergedInto[top.b] = top.a;
      version[top.a]!++;
      changedAt[top.a] = ++merges;
      post(top.a, storyQuery(stories[top.a]!, p));
      consider(top.a);
    }
  }

  const members: StoryMemberRecord[] = articles.map((a, i) => ({ articleId: a.id, storyId: stories[root(unitOf[i]!)]!.id, textHash: feats[i]!.hash, source: sourceOf(a) }));
  const live = stories.filter((s): s is StoryRecord => s !== null);
  return { stories: live, members, terms: tx.vocabulary(), documents: docs };
}

/**
 * Writes a re-clustered state into `tx` (cleared first): terms with their final counts,
 * stories, memberships, and each story posted under its heaviest terms in creation order,
 * so that later articles find them as they would have been found online.
 */
export async function writeReclustered(tx: StoryTx, r: Reclustered, params: Partial<ClusterParams> = {}): Promise<void> {
  const p: ClusterParams = { ...DEFAULT_CLUSTER_PARAMS, ...params };
  await tx.clear();
  await tx.restoreTerms(r.terms, r.documents);
  const ordered = [...r.stories].sort((a, b) => a.seq - b.seq);
  for (const s of ordered) {
    await tx.putStory(s);
    await tx.post(s.id, storyQuery(s, p), s.seq);
  }
  for (const m of r.members) await tx.putMember(m);
}
