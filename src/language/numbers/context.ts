/**
 * Numerals that are not amounts: days of the month, times of day, codes and labels.
 * Years are decided in scan.ts, once the unit and qualifiers are known.
 */
import type { Core } from './core.js';
import { LABELS, MONTHS, TIME_ZONES, WEEKDAYS, YEAR_CONTEXT } from './lexicon.js';
import { isHyphen, isSym, isWord, spacedWord, type Tok } from './tokens.js';

function monthAt(t: Tok | undefined): boolean {
  return isWord(t) && t.capital && MONTHS.has(t.norm);
}

/** The word before token `s`, stepping over an abbreviation's full stop ("Jan. 6", "No. 10"). */
function wordBefore(toks: readonly Tok[], s: number): Tok | undefined {
  const prev = toks[s - 1];
  if (isSym(prev, '.') && prev.gap === 0 && toks[s]!.gap <= 1) return toks[s - 2];
  return toks[s]!.gap <= 1 ? prev : undefined;
}

/** "March 10", "Oct. 21", "10 March", "the 10th of March". */
export function isDayOfMonth(toks: readonly Tok[], c: Core): boolean {
  const info = c.info;
  if (info === null || info.decimal || info.grouped || c.scaled || info.intDigits > 2 || c.value < 1 || c.value > 31) return false;
  if (monthAt(wordBefore(toks, c.start))) return true;
  let k = c.end;
  if (spacedWord(toks[k], 'of')) k++;
  return monthAt(toks[k]) && toks[k]!.gap === 1;
}

/** "5 a.m.", "10 pm", "5 o'clock", "1700 GMT". Clock times with a colon never reach here. */
export function isTimeOfDay(toks: readonly Tok[], c: Core): boolean {
  const info = c.info;
  if (info === null || info.decimal || info.grouped || c.scaled || c.ordinal) return false;
  const next = toks[c.end];
  if (!spacedWord(next)) return false;
  const w = next.norm;
  if (w === 'a.m.' || w === 'p.m.' || w === "o'clock" || w === 'o’clock') return c.value <= 24;
  if (w === 'am' || w === 'pm') return c.value <= 12;
  return info.intDigits === 4 && TIME_ZONES.has(w) && next.raw === next.raw.toUpperCase();
}

/** Marks that make the digits glued after them an identifier: "#3", "+44", "%2F", "id=5", "&#8220;". */
const GLUED_CODE_MARKS = new Set(['#', '+', '№', '%', '&', '=', '_', '/', '\\', '@', '^', '|']);

/**
 * Identifiers: "A4", "G7" (letters glued before), "LSX-40", "COVID-19" (a capitalised word
 * and a hyphen), "+44", "#3", "007".
 */
export function isCode(toks: readonly Tok[], c: Core): boolean {
  const t = toks[c.start]!;
  const info = c.info;
  if (info === null) return false;
  if (info.leadingZero) return true;
  const prev = toks[c.start - 1];
  if (t.gap === 0 && prev !== undefined) {
    if (prev.kind === 'word' || prev.kind === 'num') return true;
    if (prev.kind === 'sym' && GLUED_CODE_MARKS.has(prev.raw)) return true;
    const word = toks[c.start - 2];
    if (isHyphen(prev) && prev.gap === 0 && isWord(word) && (word.raw !== word.norm || word.raw.length === 1)) return true;
  }
  const after = toks[c.end];
  if (isHyphen(after) && after.gap === 0 && isWord(toks[c.end + 1]) && toks[c.end + 1]!.gap === 0) {
    const w = toks[c.end + 1]!;
    if (w.raw === w.raw.toUpperCase() && w.raw !== w.norm) return true;
  }
  return false;
}

/** "Article 5", "No. 10", "page 3", "number 10". */
export function isLabel(toks: readonly Tok[], c: Core): boolean {
  if (c.info === null) return false;
  const w = wordBefore(toks, c.start);
  if (!isWord(w)) return false;
  if (w.norm === 'no') return w.capital || isSym(toks[c.start - 1], '.');
  return LABELS.has(w.norm);
}

const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '"', '“', '”', "'", '‘', '’', '(', '[', '—', '–', '-', '•', '*', '➤', '|']);

/**
 * A numeral right after a capitalised word that does not start a sentence, with nothing
 * counted: a name such as "Boeing 737", "Apollo 11" or "Windows 11".
 */
export function isNamed(toks: readonly Tok[], c: Core): boolean {
  if (c.info === null) return false;
  const w = toks[c.start - 1];
  if (!isWord(w) || !w.capital || toks[c.start]!.gap !== 1) return false;
  if (MONTHS.has(w.norm) || WEEKDAYS.has(w.norm)) return false;
  const before = toks[c.start - 2];
  if (before === undefined || w.gap === 2) return false;
  return !(before.kind === 'sym' && SENTENCE_END.has(before.raw));
}

/** Whether a four-digit number reads as a year here: after "in", "since", a month, a comma after a date. */
export function yearContext(toks: readonly Tok[], c: Core): boolean {
  const prev = toks[c.start - 1];
  if (prev === undefined || toks[c.start]!.gap === 2) return false;
  if (isWord(prev)) return YEAR_CONTEXT.has(prev.norm) || monthAt(prev) || prev.norm.endsWith("'s") || prev.norm.endsWith('’s');
  return prev.raw === ',' || isHyphen(prev);
}
