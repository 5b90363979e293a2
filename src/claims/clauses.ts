/**
 * Splits a stretch of a sentence into clauses, each a separately checkable statement:
 * "Halas, who scrapped plans to attend the summit, visited Zelov" holds two facts, and an
 * outlet may confirm one and not the other. Splits happen at semicolons and dashes, at a
 * comma before a coordinator, a relative pronoun, a participle or a subordinator, and at a
 * bare "after"/"because"/"and" + verb when a verb follows. A clause cut out of the middle of
 * another ("Halas, who …, visited") leaves a hole in it. No parse: one pass over the words,
 * looking a few words ahead.
 */
import { hasVerb, isEdForm, isIngForm, isVerbish, type Word } from './words.js';

export type ClauseKind = 'main' | 'coordinate' | 'relative' | 'participial' | 'appositive' | 'subordinate' | 'parenthetical';

export interface ClauseDraft {
  /** Word indices [from, to). */
  from: number;
  to: number;
  /** Word ranges [a, b) cut out of this clause. */
  holes: [number, number][];
  kind: ClauseKind;
  /** The subordinator that opens it ("after", "because", "while"), lower case. */
  marker: string | null;
  /** The clause it depends on (subject, antecedent, or what a reason is given for). */
  parent: number | null;
  /** Words naming what it is about when that is outside it: a relative's antecedent, a participle's subject. */
  inherit: [number, number] | null;
}

const COORDINATORS = /^(and|but|yet|so|or)$/u;
const RELATIVES = /^(which|who|whose|where)$/u;
const NUMBER_WORD = /^(?:a|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|24|48)$/u;
const SUBORDINATORS = /^(after|because|as|since|although|though|before|when|until|once|if|whereas|while|unless)$/u;
const BARE_SUBORDINATORS = /^(after|because|before|when|until|while|although|though|whereas|unless|once|as)$/u;
const PARTICIPLES = new Set(['built', 'known', 'led', 'held', 'born', 'made', 'sent', 'hit', 'given', 'taken', 'seen', 'brought', 'found', 'left', 'put', 'set', 'cut', 'run', 'chosen', 'drawn', 'shown', 'written', 'struck', 'thrown', 'sold', 'paid', 'kept', 'spent', 'won', 'lost', 'told']);
const PREPOSITIONS = /^(by|in|at|on|from|since|to|as|for|during|after|with|into|over|under|near|about|before|until|across|along|alongside|between|without)$/u;
const DETERMINERS = /^(a|an|the|its|his|her|their|our|this|that|these|those|some|one|two|three|four|five)$/u;
const PRONOUN_SUBJECTS = /^(he|she|they|it|we|i|you)$/u;
const ADVERBS = /^(also|then|later|briefly|quickly|still|now|already|initially|swiftly|immediately|has|have|had|is|was|were|are|will|would)$/u;

function isComma(w: Word | undefined): boolean {
  return w !== undefined && w.kind === 'punct' && w.low === ',';
}

function isDash(w: Word | undefined, text: string): boolean {
  if (!w || (w.kind !== 'punct' && w.kind !== 'symbol') || w.low !== '-') return false;
  // Spaced dashes separate; "Varga–Sorin" or "long-range" do not.
  return /\s/u.test(text[w.start - 1] ?? ' ') && /\s/u.test(text[w.end] ?? ' ');
}

export function isPastParticiple(w: Word | undefined): boolean {
  return w !== undefined && w.kind === 'word' && (isEdForm(w.low) || PARTICIPLES.has(w.low));
}

/** The main predicate resumes after an interruption: "Halas, who …, visited Zelov". */
function resumes(words: readonly Word[], j: number): boolean {
  const a = words[j];
  if (!a) return false;
  if (isVerbish(a, undefined) && a.low !== 'said') return true;
  return ADVERBS.test(a.low) && words[j + 1] !== undefined && isVerbish(words[j + 1]!, a);
}

