import type { Span } from '../../pipeline/record.js';
import type { SpeakerKind } from '../types.js';
import { cueWord } from './cues.js';
import type { Tok } from './units.js';
import {
  ADVERBS, DETERMINERS, DOCUMENT_NOUNS, EMPTY_MODIFIERS, EXPERT_NOUNS, FUNCTION_WORDS, GENERIC_PERSON, GROUP_NOUNS,
  INDEFINITE, NP_PREPOSITIONS, OFFICIAL_NOUNS, ORG_WORDS, PERSON_NOUNS, PLACE_SPEAKERS, POSTMOD_STARTS, ROLE_NOUNS,
  IRREGULAR_PAST, QUANTIFIERS, QUANTITY_HEADS, SOURCE_NOUNS, SUBJECT_PRONOUNS, TIME_LEADS, TIME_WORDS, TITLE_PHRASES, TITLE_WORDS,
} from './words.js';
import { genderOfName } from './gender.js';

/** A speaker phrase found by syntax alone, before any linking: token indices are inclusive. */
export interface Phrase {
  s: number;
  e: number;
  /** An apposition or parenthetical beside it: "Ivo Radek, head of the service,". */
  appos: { s: number; e: number } | null;
}

export type Needs = 'none' | 'pronoun' | 'description' | 'relative';

/** What a speaker phrase says about its speaker. */
export interface SpeakerInfo {
  span: Span;
  text: string;
  kind: SpeakerKind;
  /** The name when the phrase has one ("Ivan Kresl" of "Velish Foreign Minister Ivan Kresl"). */
  name: string | null;
  nameSpan: Span | null;
  role: (Span & { text: string }) | null;
  /** How the phrase must be resolved to find who it is. */
  needs: Needs;
  pronoun: string | null;
  gender: 'm' | 'f' | null;
  plural: boolean;
  /** Lower-cased words of the description, for matching "the Ukrainian leader" to a role. */
  words: string[];
  head: string;
  /** Where the head noun is: a description links to an entity through a mention there, not through "of Dravhydro". */
  headSpan: Span;
  /** For "who"/"which": the phrase it points back to. */
  antecedent: SpeakerInfo | null;
}

