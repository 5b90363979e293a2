/**
 * What the attribution rules share: the shape of an attribution found in a unit, and the
 * reading of clauses around a cue (what sits between a cue and what was said, where a
 * clause ends, a sentence's subject past its dateline).
 */
import type { Span } from '../../pipeline/record.js';
import { cueWord, type CueWord } from './cues.js';
import { rightPhrase, type Phrase, type SpeakerInfo } from './speakers.js';
import type { Tok } from './units.js';
import { ADVERBS, DETERMINERS, FUNCTION_WORDS, SUBJECT_PRONOUNS, TIME_LEADS, TIME_WORDS } from './words.js';

/**
 * How an attribution is laid out around its cue:
 * intro: "X said: “…”"; after: "“…,” X said"; inverted: "The toll rose, X said";
 * parenthetical: "The talks, X said, were useful"; forward: "X said (that) …";
 * according: "according to X"; participle: "…, insisting …" (the speaker is the clause's);
 * colon: "X told reporters:" ending its paragraph, the quote follows.
 */
export type Mode = 'intro' | 'after' | 'inverted' | 'parenthetical' | 'forward' | 'according' | 'participle' | 'colon';
export interface Range {
  s: number;
  e: number;
}
/** One attribution in a unit, before speakers are resolved. */
export interface Found {
  cue: Span & { verb: string; lemma: string };
  cueTok: number;
  speaker: SpeakerInfo | null;
  /** Tokens naming the speaker, apposition included. */
  speakerToks: Range | null;
  /** Participles take the speaker of the attribution before them in the unit (its index). */
  inherits: number | null;
  /** What was attributed, as token ranges of the unit. */
  parts: Range[];
  mode: Mode;
}
export const isWordTok = (t: Tok | undefined): t is Tok => t !== undefined && (t.kind === 'word' || t.kind === 'number');
export const TERMINAL = /^[.!?…]$/u;
export const TRIM = /^[.,;:!?…—–-]$/u;
export const PREPOSITIONS = /^(in|on|at|during|to|via|through|from|with|after|before|of|inside|outside|following)$/u;
export const SUBORDINATORS = /^(when|while|after|before|because|as|if|since|although|though|until|once|whereas)$/u;
export const FRONTED = /^(in|on|at|after|before|during|while|when|as|despite|with|for|since|following|amid|although|though|because|if|speaking|asked|addressing|responding|meanwhile|still|later|earlier|instead)$/u;
export function regionEnd(f: Found): number {
  return Math.max(f.cueTok, f.speakerToks?.e ?? -1);
}
export function regionStart(f: Found): number {
  return Math.min(f.cueTok, f.speakerToks?.s ?? Number.MAX_SAFE_INTEGER);
}
/** Where text before a cue may start: the sentence start, or past the last attribution. */
export function leftLimit(lo: number, found: readonly Found[]): number {
  const last = found[found.length - 1];
  return last ? Math.max(lo, regionEnd(last) + 1) : lo;
}
/** Skips what sits between a cue and what was said: an addressee, a time, "in a statement", "that". */
export function complementsEnd(toks: readonly Tok[], i: number, cue: CueWord): number {
  let objectTaken = cue.cls !== 'tell';
  let steps = 0;
  while (i < toks.length && steps++ < 10) {
    const t = toks[i]!;
    if (!isWordTok(t)) break;
    const w = t.lower;
    if (ADVERBS.has(w) && !/^(has|have|had)$/u.test(w)) {
      i++;
      continue;
    }
    if (TIME_WORDS.has(w) && /day$|^(today|yesterday|tonight)$/u.test(w)) {
      i++;
      continue;
    }
    if (TIME_LEADS.has(w) && TIME_WORDS.has(toks[i + 1]?.lower ?? '')) {
      i += 2;
      continue;
    }
    if (!objectTaken) {
      objectTaken = true;
      const e = objectEnd(toks, i);
      if (e >= i) {
        i = e + 1;
        continue;
      }
    }
    if (PREPOSITIONS.test(w) && cue.cls !== 'describe') {
      const e = prepositionalEnd(toks, i);
      if (e > i) {
        i = e + 1;
        continue;
      }
    }
    break;
  }
  // "that night" is a time, not the start of a clause.
  if ((toks[i]?.lower === 'that' && !TIME_WORDS.has(toks[i + 1]?.lower ?? '')) || toks[i]?.lower === 'whether') i++;
  else if (toks[i]?.lower === 'that') i += 2;
  return i;
}
/** The addressee of "told": "reporters", "European leaders", "the newspaper", "CNN". */
export function objectEnd(toks: readonly Tok[], i: number): number {
  const first = toks[i];
  if (!isWordTok(first)) return -1;
  if (/^(him|her|them|us|me|you|reporters|journalists)$/u.test(first.lower)) return i;
  // "told NBC's “Today”": a programme named in quotes belongs to the addressee.
  if (/['’]s$/u.test(first.text) && toks[i + 1]?.kind === 'quote' && !toks[i + 1]!.comma) return i + 1;
  if (FUNCTION_WORDS.has(first.lower) || SUBJECT_PRONOUNS.has(first.lower) || first.lower === 'that' || PREPOSITIONS.test(first.lower) || /^(for|about)$/u.test(first.lower)) return -1;
  let k = DETERMINERS.has(first.lower) ? i + 1 : i;
  let end = -1;
  while (k < toks.length && k - i < 5) {
    const t = toks[k]!;
    if (!isWordTok(t) || DETERMINERS.has(t.lower) || FUNCTION_WORDS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower) || PREPOSITIONS.test(t.lower) || cueWord(t.lower)?.form === 'past') break;
    end = k;
    k++;
  }
  return end;
}
/** "in an interview with CNN", "at a news conference in Kyiv", "on Truth Social". */
export function prepositionalEnd(toks: readonly Tok[], i: number): number {
  let k = i;
  let end = -1;
  let steps = 0;
  while (k < toks.length && steps++ < 12) {
    const prep = toks[k]!;
    if (!PREPOSITIONS.test(prep.lower)) break;
    let x = k + 1;
    if (DETERMINERS.has(toks[x]?.lower ?? '')) x++;
    let last = -1;
    while (x < toks.length && x - k < 7) {
      const t = toks[x]!;
      if (!isWordTok(t) || DETERMINERS.has(t.lower) || FUNCTION_WORDS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower) || PREPOSITIONS.test(t.lower) || t.lower === 'that') break;
      const cue = t.cap ? undefined : cueWord(t.lower);
      if (cue && (cue.form === 'past' || cue.form === 's')) break;
      last = x;
      x++;
    }
    if (last < 0) break;
    end = last;
    k = last + 1;
  }
  return end;
}
export function forward(toks: readonly Tok[], k: number, cue: CueWord): Range {
  return clauseFrom(toks, complementsEnd(toks, k + 1, cue));
}
/**
 * Where a clause starting at each token ends: the end of the unit, or before "…, according
 * to", "…, adding", a semicolon. Computed once per unit from the right, so that a run of
 * cues in one endless sentence stays linear.
 */
