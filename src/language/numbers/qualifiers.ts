/**
 * Words that bound or soften a number: "about 2,300", "at least 14", "40-odd", "14 or more".
 */
import type { Quantity } from '../types.js';
import { hyphenJoin, isSym, spacedWord, type Tok } from './tokens.js';

export type Qualifier = NonNullable<Quantity['qualifier']>;

const BEFORE: ReadonlyArray<readonly [string, Qualifier]> = [
  ['a little more than', 'more-than'],
  ['a little over', 'more-than'],
  ['no more than', 'at-most'],
  ['not more than', 'at-most'],
  ['no fewer than', 'at-least'],
  ['no less than', 'at-least'],
  ['not less than', 'at-least'],
  ['not fewer than', 'at-least'],
  ['a minimum of', 'at-least'],
  ['a maximum of', 'at-most'],
  ['as many as', 'at-most'],
  ['as much as', 'at-most'],
  ['in excess of', 'more-than'],
  ['more or less', 'approximate'],
  ['more than', 'more-than'],
  ['greater than', 'more-than'],
  ['upwards of', 'more-than'],
  ['well over', 'more-than'],
  ['just over', 'more-than'],
  ['north of', 'more-than'],
  ['at least', 'at-least'],
  ['up to', 'at-most'],
  ['at most', 'at-most'],
  ['fewer than', 'less-than'],
  ['less than', 'less-than'],
  ['just under', 'less-than'],
  ['well under', 'less-than'],
  ['just below', 'less-than'],
  ['close to', 'approximate'],
  ['an estimated', 'approximate'],
  ['approx .', 'approximate'],
  ['c .', 'approximate'],
  ['ca .', 'approximate'],
  ['over', 'more-than'],
  ['above', 'more-than'],
  ['exceeding', 'more-than'],
  ['under', 'less-than'],
  ['below', 'less-than'],
  ['about', 'approximate'],
  ['around', 'approximate'],
  ['roughly', 'approximate'],
  ['nearly', 'approximate'],
  ['almost', 'approximate'],
  ['some', 'approximate'],
  ['approximately', 'approximate'],
  ['approx', 'approximate'],
  ['circa', 'approximate'],
  ['estimated', 'approximate'],
  ['~', 'approximate'],
];

/** Patterns by their last word, longest first, so that each number tries only a few. */
const BY_LAST = new Map<string, Array<readonly [string[], Qualifier]>>();
for (const [phrase, q] of BEFORE) {
  const words = phrase.split(' ');
  const last = words[words.length - 1]!;
  BY_LAST.set(last, [...(BY_LAST.get(last) ?? []), [words, q] as const]);
}

export interface QualifierMatch {
  qualifier: Qualifier;
  /** Before the number: the first token of the phrase. After: the token after it. */
  at: number;
  /** The phrase's words, lower case ("more than"). */
  words: string;
}

/** A qualifier ending just before token `s`, not reaching back before `floor`. */
export function qualifierBefore(toks: readonly Tok[], s: number, floor: number): QualifierMatch | null {
  const last = toks[s - 1];
  if (last === undefined || s - 1 < floor) return null;
  for (const [words, qualifier] of BY_LAST.get(last.norm) ?? []) {
    const from = s - words.length;
    if (from < floor) continue;
    let ok = true;
    for (let j = 0; j < words.length && ok; j++) {
      const t = toks[from + j]!;
      ok = t.norm === words[j] && (j === 0 || t.gap <= 1);
    }
    if (ok && toks[s]!.gap <= 1) return { qualifier, at: from, words: words.join(' ') };
  }
  return null;
}

/** "or so", "or more", "or fewer", "40-odd", "3,000-plus", "3,000+". */
export function qualifierAfter(toks: readonly Tok[], k: number): QualifierMatch | null {
  const t = toks[k];
  if (isSym(t, '+') && t.gap === 0) return { qualifier: 'at-least', at: k + 1, words: '+' };
  if (hyphenJoin(toks, k)) {
    const w = toks[k + 1]!.norm;
    if (w === 'odd') return { qualifier: 'approximate', at: k + 2, words: 'odd' };
    if (w === 'plus') return { qualifier: 'at-least', at: k + 2, words: 'plus' };
    return null;
  }
  if (!spacedWord(t, 'or')) return null;
  const next = toks[k + 1];
  if (!spacedWord(next)) return null;
  const words = `or ${next.norm}`;
  if (next.norm === 'so' || next.norm === 'thereabouts') return { qualifier: 'approximate', at: k + 2, words };
  if (next.norm === 'more') return { qualifier: 'at-least', at: k + 2, words };
  if (next.norm === 'fewer' || next.norm === 'less') return { qualifier: 'at-most', at: k + 2, words };
  return null;
}
