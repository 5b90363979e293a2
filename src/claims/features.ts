/**
 * What a clause says beyond its words: the numbers with the range of values their wording
 * allows, its times, the reasons it gives, the evaluative properties it asserts, whether it
 * is negated or hedged, and whether it reports a plan told as past. Each reads the clause's
 * words and the article's annotations, never the whole article again.
 */
import type { Quantity, TimeExpression } from '../language/types.js';
import type { Span } from '../pipeline/record.js';
import type { ClaimCause, ClaimNumber, ClaimProperty, ClaimTime } from './types.js';
import { adjectiveOf, CAUSE_MARKERS, conceptOf, HEDGE_PHRASES, NEGATING_VERBS, NEGATORS, NOT_NEGATION, predicateAt, type PredicateHit } from './predicates.js';
import { firstAtOrAfter, hasVerb, isContent, isEdForm, isIngForm, lemmaOf, type Word } from './words.js';
import { PERSON_EVENTS, readFigure, type FigureContext } from './figures.js';
import { interval } from './interval.js';

export function inside(span: Span, parts: readonly Span[]): boolean {
  return parts.some((p) => span.start >= p.start && span.end <= p.end);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Predicate hits over the claim's words, in order, without overlaps. */
export function predicatesIn(words: readonly Word[]): PredicateHit[] {
  const hits: PredicateHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const hit = predicateAt(words, i);
    if (hit) {
      hits.push(hit);
      i = hit.last;
    }
  }
  return hits;
}

/** Units that count people, whatever the noun. */
const PEOPLE_UNITS = /^(people|person|persons|resident|residents|villager|villagers|civilian|civilians|inhabitant|inhabitants|citizen|citizens|victim|victims|dead|death|deaths|body|bodies|missing|injured|wounded|evacuee|evacuees|passenger|passengers|worker|workers|child|children|adult|adults)$/u;

export function unitClass(unit: string | null): string | null {
  if (!unit) return null;
  const u = unit.toLowerCase();
  if (PEOPLE_UNITS.test(u)) return 'people';
  return conceptOf(u.replace(/s$/u, ''));
}

/** The numbers of a claim, each with what it measures (figures.ts) when the words around it say. */
export function numbersIn(quantities: readonly Quantity[], times: readonly TimeExpression[], parts: readonly Span[], words: readonly Word[], figures: FigureContext): ClaimNumber[] {
  const out: ClaimNumber[] = [];
  for (const q of quantities) {
    if (!inside(q, parts) || q.kind === 'ordinal') continue;
    if (times.some((t) => overlaps(t, q))) continue;
    // "the two leaders", "both sides": a reference to known things, not a count.
    const before = words.filter((w) => w.end <= q.start).pop();
    if (q.value < 5 && before && /^(the|both|these|those|its|their|his|her|our)$/u.test(before.low) && !q.unit) continue;
    const reading = readFigure(q, figures);
    const { low, high } = reading.interval ?? interval(q);
    // A bare small number that measures nothing the words say ("The two, however, held …").
    if (!reading.property && !q.unit && q.kind === 'cardinal' && q.value < 100) continue;
    const predicate = reading.property && PERSON_EVENTS.has(reading.property) ? reading.property : null;
    out.push({ start: q.start, end: q.end, text: q.text, value: q.value, unit: q.unit, qualifier: q.qualifier ?? null, predicate, property: reading.property, referent: reading.referent, scope: reading.scope, low, high });
  }
  return out;
}

/** The claim's times, with what a duration measures when the words around it say. */
export function timesIn(times: readonly TimeExpression[], quantities: readonly Quantity[], parts: readonly Span[], text: string, allWords: readonly Word[], estimated: boolean, entityAt: (s: Span) => string | null = () => null): ClaimTime[] {
  const out: ClaimTime[] = [];
  for (const t of times) {
    if (!inside(t, parts)) continue;
    out.push({
      start: t.start,
      end: t.end,
      text: t.text,
      type: t.type,
      value: t.value,
      granularity: t.granularity,
      mod: t.mod ?? null,
      length: t.length ?? null,
      measures: t.type === 'duration' ? (t.measure === 'age' ? ageOf(t, allWords, entityAt) : measured(t, quantities, text, allWords)) : null,
      estimated: estimated && t.anchor === 'publication',
    });
  }
  return out;
}

const SKIP_BACK = /^(now|entering|in|its|their|the|a|an|,|which|is|was|has|been|ongoing|already|-|nearly|almost|more|than|over|after)$/u;

