/**
 * The number itself, before its unit and context: digits with their glued suffix and scale
 * ("23rd", "3bn", "1.2 billion", "48-million"), or a number in words.
 */
import { currencyWordAt } from './currency.js';
import { DIGIT_SCALES, ORDINAL_SUFFIXES, SCALES, looksPlural } from './lexicon.js';
import { hyphenJoin, isWord, spacedWord, type NumInfo, type Tok } from './tokens.js';
import { readWordNumber } from './words.js';

export interface Core {
  /** Token range [start, end). */
  start: number;
  end: number;
  value: number;
  /** The digits' details; null for a number in words. */
  info: NumInfo | null;
  ordinal: boolean;
  fraction: boolean;
  vague: { low: number; high: number } | null;
  scaled: boolean;
  lone: boolean;
}

/** Tokens that are never a quantity, to be stepped over. */
export interface Skip {
  skip: number;
}

const TIME_SUFFIXES = new Set(['am', 'pm', 'a.m.', 'p.m.']);
/** Glued letters that are a scale only in context: "40m" is metres, "$40m" and "40m people" millions. */
const CONTEXT_SCALES = new Map([['m', 1e6], ['k', 1e3], ['b', 1e9]]);

/** After a skipped code, the digit groups that continue it: "+44 20 7946 0958", "555-0199". */
export function swallowDigits(toks: readonly Tok[], k: number): number {
  let end = k;
  for (;;) {
    const t = toks[end];
    if (t?.kind === 'num' && t.gap <= 1) end++;
    else if (t?.kind === 'sym' && t.gap === 0 && '-–.()/'.includes(t.raw) && toks[end + 1]?.kind === 'num' && toks[end + 1]!.gap <= 1) end += 2;
    else return end;
  }
}

/** Whether a glued "m" or "k" is a scale: with money ("$40m"), a currency word ("40m euros") or a plural noun ("10m people"). */
function scaleContext(toks: readonly Tok[], k: number, money: boolean): boolean {
  if (money) return true;
  const t = toks[k];
  return spacedWord(t) && (looksPlural(t.norm) || currencyWordAt(toks, k));
}

function readDigits(toks: readonly Tok[], i: number, money: boolean): Core | Skip {
  const t = toks[i]!;
  const info = t.num!;
  if (info.code) return { skip: swallowDigits(toks, i + 1) };
  let value = info.value;
  let end = i + 1;
  let ordinal = false;
  let scaled = false;
  const glued = toks[end];
  if (isWord(glued) && glued.gap === 0) {
    const w = glued.norm;
    if (ORDINAL_SUFFIXES.has(w) && !info.decimal) {
      ordinal = true;
      end++;
    } else if (w === 's' || TIME_SUFFIXES.has(w)) {
      return { skip: end + 1 };
    } else {
      const contextual = CONTEXT_SCALES.get(w);
      const scale = contextual === undefined ? DIGIT_SCALES.get(w) : scaleContext(toks, end + 1, money) ? contextual : undefined;
      if (scale !== undefined) {
        value *= scale;
        end++;
        scaled = true;
      }
    }
  } else if (glued?.kind === 'sym' && glued.gap === 0 && (glued.raw === "'" || glued.raw === '’') && isWord(toks[end + 1], 's') && toks[end + 1]!.gap === 0) {
    return { skip: end + 2 };
  }
  if (!ordinal && !scaled) {
    const next = toks[end];
    const spaced = spacedWord(next) && next.norm !== 'k' ? DIGIT_SCALES.get(next.norm) ?? (next.norm === 'dozen' ? 12 : undefined) : undefined;
    if (spaced !== undefined) {
      value *= spaced;
      end++;
      scaled = true;
    } else if (hyphenJoin(toks, end) && SCALES.has(toks[end + 1]!.norm)) {
      value *= SCALES.get(toks[end + 1]!.norm)!;
      end += 2;
      scaled = true;
    }
  }
  return { start: i, end, value, info, ordinal, fraction: false, vague: null, scaled, lone: false };
}

export function readCore(toks: readonly Tok[], i: number, money: boolean): Core | Skip | null {
  const t = toks[i];
  if (t === undefined) return null;
  if (t.kind === 'num') return readDigits(toks, i, money);
  const n = readWordNumber(toks, i);
  if (n === null) return null;
  return { start: i, end: n.end, value: n.value, info: null, ordinal: n.ordinal, fraction: n.fraction, vague: n.vague, scaled: n.scaled, lone: n.lone };
}

export function isSkip<T extends object>(c: T | Skip): c is Skip {
  return 'skip' in c;
}
