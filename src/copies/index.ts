/**
 * Copy detection: which articles are the same report (identical, near-identical), part of
 * one (excerpt), or a light rewrite of one, so that corroborate counts them as one source.
 *
 * `CopyIndex` is the in-memory, incremental index: `add(article)` returns the article's
 * verified copy relations and files it; `groups()` gives connected components with their
 * likely original. `updateCopies` / `copyGroupsFor` (./update.ts) do the same against the
 * store, for the pipeline.
 *
 * A lookup never scans the index. Candidates come from three places, each a hash probe:
 * the exact text hash; 32 LSH bands of the MinHash signature (similar texts, Jaccard ≳ 0.4);
 * and the hashes of the article's sentences (excerpts and partial rewrites, whose Jaccard
 * with the original is low but which share whole sentences). Candidates are filtered on
 * their estimated containment from the signatures, then verified exactly: the candidate's
 * shingles against the query's.
 *
 * Memory per article, all in typed arrays: 128 signature bytes, 32 band entries of 5 bytes
 * (the entry and 8 bits of its key's hash) in an open-addressed multimap (≤ 80 % full), up
 * to 16 filed sentences of 8 bytes in another, and a few words of bookkeeping: about 675
 * bytes for a news report with growth slack, measured by `memory()` and by the bench's heap
 * delta. Texts are not copied: the index keeps a reference to each article for its groups.
 * Verification re-reads the candidate's text; with `keepWords` the index instead keeps each
 * filed article's words as numbers (./wordstore.ts, about 1.8 bytes a token, ~700 bytes for
 * the bench's 380-token articles, counted apart from the figure above), because normalizing
 * and scanning the text again is about a third of a lookup's cost.
 */
import { fingerprint, type Fingerprint, type Sketch } from './fingerprint.js';
import { bandKey, estimateContainment, estimateJaccard } from './minhash.js';
import { fmix32 } from './hash.js';
import {
  BAND_BUCKET_CAP,
  BANDS,
  CANDIDATE_MIN_CONTAINMENT,
  ESTIMATE_MIN_SHINGLES,
  MAX_INDEXED_SENTENCES,
  MAX_VERIFICATIONS,
  MIN_RELATION_SHINGLES,
  SENTENCE_BUCKET_CAP,
  SIGNATURE_BYTES,
} from './params.js';
import { classify, flip, overlapWithText, overlapWithTokens, type CopyRelation, type Overlap } from './verify.js';
import { scanTokens } from './shingles.js';
import { WordStore } from './wordstore.js';
import { compareOriginal, groupId, memberRelation, originalMember, UnionFind, type CopyGroup, type CopyMember, type OriginFacts } from './groups.js';
import { Grow, HeadTable, MultiTable } from './tables.js';

export type { CopyRelation } from './verify.js';
export type { CopyGroup, CopyMember } from './groups.js';
export { fingerprint, sketchOf, type Fingerprint, type Sketch } from './fingerprint.js';
export { updateCopies, fileCopies, filedIds, copyGroupsFor, type UpdateCopiesOptions } from './update.js';

/** What copy detection reads from an article. */
export interface CopyArticle {
  id: string;
  text: string;
  published: { value: string | null };
}

/** A verified copy relation of the looked-up article to one already indexed. */
export interface CopyMatch {
  id: string;
  relation: CopyRelation;
  jaccard: number;
  /** Share of the looked-up article's shingles found in the match, and the reverse. */
  queryInMatch: number;
  matchInQuery: number;
}

/** Work done by the last lookup: how far it looked, for tests and the bench. */
export interface LookupStats {
  /** Distinct articles reached through the exact, band and sentence tables. */
  candidates: number;
  /** Candidates that passed the estimate filter. */
  estimated: number;
  /** Exact verifications run (each reads the candidate's text). */
  verified: number;
}

