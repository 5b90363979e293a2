import v8 from 'node:v8';
import vm from 'node:vm';
/** Shared shape of benchmark entries and timing helpers. Benchmarks compare against a peer in the same run. */

export interface BenchEntry {
  /** Stable key in bench/results.json, e.g. "extraction". */
  name: string;
  /** What was measured and on what data, in a sentence. */
  description: string;
  /** Rows for the printed table: one per system measured. */
  rows: Record<string, string | number>[];
  /** Figures worth keeping: scores, medians, ratios against the peer. */
  summary: Record<string, string | number>;
}

export interface Bench {
  name: string;
  run(): Promise<BenchEntry>;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Milliseconds taken by `fn`, with a high-resolution clock. */
export function timeMs(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * A full collection for memory cross-checks, without asking for a command-line flag.
 * Freed ArrayBuffers are released by a background sweeper after the collection, so it
 * waits a moment and collects again before anyone reads `arrayBuffers`.
 */
export function collector(): () => Promise<void> {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  return async () => {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 200));
    gc();
  };
}

/** Wall and CPU time since the call: the machine is shared, and CPU time is what the code itself spent. */
export function clock(): { wallMs: () => number; cpuMs: () => number } {
  const wall = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  return {
    wallMs: () => Number(process.hrtime.bigint() - wall) / 1e6,
    cpuMs: () => {
      const d = process.cpuUsage(cpu);
      return (d.user + d.system) / 1000;
    },
  };
}