/**
 * What a duration is the length of: "a 32-month conflict" (the noun after), "the war, now
 * entering its fourth year" (the noun before), "pushed back by three months" (the event
 * before "by"), "three days of heavy rain" (the noun after "of"). Null when none is near.
 */
/**
 * Whose age: the person named right after ("the 32-year-old Osk", "a 61-year-old
 * former employee, Ilse Marn" is too far). Ages of no named person are never compared: two
 * ages in one story are most often of two people.
 */
function ageOf(t: TimeExpression, words: readonly Word[], entityAt: (s: Span) => string | null): string | null {
  const j = firstAtOrAfter(words, t.end);
  for (let k = j; k < Math.min(words.length, j + 3); k++) {
    const id = entityAt(words[k]!);
    if (id) return id.startsWith('person:') ? `age:${id}` : null;
    if (words[k]!.kind !== 'word') return null;
  }
  return null;
}

function measured(t: TimeExpression, quantities: readonly Quantity[], text: string, words: readonly Word[]): string | null {
  const i = firstAtOrAfter(words, t.start);
  const j = firstAtOrAfter(words, t.end);
  if (i >= words.length) return null;
  if (/-/u.test(text.slice(t.start, t.end)) && words[j]?.kind === 'word' && isContent(words[j]!)) {
    // "a six-week delay" is some delay; "the 32-month conflict" is the one the story is about.
    const key = nounKey(words[j]!.low);
    return /^(a|an)$/u.test(words[i - 1]?.low ?? '') && !key.startsWith('p:') ? `a:${key}` : key;
  }
  if (t.measure === 'ordinal') {
    for (let k = i - 1, steps = 0; k >= 0 && steps < 8; k--, steps++) {
      const w = words[k]!;
      if (SKIP_BACK.test(w.low)) continue;
      if (w.kind === 'word' && isContent(w)) return nounKey(w.low);
      break;
    }
    return null;
  }
  if (words[j]?.low === 'of') {
    for (let k = j + 1; k < Math.min(words.length, j + 4); k++) {
      const w = words[k]!;
      if (w.kind !== 'word') break;
      const next = words[k + 1];
      if (!next || next.kind !== 'word' || /^(that|which|who|in|on|at|from|to|over|across)$/u.test(next.low)) return isContent(w) ? nounKey(w.low) : null;
    }
  }
  // "sentenced to 2 1/2 years", "jailed for three years": the length of a sentence.
  if (/^(to|for)$/u.test(words[i - 1]?.low ?? '')) {
    // The person sentenced may stand between: "sentenced Tomas Varek to two years".
    for (let k = i - 2; k >= Math.max(0, i - 7); k--) {
      const w = words[k]!;
      if (w.kind === 'punct') break;
      if (/^(sentenced|jailed|imprisoned|condemned)$/u.test(w.low)) return 'sentence';
    }
  }
  if (words[i - 1]?.low === 'by' || words[i - 1]?.low === 'for') {
    for (let k = i - 2; k >= Math.max(0, i - 5); k--) {
      const hit = predicateAt(words, k);
      if (hit) return `p:${hit.cls}`;
    }
  }
  return null;
}

/** A noun as a measured thing: its event class when it names one ("delay" → p:delay), else its concept. */
function nounKey(low: string): string {
  const w: Word = { start: 0, end: 0, low, lemma: lemmaOf(low), kind: 'word' };
  const hit = predicateAt([w], 0);
  return hit ? `p:${hit.cls}` : conceptOf(w.lemma);
}

/** Negation parity over the claim's words, outside the given cause spans and idioms. */
export function polarityOf(words: readonly Word[], lowText: string, exclude: readonly Span[], base: number): 'positive' | 'negative' {
  let count = 0;
  const idioms: Span[] = [];
  const re = new RegExp(NOT_NEGATION.source, 'gu');
  let m: RegExpExecArray | null;
  while ((m = re.exec(lowText)) !== null) idioms.push({ start: base + m.index, end: base + m.index + m[0].length });
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (exclude.some((s) => w.start >= s.start && w.end <= s.end) || idioms.some((s) => w.start >= s.start && w.end <= s.end)) continue;
    if (NEGATORS.has(w.low) || w.low.endsWith("n't")) count++;
    else if (w.low === 'longer' && words[i - 1]?.low === 'no') continue;
    else if (words[i + 1]?.low === 'to' && NEGATING_VERBS.test(w.low)) count++;
  }
  return count % 2 === 1 ? 'negative' : 'positive';
}