export interface IndexMemory {
  articles: number;
  /** Bytes of every typed array the index holds, allocated capacity included, but for the verification words. */
  bytes: number;
  bytesPerArticle: number;
  /** The verification words and their dictionary, allocated capacity included; 0 without `keepWords`. */
  wordBytes: number;
  wordBytesPerArticle: number;
  /** The parts, for the bench. */
  parts: Record<string, number>;
}

export interface CopyIndexOptions {
  /**
   * Keep each filed article's words (about 1.8 bytes per token) so that verifying a
   * candidate does not normalize and scan its text again: about 1.3× faster lookups for
   * about 700 more bytes per article. Default off, so the index stays within 1 KB per
   * article; verification then re-reads the candidate's text.
   */
  keepWords?: boolean;
}

/** Pointer size assumed for the one array slot per article that references the article. */
const REFERENCE_BYTES = 8;

export class CopyIndex {
  private readonly articles: CopyArticle[] = [];
  private readonly signatures = new Grow(Uint8Array, 1024 * SIGNATURE_BYTES);
  private readonly shingles = new Grow(Uint32Array, 1024);
  private readonly textHi = new Grow(Uint32Array, 1024);
  private readonly textLo = new Grow(Uint32Array, 1024);
  private readonly uf = new UnionFind(1024);
  /** At a group's root: its original. */
  private readonly original = new Grow(Int32Array, 1024);
  /** Circular list of each group's members, so a group is listed without a scan. */
  private readonly memberNext = new Grow(Int32Array, 1024);
  /**
   * Filed articles' tokens as word numbers, for exact verification without their texts;
   * null unless `keepWords`, so the default index allocates no word arrays at all.
   */
  private readonly words: WordStore | null;

  /** Band key → entries `article * BANDS + band`; the key is recomputed from the stored signature, so only the entry is stored. */
  private readonly bands: MultiTable;
  /** Sentence hash → article. */
  private readonly sentences: MultiTable;
  private readonly found = new Int32Array(Math.max(BAND_BUCKET_CAP, SENTENCE_BUCKET_CAP));
  /** Exact text hash → first article with that text. Identical later copies are not filed anywhere: their group represents them. */
  private readonly exact: HeadTable;
  /** Article id → number. */
  private readonly ids: HeadTable;

  // Probe keys for the tables' key tests, set before each probe (no closure per probe).
  private probeHi = 0;
  private probeLo = 0;
  private probeId = '';
  private readonly isText = (a: number): boolean => this.textHi.data[a] === this.probeHi && this.textLo.data[a] === this.probeLo;
  private readonly isId = (a: number): boolean => this.articles[a]!.id === this.probeId;

  // Per-lookup candidate scratch: open-addressed by article number, reset by stamp.
  private candSlots = new Int32Array(4096);
  private candStamp = new Uint32Array(4096);
  private candList = new Int32Array(2048);
  private stamp = 0;

  /** What the last lookup (or add) did. */
  readonly lastLookup: LookupStats = { candidates: 0, estimated: 0, verified: 0 };

  constructor(options: CopyIndexOptions = {}) {
    this.words = options.keepWords ? new WordStore() : null;
    this.bands = new MultiTable((entry) => bandKey(this.signatures.data, ((entry / BANDS) | 0) * SIGNATURE_BYTES, entry % BANDS), 1024 * BANDS);
    this.sentences = new MultiTable(null, 4096);
    this.exact = new HeadTable((a) => fmix32(this.textLo.data[a]! ^ Math.imul(this.textHi.data[a]!, 0x9e3779b1)), 1024);
    this.ids = new HeadTable((a) => stringHash(this.articles[a]!.id), 1024);
  }

  get size(): number {
    return this.articles.length;
  }

  has(id: string): boolean {
    return this.numberOf(id) >= 0;
  }

  /**
   * Copy relations of `article` to indexed articles, at most one per group, best first.
   * `print` may be a precomputed fingerprint or sketch of the article's text; without the
   * shingle set, the text is read again only if a candidate needs verifying.
   */
  lookup(article: CopyArticle, print: Sketch | Fingerprint = fingerprint(article.text)): CopyMatch[] {
    // An article already indexed is not its own copy.
    return this.find(article, print, this.numberOf(article.id)).matches;
  }

