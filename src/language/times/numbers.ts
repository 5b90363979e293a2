/** Cardinal and ordinal numbers as news writes them: "18", "2 1/2", "twenty-four", "a hundred". */
import { ORDINALS, SMALL_NUMBERS, TENS, VAGUE_QUANTITIES } from './lexicon.js';
import type { Stream } from './tokens.js';
import { VULGAR } from '../numbers/tokens.js';

export interface NumberMatch {
  /** The amount, or null for a vague one ("several", "a few"), which TIMEX3 writes as X. */
  value: number | null;
  end: number;
}

/** "twenty", "twenty-four", "twenty four", "nineteen": 0–99 in words. */
function wordsBelowHundred(s: Stream, i: number): NumberMatch | null {
  const small = SMALL_NUMBERS.get(s.w(i));
  if (small !== undefined) return { value: small, end: i + 1 };
  const tens = TENS.get(s.w(i));
  if (tens === undefined) return null;
  const j = s.hyphen(i + 1);
  const unit = SMALL_NUMBERS.get(s.w(j));
  if (unit !== undefined && unit > 0 && unit < 10 && s.joined(j)) return { value: tens + unit, end: j + 1 };
  return { value: tens, end: i + 1 };
}

/** A number in words, with "hundred" and "thousand" ("two hundred", "a hundred and ten"). */
function wordNumber(s: Stream, i: number): NumberMatch | null {
  let base = wordsBelowHundred(s, i);
  let j = base ? base.end : i;
  if (!base && (s.w(i) === 'a' || s.w(i) === 'one') && (s.w(i + 1) === 'hundred' || s.w(i + 1) === 'thousand')) {
    base = { value: 1, end: i + 1 };
    j = i + 1;
  }
  if (!base || base.value === null) return base;
  let value = base.value;
  for (const [word, mult] of [['hundred', 100], ['thousand', 1000]] as const) {
    if (s.w(j) === word && s.joined(j)) {
      value *= mult;
      j++;
      const rest = wordsBelowHundred(s, s.w(j) === 'and' ? j + 1 : j);
      if (rest?.value != null && word === 'hundred') {
        value += rest.value;
        j = rest.end;
      }
    }
  }
  return { value, end: j };
}

/** Digits, with a thousands comma, a decimal point or a fraction ("2 1/2", "2-1/2", "2½"). */
function digitNumber(s: Stream, i: number): NumberMatch | null {
  if (s.kind(i) !== 'num') return null;
  let text = s.w(i);
  let j = i + 1;
  while (s.w(j) === ',' && s.tight(j) && s.kind(j + 1) === 'num' && s.tight(j + 1) && s.w(j + 1).length === 3) {
    text += s.w(j + 1);
    j += 2;
  }
  let value = Number(text);
  if (s.w(j) === '.' && s.tight(j) && s.kind(j + 1) === 'num' && s.tight(j + 1)) {
    value = Number(`${text}.${s.w(j + 1)}`);
    j += 2;
  }
  // "2 1/2", "2-1/2"
  const f = s.w(j) === '-' && s.tight(j) && s.tight(j + 1) ? j + 1 : j;
  if (s.kind(f) === 'num' && s.w(f + 1) === '/' && s.tight(f + 1) && s.kind(f + 2) === 'num' && s.tight(f + 2)) {
    const den = Number(s.w(f + 2));
    const num = Number(s.w(f));
    if (den > 0 && num < den) {
      value += num / den;
      j = f + 3;
    }
  }
  // "2½", "2 ½"
  const vulgar = VULGAR.get(s.w(j));
  if (vulgar !== undefined) {
    value += vulgar;
    j++;
  }
  return { value, end: j };
}

/**
 * A quantity before a unit: a number, "a"/"an" (one), "a couple of", "a few", "several".
 * Followed by "and a half" it grows by one half ("a year and a half" is handled by the caller).
 */
export function quantity(s: Stream, i: number): NumberMatch | null {
  const w = s.w(i);
  if (w === 'a' || w === 'an') {
    const next = s.w(i + 1);
    if (next === 'couple') return { value: 2, end: s.w(i + 2) === 'of' ? i + 3 : i + 2 };
    if (next === 'few') return { value: null, end: i + 2 };
    if (next === 'half') return { value: 0.5, end: i + 2 };
    if (next === 'dozen') return { value: 12, end: i + 2 };
    const n = wordNumber(s, i);
    if (n) return n;
    return { value: 1, end: i + 1 };
  }
  if (w === 'half') return { value: 0.5, end: s.w(i + 1) === 'a' || s.w(i + 1) === 'an' ? i + 2 : i + 1 };
  if (VAGUE_QUANTITIES.has(w)) return { value: null, end: s.w(i + 1) === 'of' && w === 'couple' ? i + 2 : i + 1 };
  if (w === 'dozens' || w === 'hundreds' || w === 'thousands') return { value: null, end: s.w(i + 1) === 'of' ? i + 2 : i + 1 };
  return digitNumber(s, i) ?? wordNumber(s, i);
}

/** "fourth", "4th", "twenty-first": an ordinal, or null. */
export function ordinal(s: Stream, i: number): NumberMatch | null {
  const direct = ORDINALS.get(s.w(i));
  if (direct !== undefined) return { value: direct, end: i + 1 };
  if (s.kind(i) === 'num' && /^(st|nd|rd|th)$/.test(s.w(i + 1)) && s.tight(i + 1)) return { value: s.num(i), end: i + 2 };
  const tens = TENS.get(s.w(i));
  if (tens !== undefined) {
    const j = s.hyphen(i + 1);
    const unit = ORDINALS.get(s.w(j));
    if (unit !== undefined && unit < 10) return { value: tens + unit, end: j + 1 };
  }
  return null;
}

/** A year spoken in words: "nineteen ninety-six", "two thousand", "two thousand and one". */
export function spokenYear(s: Stream, i: number): NumberMatch | null {
  const hi = SMALL_NUMBERS.get(s.w(i));
  if (hi !== undefined && hi >= 10 && hi <= 20) {
    const lo = wordsBelowHundred(s, i + 1);
    if (lo?.value != null && lo.value >= 10 && s.joined(i + 1)) return { value: hi * 100 + lo.value, end: lo.end };
    return null;
  }
  if (s.w(i) === 'two' && s.w(i + 1) === 'thousand' && s.joined(i + 1)) {
    let j = i + 2;
    if (s.w(j) === 'and') j++;
    const lo = wordsBelowHundred(s, j);
    if (lo?.value != null && lo.value > 0) return { value: 2000 + lo.value, end: lo.end };
    return { value: 2000, end: i + 2 };
  }
  return null;
}
