/**
 * Attributions around cue verbs: "X said (that) …", "…, X said", "“…,” said X", "X said: “…”",
 * "The talks, X said, …", "…, insisting …", "X … and said …". Layouts without a cue verb
 * before the content are in layouts.ts; what they share is in clauses.ts.
 */
import { cueWord, INVERTING, type CueWord } from './cues.js';
import { describePhrase, leftPhrase, rightPhrase, skipLeftAdverbials, speakerLike, type Phrase } from './speakers.js';
import type { Tok, Unit } from './units.js';
import { DETERMINERS, MODALS, PASSIVE_AUX, SUBJECT_PRONOUNS, TIME_LEADS, TIME_WORDS, ADVERBS } from './words.js';
import {
  clauseFrom, complementsEnd, datelineEnd, forward, isWordTok, leftLimit, nonEmpty, onlyQuotes, regionStart, sentenceSubject,
  startsParticiple, SUBORDINATORS, TERMINAL, trimRange, TRIM, type Found, type Mode, type Range,
} from './clauses.js';
import { according, afterQuotes, colonIntro, speakerLine } from './layouts.js';

export type { Found, Range } from './clauses.js';
export { onlyQuotes } from './clauses.js';

/** Participles of speech verbs that are also adjectives before a noun. */
const ADJECTIVAL = new Set(['alleged', 'reported', 'suspected', 'purported', 'claimed', 'confirmed', 'stated', 'announced', 'rumoured', 'rumored', 'supposed', 'described', 'promised', 'threatened', 'expected']);