  /** Looks the article up, files it, and joins it to the groups it matches. Adding an id again returns its matches without refiling. */
  add(article: CopyArticle, print: Sketch | Fingerprint = fingerprint(article.text)): CopyMatch[] {
    const existing = this.numberOf(article.id);
    if (existing >= 0) return this.find(article, print, existing).matches;
    const { matches, numbers, identicalTo, full } = this.find(article, print, -1);
    const a = this.push(article, print);
    const filed = identicalTo < 0 && this.file(a, print);
    if (this.words) {
      // Only articles filed under band or sentence keys can become candidates that need
      // verifying; the rest get an empty entry, as the store holds one per article number.
      // A sketch's text was already tokenized if a candidate was verified: not scanned again.
      this.words.push(filed ? (full?.tokenized ?? scanTokens(article.text)) : null);
    }
    for (const m of numbers) this.join(a, m);
    return matches;
  }

  /** Every copy group (two or more members), ordered by group id. */
  groups(): CopyGroup[] {
    const out: CopyGroup[] = [];
    for (let a = 0; a < this.articles.length; a++) {
      if (this.uf.find(a) !== a || this.uf.size[a]! < 2) continue;
      out.push(this.describe(a));
    }
    return out.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  }

  /** True when both ids are indexed and in one copy group. */
  sameGroup(a: string, b: string): boolean {
    const x = this.numberOf(a);
    const y = this.numberOf(b);
    return x >= 0 && y >= 0 && this.uf.find(x) === this.uf.find(y);
  }

  /** The group of an indexed article, or null when it has no copies. */
  groupOf(id: string): CopyGroup | null {
    const a = this.numberOf(id);
    if (a < 0) return null;
    const root = this.uf.find(a);
    return this.uf.size[root]! < 2 ? null : this.describe(root);
  }

  memory(): IndexMemory {
    const parts: Record<string, number> = {
      signatures: this.signatures.bytes,
      'per-article words': this.shingles.bytes + this.textHi.bytes + this.textLo.bytes + this.uf.bytes + this.original.bytes + this.memberNext.bytes,
      'band table': this.bands.bytes,
      'sentence table': this.sentences.bytes,
      'exact + id heads': this.exact.bytes + this.ids.bytes,
      'article references': this.articles.length * REFERENCE_BYTES,
    };
    const bytes = Object.values(parts).reduce((s, v) => s + v, 0);
    const words = this.words?.bytes;
    const wordBytes = words ? words.pool + words.offsets + words.dictionary : 0;
    const n = this.articles.length;
    return { articles: n, bytes, bytesPerArticle: n === 0 ? 0 : bytes / n, wordBytes, wordBytesPerArticle: n === 0 ? 0 : wordBytes / n, parts };
  }

  // ---- lookup ----

