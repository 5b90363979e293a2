/** 32-bit hashing helpers. Fixed seeds: the same text gives the same fingerprint on every run and machine. */

/** MurmurHash3's finalizer: a bijection on 32 bits that spreads every input bit over the output. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Order-dependent combination of a running hash with the next value. Stays a signed 32-bit integer, which V8 keeps unboxed; `fmix32` makes the final value unsigned. */
export function combine(h: number, v: number): number {
  return Math.imul(((h << 5) | (h >>> 27)) ^ v, 0x27d4eb2d);
}

export const SEED_TOKEN_A = 0x811c9dc5;
export const SEED_TOKEN_B = 0x2f0a9d3b;
export const SEED_SHINGLE_A = 0x9e3779b9;
export const SEED_SHINGLE_B = 0x7f4a7c15;
export const SEED_BIN = 0x68e31da4;
export const SEED_BYTE = 0xb5297a4d;
export const SEED_DENSIFY = 0x1b873593;
export const SEED_SENTENCE = 0xcc9e2d51;
export const SEED_TEXT_A = 0x3c6ef372;
export const SEED_TEXT_B = 0xa54ff53a;

/** Hex of two 32-bit halves: the 64-bit text hash as stored. */
export function hex64(hi: number, lo: number): string {
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}
