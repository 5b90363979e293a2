/**
 * The noun a number counts. Without part-of-speech tagging this leans on shape: a counted
 * noun after a number above one is plural ("troops", "people"), and the phrase ends at the
 * first function word, verb or punctuation mark.
 */
import {
  COUNT_MODIFIERS, FUNCTION_WORDS, MONTHS, NOMINALS, OF_DETERMINERS, WEEKDAYS, isNumberWord, looksPlural,
} from './lexicon.js';
import { hyphenJoin, spacedWord, type Tok } from './tokens.js';

export interface NounPhrase {
  /** Token range [start, end). */
  start: number;
  end: number;
  /** Lower-cased last word. */
  head: string;
}

/** End of a content word at `k` (a hyphenated "well-trained" counts as one), or -1. */
function contentWord(toks: readonly Tok[], k: number): number {
  const t = toks[k];
  if (!spacedWord(t) || isNumberWord(t.norm)) return -1;
  if (FUNCTION_WORDS.has(t.norm) && !COUNT_MODIFIERS.has(t.norm)) return -1;
  if (t.capital && (MONTHS.has(t.norm) || WEEKDAYS.has(t.norm))) return -1;
  let end = k + 1;
  while (hyphenJoin(toks, end) && end - k < 5) end += 2;
  return end;
}

function phrase(toks: readonly Tok[], start: number, end: number): NounPhrase {
  return { start, end, head: toks[end - 1]!.norm };
}

/**
 * A counted noun phrase starting at `k`: up to three words ending in a plural head
 * ("Russian troops", "more people"), or a single nominal adjective ("dead"). With
 * `singular` (a count of one) any short noun phrase will do.
 */
export function readCounted(toks: readonly Tok[], k: number, singular: boolean): NounPhrase | null {
  let j = k;
  let nominal: NounPhrase | null = null;
  for (let n = 0; n < 3; n++) {
    const end = contentWord(toks, j);
    if (end < 0) break;
    const head = toks[end - 1]!.norm;
    if (looksPlural(head) && !COUNT_MODIFIERS.has(head)) return phrase(toks, k, end);
    if (n <= 1 && nominal === null && NOMINALS.has(head)) nominal = phrase(toks, k, end);
    j = end;
  }
  if (nominal) return nominal;
  return singular ? readNounPhrase(toks, k) : null;
}

/** A short noun phrase of any number: "phone conversation", "rain", "the city's residents". */
export function readNounPhrase(toks: readonly Tok[], k: number, skipDeterminer = false): NounPhrase | null {
  let start = k;
  if (skipDeterminer && spacedWord(toks[k]) && OF_DETERMINERS.has(toks[k]!.norm)) start = k + 1;
  let end = start;
  for (let n = 0; n < 3; n++) {
    const next = contentWord(toks, end);
    if (next < 0) break;
    const w = toks[next - 1]!.norm;
    if (n > 0 && (NOMINALS.has(w) || w.endsWith('ed') || COUNT_MODIFIERS.has(w))) break;
    if (n === 0 && COUNT_MODIFIERS.has(w)) break;
    end = next;
    if (looksPlural(w)) break;
  }
  return end === start ? null : phrase(toks, start, end);
}

/** "of" and a noun phrase after a unit: "190 millimetres of rain", "23 per cent of voters". */
export function readOfComplement(toks: readonly Tok[], k: number): NounPhrase | null {
  return spacedWord(toks[k], 'of') ? readNounPhrase(toks, k + 1, true) : null;
}
