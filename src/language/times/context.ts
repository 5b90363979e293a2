/**
 * What the words around an expression say about it: whether its clause points forward
 * ("will meet Tuesday") or back ("met Tuesday"), and where sentences end, so that a time
 * of day finds its day in the same sentence.
 */
import { FUTURE_CUES } from './lexicon.js';
import type { Tense } from './match.js';
import type { Stream } from './tokens.js';

const PAST_WORDS: ReadonlySet<string> = new Set([
  'said', 'was', 'were', 'had', 'did', 'met', 'came', 'went', 'told', 'made', 'took', 'left', 'began', 'fell', 'rose',
  'saw', 'held', 'gave', 'got', 'found', 'became', 'won', 'lost', 'sold', 'bought', 'paid', 'spent', 'struck',
  'hit', 'killed', 'since', 'wrote', 'spoke', 'led', 'ran', 'sent', 'brought', 'thought',
  'knew', 'kept', 'put', 'meant', 'agreed', 'freed', 'fought', 'ended', 'closed', 'yesterday',
]);
/** "-ed" words that are adjectives or forward-looking participles, not past verbs. */
const NOT_PAST_ED: ReadonlySet<string> = new Set(['scheduled', 'expected', 'planned', 'based', 'proposed', 'united', 'limited', 'related', 'advanced', 'detailed', 'varied', 'supposed']);

/** Words after which a participle is an adjective: "will remain closed until Friday" is no past. */
const AUXILIARIES: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'are', 'get', 'gets', 'remain', 'remains', 'stay', 'stays']);

/** A past-tense verb, by list or by its "-ed" ("succeed" and "need" are not). */
function isPast(w: string): boolean {
  if (PAST_WORDS.has(w)) return true;
  return w.endsWith('ed') && !w.endsWith('eed') && w.length > 4 && !NOT_PAST_ED.has(w);
}

/** How far back a clause is searched for its verb, in tokens. */
const BACK = 10;

/** Words before "to" that make the clause point forward: "is to resume", "set to meet". */
const TO_FUTURE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'set', 'agreed', 'likely', 'slated', 'about', 'ready', 'poised']);

/**
 * Modals that put what follows ahead of the writer: a forecast ("could reach the region on
 * Friday", "may vote on Monday"). "would" is in FUTURE_CUES already, as the future of a
 * past statement.
 */
const MODALS: ReadonlySet<string> = new Set(['could', 'may', 'might', 'should', 'must', 'can']);

/** After a modal, "have" makes it look back: "would have met Tuesday", "may have left Friday". */
const PERFECT: ReadonlySet<string> = new Set(['have', 've']);

/** "would often meet on Friday": a habit, no one day ahead. */
const HABITUAL: ReadonlySet<string> = new Set(['often', 'usually', 'always', 'sometimes', 'regularly', 'typically', 'normally', 'generally', 'occasionally', 'never']);

/** "could see", "could not": what someone was able to do, mostly told of the past. */
const PAST_ABILITY: ReadonlySet<string> = new Set(['not', 'see', 'hear', 'feel', 'smell', 'only', 'barely', 'hardly']);

/**
 * Forward cues in a past form, which look ahead from a past statement rather than from
 * the writer: "said the talks would resume on Monday", "was to sign on Friday",
 * "was expected to arrive on Sunday", "had planned to vote on Tuesday".
 */
const BACKSHIFTED_AFTER: ReadonlySet<string> = new Set(['was', 'were', 'had']);

/** Whether token k ends a sentence (or a clause that tense does not cross). */
export function isBreak(s: Stream, k: number): boolean {
  const w = s.w(k);
  if (w === '!' || w === '?' || w === ';') return true;
  if (w === '.') {
    const prev = s.w(k - 1);
    // "Oct.", "a.m.", "U.S." keep the sentence going; a dot followed by a capital usually ends it.
    return prev.length > 3 && s.toks[k + 1] !== undefined && s.cap(k + 1);
  }
  return s.toks[k]?.newline ?? false;
}

/** Which way the clause before an expression points, and from when it counts when it points forward. */
export interface Clause {
  tense: Tense;
  /**
   * The clause looks ahead from a past statement ("said on Monday the strike would begin
   * on Tuesday"): a day the sentence named before is the statement's, and counts instead
   * of the publication.
   */
  backshifted: boolean;
}

const NONE: Clause = { tense: null, backshifted: false };
const PAST: Clause = { tense: 'past', backshifted: false };

/**
 * The tense of the clause before token `start`: the nearest cue wins, so in "the king met
 * Monday; he will meet Bush on Thursday" each weekday takes its own verb. Cues after the
 * expression are left alone, since they mostly belong to the next clause. `floor` bounds
 * the search, so that a nested look ("until") stays inside the first one's window.
 */
export function clauseBefore(s: Stream, start: number, floor = start - BACK): Clause {
  for (let k = start - 1; k >= Math.max(0, floor); k--) {
    if (isBreak(s, k) || s.toks[k + 1]?.newline) break;
    const w = s.w(k);
    if (w === 'until' || w === 'till') {
      // "the offer stands until Friday" looks ahead; "the road stayed closed until Tuesday" does not.
      const before = clauseBefore(s, k, floor);
      return before.tense === null ? { tense: 'future', backshifted: false } : before;
    }
    const cue = CONTRACTED[w] !== undefined && s.w(k + 1) === "'" && s.w(k + 2) === 't' ? CONTRACTED[w] : w;
    if (MODALS.has(cue) || FUTURE_CUES.has(cue)) {
      const read = modalClause(s, k, cue);
      if (read) return read;
      continue;
    }
    if (w === 'to' && TO_FUTURE.has(s.w(k - 1))) return { tense: 'future', backshifted: BACKSHIFTED_AFTER.has(s.w(k - 1)) };
    // "to be completed", "will be paid": a participle after an auxiliary says nothing of its own.
    if (isPast(w) && !AUXILIARIES.has(s.w(k - 1))) return PAST;
  }
  return NONE;
}

/** Negative contractions, by the word before the apostrophe: "won't" is "will", not "won". */
const CONTRACTED: Readonly<Record<string, string>> = { won: 'will', wouldn: 'would', shouldn: 'should', mustn: 'must' };

/** The clause a modal or forward cue `cue` at token k makes, or null when it says nothing here. */
function modalClause(s: Stream, k: number, cue: string): Clause | null {
  const next = s.w(k + 1);
  if (cue === 'going' && next !== 'to') return null;
  // "May" with a capital, mid-sentence, is the month or a name.
  if (cue === 'may' && s.cap(k) && k > 0 && !isBreak(s, k - 1)) return null;
  if ((MODALS.has(cue) || cue === 'would') && PERFECT.has(next === "'" ? s.w(k + 2) : next)) return PAST;
  if (cue === 'would' && HABITUAL.has(next)) return NONE;
  if ((cue === 'could' || cue === 'can') && PAST_ABILITY.has(next)) return null;
  if (cue === 'could') return { tense: 'possible', backshifted: false };
  const pastForm = (cue === 'expected' || cue === 'due' || cue === 'scheduled' || cue === 'planned') && BACKSHIFTED_AFTER.has(s.w(k - 1));
  return { tense: 'future', backshifted: cue === 'would' || pastForm || (cue === 'planned' && next === 'to') };
}

/** Whether a sentence break lies between token ranges ending at a and starting at b (a ≤ b). */
export function breakBetween(s: Stream, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (isBreak(s, k) || s.toks[k + 1]?.newline) return true;
  return false;
}
