/**
 * Attributions laid out without a cue verb before the content: "according to X", a name and
 * a colon ("Carl Bialik: “…”", "RADEK: …"), and "“…,” Name verb" with any verb.
 */
import { describePhrase, isLyAdverb, phraseEndingAt, rightPhrase } from './speakers.js';
import type { Unit } from './units.js';
import { clauseFrom, isWordTok, leftLimit, trimRange, type Found } from './clauses.js';
import { ADVERBS, DETERMINERS, FUNCTION_WORDS, IRREGULAR_PAST, ORG_WORDS, PASSIVE_AUX } from './words.js';

const PARTICLES = /^(on|back|out|up|in|off|away|down|over)$/u;
/** A rough base form for a verb outside the cue list: "retaliated" → "retaliate", "barked" → "bark". */
export function lemmaOf(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR_PAST.get(w);
  if (irregular) return irregular;
  if (/ied$/u.test(w)) return w.slice(0, -3) + 'y';
  if (/([^aeiou])\1ed$/u.test(w) && !/(ll|ss)ed$/u.test(w)) return w.slice(0, -3);
  if (/(at|iz|is|ut|ot|ur|ir|uc|rg|dg|ng|it|ag|ol|ov|iv|ar)ed$/u.test(w) && !/(ented|ested|erted|itted)$/u.test(w)) return w.slice(0, -1);
  if (/ed$/u.test(w)) return w.slice(0, -2);
  if (/(ss|sh|ch|x)es$/u.test(w)) return w.slice(0, -2);
  if (/ies$/u.test(w)) return w.slice(0, -3) + 'y';
  if (/[^s]s$/u.test(w)) return w.slice(0, -1);
  return w;
}
/**
 * After a quote that ends on a comma, "?" or "!", "Name verb" is an attribution whatever
 * the verb: “…,” Varga shot back; “…?” Hollande retaliated; “Quiet,” he demanded.
 */
export function afterQuotes(text: string, unit: Unit, found: Found[]): void {
  const toks = unit.toks;
  // Quotes already inside some attribution's content: a sweep over the ranges sorted by start.
  const covered = new Set<number>();
  const ranges = found.flatMap((f) => f.parts).sort((a, b) => a.s - b.s);
  let r = 0;
  let reach = -1;
  for (const q of unit.quotes) {
    while (r < ranges.length && ranges[r]!.s <= q) reach = Math.max(reach, ranges[r++]!.e);
    if (q <= reach) covered.add(q);
  }
  let sentence = 0;
  for (let k = 0; k < toks.length; k++) {
    while (sentence + 1 < unit.sentenceStarts.length && unit.sentenceStarts[sentence + 1]! <= k) sentence++;
    const q = toks[k]!;
    if (q.kind !== 'quote' || covered.has(k)) continue;
    const before = text[q.end - 2] ?? '';
    let j = k + 1;
    const sep = toks[j];
    const attached = q.comma || before === '?' || before === '!' || before === '—';
    if (sep && (sep.text === ',' || sep.text === '—' || sep.text === '–')) j++;
    else if (!attached) continue;
    const phrase = rightPhrase(toks, j, toks.length - 1);
    if (!phrase || phrase.appos) continue;
    let v = phrase.e + 1;
    while (v < toks.length && (ADVERBS.has(toks[v]!.lower) || isLyAdverb(toks[v]!))) v++;
    const verb = toks[v];
    if (!verb || verb.kind !== 'word' || verb.cap || !(IRREGULAR_PAST.has(verb.lower) || /(?:[^s]s|ed)$/u.test(verb.lower))) continue;
    if (FUNCTION_WORDS.has(verb.lower) || DETERMINERS.has(verb.lower) || PASSIVE_AUX.has(verb.lower)) continue;
    const info = describePhrase(text, toks, phrase, unit.sentenceStarts[sentence] ?? 0);
    if (!(info.name || info.pronoun === 'he' || info.pronoun === 'she' || info.pronoun === 'they' || (info.kind !== 'unknown' && info.kind !== 'document'))) continue;
    const particle = toks[v + 1] && PARTICLES.test(toks[v + 1]!.lower) && toks[v + 1]!.kind === 'word' ? toks[v + 1]! : null;
    const cueEnd = particle ? particle.end : verb.end;
    const cue = { start: verb.start, end: cueEnd, verb: text.slice(verb.start, cueEnd), lemma: lemmaOf(verb.lower) + (particle ? ` ${particle.lower}` : '') };
    found.push({ cue, cueTok: v, speaker: info, speakerToks: { s: phrase.s, e: phrase.e }, inherits: null, parts: [{ s: k, e: k }], mode: 'inverted' });
  }
  found.sort((a, b) => a.cueTok - b.cueTok);
}
export function according(text: string, unit: Unit, k: number, lo: number, found: readonly Found[]): Found | null {
  const toks = unit.toks;
  const phrase = rightPhrase(toks, k + 2, toks.length - 1);
  if (!phrase) return null;
  const cue = { start: toks[k]!.start, end: toks[k + 1]!.end, verb: text.slice(toks[k]!.start, toks[k + 1]!.end), lemma: 'according to' };
  const before = trimRange(toks, { s: leftLimit(lo, found), e: k - 1 });
  // Leading the sentence, what follows the phrase after a comma is the content, not an apposition.
  if (!before && phrase.appos && toks[phrase.appos.e + 1]?.text !== ',') phrase.appos = null;
  const end = phrase.appos ? phrase.appos.e : phrase.e;
  const speakerToks = { s: phrase.s, e: end };
  const info = describePhrase(text, toks, phrase, lo);
  if (before) return { cue, cueTok: k, speaker: info, speakerToks, inherits: null, parts: [before], mode: 'according' };
  let i = end + 1;
  if (toks[i]?.text === ',') i++;
  const after = trimRange(toks, clauseFrom(toks, i));
  if (!after) return null;
  return { cue, cueTok: k, speaker: info, speakerToks, inherits: null, parts: [after], mode: 'according' };
}
/**
 * "Pollsters agree - Carl Bialik: “…”": a name and a colon introduce a quote with no verb.
 * Only a name will do here; "three demands: “…”" is a list, not a speaker.
 */
