/**
 * Logistic regression for the small models the benches train (event pairs, event words):
 * Newton's method, deterministic, with a light L2 penalty. Training only; the
 * shipped models are applied by `logistic` in src/claims/event-pairs.ts.
 */
import { logistic } from '../src/claims/event-pairs.js';

/** L2 weight: enough to keep a rare feature's weight finite, too little to matter otherwise. */
const RIDGE = 1;

/** Solves A w = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
export function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const w = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * w[k]!;
    w[r] = s / m[r]![r]!;
  }
  return w;
}

/** Logistic regression by Newton's method (iteratively reweighted least squares), deterministic. */
export function fitLogistic(xs: readonly number[][], ys: readonly number[], options: { ridge?: number; iterations?: number; counts?: readonly number[] } = {}): number[] {
  const { ridge = RIDGE, iterations = 25, counts = [] } = options;
  const d = xs[0]?.length ?? 0;
  let w = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const h = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    const g = new Array<number>(d).fill(0);
    xs.forEach((x, n) => {
      const p = logistic(w, x);
      const c = counts[n] ?? 1;
      const r = c * p * (1 - p);
      for (let i = 0; i < d; i++) {
        g[i]! += c * (ys[n]! - p) * x[i]!;
        const hi = h[i]!;
        for (let j = 0; j < d; j++) hi[j]! += r * x[i]! * x[j]!;
      }
    });
    for (let i = 0; i < d; i++) {
      // The bias is not shrunk.
      const k = i === 0 ? 1e-6 : ridge;
      h[i]![i]! += k;
      g[i]! -= k * w[i]!;
    }
    const step = solve(h, g);
    w = w.map((v, i) => v + step[i]!);
    if (Math.max(...step.map(Math.abs)) < 1e-7) break;
  }
  return w;
}