const isWordTok = (t: Tok | undefined): t is Tok => t !== undefined && (t.kind === 'word' || t.kind === 'number');
const isPossessive = (t: Tok): boolean => /['’]s$/u.test(t.text);
const bare = (w: string): string => w.replace(/['’]s$/u, '');

/** A token that may be part of a speaker phrase. */
function phraseWord(t: Tok | undefined): boolean {
  if (!isWordTok(t)) return false;
  if (t.kind === 'number') return true;
  const w = t.lower;
  if (DETERMINERS.has(w)) return true;
  // "US officials": an acronym is a name even when its letters spell a function word.
  if (/^\p{Lu}{2,}$/u.test(t.text.replace(/\./gu, ''))) return true;
  if (FUNCTION_WORDS.has(w) || SUBJECT_PRONOUNS.has(w) || ADVERBS.has(w)) return false;
  const cue = cueWord(w);
  // "sources said", "the report added": past and third-person verb forms end a phrase.
  if (cue && !t.cap && !cue.nounLike && cue.form !== 'base') return false;
  return true;
}

/** Steps left over adverbs, auxiliaries and times between a subject and its verb. */
export function skipLeftAdverbials(toks: readonly Tok[], j: number, lo: number): number {
  while (j >= lo) {
    const t = toks[j]!;
    if (t.text === ')') {
      // "Sen. Tomas Halas (R-Vel.) said": a party tag or aside in brackets stands outside the phrase.
      let k = j - 1;
      while (k >= lo && j - k < 10 && toks[k]!.text !== '(' && toks[k]!.kind !== 'quote') k--;
      if (k < lo || toks[k]!.text !== '(') return j;
      j = k - 1;
      continue;
    }
    if (t.kind !== 'word' && t.kind !== 'number') return j;
    if (ADVERBS.has(t.lower) || isLyAdverb(t)) {
      j--;
      continue;
    }
    if (TIME_WORDS.has(t.lower)) {
      // "on Tuesday", "last week", or a bare day name: "Kresl on Tuesday said", "Kresl Tuesday said".
      const lead = j > lo && TIME_LEADS.has(toks[j - 1]!.lower);
      if (!lead && !/^(mon|tues|wednes|thurs|fri|satur|sun)day$|^(today|yesterday|tonight)$/u.test(t.lower)) return j;
      j -= lead ? 2 : 1;
      continue;
    }
    return j;
  }
  return j;
}

const NOT_ADVERBS = new Set(['family', 'rally', 'ally', 'assembly', 'supply', 'reply', 'apply', 'bully', 'holy', 'july', 'ugly', 'silly', 'elderly', 'italy', 'anomaly', 'monopoly', 'homily', 'folly', 'belly', 'jelly']);

/** "Cruz gingerly said": an -ly word between subject and verb is an adverb. */
export function isLyAdverb(t: Tok): boolean {
  return t.kind === 'word' && !t.cap && t.lower.length > 4 && t.lower.endsWith('ly') && !NOT_ADVERBS.has(t.lower);
}

/** A lower-case -s or -ed word that names no speaker: "faces", "defended", not "aides", "officials". */
export function singularOf(w: string): string {
  if (/ies$/u.test(w)) return w.slice(0, -3) + 'y';
  if (/(ss|sh|ch|x)es$/u.test(w)) return w.slice(0, -2);
  return /[^s]s$/u.test(w) ? w.slice(0, -1) : w;
}

export function looksLikeVerb(t: Tok): boolean {
  const w = t.lower;
  if (t.kind !== 'word' || t.cap) return false;
  if (IRREGULAR_PAST.has(w)) return true;
  if (!/(?:[^s]s|ed)$/u.test(w) || TITLE_WORDS.has(w)) return false;
  const singular = singularOf(w);
  for (const list of [OFFICIAL_NOUNS, GROUP_NOUNS, SOURCE_NOUNS, EXPERT_NOUNS, DOCUMENT_NOUNS, ORG_WORDS, ROLE_NOUNS, PERSON_NOUNS]) {
    if (list.has(w) || list.has(singular)) return false;
  }
  return true;
}

/** The noun phrase that ends at token j, read leftwards; -1 when there is none. */
export function phraseEndingAt(toks: readonly Tok[], j: number, lo: number): number {
  const last = toks[j];
  if (!isWordTok(last)) return -1;
  if (SUBJECT_PRONOUNS.has(last.lower)) return j;
  if (QUANTIFIERS.has(last.lower)) return j > lo && /^(nearly|about|almost|roughly|around|over|just|only)$/u.test(toks[j - 1]!.lower) ? j - 1 : j;
  if (!phraseWord(last) || DETERMINERS.has(last.lower) || NP_PREPOSITIONS.has(last.lower)) return -1;
  let start = j;
  let possessor = false;
  let i = j - 1;
  let steps = 0;
  while (i >= lo && steps++ < 16) {
    const t = toks[i]!;
    if (!isWordTok(t)) break;
    const w = t.lower;
    if (DETERMINERS.has(w)) {
      // "all five states", "all the": determiners stack.
      while (i - 1 >= lo && DETERMINERS.has(toks[i - 1]!.lower)) i--;
      start = i;
      // "sources familiar with the conversation": this determiner belongs to a phrase inside.
      const before = toks[i - 1];
      if (!possessor && i - 1 >= lo && before && NP_PREPOSITIONS.has(before.lower) && i - 2 >= lo && phraseWord(toks[i - 2]) && !DETERMINERS.has(toks[i - 2]!.lower)) {
        i -= 2;
        continue;
      }
      break;
    }
    if (NP_PREPOSITIONS.has(w)) {
      const before = toks[i - 1];
      if (i - 1 < lo || !phraseWord(before) || DETERMINERS.has(before!.lower) || possessor) break;
      i--;
      continue;
    }
    if (!phraseWord(t)) break;
    // Left of a possessive only its own small phrase may come: "the company's", not "contradicts Varga's".
    if (possessor && !t.cap && !TITLE_WORDS.has(w)) break;
    // "Clinton faces Republican frontrunner Varga": a plain lower-case word after a name is its verb.
    const left = toks[i - 1];
    if (looksLikeVerb(t) && i - 1 >= lo && left && left.kind === 'word' && ((left.cap && !DETERMINERS.has(left.lower)) || QUANTIFIERS.has(left.lower) || SUBJECT_PRONOUNS.has(left.lower))) break;
    if (isPossessive(t)) possessor = true;
    start = i;
    i--;
  }
  return start;
}

/**
 * The speaker phrase left of a cue at index `cue`, skipping adverbs and times, over an
 * apposition between commas ("Kresl, Russia's foreign minister, said"), and over a
 * relative clause that describes the speaker ("an engineer who asked not to be named said").
 */
export function leftPhrase(toks: readonly Tok[], cue: number, lo: number): Phrase | null {
  let j = skipLeftAdverbials(toks, cue - 1, lo);
  // "X was quoted as saying"
  if (j >= lo + 2 && toks[j]!.lower === 'as' && toks[j - 1]!.lower === 'quoted') j = skipLeftAdverbials(toks, j - 3, lo);
  if (j < lo) return null;
  const t = toks[j]!;
  if (t.text === ',') {
    let k = j - 1;
    let n = 0;
    while (k >= lo && n < 30 && toks[k]!.text !== ',' && toks[k]!.kind !== 'quote' && toks[k]!.text !== ';' && toks[k]!.text !== ':') {
      k--;
      n++;
    }
    if (k < lo || toks[k]!.text !== ',' || k + 1 > j - 1) return null;
    const inner = { s: k + 1, e: j - 1 };
    // "Kresl, however, said": a parenthetical adverb, not an apposition.
    let allAdverbs = true;
    for (let x = inner.s; x <= inner.e; x++) if (!ADVERBS.has(toks[x]!.lower) && !TIME_WORDS.has(toks[x]!.lower) && !TIME_LEADS.has(toks[x]!.lower)) allAdverbs = false;
    const headEnd = skipLeftAdverbials(toks, k - 1, lo);
    if (headEnd < lo) return null;
    const s = phraseEndingAt(toks, headEnd, lo);
    if (s < 0) return null;
    // "Dravhydro's chief executive, Anatoly Vereshin, insisted": the name between the commas speaks.
    if (!toks[headEnd]!.cap && isNameRun(toks, inner.s, inner.e)) return { s: inner.s, e: inner.e, appos: { s, e: headEnd } };
    // "Marley Anderson, 21, a junior from Las Vegas, said", "Anatolii Vereshyn, chief executive of
    // Dravhydro, the company that runs the dam, said": an age or a second apposition; the name is further left.
    const weak = !toks[headEnd]!.cap && !SUBJECT_PRONOUNS.has(toks[headEnd]!.lower);
    if (!allAdverbs && s - 1 > lo && toks[s - 1]!.text === ',' && !isNameRun(toks, s, headEnd)) {
      const e2 = skipLeftAdverbials(toks, s - 2, lo);
      const s2 = e2 >= lo ? phraseEndingAt(toks, e2, lo) : -1;
      const boundary = toks[s2 - 1];
      const atBoundary = s2 === lo || !boundary || boundary.text === ',' || boundary.kind === 'quote' || FUNCTION_WORDS.has(boundary.lower);
      if (s2 >= 0 && toks[e2]!.cap && atBoundary && (weak || isNameRun(toks, s2, e2))) {
        return { s: s2, e: e2, appos: { s, e: j - 1 } };
      }
    }
    return { s, e: headEnd, appos: allAdverbs ? null : inner };
  }
  const relative = relativeBefore(toks, j, lo);
  if (relative) return relative;
  const s = phraseEndingAt(toks, j, lo);
  return s < 0 ? null : { s, e: j, appos: null };
}

/** Two to four capitalised words (initials and particles allowed): a bare name. */
function isNameRun(toks: readonly Tok[], s: number, e: number): boolean {
  if (e - s > 5) return false;
  let caps = 0;
  for (let k = s; k <= e; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word') return false;
    if (t.cap && !TITLE_WORDS.has(t.lower)) caps++;
    else if (!t.cap && !PARTICLES.has(t.lower)) return false;
  }
  return caps >= 2 || (caps === 1 && e === s);
}

/** "NP who … said": the relative clause belongs to the speaker phrase, which ends before "who". */
function relativeBefore(toks: readonly Tok[], j: number, lo: number): Phrase | null {
  for (let k = j; k >= lo && j - k < 24; k--) {
    const t = toks[k]!;
    if (t.kind === 'quote' || t.text === ';' || t.text === ':') return null;
    if (t.lower !== 'who') continue;
    if (k === j) return null;
    let h = k - 1;
    if (h >= lo && toks[h]!.text === ',') h--;
    if (h < lo) return null;
    const s = phraseEndingAt(toks, h, lo);
    if (s < 0 || SUBJECT_PRONOUNS.has(toks[h]!.lower)) return null;
    return { s, e: h, appos: { s: k, e: j } };
  }
  return null;
}

/** The speaker phrase right of a cue for "…,” said Colonel Ivo Radek, head of the service." */
export function rightPhrase(toks: readonly Tok[], i: number, hi: number): Phrase | null {
  const first = toks[i];
  if (i > hi || !isWordTok(first)) return null;
  if (/^(he|she|they|we|i|it)$/u.test(first.lower)) return { s: i, e: i, appos: null };
  let k = i;
  if (DETERMINERS.has(first.lower)) k++;
  let end = -1;
  let steps = 0;
  while (k <= hi && steps++ < 14) {
    const t = toks[k]!;
    if (!isWordTok(t)) break;
    const w = t.lower;
    if (/^(of|for|at|from|with|to|by)$/u.test(w)) {
      const next = toks[k + 1];
      if (end < 0 || !isWordTok(next) || !phraseWord(next) || TIME_WORDS.has(next.lower)) break;
      k++;
      continue;
    }
    if (DETERMINERS.has(w) && end >= 0 && !/^(of|for|at|from|with|to|by)$/u.test(toks[k - 1]!.lower)) break;
    if (end >= 0 && looksLikeVerb(t)) break;
    if (!phraseWord(t) || TIME_WORDS.has(w) || (TIME_LEADS.has(w) && !DETERMINERS.has(w) && TIME_WORDS.has(toks[k + 1]?.lower ?? ''))) break;
    end = k;
    k++;
  }
  if (end < 0) return null;
  let appos: Phrase['appos'] = null;
  if (toks[end + 1]?.text === ',' && isWordTok(toks[end + 2])) {
    let x = end + 2;
    while (x <= hi && x - end < 30 && toks[x]!.text !== ',' && toks[x]!.kind !== 'quote' && !/^[.;:!?]$/u.test(toks[x]!.text)) x++;
    const seg = toks[end + 2]!;
    // An apposition names a role; a verb in it means a clause has begun ("…, the two sides had …").
    let clause = false;
    for (let y = end + 2; y < x && !clause; y++) clause = /^(is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|do|does|did|be|been)$/u.test(toks[y]!.lower);
    if ((!clause || seg.lower === 'who') && (DETERMINERS.has(seg.lower) || !seg.cap || TITLE_WORDS.has(seg.lower) || seg.lower === 'who')) appos = { s: end + 2, e: x - 1 };
  }
  return { s: i, e: end, appos };
}

/** Where the head of a phrase ends: before "familiar with …", "of the ministry", "who …". */
function headEnd(toks: readonly Tok[], s: number, e: number): number {
  for (let k = s + 1; k <= e; k++) {
    const t = toks[k]!;
    const w = t.lower;
    if (titlePhraseAt(toks, k - 1, e) > 0) {
      k += titlePhraseAt(toks, k - 1, e) - 2;
      continue;
    }
    // "Minister of Defence Ivan Petrov": a capitalised office after "of", then the name.
    if (w === 'of' && TITLE_WORDS.has(toks[k - 1]!.lower) && e - k >= 2 && TITLE_WORDS.has(toks[k + 1]!.lower) && allCapitalisedTo(toks, k + 1, e)) continue;
    if (POSTMOD_STARTS.has(w) || (t.kind === 'word' && !t.cap && /\p{L}{3,}ing$/u.test(w) && !TITLE_WORDS.has(w))) return k - 1;
  }
  return e;
}

function titlePhraseAt(toks: readonly Tok[], k: number, e: number): number {
  for (const phrase of TITLE_PHRASES) {
    if (k + phrase.length - 1 > e) continue;
    let ok = true;
    for (let x = 0; x < phrase.length && ok; x++) ok = toks[k + x]!.lower === phrase[x];
    if (ok) return phrase.length;
  }
  return 0;
}

function allCapitalisedTo(toks: readonly Tok[], from: number, e: number): boolean {
  if (from > e) return false;
  for (let k = from; k <= e; k++) if (!toks[k]!.cap) return false;
  return true;
}

const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'al', 'bin', 'da', 'di', 'la', 'le', 'du', 'dos', 'del', 'ibn', 'abu']);
const SUFFIXES = /^(jr\.?|sr\.?|ii|iii|iv)$/u;

/** Sentence-initial capitals ("Officials said") are not names when the word is a common noun. */
function nameToken(t: Tok, sentenceInitial: boolean): boolean {
  if (t.kind !== 'word') return false;
  if (SUFFIXES.test(t.lower) && t.cap) return true;
  if (!t.cap) return PARTICLES.has(t.lower);
  if (sentenceInitial) {
    const w = bare(t.lower);
    if (DETERMINERS.has(w) || FUNCTION_WORDS.has(w) || SUBJECT_PRONOUNS.has(w) || ADVERBS.has(w)) return false;
    if (OFFICIAL_NOUNS.has(w) || GROUP_NOUNS.has(w) || SOURCE_NOUNS.has(w) || EXPERT_NOUNS.has(w) || DOCUMENT_NOUNS.has(w) || PERSON_NOUNS.has(w)) return false;
  }
  return true;
}

/**
 * Reads a phrase: its name (the last run of capitalised words that are not titles), the
 * role words before the name or in an apposition, and from the head noun a speaker kind.
 */
export function describePhrase(text: string, toks: readonly Tok[], phrase: Phrase, sentenceStart: number): SpeakerInfo {
  const { s, e } = phrase;
  const span = { start: toks[s]!.start, end: toks[e]!.end };
  const surface = text.slice(span.start, span.end);
  const appos = phrase.appos ? { start: toks[phrase.appos.s]!.start, end: toks[phrase.appos.e]!.end } : null;
  const apposText = appos ? text.slice(appos.start, appos.end) : '';
  const info: SpeakerInfo = {
    span, text: surface, kind: 'unknown', name: null, nameSpan: null, role: null, needs: 'none', pronoun: null,
    gender: null, plural: false, words: [], head: '', headSpan: span, antecedent: null,
  };
  const first = toks[s]!;
  if (s === e && SUBJECT_PRONOUNS.has(first.lower)) {
    info.pronoun = first.lower;
    info.head = first.lower;
    info.needs = first.lower === 'who' || first.lower === 'which' ? 'relative' : 'pronoun';
    info.gender = first.lower === 'he' ? 'm' : first.lower === 'she' ? 'f' : null;
    info.plural = first.lower === 'they' || first.lower === 'we';
    if (info.needs === 'relative') {
      // "Borges, who said …": the relative pronoun stands for the phrase before it.
      let h = s - 1;
      if (h >= sentenceStart && toks[h]!.text === ',') h--;
      const a = h >= sentenceStart ? phraseEndingAt(toks, h, sentenceStart) : -1;
      if (a >= 0 && !SUBJECT_PRONOUNS.has(toks[h]!.lower)) info.antecedent = describePhrase(text, toks, { s: a, e: h, appos: null }, sentenceStart);
    }
    return info;
  }
  const he = headEnd(toks, s, e);
  let hs = s;
  const det = DETERMINERS.has(first.lower) ? first.lower : null;
  if (det) hs++;
  // Past a possessor the head is what it possesses: "the company's chief executive".
  for (let k = hs; k < he; k++) if (isPossessive(toks[k]!)) hs = k + 1;
  const headTok = toks[he]!;
  info.head = bare(headTok.lower);
  info.headSpan = { start: headTok.start, end: headTok.end };
  // The name run: trailing capitalised tokens of the head.
  let r = he + 1;
  while (r - 1 >= hs && nameToken(toks[r - 1]!, r - 1 === sentenceStart)) r--;
  // Titles lead the run: "Velish Foreign Minister Ivan Kresl", "Secretary of State Tomas Halas".
  let n = r;
  while (n <= he && (TITLE_WORDS.has(toks[n]!.lower) || (n + 1 <= he && TITLE_WORDS.has(toks[n + 1]!.lower) && toks[n + 1]!.cap))) n++;
  const runHasOrg = hasOrgWord(toks, r, he);
  const words: string[] = [];
  for (let k = hs; k <= he; k++) {
    const w = bare(toks[k]!.lower);
    if (!EMPTY_MODIFIERS.has(w) && toks[k]!.kind === 'word') words.push(w);
  }
  info.words = words;
  for (const w of words) info.gender ??= GENERIC_PERSON.get(w) ?? null;
  const roleStart = det ? hs : s;
  const setRole = (from: number, to: number): void => {
    const parts: Span[] = [];
    if (from <= to && from >= s) parts.push({ start: toks[from]!.start, end: toks[to]!.end });
    // An age ("Kresl, 64,") says nothing of a role.
    if (appos && !/^who\b/iu.test(apposText) && /\p{L}/u.test(apposText)) parts.push(appos);
    if (parts.length === 0) return;
    if (parts.length === 1 && parts[0]!.start === span.start && parts[0]!.end === span.end) return;
    const start = parts[0]!.start;
    const end = parts[parts.length - 1]!.end;
    info.role = { start, end, text: parts.map((p) => text.slice(p.start, p.end)).join(', ') };
  };

  if (r <= he && (runHasOrg || (toks[r - 1]?.lower === 'the' && r - 1 >= s) || (r === he && /^\p{Lu}{2,}$/u.test(toks[r]!.text) && !SUFFIXES.test(toks[r]!.lower)))) {
    info.kind = 'organization';
    info.name = text.slice(toks[r]!.start, toks[he]!.end);
    info.nameSpan = { start: toks[r]!.start, end: toks[he]!.end };
    setRole(roleStart, r - 1);
    return info;
  }
  if (n <= he) {
    info.name = text.slice(toks[n]!.start, toks[he]!.end);
    info.nameSpan = { start: toks[n]!.start, end: toks[he]!.end };
    if (n === he && PLACE_SPEAKERS.has(toks[n]!.lower)) info.kind = 'place';
    else {
      info.kind = 'person';
      info.gender = genderOfName(info.name, text.slice(toks[roleStart]!.start, toks[Math.max(roleStart, n - 1)]!.end) + ' ' + apposText) ?? info.gender;
    }
    setRole(roleStart, n - 1);
    // A name given with an apposition carries its role words for later descriptions.
    info.words = [...words.slice(0, Math.max(0, n - hs)), ...apposWords(toks, phrase)];
    return info;
  }
  // No name: a description. The head noun decides the kind.
  const head = info.head;
  const single = singularOf(head);
  const plural = GROUP_NOUNS.has(head) || (/[^s]s$/u.test(head) && !DOCUMENT_NOUNS.has(head) && head.length > 3);
  info.plural = plural;
  const modifier = toks.slice(he + 1, e + 1).map((t) => t.lower).join(' ') + ' ' + apposText.toLowerCase();
  const anonymous = /familiar with|close to|knowledgeable|briefed|not authori[sz]ed|anonymity|not to be (named|identified)|asked not|declined to be|with knowledge/u.test(modifier);
  setRole(roleStart, he);
  if (QUANTITY_HEADS.has(head) || /^\d/u.test(head) || /-(thirds|quarters|fifths)$/u.test(head)) {
    info.kind = 'unnamed-group';
    info.plural = true;
  } else if (DOCUMENT_NOUNS.has(head) || DOCUMENT_NOUNS.has(single)) info.kind = 'document';
  else if (SOURCE_NOUNS.has(head) || ((head === 'people' || head === 'person') && anonymous)) info.kind = 'unnamed-source';
  else if (EXPERT_NOUNS.has(head)) info.kind = 'unnamed-expert';
  else if (ORG_WORDS.has(head) || ORG_WORDS.has(single)) {
    info.kind = 'organization';
    if (det === 'the' || det === 'its' || det === 'their') info.needs = 'description';
  } else if (plural && (OFFICIAL_NOUNS.has(head) || GROUP_NOUNS.has(head) || PERSON_NOUNS.has(head.replace(/s$/u, '')))) info.kind = 'unnamed-group';
  else if (OFFICIAL_NOUNS.has(head) || ROLE_NOUNS.has(head) || PERSON_NOUNS.has(head) || GENERIC_PERSON.has(head)) {
    const definite = det === 'the' || det === 'his' || det === 'her' || det === 'their' || det === 'its' || (det === null && hs > s);
    if (definite) {
      info.needs = 'description';
      info.kind = OFFICIAL_NOUNS.has(head) ? 'unnamed-official' : PERSON_NOUNS.has(head) ? 'unnamed-group' : 'unknown';
    } else if (PERSON_NOUNS.has(head) || GENERIC_PERSON.has(head) && !OFFICIAL_NOUNS.has(head)) info.kind = 'unnamed-group';
    else info.kind = anonymous && !OFFICIAL_NOUNS.has(head) ? 'unnamed-source' : 'unnamed-official';
    if (det !== null && INDEFINITE.has(det) && info.needs === 'none' && !OFFICIAL_NOUNS.has(head) && ROLE_NOUNS.has(head)) info.kind = 'unnamed-official';
  } else if (headTok.cap && he === hs && TITLE_WORDS.has(headTok.lower)) {
    info.needs = 'description';
  }
  return info;
}

function hasOrgWord(toks: readonly Tok[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (ORG_WORDS.has(bare(toks[k]!.lower))) return true;
  return false;
}

function apposWords(toks: readonly Tok[], phrase: Phrase): string[] {
  if (!phrase.appos) return [];
  const out: string[] = [];
  for (let k = phrase.appos.s; k <= phrase.appos.e; k++) {
    const t = toks[k]!;
    if (t.kind === 'word' && !EMPTY_MODIFIERS.has(t.lower) && !FUNCTION_WORDS.has(t.lower)) out.push(bare(t.lower));
  }
  return out;
}

/** Whether a phrase plausibly names someone who can say something. */
export function speakerLike(info: SpeakerInfo): boolean {
  if (info.pronoun) return true;
  if (info.kind !== 'unknown') return true;
  return info.needs === 'description';
}
