/**
 * The story state in memory, behind the same `StoryTx` interface as the SQLite store, so the
 * one driver in online.ts decides for both and the two cannot drift apart.
 */
import type { StoryMemberRecord, StoryRecord, StoryTermRecord, StoryTx } from '../store/store.js';
import { own } from './own.js';
import { strongest } from '../store/reach.js';

export class MemoryStoryTx implements StoryTx {
  private docs = 0;
  private readonly termIds = new Map<string, number>();
  /** df by term id; index 0 unused, as SQLite's rowids start at 1. */
  private df = new Int32Array(1024);
  private nextTerm = 1;
  /**
   * Per term, story handles oldest post first; only the newest `keep` are kept, which is all
   * a lookup reads. Handles are small integers (`idOf`), so a lookup sums its weights in an
   * array rather than a map keyed by story id: the lookup was the clusterer's costliest step
   * at 100k articles.
   */
  private readonly posted = new Map<number, number[]>();
  private readonly handleOf = new Map<string, number>();
  private readonly idOf: string[] = [];
  /** Per handle, the weight reaching it in the lookup under way (zero between lookups). */
  private reached = new Float64Array(1024);
  private readonly storyById = new Map<string, StoryRecord>();
  /** Story ids in creation order (a Set keeps insertion order and deletes in O(1)). */
  private readonly order = new Set<string>();
  private readonly memberOf = new Map<string, StoryMemberRecord>();
  private readonly byStory = new Map<string, string[]>();
  private readonly byText = new Map<string, string>();
  private readonly young = new Map<string, Uint8Array>();

  constructor(private readonly keep: number) {}

  async documents(): Promise<number> {
    return this.docs;
  }

  async terms(terms: readonly string[], create: boolean): Promise<(StoryTermRecord | null)[]> {
    return terms.map((term) => {
      let id = this.termIds.get(term);
      if (id === undefined) {
        if (!create) return null;
        id = this.nextTerm++;
        // Kept for the life of the clusterer: a copy, not a view of the article it came from (own.ts).
        this.termIds.set(own(term), id);
        if (id >= this.df.length) {
          const grown = new Int32Array(Math.ceil(this.df.length * 1.5) + 16);
          grown.set(this.df);
          this.df = grown;
        }
      }
      return { id, term, df: this.df[id]! };
    });
  }

  async countDocument(termIds: readonly number[]): Promise<void> {
    for (const id of termIds) this.df[id]!++;
    this.docs++;
  }

  /** The same lookup as `strongestReached` (store/reach.ts) over the SQLite postings, on handles. */
  async reach(termIds: readonly number[], weights: readonly number[], limit: number, count: number): Promise<string[]> {
    const reached = this.reached;
    const touched: number[] = [];
    for (let i = 0; i < termIds.length; i++) {
      const list = this.posted.get(termIds[i]!);
      const weight = weights[i]!;
      if (!list || !(weight > 0)) continue;
      for (let k = list.length - 1, n = 0; k >= 0 && n < limit; k--, n++) {
        const h = list[k]!;
        if (reached[h] === 0) touched.push(h);
        reached[h]! += weight;
      }
    }
    const best = strongest(touched, (h) => reached[h]!, (a, b) => this.idOf[a]! < this.idOf[b]!, count);
    for (const h of touched) reached[h] = 0;
    return best.map((h) => this.idOf[h]!);
  }

  private handle(storyId: string): number {
    let h = this.handleOf.get(storyId);
    if (h === undefined) {
      h = this.idOf.length;
      this.idOf.push(storyId);
      this.handleOf.set(storyId, h);
      if (h >= this.reached.length) {
        const grown = new Float64Array(this.reached.length * 2);
        grown.set(this.reached);
        this.reached = grown;
      }
    }
    return h;
  }

  async post(storyId: string, termIds: readonly number[]): Promise<void> {
    const h = this.handle(storyId);
    for (const id of termIds) {
      let list = this.posted.get(id);
      if (!list) this.posted.set(id, (list = []));
      const at = list.lastIndexOf(h);
      if (at === list.length - 1 && at >= 0) continue;
      if (at >= 0) list.splice(at, 1);
      list.push(h);
      if (list.length > this.keep) list.shift();
    }
  }