export const clauseEnds = new WeakMap<readonly Tok[], Int32Array>();
export function clauseEndsOf(toks: readonly Tok[]): Int32Array {
  let ends = clauseEnds.get(toks);
  if (ends) return ends;
  ends = new Int32Array(toks.length + 1);
  ends[toks.length] = toks.length - 1;
  for (let e = toks.length - 1; e >= 0; e--) {
    const t = toks[e]!;
    if (t.text === ';') ends[e] = e - 1;
    else if ((t.text === ',' || t.text === '—' || t.text === '–') && (toks[e + 1]?.lower === 'according' || startsParticiple(toks, e + 1))) ends[e] = e - 1;
    else if (t.kind === 'quote' && t.comma && startsParticiple(toks, e + 1)) ends[e] = e;
    else ends[e] = ends[e + 1]!;
  }
  clauseEnds.set(toks, ends);
  return ends;
}
export function clauseFrom(toks: readonly Tok[], i: number): Range {
  if (i >= toks.length) return { s: i, e: i - 1 };
  return { s: i, e: clauseEndsOf(toks)[i]! };
}
export function startsParticiple(toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  if (!t || t.kind !== 'word' || t.cap) return false;
  const cue = cueWord(t.lower);
  return cue !== undefined && cue.form === 'ing';
}
export function trimRange(toks: readonly Tok[], r: Range): Range | null {
  let { s, e } = r;
  while (s <= e && toks[s]!.kind !== 'quote' && TRIM.test(toks[s]!.text)) s++;
  while (e >= s && toks[e]!.kind !== 'quote' && TRIM.test(toks[e]!.text)) e--;
  return e >= s ? { s, e } : null;
}
/** A range that holds nothing but quotes and punctuation between them. */
export function onlyQuotes(toks: readonly Tok[], r: Range | null): boolean {
  if (!r) return false;
  let quotes = 0;
  for (let x = r.s; x <= r.e; x++) {
    const t = toks[x]!;
    if (t.kind === 'quote') quotes++;
    else if (!TRIM.test(t.text)) return false;
  }
  return quotes > 0;
}
/**
 * The subject at the start of a sentence, for a participle with no attribution before it:
 * past a dateline and a fronted phrase ("In an incendiary press conference, Varga …").
 */
export function sentenceSubject(toks: readonly Tok[], lo: number): Phrase | null {
  let i = datelineEnd(toks, lo);
  if (FRONTED.test(toks[i]?.lower ?? '')) {
    let c = i;
    while (c < toks.length && c - i < 25 && toks[c]!.text !== ',') c++;
    if (toks[c]?.text !== ',') return null;
    i = c + 1;
  }
  while (i < toks.length && isWordTok(toks[i]) && /^(but|and|so|yet|meanwhile|however|still)$/iu.test(toks[i]!.text)) i++;
  return rightPhrase(toks, i, toks.length - 1);
}
/** "WASHINGTON —", "KYIV, Oct. 21 (Reuters) -": a dateline is not the sentence's subject. */
export function datelineEnd(toks: readonly Tok[], lo: number): number {
  let i = lo;
  while (i < toks.length && i - lo < 12) {
    const t = toks[i]!;
    if (t.kind === 'word' && /^\p{Lu}[\p{Lu}.'-]+$/u.test(t.text)) i++;
    else if (t.text === ',' || t.text === '(' || t.text === ')' || t.kind === 'number' || (t.kind === 'word' && t.cap && i > lo)) i++;
    else break;
    const next = toks[i];
    if (next && /^[-—–]$/u.test(next.text)) return i + 1;
  }
  return lo;
}
export function nonEmpty(r: Range): boolean {
  return r.e >= r.s;
}
