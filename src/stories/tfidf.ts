/**
 * Term ids, document frequencies kept as articles arrive, and sparse vectors as two sorted
 * typed arrays (ids ascending, float32 weights): 8 bytes an entry, merged and compared in
 * one linear walk, and stored as they are (a BLOB) so the SQLite path computes with
 * exactly the numbers the in-memory one does.
 */

export interface Sparse {
  ids: Int32Array;
  w: Float32Array;
}

export const EMPTY: Sparse = { ids: new Int32Array(0), w: new Float32Array(0) };

/**
 * Smoothed inverse document frequency. `docs` and `df` count distinct texts seen before
 * the article being weighed, so a term first seen now is as rare as it can be.
 */
export function idf(docs: number, df: number): number {
  return Math.log((docs + 1) / (df + 1)) + 1;
}

/**
 * A sparse vector from parallel arrays of distinct ids and their weights. Each id and its
 * index are packed in one float64 (the id times 2^20 plus the index), so one native numeric
 * sort orders them, with no pair objects and no comparator: this runs for every article.
 */
export function sparseOf(ids: ArrayLike<number>, weights: ArrayLike<number>): Sparse {
  const n = ids.length;
  if (n >= 1 << 20) return sparse(Array.from({ length: n }, (_, i) => [ids[i]!, weights[i]!] as const));
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = ids[i]! * 1048576 + i;
  keys.sort();
  const out = { ids: new Int32Array(n), w: new Float32Array(n) };
  for (let k = 0; k < n; k++) {
    const key = keys[k]!;
    const i = key % 1048576;
    out.ids[k] = (key - i) / 1048576;
    out.w[k] = weights[i]!;
  }
  return out;
}

/** A sparse vector from (id, weight) pairs with distinct ids. */
export function sparse(entries: readonly (readonly [number, number])[]): Sparse {
  const sorted = [...entries].sort((a, b) => a[0] - b[0]);
  const ids = new Int32Array(sorted.length);
  const w = new Float32Array(sorted.length);
  sorted.forEach(([id, weight], i) => {
    ids[i] = id;
    w[i] = weight;
  });
  return { ids, w };
}

export function norm(v: Sparse): number {
  let s = 0;
  for (let i = 0; i < v.w.length; i++) s += v.w[i]! * v.w[i]!;
  return Math.sqrt(s);
}

/** The vector scaled to unit length (unchanged when empty). */
export function unit(v: Sparse): Sparse {
  const n = norm(v);
  if (n === 0) return v;
  const w = new Float32Array(v.w.length);
  for (let i = 0; i < w.length; i++) w[i] = v.w[i]! / n;
  return { ids: v.ids, w };
}

export function dot(a: Sparse, b: Sparse): number {
  let i = 0;
  let j = 0;
  let s = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) s += a.w[i++]! * b.w[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return s;
}

/** a + scale·b. The union is counted first, so each array is allocated once, at its size. */
export function add(a: Sparse, b: Sparse, scale = 1): Sparse {
  const ai = a.ids;
  const bi = b.ids;
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x <= y) i++;
    if (y <= x) j++;
    n++;
  }
  n += ai.length - i + bi.length - j;
  const ids = new Int32Array(n);
  const w = new Float32Array(n);
  i = 0;
  j = 0;
  n = 0;
  while (i < ai.length || j < bi.length) {
    const x = i < ai.length ? ai[i]! : Infinity;
    const y = j < bi.length ? bi[j]! : Infinity;
    if (x === y) {
      ids[n] = x;
      w[n++] = a.w[i++]! + scale * b.w[j++]!;
    } else if (x < y) {
      ids[n] = x;
      w[n++] = a.w[i++]!;
    } else {
      ids[n] = y;
      w[n++] = scale * b.w[j++]!;
    }
  }
  return { ids, w };
}

/**
 * At most `max` entries, the heaviest (ties to the smaller id), so a story's vector stays
 * bounded however many articles it holds. Pruned only once it is `slack` times over, so
 * the work is paid rarely; the cut-off weight comes from a native numeric sort of the
 * weights, with no comparator called per pair.
 */
export function prune(v: Sparse, max: number, slack = 1.5): Sparse {
  if (v.ids.length <= max * slack) return v;
  const cutoff = Float32Array.from(v.w).sort()[v.w.length - max]!;
  let ties = max;
  for (let k = 0; k < v.w.length; k++) if (v.w[k]! > cutoff) ties--;
  const ids = new Int32Array(max);
  const w = new Float32Array(max);
  let n = 0;
  // Entries are in id order, so the ties kept are those with the smaller ids.
  for (let k = 0; k < v.w.length; k++) {
    const x = v.w[k]!;
    if (x > cutoff || (x === cutoff && ties-- > 0)) {
      ids[n] = v.ids[k]!;
      w[n++] = x;
    }
  }
  return { ids, w };
}

/** The `k` heaviest entries' ids, heaviest first (ties to the smaller id). */
export function top(v: Sparse, k: number): number[] {
  const order = Array.from(v.ids.keys()).sort((a, b) => v.w[b]! - v.w[a]! || v.ids[a]! - v.ids[b]!);
  return order.slice(0, k).map((i) => v.ids[i]!);
}

/** Bytes for storage: ids then weights, little-endian as typed arrays are on every platform Node runs on. */
export function encode(v: Sparse): Uint8Array {
  const out = new Uint8Array(v.ids.length * 8);
  out.set(new Uint8Array(v.ids.buffer, v.ids.byteOffset, v.ids.byteLength), 0);
  out.set(new Uint8Array(v.w.buffer, v.w.byteOffset, v.w.byteLength), v.ids.length * 4);
  return out;
}

export function decode(bytes: Uint8Array): Sparse {
  const n = bytes.byteLength >> 3;
  const copy = bytes.slice(0, n * 8);
  return { ids: new Int32Array(copy.buffer, 0, n), w: new Float32Array(copy.buffer, n * 4, n) };
}