  /** `full` is the query's fingerprint when it was given or had to be built, so `add` need not tokenize the text again. */
  private find(
    article: CopyArticle,
    print: Sketch | Fingerprint,
    self: number,
  ): { matches: CopyMatch[]; numbers: number[]; identicalTo: number; full: Fingerprint | null } {
    const stats = this.lastLookup;
    stats.candidates = 0;
    stats.estimated = 0;
    stats.verified = 0;
    let full: Fingerprint | null = 'set' in print ? print : null;
    if (print.tokens === 0) return { matches: [], numbers: [], identicalTo: -1, full };
    const query = (): Fingerprint => (full ??= fingerprint(article.text));

    // An identical text already indexed: that is the match, and its group holds the rest.
    this.probeHi = print.textHashHi;
    this.probeLo = print.textHashLo;
    const exactSlot = this.exact.slot(fmix32(print.textHashLo ^ Math.imul(print.textHashHi, 0x9e3779b1)), this.isText);
    const twin = this.exact.heads[exactSlot]!;
    if (twin >= 0 && twin !== self) {
      stats.candidates = 1;
      stats.verified = 1;
      const o = overlapWithText(query(), article.text, this.articles[twin]!.text);
      if (o.identical) return { matches: [toMatch(this.articles[twin]!.id, 'identical', o)], numbers: [twin], identicalTo: twin, full };
    }
    if (print.shingles < MIN_RELATION_SHINGLES) return { matches: [], numbers: [], identicalTo: -1, full };

    const count = this.collect(print, self);
    // Filter on the estimate, then verify the most promising first.
    const scored: { a: number; score: number }[] = [];
    const sig = this.signatures.data;
    for (let i = 0; i < count; i++) {
      const a = this.candList[i]!;
      const size = this.shingles.data[a]!;
      if (size < MIN_RELATION_SHINGLES) continue;
      const j = estimateJaccard(print.signature, 0, sig, a * SIGNATURE_BYTES);
      const score = estimateContainment(j, print.shingles, size);
      if (Math.min(print.shingles, size) >= ESTIMATE_MIN_SHINGLES && score < CANDIDATE_MIN_CONTAINMENT) continue;
      scored.push({ a, score });
    }
    scored.sort((x, y) => y.score - x.score || x.a - y.a);
    stats.candidates += count;
    stats.estimated = scored.length;

    const matches: CopyMatch[] = [];
    const numbers: number[] = [];
    const roots: number[] = [];
    let verified = 0;
    for (const { a } of scored) {
      if (verified >= MAX_VERIFICATIONS) break;
      const root = this.uf.find(a);
      if (roots.includes(root)) continue;
      verified++;
      stats.verified++;
      // Equal text hashes need the texts themselves to tell `identical`.
      const o =
        !this.words || (this.textHi.data[a] === print.textHashHi && this.textLo.data[a] === print.textHashLo)
          ? overlapWithText(query(), article.text, this.articles[a]!.text)
          : overlapWithTokens(query(), this.words.read(a), this.shingles.data[a]!);
      const relation = classify(o);
      if (!relation) continue;
      roots.push(root);
      numbers.push(a);
      matches.push(toMatch(this.articles[a]!.id, relation, o));
    }
    return { matches, numbers, identicalTo: -1, full };
  }

  /** Gathers distinct candidate article numbers into `candList`; returns how many. */
  private collect(print: Sketch, self: number): number {
    const maxEntries = BANDS * BAND_BUCKET_CAP + print.sentences.length * SENTENCE_BUCKET_CAP;
    this.ensureScratch(maxEntries);
    this.stamp = (this.stamp + 1) >>> 0;
    if (this.stamp === 0) {
      this.candStamp.fill(0);
      this.stamp = 1;
    }
    let count = 0;
    const add = (a: number): void => {
      if (a === self) return;
      const slot = this.candidateSlot(a);
      if (this.candStamp[slot] === this.stamp) return;
      this.candStamp[slot] = this.stamp;
      this.candSlots[slot] = a;
      this.candList[count++] = a;
    };
    const found = this.found;
    for (let b = 0; b < BANDS; b++) {
      const n = this.bands.collect(bandKey(print.signature, 0, b), found, 0, BAND_BUCKET_CAP);
      for (let i = 0; i < n; i++) add((found[i]! / BANDS) | 0);
    }
    for (let s = 0; s < print.sentences.length; s++) {
      const n = this.sentences.collect(print.sentences[s]!, found, 0, SENTENCE_BUCKET_CAP);
      for (let i = 0; i < n; i++) add(found[i]!);
    }
    return count;
  }

  private candidateSlot(a: number): number {
    const mask = this.candSlots.length - 1;
    let s = fmix32(a) & mask;
    while (this.candStamp[s] === this.stamp && this.candSlots[s] !== a) s = (s + 1) & mask;
    return s;
  }

  private ensureScratch(entries: number): void {
    if (entries * 2 <= this.candSlots.length) return;
    let size = this.candSlots.length;
    while (size < entries * 2) size *= 2;
    this.candSlots = new Int32Array(size);
    this.candStamp = new Uint32Array(size);
    this.candList = new Int32Array(size);
    this.stamp = 0;
  }

