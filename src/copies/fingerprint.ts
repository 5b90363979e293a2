/**
 * Everything copy detection needs from one text, computed in one linear pass: the exact
 * text hash (for `identical`), the count of distinct shingles, the MinHash signature
 * (for LSH and the candidate filter) and the hashes of its sentences (for excerpts,
 * whose Jaccard with their original is too low for LSH).
 */
import * as hash from './hash.js';
import { SignatureBuilder } from './minhash.js';
import * as params from './params.js';
import * as shingles from './shingles.js';
import type { ShingleSet, Tokens } from './shingles.js';

// Bound once, not looked up through module namespaces in the per-shingle loop.
const { combine, fmix32, SEED_SENTENCE, SEED_SHINGLE_A, SEED_SHINGLE_B, SEED_TEXT_A, SEED_TEXT_B } = hash;
const { MIN_SENTENCE_TOKENS, SHINGLE_WORDS, SIGNATURE_BYTES } = params;
const { shingleCount, tokenize } = shingles;
const ShingleSetClass = shingles.ShingleSet;

/** What the index keeps, or looks up with. */
export interface Sketch {
  /** Tokens in the comparable form; 0 for a text with no letters or digits. */
  tokens: number;
  /** Distinct shingles. */
  shingles: number;
  /** 64-bit hash of the token sequence, as two halves. */
  textHashHi: number;
  textHashLo: number;
  signature: Uint8Array;
  /** Distinct hashes of the sentences with at least MIN_SENTENCE_TOKENS tokens, ascending. */
  sentences: Uint32Array;
}

/** A sketch plus what exact verification needs, kept while the text is at hand. */
export interface Fingerprint extends Sketch {
  tokenized: Tokens;
  set: ShingleSet;
}

const builder = new SignatureBuilder();

export function fingerprint(text: string): Fingerprint {
  const t = tokenize(text);
  const set = new ShingleSetClass(shingleCount(t.count));
  builder.reset();
  // The shingle loop of `forEachShingle`, inlined: this is the hottest code of a lookup.
  const positions = shingleCount(t.count);
  const width = Math.min(SHINGLE_WORDS, t.count);
  const ta = t.hashA;
  const tb = t.hashB;
  for (let p = 0; p < positions; p++) {
    let a = SEED_SHINGLE_A;
    let b = SEED_SHINGLE_B;
    for (let k = 0; k < width; k++) {
      a = combine(a, ta[p + k]!);
      b = combine(b, tb[p + k]!);
    }
    const lo = fmix32(a ^ width);
    const hi = fmix32(b ^ width);
    if (set.add(lo, hi)) builder.add(lo, hi);
  }
  const signature = builder.finish(new Uint8Array(SIGNATURE_BYTES));

  let ha = SEED_TEXT_A;
  let hb = SEED_TEXT_B;
  for (let i = 0; i < t.count; i++) {
    ha = combine(ha, t.hashA[i]!);
    hb = combine(hb, t.hashB[i]!);
  }

  const sentenceHashes: number[] = [];
  let from = 0;
  for (let s = 0; s < t.sentenceEnds.length; s++) {
    const to = t.sentenceEnds[s]!;
    if (to - from >= MIN_SENTENCE_TOKENS) {
      let h = SEED_SENTENCE;
      for (let i = from; i < to; i++) h = combine(h, t.hashA[i]!);
      sentenceHashes.push(fmix32(h ^ (to - from)));
    }
    from = to;
  }
  const sentences = Uint32Array.from(sentenceHashes).sort();
  let distinct = 0;
  for (let i = 0; i < sentences.length; i++) if (i === 0 || sentences[i] !== sentences[i - 1]) sentences[distinct++] = sentences[i]!;

  return {
    tokens: t.count,
    shingles: set.size,
    textHashHi: t.count === 0 ? 0 : fmix32(ha ^ t.count),
    textHashLo: t.count === 0 ? 0 : fmix32(hb),
    signature,
    sentences: sentences.slice(0, distinct),
    tokenized: t,
    set,
  };
}

/** The part of a fingerprint worth keeping once the text is gone. */
export function sketchOf(f: Fingerprint): Sketch {
  return { tokens: f.tokens, shingles: f.shingles, textHashHi: f.textHashHi, textHashLo: f.textHashLo, signature: f.signature, sentences: f.sentences };
}
