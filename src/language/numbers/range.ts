/**
 * Two numbers read as one quantity: ranges ("between 40 and 60", "40-60", "two to three
 * days") and ratios ("one in five"). Hyphenated pairs that are not ranges — scores and
 * votes ("3-2"), year spans ("2020-21"), phone numbers — are stepped over.
 */
import { isSkip, readCore, swallowDigits, type Core, type Skip } from './core.js';
import { isCurrencySymbol } from './currency.js';
import { TALLY_NOUNS } from './lexicon.js';
import { isWord, spacedWord, type Tok } from './tokens.js';
import { matchUnit } from './units.js';

export interface Pair {
  low: number;
  high: number;
  /** Token index after the second number. */
  end: number;
}

const DASHES = new Set(['-', '–', '‐', '‑']);

export function plainNumber(c: Core): boolean {
  return !c.ordinal && !c.fraction && c.vague === null;
}

/** A bare four-digit number that could be a year. */
export function yearLike(c: Core): boolean {
  const info = c.info;
  return info !== null && !c.scaled && !c.ordinal && !info.grouped && !info.decimal && info.intDigits === 4 && c.value >= 1000 && c.value <= 2100;
}

/** The scale a number was said with: 1e6 for "4 million" or "4m". */
function scaleOf(c: Core): number {
  if (!c.scaled) return 1;
  if (c.info !== null && c.info.value !== 0) return c.value / c.info.value;
  let scale = 1;
  while (scale * 1000 <= c.value) scale *= 1000;
  return scale;
}

function secondNumber(toks: readonly Tok[], j: number, money: boolean): Core | Skip | null {
  const at = money && isCurrencySymbol(toks[j]) && toks[j]!.gap <= 1 ? j + 1 : j;
  return readCore(toks, at, money);
}

export function readRange(toks: readonly Tok[], first: Core, between: boolean, money: boolean): Pair | Skip | null {
  if (!plainNumber(first)) return null;
  const k = first.end;
  const c = toks[k];
  if (c === undefined || c.gap > 1) return null;
  const dash = c.kind === 'sym' && DASHES.has(c.raw);
  const word = spacedWord(c) ? c.norm : '';
  if (!dash && !(word === 'to' || word === 'or' || (word === 'and' && between))) return null;
  if (word === 'to' && isWord(toks[first.start - 1], 'from')) return null;
  const second = secondNumber(toks, k + 1, money);
  if (second === null || isSkip(second) || !plainNumber(second) || toks[second.start]!.gap > 1) return null;
  if (dash) {
    if (first.info === null || second.info === null) return null;
    const parts3 = DASHES.has(toks[second.end]?.raw ?? '') && toks[second.end]!.gap === 0 && toks[second.end + 1]?.kind === 'num';
    if (first.info.leadingZero || second.info.leadingZero || parts3) return { skip: swallowDigits(toks, second.end) };
    const shortYear = second.info.intDigits === 2 && !second.scaled && !second.info.decimal;
    if (yearLike(first) && (yearLike(second) || shortYear)) return { skip: second.end };
    if (spacedWord(toks[second.end]) && TALLY_NOUNS.has(toks[second.end]!.norm)) return { skip: second.end };
    if (!first.scaled && !second.scaled && first.value >= second.value) return { skip: second.end };
  } else if (yearLike(first) && yearLike(second)) {
    return { skip: second.end };
  }
  const scale = scaleOf(second);
  const low = !first.scaled && scale > 1 && first.value < second.value / scale ? first.value * scale : first.value;
  if (!(low < second.value)) return null;
  return { low, high: second.value, end: second.end };
}

/** "one in five", "three out of four": a proportion, as a percentage. */
export function readRatio(toks: readonly Tok[], first: Core): Pair | null {
  if (!plainNumber(first) || first.scaled || !Number.isInteger(first.value) || first.value < 1) return null;
  const k = first.end;
  let j = -1;
  if (spacedWord(toks[k], 'in')) j = k + 1;
  else if (spacedWord(toks[k], 'out') && spacedWord(toks[k + 1], 'of')) j = k + 2;
  if (j < 0) return null;
  const second = readCore(toks, j, false);
  if (second === null || isSkip(second) || !plainNumber(second) || second.scaled || toks[j]!.gap !== 1) return null;
  if (!Number.isInteger(second.value) || second.value <= first.value || second.value > 1000 || yearLike(second)) return null;
  if (matchUnit(toks, second.end, false) || matchUnit(toks, second.end, true) || isWord(toks[second.end], 'per')) return null;
  if (toks[second.end]?.kind === 'word' && toks[second.end]!.gap === 0) return null;
  const ratio = (100 * first.value) / second.value;
  return { low: ratio, high: ratio, end: second.end };
}
