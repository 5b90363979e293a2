/**
 * Numbers written in words: "seventeen", "two hundred and forty", "twenty-first",
 * "two-thirds", "half a million", "tens of thousands".
 */
import {
  DENOMINATORS, HALF_BEFORE, HALF_NOT_AFTER, ONES, ORDINAL_ONES, ORDINAL_SCALES, ORDINAL_TENS, PLURAL_DENOMINATORS, SCALES, TENS, VAGUE,
} from './lexicon.js';
import { hyphenJoin, isWord, spacedWord, type Tok } from './tokens.js';
import { unitWord } from './units.js';

export interface WordNumber {
  /** Token index after the number. */
  end: number;
  value: number;
  ordinal: boolean;
  /** A proportion of something: "a third", "two-thirds", "half of". */
  fraction: boolean;
  /** A vague amount ("hundreds"), with loose inclusive bounds; `value` is the low bound. */
  vague: { low: number; high: number } | null;
  scaled: boolean;
  /** A bare "one", often a pronoun or determiner rather than a count. */
  lone: boolean;
}

type Last = 'start' | 'a' | 'unit' | 'tens' | 'hundred' | 'scale' | 'and';

const AFTER_VALUE: readonly Last[] = ['start', 'hundred', 'scale', 'and'];

function plain(end: number, value: number, extra: Partial<WordNumber> = {}): WordNumber {
  return { end, value, ordinal: false, fraction: false, vague: null, scaled: false, lone: false, ...extra };
}

/** Cardinals and ordinals by the usual grammar; scales must fall ("two million three thousand"), which bounds the length. */
function readSpelled(toks: readonly Tok[], i: number): WordNumber | null {
  let total = 0;
  let current = 0;
  let last: Last = 'start';
  let lastScale = Infinity;
  let end = i;
  let scaled = false;
  let k = i;
  for (;;) {
    let at = k;
    if (k > i) {
      if (hyphenJoin(toks, k)) at = k + 1;
      else if (!spacedWord(toks[k])) break;
    } else if (!isWord(toks[k])) return null;
    const hyphen = at !== k;
    const w = toks[at]!.norm;
    if (hyphen) {
      const v = ONES.get(w) ?? ORDINAL_ONES.get(w) ?? 0;
      if (last !== 'tens' || v < 1 || v > 9) break;
    }
    const one = ONES.get(w);
    const ord = ORDINAL_ONES.get(w);
    const small = one ?? ord;
    if (w === 'a' && last === 'start') {
      const next = toks[at + 1];
      if (!spacedWord(next) || !(next.norm === 'hundred' || next.norm === 'dozen' || SCALES.has(next.norm))) break;
      current = 1;
      last = 'a';
    } else if (small !== undefined) {
      const fits = AFTER_VALUE.includes(last) || (last === 'tens' && small >= 1 && small <= 9);
      if (!fits || (small === 0 && last !== 'start')) break;
      current += small;
      end = at + 1;
      if (ord !== undefined || small === 0) return plain(end, total + current, { ordinal: ord !== undefined, scaled });
      last = 'unit';
    } else if (TENS.has(w) || ORDINAL_TENS.has(w)) {
      if (!AFTER_VALUE.includes(last)) break;
      current += TENS.get(w) ?? ORDINAL_TENS.get(w)!;
      end = at + 1;
      if (ORDINAL_TENS.has(w)) return plain(end, total + current, { ordinal: true, scaled });
      last = 'tens';
    } else if (w === 'hundred' || w === 'hundredth') {
      if (!(last === 'unit' || last === 'a' || (w === 'hundredth' && last === 'start')) || current >= 100) break;
      current = Math.max(current, 1) * 100;
      end = at + 1;
      if (w === 'hundredth') return plain(end, total + current, { ordinal: true, scaled });
      last = 'hundred';
    } else if (w === 'dozen') {
      if (!(last === 'unit' || last === 'a') || current >= 100 || total > 0) break;
      return plain(at + 1, current * 12);
    } else if (SCALES.has(w) || ORDINAL_SCALES.has(w)) {
      const scale = SCALES.get(w) ?? ORDINAL_SCALES.get(w)!;
      const ordinal = ORDINAL_SCALES.has(w);
      const fits = last === 'unit' || last === 'tens' || last === 'hundred' || last === 'a' || (ordinal && last === 'start');
      if (!fits || scale >= lastScale) break;
      total += Math.max(current, 1) * scale;
      current = 0;
      lastScale = scale;
      scaled = true;
      end = at + 1;
      if (ordinal) return plain(end, total, { ordinal, scaled });
      last = 'scale';
    } else if (w === 'and' && (last === 'hundred' || last === 'scale')) {
      const next = toks[at + 1];
      if (!spacedWord(next) || !(ONES.has(next.norm) || TENS.has(next.norm) || ORDINAL_ONES.has(next.norm) || ORDINAL_TENS.has(next.norm))) break;
      last = 'and';
    } else break;
    k = at + 1;
  }
  if (end === i) return null;
  const lone = end === i + 1 && toks[i]!.norm === 'one';
  return plain(end, total + current, { scaled, lone });
}