  // ---- filing ----

  private numberOf(id: string): number {
    this.probeId = id;
    const head = this.ids.heads[this.ids.slot(stringHash(id), this.isId)]!;
    return head;
  }

  private push(article: CopyArticle, print: Sketch): number {
    const a = this.articles.length;
    this.articles.push(article);
    this.signatures.ensure((a + 1) * SIGNATURE_BYTES).set(print.signature, a * SIGNATURE_BYTES);
    this.shingles.ensure(a + 1)[a] = print.shingles;
    this.textHi.ensure(a + 1)[a] = print.textHashHi;
    this.textLo.ensure(a + 1)[a] = print.textHashLo;
    this.uf.push();
    this.original.ensure(a + 1)[a] = a;
    this.memberNext.ensure(a + 1)[a] = a;
    this.probeId = article.id;
    this.ids.set(this.ids.slot(stringHash(article.id), this.isId), a);
    return a;
  }

  /** Files `a`; true when under band and sentence keys, i.e. when it can become a candidate that needs verifying. */
  private file(a: number, print: Sketch): boolean {
    if (print.tokens === 0) return false;
    this.probeHi = print.textHashHi;
    this.probeLo = print.textHashLo;
    const exactSlot = this.exact.slot(fmix32(print.textHashLo ^ Math.imul(print.textHashHi, 0x9e3779b1)), this.isText);
    if (this.exact.heads[exactSlot]! < 0) this.exact.set(exactSlot, a);
    // A text too short for any relation but `identical` is found through the exact table only.
    if (print.shingles < MIN_RELATION_SHINGLES) return false;

    for (let b = 0; b < BANDS; b++) this.bands.insert(bandKey(print.signature, 0, b), a * BANDS + b, BAND_BUCKET_CAP);
    // The smallest hashes come first: a consistent sample, see MAX_INDEXED_SENTENCES.
    const take = Math.min(MAX_INDEXED_SENTENCES, print.sentences.length);
    for (let i = 0; i < take; i++) this.sentences.insert(print.sentences[i]!, a, SENTENCE_BUCKET_CAP);
    return true;
  }

  // ---- groups ----

  private facts(a: number): OriginFacts {
    const article = this.articles[a]!;
    return { id: article.id, published: article.published.value, chars: article.text.length };
  }

  private join(a: number, b: number): void {
    const ra = this.uf.find(a);
    const rb = this.uf.find(b);
    if (ra === rb) return;
    const oa = this.original.data[ra]!;
    const ob = this.original.data[rb]!;
    const { root } = this.uf.union(ra, rb);
    this.original.data[root] = compareOriginal(this.facts(oa), this.facts(ob)) <= 0 ? oa : ob;
    // Splice the two circular member lists into one.
    const next = this.memberNext.data;
    const t = next[ra]!;
    next[ra] = next[rb]!;
    next[rb] = t;
  }

  private describe(root: number): CopyGroup {
    const o = this.original.data[root]!;
    const originalText = this.articles[o]!.text;
    const originalPrint = fingerprint(originalText);
    const members: CopyMember[] = [originalMember(this.facts(o))];
    const next = this.memberNext.data;
    for (let m = next[root]!; ; m = next[m]!) {
      if (m !== o) {
        const rel = memberRelation(flip(overlapWithText(originalPrint, originalText, this.articles[m]!.text)));
        members.push({ ...this.facts(m), ...rel });
      }
      if (m === root) break;
    }
    members.sort((x, y) => (x.relation === 'original' ? -1 : y.relation === 'original' ? 1 : compareOriginal(x, y)));
    return { id: groupId(this.articles[o]!.id), original: this.articles[o]!.id, members };
  }
}

function toMatch(id: string, relation: CopyRelation, o: Overlap): CopyMatch {
  return { id, relation, jaccard: o.jaccard, queryInMatch: o.aInB, matchInQuery: o.bInA };
}

function stringHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return fmix32(h);
}
