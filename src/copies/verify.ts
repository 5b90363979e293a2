/**
 * Exact verification of a candidate pair from both texts: distinct-shingle Jaccard and
 * containment both ways, then the relation. LSH and sentence hits only nominate
 * candidates; nothing becomes a copy without passing here.
 */
import type { Fingerprint } from './fingerprint.js';
import * as hash from './hash.js';
import * as params from './params.js';

const { EXCERPT_CONTAINMENT, MIN_RELATION_SHINGLES, NEAR_CONTAINMENT, NEAR_JACCARD, NEAR_LENGTH_RATIO, REWRITE_CONTAINMENT } = params;
import { sameTokens, scanTokens, shingleCount, ShingleSet } from './shingles.js';

const { combine, fmix32, SEED_SHINGLE_A, SEED_SHINGLE_B, SEED_TEXT_A, SEED_TEXT_B } = hash;
const { SHINGLE_WORDS } = params;

export type CopyRelation = 'identical' | 'near-identical' | 'excerpt' | 'rewrite';

export const COPY_RELATIONS: readonly CopyRelation[] = ['identical', 'near-identical', 'excerpt', 'rewrite'];

export interface Overlap {
  /** Distinct shingles of each text and how many they share. */
  sizeA: number;
  sizeB: number;
  shared: number;
  jaccard: number;
  /** Share of A's shingles found in B. */
  aInB: number;
  bInA: number;
  /** Same token sequence (and at least one token). */
  identical: boolean;
}

export function overlap(a: Fingerprint, b: Fingerprint): Overlap {
  const identical = a.tokens > 0 && a.textHashHi === b.textHashHi && a.textHashLo === b.textHashLo && sameTokens(a.tokenized, b.tokenized);
  // Iterate the smaller table, probe the larger: linear in the smaller text.
  const [small, large] = a.set.size <= b.set.size ? [a.set, b.set] : [b.set, a.set];
  let shared = 0;
  for (let i = 0; i < small.used.length; i++) if (small.used[i] === 1 && large.has(small.lo[i]!, small.hi[i]!)) shared++;
  return overlapOf(a.set.size, b.set.size, shared, identical);
}

let scratchSet = new ShingleSet(1024);

/**
 * `overlap(query, fingerprint(text))` without building the candidate's fingerprint: its
 * shingles are streamed against the query's set, with no signature, sentence hashes or
 * copies. Exact verification runs once per surviving candidate, so this is the dearest
 * step of a lookup after the text normalization itself.
 */
export function overlapWithText(query: Fingerprint, queryText: string, text: string): Overlap {
  if (text === queryText) {
    const n = query.set.size;
    return { sizeA: n, sizeB: n, shared: n, jaccard: n === 0 ? 0 : 1, aInB: n === 0 ? 0 : 1, bInA: n === 0 ? 0 : 1, identical: query.tokens > 0 };
  }
  const t = scanTokens(text);
  let ha = SEED_TEXT_A;
  let hb = SEED_TEXT_B;
  for (let i = 0; i < t.count; i++) {
    ha = combine(ha, t.hashA[i]!);
    hb = combine(hb, t.hashB[i]!);
  }
  const identical =
    t.count > 0 && fmix32(ha ^ t.count) === query.textHashHi && fmix32(hb) === query.textHashLo && sameTokens(query.tokenized, t);

  const positions = shingleCount(t.count);
  // Reused across calls; replaced when too small, or far too large to clear cheaply.
  if (scratchSet.capacity < positions || scratchSet.capacity > 4 * positions + 4096) scratchSet = new ShingleSet(Math.max(positions, 1024));
  else scratchSet.clear();
  const set = scratchSet;
  const width = Math.min(SHINGLE_WORDS, t.count);
  let shared = 0;
  for (let p = 0; p < positions; p++) {
    let a = SEED_SHINGLE_A;
    let b = SEED_SHINGLE_B;
    for (let k = 0; k < width; k++) {
      a = combine(a, t.hashA[p + k]!);
      b = combine(b, t.hashB[p + k]!);
    }
    const lo = fmix32(a ^ width);
    const hi = fmix32(b ^ width);
    if (set.add(lo, hi) && query.set.has(lo, hi)) shared++;
  }
  return overlapOf(query.set.size, set.size, shared, identical);
}

