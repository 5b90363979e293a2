/**
 * Assembles quantities left to right. Each step reads a bounded window of tokens and then
 * moves past everything it used, so the whole pass is linear in the length of the text.
 */
import type { Quantity, QuantityKind } from '../types.js';
import { attach, type Attached } from './attach.js';
import { isCode, isDayOfMonth, isLabel, isNamed, isTimeOfDay, yearContext } from './context.js';
import { isSkip, readCore, swallowDigits, type Core } from './core.js';
import { readCurrencyPrefix } from './currency.js';
import { ONE_IDIOMS, ONE_PRONOUN_BEFORE } from './lexicon.js';
import { readCounted } from './nouns.js';
import { qualifierAfter, qualifierBefore, type Qualifier } from './qualifiers.js';
import { readRange, readRatio, yearLike, type Pair } from './range.js';
import { isWord, tokenize, type Tok } from './tokens.js';
import { TIME_UNITS, unitWord } from './units.js';

interface Step {
  /** Token index to continue from. */
  end: number;
  quantity: Quantity | null;
}

/** Removes binary floating-point noise: 1.2 × 1e9 is 1200000000, not 1199999999.9999998. */
function clean(v: number): number {
  return Number.isSafeInteger(v) ? v : Number(v.toPrecision(12));
}

/** A bare spelled "one" that is a pronoun or determiner: "one of the", "no one", "one day". */
function idiomaticOne(toks: readonly Tok[], core: Core, a: Attached): boolean {
  const next = toks[core.end];
  const prev = toks[core.start - 1];
  if (a.kind === null) return true;
  if (isWord(next) && next.gap === 1 && ONE_IDIOMS.has(next.norm)) return true;
  return isWord(prev) && toks[core.start]!.gap === 1 && ONE_PRONOUN_BEFORE.has(prev.norm);
}

/** A four-digit number with nothing that makes it an amount ("in 1974", "the 2010 floods"). */
function isYear(toks: readonly Tok[], core: Core, a: Attached, qualified: boolean): boolean {
  if (!yearLike(core) || qualified) return false;
  if (a.kind === null) return true;
  // A measurement ("2000 metres") is an amount; a counted noun is one unless the words before say year.
  if (a.kind !== 'count' || unitWord(a.unit ?? '') !== undefined || toks[core.end]?.gap === 0) return false;
  return yearContext(toks, core);
}

function readAt(text: string, toks: readonly Tok[], i: number, floor: number): Step | null {
  const prefix = readCurrencyPrefix(toks, i);
  const at = prefix ? prefix.next : i;
  const core = readCore(toks, at, prefix !== null);
  if (core === null) return null;
  if (isSkip(core)) return { end: core.skip, quantity: null };
  const skip = (end = core.end): Step => ({ end, quantity: null });
  const money = prefix?.unit ?? null;
  if (core.info !== null && money === null) {
    if (isCode(toks, core)) return skip(swallowDigits(toks, core.end));
    if (isDayOfMonth(toks, core) || isTimeOfDay(toks, core) || isLabel(toks, core)) return skip();
  }

  const first = prefix ? i : at;
  const between = first - 1 >= floor && isWord(toks[first - 1], 'between') && toks[first]!.gap === 1;
  const ratio = money === null ? readRatio(toks, core) : null;
  const range = ratio ? null : readRange(toks, core, between, money !== null);
  if (range !== null && isSkip(range)) return skip(range.skip);
  const pair: Pair | null = ratio ?? range;
  let start = pair && between ? first - 1 : first;

  const pre = core.ordinal ? null : qualifierBefore(toks, start, floor);
  let end = pair ? pair.end : core.end;
  const post = core.ordinal ? null : qualifierAfter(toks, end);
  if (post) end = post.at;

  const a: Attached = ratio ? { kind: 'percent', unit: '%', end, counted: readCounted(toks, end, false), code: false, measured: false } : attach(toks, end, core, money);
  if (a.code) return skip(a.end);
  // "over three days" says when, not how many.
  const during = pre?.words === 'over' && a.kind === 'count' && TIME_UNITS.has(a.unit ?? '');
  const before = during ? null : pre;
  if (before) start = before.at;
  let qualifier: Qualifier | undefined = before?.qualifier ?? post?.qualifier;
  let spanEnd = a.end;
  if (qualifier === undefined && a.kind !== null && !core.ordinal) {
    const late = qualifierAfter(toks, a.end);
    if (late && late.words !== '+') {
      qualifier = late.qualifier;
      spanEnd = late.at;
    }
  }

  if (money === null && !pair && isYear(toks, core, a, pre !== null || post !== null)) return skip();
  if (money === null && a.kind === null && pre === null && isNamed(toks, core)) return skip(end);
  if (core.lone && !pair && idiomaticOne(toks, core, a)) return skip(end);
  if (core.ordinal && core.info === null && isWord(toks[core.start - 1], 'at') && toks[core.start]!.norm === 'first') return skip();
  return { end: spanEnd, quantity: build(text, toks, core, a, pair, ratio !== null, { start, end: spanEnd, qualifier }) };
}

interface Span {
  start: number;
  end: number;
  qualifier: Qualifier | undefined;
}

function build(text: string, toks: readonly Tok[], core: Core, a: Attached, pair: Pair | null, ratio: boolean, span: Span): Quantity {
  let kind: QuantityKind = core.ordinal ? 'ordinal' : a.kind ?? 'cardinal';
  let value = pair ? pair.low : core.value;
  let unit = a.unit;
  if (core.fraction && !a.measured) {
    kind = 'percent';
    value = Math.round(value * 10000) / 100;
    unit = '%';
  }
  const startOffset = toks[span.start]!.start;
  const endOffset = toks[span.end - 1]!.end;
  const q: Quantity = { start: startOffset, end: endOffset, text: text.slice(startOffset, endOffset), kind, value: clean(value), unit };
  const qualifier = span.qualifier ?? (core.vague ? 'approximate' : undefined);
  if (qualifier !== undefined) q.qualifier = qualifier;
  if (pair && !ratio) q.range = { low: clean(pair.low), high: clean(pair.high) };
  else if (core.vague) q.range = { low: clean(core.vague.low), high: clean(core.vague.high) };
  if (a.counted) q.counted = text.slice(toks[a.counted.start]!.start, toks[a.counted.end - 1]!.end);
  return q;
}

/**
 * Every number in `text` that states an amount, an ordinal, money or a percentage, as
 * non-overlapping spans in text order. Years, dates, times of day, codes and labels are left out.
 */
export function findQuantities(text: string): Quantity[] {
  const toks = tokenize(text);
  const out: Quantity[] = [];
  let floor = 0;
  let i = 0;
  while (i < toks.length) {
    const step = readAt(text, toks, i, floor);
    if (step === null) {
      i++;
      continue;
    }
    if (step.quantity) out.push(step.quantity);
    floor = Math.max(i + 1, step.end);
    i = floor;
  }
  return out;
}