/** Hedges written in the claim, in the order of the hedge list, each once. */
export function hedgesIn(lowText: string): string[] {
  const found: string[] = [];
  for (const h of HEDGE_PHRASES) {
    const at = lowText.indexOf(h);
    if (at < 0) continue;
    const before = lowText[at - 1] ?? ' ';
    const after = lowText[at + h.length] ?? ' ';
    if (/[a-z]/u.test(before) || /[a-z]/u.test(after)) continue;
    // "may" the month, "could" inside a longer listed phrase already taken.
    if (h === 'may' && /\bmay \d/u.test(lowText.slice(at))) continue;
    if (found.some((f) => f.includes(h))) continue;
    found.push(h);
  }
  return found;
}

const CAUSE_STOP = /^(the|a|an|of|its|their|his|her|that|which|who|had|has|have|been|be|was|were|not|properly|three|two|days|day|weeks|week|some|this|these|those|by|to|in|on|at|for|with|from|and|or)$/u;

/** Concepts of a stated reason: its content words and entities. */
export function causeConcepts(words: readonly Word[], span: Span, entityAt: (s: Span & { low?: string }) => string | null): string[] {
  const out = new Set<string>();
  for (const w of words) {
    if (w.start < span.start || w.end > span.end) continue;
    const e = entityAt(w);
    if (e) {
      out.add(`e:${e}`);
      continue;
    }
    if (!isContent(w) || CAUSE_STOP.test(w.low)) continue;
    const hit = predicateAt(words, words.indexOf(w));
    out.add(hit ? `p:${hit.cls}` : conceptOf(w.lemma));
  }
  return [...out].sort();
}

/**
 * Reasons given inside a clause: "failed because of a drainage system …, not because of the
 * rain", "caused by three days of torrential rain", "has blamed the weekend's heavy rain",
 * "the weather was to blame". "after"/"following" count only when `caused` (the clause's
 * event is one a reason is given for) and what follows names no time.
 */
const CAUSE_PATTERNS = CAUSE_MARKERS.map((marker) => ({ marker, re: new RegExp(`(?:^|[^a-z])(${marker.text.replace(/ /gu, '\\s+')})(?=[^a-z]|$)`, 'gu') }));
const ANY_CAUSE = /\b(?:because|due|owing|result|caused|triggered|blame|light|thanks|citing|attributed|brought|reason|after|following)\b/u;

export function causesIn(text: string, parts: readonly Span[], words: readonly Word[], caused: boolean, entityAt: (s: Span & { low?: string }) => string | null): ClaimCause[] {
  const out: ClaimCause[] = [];
  for (const part of parts) {
    const low = text.slice(part.start, part.end).toLowerCase().replace(/[’‘]/gu, "'");
    if (!ANY_CAUSE.test(low)) continue;
    for (const { marker, re } of CAUSE_PATTERNS) {
      if (marker.weak && !caused) continue;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(low)) !== null) {
        const mStart = part.start + m.index + m[0].length - m[1]!.length;
        const mEnd = mStart + m[1]!.length;
        if (out.some((c) => mStart >= c.start - 12 && mStart < c.end)) continue;
        // "is due to report": a schedule, not a reason.
        if (marker.text === 'due to' && /\b(?:is|are|was|were|be|been|being)\s+$/u.test(low.slice(0, mStart - part.start))) continue;
        let span: Span;
        if (/to blame$/u.test(marker.text)) {
          span = { start: part.start, end: mStart };
        } else if (marker.text === 'reason for') {
          // "the key reason for the cancellation was Russia's refusal": the reason follows the verb.
          const verb = /\s(?:was|is|were|are)\s/u.exec(text.slice(mEnd, part.end).toLowerCase());
          if (!verb) continue;
          span = { start: mEnd + verb.index + verb[0].length, end: part.end };
        } else {
          let end = part.end;
          const rest = low.slice(mEnd - part.start);
          // A fronted "Following the collapse of the talks, …" ends at its comma.
          const stop = (marker.weak ? /,|[;:]/u : /,\s*(?:not\b|and\b|but\b|which\b|as\b)|[;:]|,\s*$/u).exec(rest);
          if (stop) end = mEnd + stop.index;
          span = { start: mEnd, end };
          if (marker.text === 'blamed') {
            const forAt = /\s+for\s+/u.exec(text.slice(mEnd, end).toLowerCase());
            if (forAt) span = { start: mEnd, end: mEnd + forAt.index };
          }
        }
        // A clause opening with its subordinator ("after the dam failed") relates to another clause; it gives no reason of its own.
        if (text.slice(part.start, mStart).trim() === '' && part === parts[0]) continue;
        const spanText = text.slice(span.start, span.end).trim();
        if (spanText.length < 3) continue;
        // "hours after his arrest": when, not why.
        if (marker.weak && /\b(?:hours?|days?|minutes?|weeks?|months?|years?|moments?|shortly|soon|just|immediately|right|long)\s+$/u.test(low.slice(0, mStart - part.start))) continue;
        if (marker.weak && /^\s*(?:the\s+)?(?:\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|midnight|noon|dawn|a\s+(?:day|week|month)|the\s+(?:day|week|month|meeting|visit))/iu.test(spanText)) continue;
        // "two days after the breach flooded the valley" dates; "after three days of rain" explains.
        if (marker.weak && hasVerb(words.filter((w) => w.start >= span.start && w.end <= span.end))) continue;
        const negated = /\bnot\s+$/u.test(low.slice(0, mStart - part.start));
        const concepts = causeConcepts(words, span, entityAt);
        if (concepts.length === 0) continue;
        out.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end), negated, concepts });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Evaluative properties: "a productive call", "unproductive pre-summit communications",
 * "described the call as productive". The head is the noun the adjective is said of.
 */
