/**
 * Similarity of two claims' weighted terms where a content word one claim has and the other
 * lacks still counts, by its word-vector cosine, for its nearest content word in the other:
 * "jail" meets "prison", "quake" meets "earthquake" (vectors.ts).
 */
import { wordVectors } from './vectors.js';

const CONTENT = /^c:/u;
/** Below this cosine two words are not taken as near-synonyms. */
const SOFT_FLOOR = 0.6;
/** From this cosine on, a near-synonym counts as a word in common ("jail"/"prison", "quake"/"earthquake"). */
const SYNONYM = 0.7;

/**
 * Rows below this are the most frequent words ("take", "think", "good", "place"): they sit
 * near one another in any vector space, so their closeness says nothing. Rows are in
 * order of frequency.
 */
export const COMMON_WORDS = 600;

/** The vector row of a content term, or -1 when it has none or is among the most frequent words. */
function rowOfTerm(t: string): number {
  const v = wordVectors();
  const row = v ? v.rowOf(t.slice(2)) : -1;
  return row >= COMMON_WORDS ? row : -1;
}

/** The terms' weighted cosine, near-synonyms counted by their cosine. */
export function softSimilarity(x: Map<string, number>, xSum: number, y: Map<string, number>, ySum: number): number {
  return softMatch(x, xSum, y, ySum).similarity;
}

/** The soft similarity, and how many content words met a near-synonym rather than themselves. */
export function softMatch(x: Map<string, number>, xSum: number, y: Map<string, number>, ySum: number): { similarity: number; matched: number } {
  if (xSum <= 0 || ySum <= 0) return { similarity: 0, matched: 0 };
  let matched = 0;
  const v = wordVectors();
  let shared = 0;
  const onlyX: [string, number][] = [];
  for (const [t, w] of x) {
    const u = y.get(t);
    if (u !== undefined) shared += Math.min(w, u);
    else if (CONTENT.test(t)) onlyX.push([t, w]);
  }
  if (v && onlyX.length > 0) {
    const onlyY = [...y].filter(([t]) => CONTENT.test(t) && !x.has(t)).map(([t, w]) => [rowOfTerm(t), w] as const).filter(([r]) => r >= 0);
    // Each word of the other claim stands in for one word only: the closest pairs first.
    const candidates: { i: number; j: number; c: number; w: number }[] = [];
    onlyX.forEach(([t, w], i) => {
      const r = rowOfTerm(t);
      if (r < 0) return;
      onlyY.forEach(([s, u], j) => {
        const c = v.cosine(r, s);
        if (c >= SOFT_FLOOR) candidates.push({ i, j, c, w: Math.min(w, u) });
      });
    });
    candidates.sort((a, b) => b.c - a.c || a.i - b.i || a.j - b.j);
    const usedX = new Set<number>();
    const usedY = new Set<number>();
    for (const m of candidates) {
      if (usedX.has(m.i) || usedY.has(m.j)) continue;
      usedX.add(m.i);
      usedY.add(m.j);
      shared += m.c * m.w;
      if (m.c >= SYNONYM) matched++;
    }
  }
  return { similarity: Math.min(1, shared / Math.sqrt(xSum * ySum)), matched };
}