  async stories(ids: readonly string[]): Promise<StoryRecord[]> {
    const out: StoryRecord[] = [];
    for (const id of ids) {
      const s = this.storyById.get(id);
      if (s) out.push(s);
    }
    return out;
  }

  async putStory(record: StoryRecord): Promise<void> {
    this.order.add(record.id);
    this.storyById.set(record.id, record);
  }

  async storyIds(): Promise<string[]> {
    return [...this.order];
  }

  async members(articleIds: readonly string[]): Promise<StoryMemberRecord[]> {
    const out: StoryMemberRecord[] = [];
    for (const id of articleIds) {
      const m = this.memberOf.get(id);
      if (m) out.push(m);
    }
    return out;
  }

  async membersOf(storyId: string): Promise<StoryMemberRecord[]> {
    return [...(this.byStory.get(storyId) ?? [])].sort().map((id) => this.memberOf.get(id)!);
  }

  async storyWithText(textHash: string): Promise<string | null> {
    return this.byText.get(textHash) ?? null;
  }

  async putMember(record: StoryMemberRecord): Promise<void> {
    const previous = this.memberOf.get(record.articleId);
    if (previous) {
      const list = this.byStory.get(previous.storyId) ?? [];
      list.splice(list.indexOf(record.articleId), 1);
      // A member that moves (a young story's split) takes its text along, as SQLite reads the text's story from its members.
      if (this.byText.get(previous.textHash) === previous.storyId) this.byText.delete(previous.textHash);
    }
    this.memberOf.set(record.articleId, record);
    let list = this.byStory.get(record.storyId);
    if (!list) this.byStory.set(record.storyId, (list = []));
    list.push(record.articleId);
    if (!this.byText.has(record.textHash)) this.byText.set(record.textHash, record.storyId);
  }

  async mergeStories(fromId: string, intoId: string): Promise<void> {
    const moving = this.byStory.get(fromId) ?? [];
    let into = this.byStory.get(intoId);
    if (!into) this.byStory.set(intoId, (into = []));
    for (const articleId of moving) {
      const m = this.memberOf.get(articleId)!;
      this.memberOf.set(articleId, { ...m, storyId: intoId });
      if (this.byText.get(m.textHash) === fromId) this.byText.set(m.textHash, intoId);
      into.push(articleId);
    }
    this.byStory.delete(fromId);
    this.storyById.delete(fromId);
    this.order.delete(fromId);
  }

  async youngOf(storyId: string): Promise<{ articleId: string; vectors: Uint8Array }[]> {
    const out: { articleId: string; vectors: Uint8Array }[] = [];
    for (const articleId of [...(this.byStory.get(storyId) ?? [])].sort()) {
      const vectors = this.young.get(articleId);
      if (vectors) out.push({ articleId, vectors });
    }
    return out;
  }

  async putYoung(articleId: string, vectors: Uint8Array): Promise<void> {
    this.young.set(articleId, vectors);
  }

  async dropYoung(storyId: string): Promise<void> {
    for (const articleId of this.byStory.get(storyId) ?? []) this.young.delete(articleId);
  }

  async clear(): Promise<void> {
    this.young.clear();
    this.docs = 0;
    this.termIds.clear();
    this.df = new Int32Array(1024);
    this.nextTerm = 1;
    this.posted.clear();
    this.handleOf.clear();
    this.idOf.length = 0;
    this.reached = new Float64Array(1024);
    this.storyById.clear();
    this.order.clear();
    this.memberOf.clear();
    this.byStory.clear();
    this.byText.clear();
  }

  async restoreTerms(terms: readonly StoryTermRecord[], documents: number): Promise<void> {
    for (const t of terms) {
      this.termIds.set(t.term, t.id);
      if (t.id >= this.df.length) {
        const grown = new Int32Array(t.id + 1024);
        grown.set(this.df);
        this.df = grown;
      }
      this.df[t.id] = t.df;
      this.nextTerm = Math.max(this.nextTerm, t.id + 1);
    }
    this.docs = documents;
  }

  /** Every term with its id and df, in id order: what a store keeps after a re-cluster. */
  vocabulary(): StoryTermRecord[] {
    const out: StoryTermRecord[] = [];
    for (const [term, id] of this.termIds) out[id - 1] = { id, term, df: this.df[id]! };
    return out;
  }

  /** Articles clustered. */
  get size(): number {
    return this.memberOf.size;
  }
}
