/**
 * MinHash signatures by one-permutation hashing (Li, Owen & Zhang 2012) with optimal
 * densification (Shrivastava 2017): each shingle is hashed once, its hash picks a bin, and
 * each bin keeps its minimum. A bin no shingle fell into borrows the minimum of another bin
 * chosen by a fixed probe sequence, so two texts' empty bins borrow alike and the
 * probability that bin i agrees is still their Jaccard similarity. Cost: one hash per
 * shingle plus O(bins), against O(shingles × functions) for classic MinHash.
 *
 * Only one byte per bin is kept (b-bit MinHash, Li & König 2010): two different minima
 * give the same byte with probability 1/256, which the estimator corrects for.
 */
import * as hash from './hash.js';
import * as params from './params.js';

// Bound once: per-shingle code must not call through module-namespace getters.
const { fmix32, SEED_BIN, SEED_BYTE, SEED_DENSIFY } = hash;
const { BANDS, MINHASH_BINS, ROWS } = params;

// Band keys pack the band number and its rows' bytes into 32 bits.
if (ROWS > 3 || BANDS > 255 || BANDS * ROWS > MINHASH_BINS) throw new Error('copies: band layout does not fit the signature or a 32-bit key');

const mins = new Uint32Array(MINHASH_BINS);
const filled = new Uint8Array(MINHASH_BINS);

/** Collects shingles into a signature; `finish` writes the bytes. Reused: single-threaded. */
export class SignatureBuilder {
  private any = false;

  reset(): void {
    mins.fill(0xffffffff);
    filled.fill(0);
    this.any = false;
  }

  add(lo: number, hi: number): void {
    // The bin comes from one lane and the value from the other, so they are independent.
    const bin = ((fmix32(lo ^ SEED_BIN) >>> 16) * MINHASH_BINS) >>> 16;
    if (filled[bin] === 0 || hi < mins[bin]!) mins[bin] = hi;
    filled[bin] = 1;
    this.any = true;
  }

  /** The signature bytes; all zero (and `empty`) for a text without shingles. */
  finish(out: Uint8Array = new Uint8Array(MINHASH_BINS)): Uint8Array {
    if (!this.any) {
      out.fill(0);
      return out;
    }
    for (let i = 0; i < MINHASH_BINS; i++) {
      let source = i;
      if (filled[i] === 0) {
        // Probe sequence depends on (bin, attempt) only; bounded, with a scan as the last resort.
        source = -1;
        for (let attempt = 1; attempt <= 4 * MINHASH_BINS && source < 0; attempt++) {
          const j = ((fmix32(Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x85ebca77) ^ SEED_DENSIFY) >>> 16) * MINHASH_BINS) >>> 16;
          if (filled[j] === 1) source = j;
        }
        for (let j = 0; source < 0 && j < MINHASH_BINS; j++) if (filled[(i + j) % MINHASH_BINS] === 1) source = (i + j) % MINHASH_BINS;
      }
      out[i] = fmix32(mins[source]! ^ SEED_BYTE) & 0xff;
    }
    return out;
  }
}

/** Share of agreeing bytes, corrected for the 1/256 chance agreement of b-bit minima: an unbiased Jaccard estimate. */
export function estimateJaccard(a: Uint8Array, aOffset: number, b: Uint8Array, bOffset: number): number {
  let same = 0;
  for (let i = 0; i < MINHASH_BINS; i++) if (a[aOffset + i] === b[bOffset + i]) same++;
  const chance = 1 / 256;
  return Math.max(0, (same / MINHASH_BINS - chance) / (1 - chance));
}

/**
 * Estimated share of the smaller set inside the larger, from the Jaccard estimate and both
 * sizes: |A∩B| = J(|A|+|B|)/(1+J).
 */
export function estimateContainment(jaccard: number, sizeA: number, sizeB: number): number {
  const small = Math.min(sizeA, sizeB);
  if (small === 0) return 0;
  return Math.min(1, (jaccard * (sizeA + sizeB)) / (1 + jaccard) / small);
}

/**
 * Band `band`'s key: the band number and its rows' bytes, packed without hashing so that
 * equal keys mean equal bytes. Fits 32 bits: 8 for the band, 8 per row.
 */
export function bandKey(signature: Uint8Array, offset: number, band: number): number {
  let key = band << 24;
  const base = offset + band * ROWS;
  for (let r = 0; r < ROWS; r++) key |= signature[base + r]! << (8 * r);
  return key >>> 0;
}

/** All band keys of a signature. */
export function bandKeys(signature: Uint8Array, offset = 0): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) keys.push(bandKey(signature, offset, b));
  return keys;
}