export function propertiesIn(text: string, words: readonly Word[], inherit: readonly Word[], clauseNegative: boolean, isEntityWord: (w: Word) => boolean): ClaimProperty[] {
  const out: ClaimProperty[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.kind !== 'word') continue;
    const adj = adjectiveOf(w.low);
    if (!adj) continue;
    let head: string | null = null;
    // Attributive: the noun right after, past hyphenated modifiers ("unproductive pre-summit communications").
    for (let k = i + 1; k < Math.min(words.length, i + 4); k++) {
      const n = words[k]!;
      if (n.kind === 'punct' && /^["']$/u.test(n.low)) continue;
      if (n.kind !== 'word' || PREPOSITION.test(n.low) || (head && (isEdForm(n.low) || isIngForm(n.low) || /^\p{Lu}/u.test(text[n.start] ?? '')))) break;
      if (isContent(n) && !isEntityWord(n)) head = conceptOf(predicateAt(words, k)?.cls ?? n.lemma);
    }
    if (!head) {
      // Predicative: "described X as productive", "X was productive".
      let p = i - 1;
      while (p >= 0 && words[p]!.kind !== 'word') p--;
      const prev = words[p]?.low ?? '';
      if (prev === 'as' || /^(is|was|were|are|been|be)$/u.test(prev)) {
        head = lastNoun(words.slice(Math.max(0, p - 7), p), isEntityWord) ?? lastNoun(inherit, isEntityWord);
      }
    }
    if (!head) continue;
    out.push({ start: w.start, end: w.end, adjective: adj.base, positive: adj.positive !== clauseNegative, head });
  }
  return out;
}

const PREPOSITION = /^(and|or|but|to|of|in|for|with|on|at|by|that|which|as|between|from|over|about|after|before|against|under|into|across|among|during|toward|towards)$/u;

/** The head of a noun phrase: the noun before its first preposition ("the talks between A and B"), else its last noun. */
function lastNoun(words: readonly Word[], isEntityWord: (w: Word) => boolean): string | null {
  const prep = words.findIndex((w, k) => k > 0 && PREPOSITION.test(w.low) && w.low !== 'and' && w.low !== 'as' && isContent(words[k - 1]!));
  if (prep > 0) words = words.slice(0, prep);
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!;
    if (w.kind !== 'word' || !isContent(w) || isEntityWord(w) || /^(described|as|called|with)$/u.test(w.low) || w.low.endsWith('ed')) continue;
    const hit = predicateAt(words, k);
    return conceptOf(hit?.cls ?? w.lemma);
  }
  return null;
}

/** A plan or expectation reported as past: "would meet", "was expected to", "had planned to", "announced plans to". */
/** "can" says what may happen or what a kind of thing does, never what happened. */
const GENERIC = /\bcan\s+(?!not\b)\w/u;

export function isIrrealis(lowText: string): boolean {
  // "A magnitude 6 quake can cause severe damage": what a kind of thing can do, not what happened.
  if (GENERIC.test(lowText)) return true;
  return /\b(?:would|was expected to|were expected to|was scheduled to|were scheduled to|was due to|were due to|was intended to|were intended to|was supposed to|had planned to|had intended to|plans to|planned to|intended to|was to)\b/u.test(lowText) && !/\bif\b/u.test(lowText);
}