/** "a third", "one-third", "two thirds", "three quarters"; not "a third term" (an ordinal). */
function readFraction(toks: readonly Tok[], i: number): WordNumber | null {
  const first = toks[i];
  if (!isWord(first)) return null;
  const numerator = first.norm === 'a' ? 1 : ONES.get(first.norm);
  if (numerator === undefined || numerator < 1 || numerator > 9) return null;
  const at = hyphenJoin(toks, i + 1) ? i + 2 : spacedWord(toks[i + 1]) ? i + 1 : -1;
  if (at < 0) return null;
  const w = toks[at]!.norm;
  const single = DENOMINATORS.get(w);
  const plural = PLURAL_DENOMINATORS.get(w);
  let denominator: number | undefined;
  if (numerator === 1) denominator = single;
  else if (plural !== undefined && (w !== 'quarters' || numerator === 3)) denominator = plural;
  if (denominator === undefined || (first.norm === 'a' && w === 'half')) return null;
  if (first.norm === 'a') {
    const next = toks[at + 1];
    const free = next === undefined || next.gap === 2 || next.kind === 'sym' || isWord(next, 'of');
    if (!free) return null;
  }
  return scaleOfFraction(toks, plain(at + 1, numerator / denominator, { fraction: true }));
}

/** "half of them", "half the homes", "half a million", "half an hour", "a half-hour show". */
function readHalf(toks: readonly Tok[], i: number): WordNumber | null {
  if (!isWord(toks[i], 'half')) return null;
  const before = toks[i - 1];
  if (isWord(before) && toks[i]!.gap !== 2 && HALF_NOT_AFTER.has(before.norm)) return null;
  const next = toks[i + 1];
  if (hyphenJoin(toks, i + 1) && unitWord(toks[i + 2]!.norm) !== undefined) return plain(i + 1, 0.5, { fraction: true });
  if (!spacedWord(next) || !HALF_BEFORE.has(next.norm)) return null;
  return scaleOfFraction(toks, plain(i + 1, 0.5, { fraction: true }));
}

/** A fraction of a scale is a plain amount: "half a million", "a quarter of a billion", "half a dozen". */
function scaleOfFraction(toks: readonly Tok[], f: WordNumber): WordNumber {
  let k = f.end;
  if (spacedWord(toks[k], 'of')) k++;
  if (!spacedWord(toks[k], 'a')) return f;
  const scale = singularScale(toks[k + 1]);
  if (scale === undefined) return f;
  return plain(k + 2, f.value * scale, { scaled: true });
}

/** Loose bounds for a vague amount: "hundreds" is 200 to 999, "several thousand" 3,000 to 9,999. */
function vague(end: number, scale: number, lowFactor = 2, highFactor = 10): WordNumber {
  const low = lowFactor * scale;
  return plain(end, low, { vague: { low, high: highFactor * scale - 1 }, scaled: true });
}

function singularScale(t: Tok | undefined): number | undefined {
  if (!spacedWord(t)) return undefined;
  return t.norm === 'dozen' ? 12 : t.norm === 'hundred' ? 100 : SCALES.get(t.norm);
}

function readVague(toks: readonly Tok[], i: number): WordNumber | null {
  const t = toks[i];
  if (!isWord(t)) return null;
  const w = t.norm;
  const of = spacedWord(toks[i + 1], 'of');
  const bigger = of && spacedWord(toks[i + 2]) ? VAGUE.get(toks[i + 2]!.norm) : undefined;
  const biggerOk = bigger !== undefined && bigger >= 1e3;
  if (w === 'tens') return biggerOk ? vague(i + 3, 10 * bigger) : null;
  if (w === 'hundreds' && biggerOk) return vague(i + 3, 100 * bigger);
  if (w === 'scores' && !of) return null;
  const scale = VAGUE.get(w);
  if (scale !== undefined) return vague(i + 1, scale);
  if (w === 'several') {
    const s = singularScale(toks[i + 1]);
    return s === undefined ? null : vague(i + 2, s, 3);
  }
  if (w === 'a' && spacedWord(toks[i + 1], 'few')) {
    const s = singularScale(toks[i + 2]);
    return s === undefined ? null : vague(i + 3, s, 2, 6);
  }
  if (w === 'many') {
    const next = toks[i + 1];
    const s = spacedWord(next) ? VAGUE.get(next.norm) : undefined;
    return s !== undefined && s >= 100 ? vague(i + 2, s) : null;
  }
  return null;
}

/** The index after word `w` at `k`, spaced or hyphenated ("four-and-a-half"), or -1. */
function follow(toks: readonly Tok[], k: number, w: string): number {
  if (spacedWord(toks[k], w)) return k + 1;
  return hyphenJoin(toks, k) && toks[k + 1]!.norm === w ? k + 2 : -1;
}

/** "two and a half", then an optional scale: "two and a half million". */
function withHalf(toks: readonly Tok[], n: WordNumber): WordNumber {
  if (n.ordinal || n.scaled || n.fraction) return n;
  let { end, value } = n;
  const and = follow(toks, end, 'and');
  const a = and < 0 ? -1 : follow(toks, and, 'a');
  const half = a < 0 ? -1 : follow(toks, a, 'half');
  if (half > 0) {
    value += 0.5;
    end = half;
  }
  const scale = spacedWord(toks[end]) ? SCALES.get(toks[end]!.norm) : undefined;
  if (end === n.end && scale === undefined) return n;
  if (scale !== undefined && value < 1000) return plain(end + 1, value * scale, { scaled: true });
  return plain(end, value);
}

export function readWordNumber(toks: readonly Tok[], i: number): WordNumber | null {
  const t = toks[i];
  if (!isWord(t)) return null;
  const found = readVague(toks, i) ?? readHalf(toks, i) ?? readFraction(toks, i);
  if (found) return found;
  const n = readSpelled(toks, i);
  return n === null ? null : withHalf(toks, n);
}