function nextComma(words: readonly Word[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (isComma(words[k])) return k;
  return to;
}

/** What a comma at i opens, judged from the words after it. */
function commaOpens(words: readonly Word[], at: number, to: number): ClauseKind | null {
  // A comma inside closing quote marks: `future,” underscoring`.
  let i = at;
  while (words[i + 1] && words[i + 1]!.kind === 'punct' && /^["']$/u.test(words[i + 1]!.low)) i++;
  const next = words[i + 1];
  if (!next || next.kind !== 'word') return null;
  const end = nextComma(words, i + 2, to);
  if (COORDINATORS.test(next.low)) {
    // ", and therefore, …": the verb may come after a comma of its own.
    return hasVerb(words, i + 2, Math.min(to, Math.max(end, i + 14))) ? 'coordinate' : null;
  }
  if (RELATIVES.test(next.low)) return hasVerb(words, i + 2, end) || isPastParticiple(words[i + 2]) ? 'relative' : null;
  if (isIngForm(next.low)) return 'participial';
  if (isPastParticiple(next) && PREPOSITIONS.test(words[i + 2]?.low ?? '')) return 'appositive';
  if (SUBORDINATORS.test(next.low) && hasVerb(words, i + 2, end)) return 'subordinate';
  if (DETERMINERS.test(next.low)) {
    // ", an earth-fill structure built in 1974 …,": a noun phrase carrying a participle, and no other verb.
    let participle = false;
    for (let k = i + 2; k < end; k++) {
      const w = words[k]!;
      if (isPastParticiple(w) && PREPOSITIONS.test(words[k + 1]?.low ?? '') && k < i + 7) participle = true;
      else if (isVerbish(w, words[k - 1])) return null;
    }
    if (participle) return 'appositive';
  }
  return null;
}

/** A bare subordinator or coordinator at i that starts a clause of its own. */
function bareOpens(words: readonly Word[], i: number, from: number, to: number): ClauseKind | null {
  const w = words[i]!;
  const prev = words[i - 1];
  if (w.kind !== 'word' || !prev || prev.kind !== 'word' || i - from < 2) return null;
  const end = Math.min(nextComma(words, i + 1, to), i + 12);
  if ((w.low === 'and' || w.low === 'but') && hasVerb(words, from, i)) {
    const n1 = words[i + 1];
    // "and flew by helicopter", "and said …" — not "and bottled water".
    if (n1 && isVerbish(n1, w) && (!isEdForm(n1.low) || /^(the|a|an|his|her|its|their|by|to|in|on|at|for|from|with|off|out|up|that|it|him|them)$/u.test(words[i + 2]?.low ?? ''))) return 'coordinate';
    if (n1 && PRONOUN_SUBJECTS.test(n1.low) && words[i + 2] && isVerbish(words[i + 2]!, n1)) return 'coordinate';
    // "a gas stove had been left on and a space heater was running": a subject of its own, then its verb.
    if (n1 && DETERMINERS.test(n1.low)) {
      for (let k = i + 2; k < Math.min(end, i + 6); k++) {
        const v = words[k]!;
        if (v.kind !== 'word') break;
        if (isVerbish(v, words[k - 1])) return k > i + 2 ? 'coordinate' : null;
      }
    }
    if (w.low === 'but' && hasVerb(words, i + 1, end)) return 'coordinate';
    return null;
  }
  if (!BARE_SUBORDINATORS.test(w.low)) return null;
  const n1 = words[i + 1];
  if (!n1 || n1.low === 'of' || n1.low === 'well' || n1.low === 'to' || n1.low === 'much') return null;
  if (w.low === 'as' && (/^(such|as|so|same|just)$/u.test(prev.low) || !(DETERMINERS.test(n1.low) || PRONOUN_SUBJECTS.test(n1.low) || /^\p{Lu}/u.test(n1.low)))) return null;
  // Followed by a clause with its own verb, not by a noun phrase ("after three days of rain").
  for (let k = i + 2; k < end; k++) if (isVerbish(words[k]!, words[k - 1])) return 'subordinate';
  return null;
}

/** Splits words[from, to) (one sentence or one quoted stretch) into clause drafts. */
export function splitClauses(words: readonly Word[], text: string, from = 0, to = words.length): ClauseDraft[] {
  const out: ClauseDraft[] = [];
  // Hard boundaries first: semicolons, colons before a clause, spaced dashes.
  const segments: { a: number; b: number; kind: ClauseKind; hole: [number, number] | null }[] = [];
  let s = from;
  const holes: [number, number][] = [];
  const parentheticals: [number, number][] = [];
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    if (w.kind === 'punct' && (w.low === ';' || (w.low === ':' && hasVerb(words, i + 1, to)))) {
      segments.push({ a: s, b: i, kind: segments.length === 0 ? 'main' : 'coordinate', hole: null });
      s = i + 1;
    } else if (isDash(w, text)) {
      let close = -1;
      for (let k = i + 1; k < to; k++) {
        if (isDash(words[k], text)) {
          close = k;
          break;
        }
      }
      if (close > 0) {
        // "— which was expected to take place in Lesk within weeks —": its own clause
        // when it has a verb; the clause around it goes on after it either way.
        if (hasVerb(words, i + 1, close)) parentheticals.push([i + 1, close]);
        holes.push([i, close + 1]);
        i = close;
      } else if (hasVerb(words, i + 1, to) || words.slice(i + 1, Math.min(to, i + 6)).some((x) => isPastParticiple(x) && x.low !== 'known')) {
        segments.push({ a: s, b: i, kind: segments.length === 0 ? 'main' : 'coordinate', hole: null });
        s = i + 1;
      }
    }
  }
  segments.push({ a: s, b: to, kind: segments.length === 0 ? 'main' : 'coordinate', hole: null });
  for (const seg of segments) if (seg.b > seg.a) splitSegment(words, seg.a, seg.b, seg.kind, out);
  for (const [a, b] of parentheticals) out.push({ from: a, to: b, holes: [], kind: 'parenthetical', marker: words[a]?.low ?? null, parent: null, inherit: null });
  for (const hole of holes) {
    for (const c of out) if (c.kind !== 'parenthetical' && c.from <= hole[0] && c.to >= hole[1]) c.holes.push(hole);
  }
  return out.filter((c) => c.to > c.from);
}

function splitSegment(words: readonly Word[], from: number, to: number, kind: ClauseKind, out: ClauseDraft[]): void {
  let current: ClauseDraft = { from, to, holes: [], kind, marker: null, parent: null, inherit: null };
  out.push(current);
  // "When its embankment gave way, the water reached …": a fronted subordinate clause.
  const first = words[from];
  if (first && SUBORDINATORS.test(first.low) && first.low !== 'as') {
    const c = nextComma(words, from + 1, to);
    if (c < to && hasVerb(words, from + 1, c)) {
      current.to = c;
      current.kind = 'subordinate';
      current.marker = first.low;
      current.parent = out.length;
      current = { from: c + 1, to, holes: [], kind, marker: null, parent: null, inherit: null };
      out.push(current);
    }
  }
  for (let i = current.from; i < to; i++) {
    const w = words[i]!;
    const here = out.length - 1;
    if (isComma(w)) {
      const opens = commaOpens(words, i, to);
      if (!opens) continue;
      while (words[i + 1] && words[i + 1]!.kind === 'punct' && /^["']$/u.test(words[i + 1]!.low)) i++;
      const inherit: [number, number] =
        opens === 'relative' || opens === 'appositive' ? [Math.max(current.from, i - 6), i] : [current.from, firstVerb(words, current.from, i)];
      if (opens === 'relative' || opens === 'participial' || opens === 'appositive') {
        const close = nextComma(words, i + 1, to);
        if (close < to && resumes(words, close + 1)) {
          // Cut out of the middle: "Halas, who scrapped plans …, visited Zelov". It reads
          // with the noun it is about when that noun opens the clause: "Prime Minister Teodor
          // Halas, who scrapped plans …", "The Veyra Dam, completed in 1974".
          const withNoun = opens === 'appositive' || (opens === 'relative' && !hasVerb(words, current.from, i));
          out.push({ from: withNoun ? current.from : i + 1, to: close, holes: [], kind: opens, marker: words[i + 1]!.low, parent: here, inherit: withNoun ? null : inherit });
          current.holes.push([i, close + 1]);
          i = close;
          continue;
        }
      }
      current.to = i;
      const start = opens === 'coordinate' ? i + 2 : i + 1;
      current = { from: start, to, holes: [], kind: opens, marker: words[i + 1]!.low, parent: here, inherit: opens === 'subordinate' ? null : inherit };
      out.push(current);
      i = start - 1;
      continue;
    }
    const bare = bareOpens(words, i, current.from, to);
    if (bare) {
      // "shortly before Varga met Mirov": the adverb goes with its clause.
      // But "lasted two hours before …": a length is whole, and goes with the verb it follows.
      const counted = /^(hours|days|minutes)$/u.test(words[i - 1]?.low ?? '') && (words[i - 2]?.kind === 'number' || NUMBER_WORD.test(words[i - 2]?.low ?? ''));
      const lead = bare === 'subordinate' && !counted && /^(shortly|just|soon|only|even|long|right|immediately|hours|days|minutes)$/u.test(words[i - 1]?.low ?? '') ? 1 : 0;
      current.to = i - lead;
      const start = bare === 'coordinate' ? i + 1 : i - lead;
      const inherit: [number, number] | null = bare === 'coordinate' ? [current.from, firstVerb(words, current.from, i)] : null;
      current = { from: start, to, holes: [], kind: bare, marker: w.low, parent: here, inherit };
      out.push(current);
    }
  }
}

function firstVerb(words: readonly Word[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (isVerbish(words[k]!, words[k - 1])) return k;
  return from;
}
