/**
 * What follows a number and says what it measures: a percent sign, a currency, a unit
 * (spaced, glued or in a hyphenated compound) or a counted noun.
 */
import type { QuantityKind } from '../types.js';
import type { Core } from './core.js';
import { readCurrencySuffix, readCurrencySymbolAfter } from './currency.js';
import { FUNCTION_WORDS, isNumberWord } from './lexicon.js';
import { readCounted, readNounPhrase, readOfComplement, type NounPhrase } from './nouns.js';
import { hyphenJoin, isSym, isWord, spacedWord, type Tok } from './tokens.js';
import { LINKED_SUFFIXES, linkedSuffix, matchUnit, unitWord } from './units.js';

export interface Attached {
  kind: QuantityKind | null;
  unit: string | null;
  /** Token index after the last token that belongs to the quantity's span. */
  end: number;
  /** A noun phrase that says what is counted or measured, when it adds to `unit`; may lie past `end`. */
  counted: NounPhrase | null;
  /** Letters glued to the digits that are no unit ("4G", "3D"): the number is a code. */
  code: boolean;
  /** A fraction that measures a unit ("half an hour") rather than a share. */
  measured: boolean;
}

function result(kind: QuantityKind | null, unit: string | null, end: number, counted: NounPhrase | null = null): Attached {
  return { kind, unit, end, counted, code: false, measured: false };
}

/** "23%", "23 per cent", "23 percent", "23pc", "3 percentage points". */
function readPercent(toks: readonly Tok[], k: number): { unit: string; end: number } | null {
  const t = toks[k];
  if (t === undefined || t.gap > 1) return null;
  if (isSym(t, '%')) return { unit: '%', end: k + 1 };
  if (!isWord(t)) return null;
  if (t.norm === 'percent' || t.norm === 'pct' || (t.norm === 'pc' && t.gap === 0)) return { unit: '%', end: k + 1 };
  if (t.norm === 'per' && (spacedWord(toks[k + 1], 'cent') || hyphenJoin(toks, k))) {
    const cent = spacedWord(toks[k + 1], 'cent') ? k + 2 : toks[k + 2]?.norm === 'cent' ? k + 3 : -1;
    if (cent > 0) return { unit: '%', end: cent };
  }
  if (t.norm === 'percentage' && spacedWord(toks[k + 1]) && (toks[k + 1]!.norm === 'point' || toks[k + 1]!.norm === 'points')) {
    return { unit: 'percentage point', end: k + 2 };
  }
  return null;
}

/** The word after a hyphen in "a 10-point plan", "a three-member panel": a unit in all but name. */
function compoundWord(t: Tok): string | null {
  const w = t.norm;
  if (t.raw !== w || w.length < 3 || FUNCTION_WORDS.has(w) || isNumberWord(w) || LINKED_SUFFIXES.has(w)) return null;
  if (w.endsWith('ed') || w.endsWith('ing')) return null;
  return w;
}

/** "two-hour phone conversation", "32-month conflict", "48-million-cubic-metre reservoir". */
function readCompound(toks: readonly Tok[], k: number): Attached | null {
  if (!hyphenJoin(toks, k)) return null;
  const unit = matchUnit(toks, k + 1, true, true);
  const name = unit?.unit ?? compoundWord(toks[k + 1]!);
  if (name === null) return null;
  const end = linkedSuffix(toks, unit?.end ?? k + 2);
  return result('count', name, end, readNounPhrase(toks, end));
}

/** A unit that follows a number: compound, glued or spaced. */
function readMeasure(toks: readonly Tok[], k: number, digits: boolean): Attached | null {
  const compound = readCompound(toks, k);
  if (compound) return compound;
  const unit = (digits ? matchUnit(toks, k, true) : null) ?? matchUnit(toks, k, false);
  if (unit === null) return null;
  return result('count', unit.unit, unit.end, readOfComplement(toks, unit.end));
}

/** "millions of dollars", "hundreds of homes", "tens of thousands of people". */
function readVagueOf(toks: readonly Tok[], k: number): Attached | null {
  if (!spacedWord(toks[k], 'of')) return null;
  const money = readCurrencySuffix(toks, k + 1);
  if (money) return result('money', money.unit, money.next);
  const unit = matchUnit(toks, k + 1, false);
  if (unit) return result('count', unit.unit, unit.end);
  const counted = readCounted(toks, k + 1, false);
  if (counted === null) return null;
  return result('count', unitWord(counted.head) ?? counted.head, counted.end, counted.end - counted.start > 1 ? counted : null);
}

/** "half an hour", "a quarter of an hour", "three quarters of a mile". */
function readFractionOf(toks: readonly Tok[], k: number): Attached | null {
  let j = k;
  if (spacedWord(toks[j], 'of')) j++;
  if (!spacedWord(toks[j], 'a') && !spacedWord(toks[j], 'an')) return null;
  const unit = matchUnit(toks, j + 1, false);
  if (unit === null) return null;
  return { ...result('count', unit.unit, unit.end), measured: true };
}

export function attach(toks: readonly Tok[], k: number, core: Core, money: string | null): Attached {
  const digits = core.info !== null;
  const glued = digits && isWord(toks[k]) && toks[k]!.gap === 0;
  const found = attachUnit(toks, k, core, money, digits);
  if (glued && found.end === k) return { ...found, code: true };
  return found;
}

function attachUnit(toks: readonly Tok[], k: number, core: Core, money: string | null, digits: boolean): Attached {
  if (core.ordinal) {
    const unit = matchUnit(toks, k, false);
    return unit ? result('ordinal', unit.unit, unit.end) : result('ordinal', null, k);
  }
  if (money !== null) return result('money', money, k, readOfComplement(toks, k));
  const percent = readPercent(toks, k);
  if (percent) return result('percent', percent.unit, percent.end, readOfComplement(toks, percent.end));
  if (!core.fraction) {
    const currency = readCurrencySuffix(toks, k) ?? readCurrencySymbolAfter(toks, k);
    if (currency) return result('money', currency.unit, currency.next, readOfComplement(toks, currency.next));
  }
  if (core.fraction) {
    const compound = readCompound(toks, k);
    if (compound && unitWord(compound.unit ?? '') !== undefined) return { ...compound, measured: true };
    const measured = readFractionOf(toks, k);
    if (measured) return measured;
    const of = readOfComplement(toks, k);
    return result(null, null, k, of);
  }
  const measure = readMeasure(toks, k, digits);
  if (measure) return measure;
  if (core.vague) {
    const of = readVagueOf(toks, k);
    if (of) return of;
  }
  const counted = readCounted(toks, k, core.value === 1 && core.vague === null);
  if (counted === null) return result(null, null, k);
  const unit = unitWord(counted.head);
  return result('count', unit ?? counted.head, counted.end, counted.end - counted.start > 1 && unit === undefined ? counted : null);
}
