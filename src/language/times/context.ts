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

const AUXILIARIES: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'are', 'get', 'gets']);

/** A past-tense verb, by list or by its "-ed" ("succeed" and "need" are not). */
function isPast(w: string): boolean {
  if (PAST_WORDS.has(w)) return true;
  return w.endsWith('ed') && !w.endsWith('eed') && w.length > 4 && !NOT_PAST_ED.has(w);
}

/** How far back a clause is searched for its verb, in tokens. */
const BACK = 10;

/** Words before "to" that make the clause point forward: "is to resume", "set to meet". */
const TO_FUTURE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'set', 'agreed', 'likely', 'slated', 'about', 'ready', 'poised']);

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

/**
 * The tense of the clause before token `start`: the nearest cue wins, so in "the king met
 * Monday; he will meet Bush on Thursday" each weekday takes its own verb. Cues after the
 * expression are left alone, since they mostly belong to the next clause.
 */
export function tenseBefore(s: Stream, start: number): Tense {
  for (let k = start - 1; k >= Math.max(0, start - BACK); k--) {
    if (isBreak(s, k) || s.toks[k + 1]?.newline) break;
    const w = s.w(k);
    if (FUTURE_CUES.has(w) && !(w === 'going' && s.w(k + 1) !== 'to')) return 'future';
    if (w === 'to' && TO_FUTURE.has(s.w(k - 1))) return 'future';
    // "to be completed", "will be paid": a participle after an auxiliary says nothing of its own.
    if (isPast(w) && !AUXILIARIES.has(s.w(k - 1))) return 'past';
  }
  return null;
}

/** Whether a sentence break lies between token ranges ending at a and starting at b (a ≤ b). */
export function breakBetween(s: Stream, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (isBreak(s, k) || s.toks[k + 1]?.newline) return true;
  return false;
}
