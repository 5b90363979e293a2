/**
 * The Scrapinghub Article Extraction Benchmark's body metric, as its DATA.md describes it:
 * 4-token shingle multisets compared per page, each page weighted equally, precision and
 * recall averaged over pages, F1 the harmonic mean of those two averages.
 */

/** Same class as Python's Unicode `\w`: letters, numbers (Nd, Nl, No) and underscore. */
const WORD = /[\p{L}\p{N}_]+/gu;

export const SHINGLE_SIZE = 4;

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Multiset of contiguous `n`-token windows. A text shorter than `n` tokens still gives one
 * shingle (all of its tokens), so that a tiny body can match; an empty text gives none.
 */
export function shingles(tokens: readonly string[], n = SHINGLE_SIZE): Map<string, number> {
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    // U+0000 cannot occur inside a token, so joined keys never collide.
    const key = tokens.slice(i, i + n).join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** One page's TP, FP and FN, divided by their sum so that long pages weigh no more than short ones. */
export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export function pageCounts(gold: string, predicted: string): PageCounts {
  const g = shingles(tokenize(gold));
  const p = shingles(tokenize(predicted));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, gc] of g) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(gc, pc);
    fn += Math.max(0, gc - pc);
  }
  for (const [key, pc] of p) fp += Math.max(0, pc - (g.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

/**
 * Per-page precision, or null when the page takes no part in the precision average
 * because nothing was predicted.
 */
export function pagePrecision({ tp, fp, fn }: PageCounts): number | null {
  if (tp + fp === 0) return null;
  if (fp === 0 && fn === 0) return 1;
  return tp / (tp + fp);
}

/**
 * Per-page recall. A page with nothing predicted scores 0 unless its gold is empty too
 * (FP = FN = 0 scores 1). A page whose gold is empty but whose prediction is not has no
 * recall to speak of and, like the reference implementation, is left out (null).
 */
export function pageRecall({ tp, fp, fn }: PageCounts): number | null {
  if (fp === 0 && fn === 0) return 1;
  if (tp + fn === 0) return null;
  return tp / (tp + fn);
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  pages: number;
}

export interface PageResult {
  counts: PageCounts;
  /** Predicted token sequence equals the gold one exactly. */
  exact: boolean;
}

export function scorePage(gold: string, predicted: string): PageResult {
  const g = tokenize(gold);
  const p = tokenize(predicted);
  const exact = g.length === p.length && g.every((t, i) => t === p[i]);
  return { counts: pageCounts(gold, predicted), exact };
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

export function aggregate(pages: readonly PageResult[]): Scores {
  const precisions: number[] = [];
  const recalls: number[] = [];
  for (const { counts } of pages) {
    const p = pagePrecision(counts);
    const r = pageRecall(counts);
    if (p !== null) precisions.push(p);
    if (r !== null) recalls.push(r);
  }
  const precision = mean(precisions);
  const recall = mean(recalls);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = mean(pages.map((p) => (p.exact ? 1 : 0)));
  return { precision, recall, f1, accuracy, pages: pages.length };
}