// Marks of the query's shingle slots already counted, by generation: no clearing per call.
let seen = new Uint32Array(1024);
let generation = 0;

/**
 * `overlapWithText` for a candidate whose token hashes are at hand (kept by the index):
 * the same shingles, so the same figures, without the text. `distinct` is the candidate's
 * number of distinct shingles, known from when it was fingerprinted. Never `identical`:
 * a caller that sees equal text hashes must compare the texts themselves.
 */
export function overlapWithTokens(query: Fingerprint, tokens: { count: number; hashA: Uint32Array; hashB: Uint32Array }, distinct: number): Overlap {
  const set = query.set;
  if (seen.length < set.used.length) {
    seen = new Uint32Array(set.used.length);
    generation = 0;
  }
  generation = (generation + 1) >>> 0;
  if (generation === 0) {
    seen.fill(0);
    generation = 1;
  }
  const mark = generation;
  const positions = shingleCount(tokens.count);
  const width = Math.min(SHINGLE_WORDS, tokens.count);
  const ta = tokens.hashA;
  const tb = tokens.hashB;
  let shared = 0;
  // The shingle loop of `forEachShingle`, inlined as in fingerprint(): a callback per shingle would cost every verification from kept words.
  for (let p = 0; p < positions; p++) {
    let a = SEED_SHINGLE_A;
    let b = SEED_SHINGLE_B;
    for (let k = 0; k < width; k++) {
      a = combine(a, ta[p + k]!);
      b = combine(b, tb[p + k]!);
    }
    const slot = set.slotOf(fmix32(a ^ width), fmix32(b ^ width));
    if (slot >= 0 && seen[slot] !== mark) {
      seen[slot] = mark;
      shared++;
    }
  }
  return overlapOf(set.size, distinct, shared, false);
}

/** The same overlap seen from the other side. */
export function flip(o: Overlap): Overlap {
  return { sizeA: o.sizeB, sizeB: o.sizeA, shared: o.shared, jaccard: o.jaccard, aInB: o.bInA, bInA: o.aInB, identical: o.identical };
}

/** The copy relation between two texts, or null when they are not copies. Symmetric except for which side an excerpt is. */
export function classify(o: Overlap): CopyRelation | null {
  if (o.identical) return 'identical';
  const small = Math.min(o.sizeA, o.sizeB);
  const large = Math.max(o.sizeA, o.sizeB);
  if (small < MIN_RELATION_SHINGLES) return null;
  const contained = Math.max(o.aInB, o.bInA);
  const ratio = small / large;
  if (o.jaccard >= NEAR_JACCARD) return 'near-identical';
  if (contained >= NEAR_CONTAINMENT && ratio >= NEAR_LENGTH_RATIO) return 'near-identical';
  if (contained >= EXCERPT_CONTAINMENT && ratio < NEAR_LENGTH_RATIO) return 'excerpt';
  if (contained >= REWRITE_CONTAINMENT) return 'rewrite';
  return null;
}

/** Jaccard and containment both ways from the two set sizes and what they share. */
function overlapOf(sizeA: number, sizeB: number, shared: number, identical: boolean): Overlap {
  const union = sizeA + sizeB - shared;
  return {
    sizeA,
    sizeB,
    shared,
    jaccard: union === 0 ? 0 : shared / union,
    aInB: sizeA === 0 ? 0 : shared / sizeA,
    bInA: sizeB === 0 ? 0 : shared / sizeB,
    identical,
  };
}