export function colonIntro(text: string, unit: Unit, k: number, lo: number, found: readonly Found[]): Found | null {
  const toks = unit.toks;
  if (found.slice(-8).some((f) => f.parts.some((p) => p.s === k + 1) || f.cueTok >= k - 4)) return null;
  const e = k - 1;
  const s = e >= lo ? phraseEndingAt(toks, e, lo) : -1;
  const info = s >= 0 ? describePhrase(text, toks, { s, e, appos: null }, lo) : null;
  const cue = { start: toks[k]!.start, end: toks[k]!.end, verb: ':', lemma: ':' };
  if (info && info.name && (info.kind === 'person' || info.kind === 'organization')) {
    return { cue, cueTok: k, speaker: info, speakerToks: { s, e }, inherits: null, parts: [clauseFrom(toks, k + 1)], mode: 'intro' };
  }
  // "In a Fox interview later that day, Varga went even further: “…”": the clause's subject speaks.
  let c = k - 1;
  while (c > lo && toks[c - 1]!.text !== ',' && toks[c - 1]!.kind !== 'quote' && k - c < 12) c--;
  const subject = rightPhrase(toks, c, k - 1);
  if (!subject || subject.e >= k - 1 || !isWordTok(toks[subject.e + 1]) || toks[subject.e + 1]!.cap) return null;
  const who = describePhrase(text, toks, subject, lo);
  if (!(who.name && who.kind === 'person') && who.pronoun !== 'he' && who.pronoun !== 'she') return null;
  return { cue, cueTok: k, speaker: who, speakerToks: { s: subject.s, e: subject.e }, inherits: null, parts: [clauseFrom(toks, k + 1)], mode: 'intro' };
}
const LABELS = /^(latest|update|updated|note|editor|editors|correction|source|sources|photo|video|watch|read|related|clarification|disclosure|warning|q|a|question|answer|breaking|exclusive|analysis|opinion|live|timeline|background|advertisement|credit|caption|transcript|summary|context|bottom|why|what|how|when|where|who|here|there|also|plus|first|second|third|finally|today|tonight|tomorrow|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u;
/**
 * "Sanders: Clinton Email Story Has Moved", "MATTHEWS: Well, speculation is bad": a name
 * opening a sentence with a colon, as headlines and transcripts attribute; not a label
 * such as "Update:" or "Note:".
 */
export function speakerLine(text: string, unit: Unit, k: number, lo: number): Found | null {
  const toks = unit.toks;
  const s = phraseEndingAt(toks, k - 1, lo);
  if (s !== lo || DETERMINERS.has(toks[s]!.lower)) return null;
  for (let x = s; x < k; x++) if (!toks[x]!.cap && !/^(of|de|van|von|al|bin)$/u.test(toks[x]!.lower)) return null;
  const info = describePhrase(text, toks, { s, e: k - 1, appos: null }, -1);
  // Transcripts print speakers in capitals: "RADEK:", "HOST:" are people, not acronyms.
  const shouted = k - s === 1 && /^\p{Lu}{3,}$/u.test(toks[s]!.text) && !ORG_WORDS.has(toks[s]!.lower);
  if (shouted) {
    info.kind = 'person';
    info.name = toks[s]!.text;
    info.nameSpan = { start: toks[s]!.start, end: toks[s]!.end };
  }
  if (!info.name || (info.kind !== 'person' && info.kind !== 'organization')) return null;
  if (k - s === 1 && LABELS.test(toks[s]!.lower)) return null;
  const content = trimRange(toks, clauseFrom(toks, k + 1));
  if (!content) return null;
  const cue = { start: toks[k]!.start, end: toks[k]!.end, verb: ':', lemma: ':' };
  return { cue, cueTok: k, speaker: info, speakerToks: { s, e: k - 1 }, inherits: null, parts: [content], mode: 'intro' };
}
