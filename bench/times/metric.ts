/**
 * TempEval-3 timex measures (UzZaman et al. 2013, the organisers' evaluate_entities.py):
 *
 * - detection, strict: a system timex matches a gold one with exactly the same extent;
 * - detection, relaxed: the extents overlap;
 * - value F1 = (correct values / relaxed matches) × relaxed F1, a value being correct when
 *   its string equals the gold value exactly; type F1 likewise with the type.
 *
 * The official scorer aligns entities through the TimeML normalizer, which pairs
 * overlapping extents; here each gold timex pairs with the first unpaired system timex
 * that overlaps it, so a pair is counted once on both the precision and the recall side.
 */
import type { GoldTimex } from './data.js';

export interface SystemTimex {
  start: number;
  end: number;
  /** TIMEX3 type, upper case (DATE, TIME, DURATION, SET), or null when the system gives none. */
  type: string | null;
  value: string | null;
}

export interface Counts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  value: number;
  type: number;
}

export const zero = (): Counts => ({ gold: 0, system: 0, strict: 0, relaxed: 0, value: 0, type: 0 });

export interface Pair {
  gold: GoldTimex;
  system: SystemTimex;
}

export interface DocResult {
  counts: Counts;
  pairs: Pair[];
  missed: GoldTimex[];
  spurious: SystemTimex[];
}

export function scoreDoc(gold: readonly GoldTimex[], system: readonly SystemTimex[]): DocResult {
  const used = new Set<number>();
  const pairs: Pair[] = [];
  const missed: GoldTimex[] = [];
  for (const g of gold) {
    const k = system.findIndex((s, idx) => !used.has(idx) && s.start < g.end && g.start < s.end);
    if (k < 0) {
      missed.push(g);
      continue;
    }
    used.add(k);
    pairs.push({ gold: g, system: system[k]! });
  }
  const counts: Counts = {
    gold: gold.length,
    system: system.length,
    strict: pairs.filter((p) => p.gold.start === p.system.start && p.gold.end === p.system.end).length,
    relaxed: pairs.length,
    value: pairs.filter((p) => p.system.value !== null && p.system.value === p.gold.value).length,
    type: pairs.filter((p) => p.system.type === p.gold.type).length,
  };
  return { counts, pairs, missed, spurious: system.filter((_, idx) => !used.has(idx)) };
}

export function add(a: Counts, b: Counts): Counts {
  return {
    gold: a.gold + b.gold,
    system: a.system + b.system,
    strict: a.strict + b.strict,
    relaxed: a.relaxed + b.relaxed,
    value: a.value + b.value,
    type: a.type + b.type,
  };
}

export interface Scores {
  strictP: number;
  strictR: number;
  strictF1: number;
  relaxedP: number;
  relaxedR: number;
  relaxedF1: number;
  /** Share of relaxed matches whose value is right. */
  valueAccuracy: number;
  valueF1: number;
  typeAccuracy: number;
  typeF1: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function scores(c: Counts): Scores {
  const strictP = ratio(c.strict, c.system);
  const strictR = ratio(c.strict, c.gold);
  const relaxedP = ratio(c.relaxed, c.system);
  const relaxedR = ratio(c.relaxed, c.gold);
  const relaxedF1 = f1(relaxedP, relaxedR);
  const valueAccuracy = ratio(c.value, c.relaxed);
  const typeAccuracy = ratio(c.type, c.relaxed);
  return {
    strictP,
    strictR,
    strictF1: f1(strictP, strictR),
    relaxedP,
    relaxedR,
    relaxedF1,
    valueAccuracy,
    valueF1: valueAccuracy * relaxedF1,
    typeAccuracy,
    typeF1: typeAccuracy * relaxedF1,
  };
}