export function analyzeUnit(text: string, unit: Unit): Found[] {
  const toks = unit.toks;
  const found: Found[] = [];
  let sentence = 0;
  for (let k = 0; k < toks.length; k++) {
    while (sentence + 1 < unit.sentenceStarts.length && unit.sentenceStarts[sentence + 1]! <= k) sentence++;
    const lo = unit.sentenceStarts[sentence] ?? 0;
    const t = toks[k]!;
    if (t.text === ':' && toks[k + 1]?.kind === 'quote') {
      const f = colonIntro(text, unit, k, lo, found);
      if (f) found.push(f);
      continue;
    }
    if (t.text === ':' && k - lo <= 5 && isWordTok(toks[k + 1])) {
      const f = speakerLine(text, unit, k, lo);
      if (f) found.push(f);
      continue;
    }
    if (t.kind !== 'word') continue;
    if (t.lower === 'according' && toks[k + 1]?.lower === 'to') {
      const f = according(text, unit, k, lo, found);
      if (f) found.push(f);
      k++;
      continue;
    }
    const cue = cueWord(t.lower);
    if (!cue) continue;
    // Capitalised, a cue word is a name ("Said"), except in a title-cased headline: "Varga Says He …".
    if (t.cap && (k === lo || cue.form === 'base' || cue.form === 'ing' || !titleCased(toks, lo))) continue;
    // "one of 99 alleged members", "the reported attack": a participle before its noun is an adjective.
    const before = toks[k - 1];
    if (ADJECTIVAL.has(t.lower) && before && (before.kind === 'number' || DETERMINERS.has(before.lower)) && isWordTok(toks[k + 1]) && !SUBJECT_PRONOUNS.has(toks[k + 1]!.lower)) continue;
    const f = attribute(text, unit, k, cue, lo, found);
    if (f) found.push(f);
  }
  afterQuotes(text, unit, found);
  clip(found, toks);
  return found;
}
/** Most longer words of the sentence start with a capital: a headline. */
function titleCased(toks: readonly Tok[], lo: number): boolean {
  let words = 0;
  let caps = 0;
  for (let x = lo; x < toks.length && x - lo < 40; x++) {
    const t = toks[x]!;
    if (t.kind !== 'word' || t.text.length < 4) continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 3 && caps >= 0.75 * words;
}
/**
 * "Wilson praised Halas and said …": after "and", the cue shares the sentence's subject,
 * when that subject is a name or a pronoun.
 */
function coordinatedSubject(text: string, toks: readonly Tok[], lo: number, b: number): Phrase | null {
  // The subject of this clause: after the nearest comma or subordinator before "and".
  let c = b - 1;
  while (c > lo && b - c < 30 && toks[c - 1]!.text !== ',' && toks[c - 1]!.text !== ';' && toks[c - 1]!.kind !== 'quote' && !SUBORDINATORS.test(toks[c - 1]!.lower)) c--;
  const subject = c > lo ? rightPhrase(toks, c, b - 1) : sentenceSubject(toks, lo);
  if (!subject || subject.e >= b) return null;
  const info = describePhrase(text, toks, subject, lo);
  return info.name || info.pronoun === 'he' || info.pronoun === 'she' || info.pronoun === 'they' || info.needs === 'description' || (info.kind !== 'unknown' && info.kind !== 'document') ? subject : null;
}
function attribute(text: string, unit: Unit, k: number, cue: CueWord, lo: number, found: readonly Found[]): Found | null {
  const toks = unit.toks;
  const b = skipLeftAdverbials(toks, k - 1, lo);
  const prev = b >= lo ? toks[b] : undefined;
  if (prev && prev.kind === 'word') {
    const w = prev.lower;
    if (MODALS.has(w) || w === 'not' || w === 'never' || /n['’]t$/u.test(w)) return null;
    if (w === 'to' && toks[b - 1]?.lower !== 'on') return null;
    if (PASSIVE_AUX.has(w) && cue.form === 'past') return null;
    if (DETERMINERS.has(w) && w !== 'that') return null;
    if (cue.nounLike && /['’]s$/u.test(prev.text)) return null;
  }
  if (cue.lemma === 'continue' && toks[k + 1]?.lower === 'to') return null;
  // "as it calls itself": naming, not saying.
  if (/^(itself|himself|herself|themselves)$/u.test(toks[k + 1]?.lower ?? '') && toks[b - 1]?.lower === 'as') return null;
  // "who asked not to be named", "declined to be identified": the anonymity formula, not speech.
  if (/^(not|to)$/u.test(toks[k + 1]?.lower ?? '') && /^(be|to|remain)$/u.test(toks[k + 2]?.lower ?? '') && cue.lemma !== 'say') return null;
  const cueSpan = { start: toks[k]!.start, end: toks[k]!.end, verb: toks[k]!.text, lemma: cue.lemma };
  const make = (speaker: Phrase | null, parts: Range[], mode: Mode, inherits: number | null = null): Found | null => {
    const cleaned = parts.map((p) => trimRange(toks, p)).filter((p): p is Range => p !== null);
    if (cleaned.length === 0 && mode !== 'colon') return null;
    const sentenceStart = lo;
    const info = speaker ? describePhrase(text, toks, speaker, sentenceStart) : null;
    const speakerToks = speaker ? { s: speaker.s, e: speaker.appos ? Math.max(speaker.e, speaker.appos.e) : speaker.e } : null;
    return { cue: cueSpan, cueTok: k, speaker: info, speakerToks, inherits, parts: cleaned, mode };
  };

  if (cue.form === 'ing') {
    if (prev?.kind === 'word') {
      // "Halas says the latest polls showing him second": inside what someone says, "polls showing" is no new speaker.
      if (found.slice(-8).some((f) => f.parts.some((p) => p.s < k && k <= p.e))) return null;
      // "Varga is predicting", "officials were warning": the subject stands before the auxiliary.
      const at = /^(is|are|was|were|am|be|been)$/u.test(prev.lower) ? b : k;
      const left = leftPhrase(toks, at, lo);
      if (!left || !acceptable(text, toks, left, cue, lo)) return null;
      return make(left, [forward(toks, k, cue)].filter(nonEmpty), 'forward');
    }
    // "…, saying", or after a quote that ends on its own comma: “…,” adding that …
    if (prev?.text !== ',' && !(prev?.kind === 'quote' && prev.comma)) return null;
    const before = found.length > 0 ? found.length - 1 : null;
    const rest = complementsEnd(toks, k + 1, cue);
    // "…, saying:" at the end of a paragraph: the quote follows in the next one.
    const colon = toks[rest]?.text === ':' && rest === toks.length - 1;
    const parts = colon ? [] : [clauseFrom(toks, rest)].filter(nonEmpty);
    if (colon) {
      if (before !== null) return make(null, [], 'colon', before);
      const subject = sentenceSubject(toks, lo);
      return subject ? make(subject, [], 'colon') : null;
    }
    if (before !== null) return make(null, parts, 'participle', before);
    const subject = sentenceSubject(toks, lo);
    return subject ? make(subject, parts, 'participle') : null;
  }

  const limit = Math.max(leftLimit(lo, found), datelineEnd(toks, lo));
  const inverting = INVERTING.has(cue.lemma) && (prev === undefined || prev.text === ',' || prev.kind === 'quote' || prev.text === '—' || prev.text === '–');
  const right = inverting ? invertedSpeaker(text, toks, k, lo) : null;
  if (right && (prev === undefined || prev.kind === 'quote' || prev.text !== ',' || !leftApposition(text, toks, k, lo))) {
    // "…,” said Radek: what was said lies before the cue.
    if (prev === undefined) return null;
    const end = prev.kind === 'quote' ? b : b - 1;
    return make(right, [{ s: limit, e: end }], 'inverted');
  }
  if (prev === undefined || prev.kind === 'quote' || TRIM.test(prev.text) && prev.text !== ',') return null;
  if (prev.lower === 'and' || prev.lower === 'but') {
    const subject = cue.form === 'past' || cue.form === 's' ? coordinatedSubject(text, toks, lo, b) : null;
    if (!subject) return null;
    const i = complementsEnd(toks, k + 1, cue);
    const next = toks[i];
    if (!next || TERMINAL.test(next.text) || (cue.cls === 'belief' || cue.cls === 'finding') && toks[i - 1]?.lower !== 'that') return null;
    return make(subject, [clauseFrom(toks, next.text === ':' || next.text === ',' ? i + 1 : i)], next.kind === 'quote' ? 'intro' : 'forward');
  }
  const left = leftPhrase(toks, k, lo);
  if (!left || !acceptable(text, toks, left, cue, lo)) return null;

  const i = complementsEnd(toks, k + 1, cue);
  const next = toks[i];
  const boundary = toks[left.s - 1];
  const boundaryIsBreak = left.s - 1 >= lo && boundary !== undefined && (boundary.text === ',' || boundary.kind === 'quote' || boundary.text === '—' || boundary.text === '–');
  const before: Range = { s: limit, e: boundary?.kind === 'quote' ? left.s - 1 : left.s - 2 };
  const nothingAfter = next === undefined || TERMINAL.test(next.text) || next.text === ';' || (next.text === ',' && (startsParticiple(toks, i + 1) || toks[i + 1]?.lower === 'according'));
  // "“…,” Paradis said, looking off into the distance" / "… said as she accepted her award": the
  // words after the cue describe the saying; what was said is before it.
  const afterComma = next?.text === ',' ? toks[i + 1] : next;
  const trailing = afterComma !== undefined && afterComma.kind === 'word' && !afterComma.cap && (SUBORDINATORS.test(afterComma.lower) || /^(without|aboard|onstage|before|after|during|referring|looking|smiling|laughing|pointing|adding|noting)$/u.test(afterComma.lower) || (/\p{L}{3,}ing$/u.test(afterComma.lower) && next?.text === ','));
  if (nothingAfter || (trailing && boundaryIsBreak && boundary?.kind === 'quote' || trailing && boundaryIsBreak && onlyQuotes(toks, trimRange(toks, before)))) {
    if (boundaryIsBreak && before.e >= before.s) return make(left, [before], 'inverted');
    return null;
  }
  if (next.text === ':' || next.text === ',') {
    const after = toks[i + 1];
    if (next.text === ':' && after === undefined) return make(left, [], 'colon');
    if (next.text === ',' && boundaryIsBreak && before.e >= before.s && after?.kind !== 'quote') {
      return make(left, [before, clauseFrom(toks, i + 1)], 'parenthetical');
    }
    if (after?.kind === 'quote') {
      if (boundaryIsBreak && before.e >= before.s && onlyQuotes(toks, trimRange(toks, before))) {
        return make(left, [before, clauseFrom(toks, i + 1)], 'parenthetical');
      }
      return make(left, [clauseFrom(toks, i + 1)], 'intro');
    }
    if (cue.cls === 'belief' || cue.cls === 'finding') return null;
    return make(left, [clauseFrom(toks, i + 1)], 'forward');
  }
  // "pledged $1 million", "maintain the dam", "continued the work": these verbs take things as
  // well as words, so they attribute only a clause, a quote or what follows a colon.
  if (NEEDS_CLAUSE.has(cue.lemma) && toks[i - 1]?.lower !== 'that' && toks[i - 1]?.lower !== 'whether' && next.kind !== 'quote' && !SUBJECT_PRONOUNS.has(next.lower)) return null;
  if ((cue.cls === 'belief' || cue.cls === 'finding') && toks[i - 1]?.lower !== 'that' && !SUBJECT_PRONOUNS.has(next.lower)) {
    // "new filings show it has …", "The April survey found Clinton leading": documents need no "that".
    if (cue.cls !== 'finding' || describePhrase(text, toks, left, lo).kind !== 'document') return null;
  }
  if (next.kind === 'quote' && cue.cls === 'speech') return make(left, [clauseFrom(toks, i)], 'intro');
  return make(left, [clauseFrom(toks, i)], 'forward');
}
/** "The ministry's position, Kresl said, …": is there a phrase-then-comma left of the cue? */
function leftApposition(text: string, toks: readonly Tok[], k: number, lo: number): boolean {
  const left = leftPhrase(toks, k, lo);
  if (!left || !left.appos) return false;
  const info = describePhrase(text, toks, left, lo);
  return info.name !== null || info.pronoun !== null;
}
function invertedSpeaker(text: string, toks: readonly Tok[], k: number, lo: number): Phrase | null {
  let i = k + 1;
  while (i < toks.length && (ADVERBS.has(toks[i]!.lower) || TIME_WORDS.has(toks[i]!.lower) && /day$/u.test(toks[i]!.lower))) i++;
  const right = rightPhrase(toks, i, toks.length - 1);
  if (!right) return null;
  const after = toks[(right.appos?.e ?? right.e) + 1];
  // The phrase must end the clause: "said Radek." / "said Radek, head of …", not "said the plan failed".
  if (after && after.kind === 'word' && !TIME_LEADS.has(after.lower) && !TIME_WORDS.has(after.lower) && !/^(in|during|after|before|when|while|as|adding|noting)$/u.test(after.lower)) return null;
  const info = describePhrase(text, toks, right, lo);
  if (info.pronoun === 'it' || info.pronoun === 'which' || info.pronoun === 'who') return null;
  if (!(info.name || info.pronoun || info.kind !== 'unknown' || info.needs === 'description')) return null;
  return right;
}
/** Filters phrases that are not subjects: "the plan", "Varga's posts", base forms after singulars. */
function acceptable(text: string, toks: readonly Tok[], phrase: Phrase, cue: CueWord, lo: number): boolean {
  const info = describePhrase(text, toks, phrase, lo);
  // "the 35 states", "Varga's claims": a form that is also a noun needs a name or pronoun before it.
  if (cue.nounLike && cue.form === 's' && !info.name && !/^(he|she|it)$/u.test(info.pronoun ?? '')) {
    // "The report notes that" still reads as a subject; "Varga's recent social media posts" does not.
    const plain = DETERMINERS.has(toks[phrase.s]!.lower) && phrase.e - phrase.s <= 3 && !/['’]s$/u.test(toks.slice(phrase.s, phrase.e + 1).map((t) => t.text).join(' '));
    if (!plain || (info.kind !== 'document' && info.kind !== 'organization')) return false;
  }
  if (info.pronoun === 'which' && cue.cls !== 'finding' && cue.lemma !== 'say') return false;
  if (cue.form === 'base') {
    if (info.pronoun) return /^(i|we|you|they)$/u.test(info.pronoun);
    if (!info.plural && !(info.name && /s$/u.test(info.name))) return false;
  }
  if (speakerLike(info)) return true;
  // "a program called Sandy Hook Promise": naming by something that cannot speak.
  if (cue.nounLike || cue.cls === 'describe') return false;
  // An unknown head is still a subject right before an unambiguous cue: "The agreement says".
  return phrase.e - phrase.s <= 7 && (DETERMINERS.has(toks[phrase.s]!.lower) || info.plural) && (cue.form === 'past' || cue.form === 's' || info.plural);
}
const NEEDS_CLAUSE = new Set(['pledge', 'maintain', 'continue']);
/**
 * A clause that runs on past a later attribution ("X said A, but Y said B") stops where
 * that attribution's speaker begins; attributions nested inside ("what he described as")
 * keep the outer clause whole.
 */
function clip(found: Found[], toks: readonly Tok[]): void {
  for (let a = 0; a < found.length; a++) {
    const f = found[a]!;
    const last = f.parts[f.parts.length - 1];
    if (!last || (f.mode !== 'forward' && f.mode !== 'intro' && f.mode !== 'parenthetical' && f.mode !== 'participle' && f.mode !== 'according')) continue;
    for (let c = a + 1; c < found.length && c - a <= 64; c++) {
      const g = found[c]!;
      // A cue sharing an earlier subject ("… and warned that …") starts its region at the cue.
      const gs = g.speakerToks && g.speakerToks.s < last.s ? g.cueTok : regionStart(g);
      if (gs <= last.s || gs > last.e) continue;
      const before = toks[gs - 1];
      const cut = before && (before.text === ',' || before.text === ';' || before.kind === 'quote' || /^(and|but|while|whereas)$/u.test(before.lower));
      if (!cut && g.mode !== 'inverted' && g.mode !== 'according') continue;
      const trimmed = trimRange(toks, { s: last.s, e: gs - 1 });
      let e = trimmed ? trimmed.e : last.s - 1;
      while (e >= last.s && /^(and|but|while|whereas)$/u.test(toks[e]!.lower)) e--;
      const clipped = trimRange(toks, { s: last.s, e });
      if (clipped) f.parts[f.parts.length - 1] = clipped;
      else f.parts.pop();
      break;
    }
  }
}
