/**
 * Which statements one source alone makes are worth a reader's first look, for the briefing
 * and the story page alike: those naming who, how many, when and what happened, said
 * plainly, before those that only hedge or frame. A clause that is only a frame ("The
 * decision came", "speaking on condition of anonymity", "a diplomat told reporters") is no
 * statement at all and is left out of the short lists.
 */
import type { ClaimGroup } from '../claims/types.js';
import { isStopword, wordsOf } from '../claims/words.js';
import { minOf } from '../pipeline/arrays.js';

const SUBORDINATE = /^(?:when|while|after|before|although|though|because|if|as|who|whom|whose|which|where|that|and|but|or|nor|so|since|until|unless)\b/iu;

/** Starts like a sentence and says something: "and nine remain missing" or "When it resumed" do not. */
export function readsWhole(text: string): boolean {
  return /^[\p{Lu}“"‘']/u.test(text) && !SUBORDINATE.test(text.replace(/^[“"‘']/u, '')) && text.split(/\s+/u).length >= 3;
}

/** Words of saying and of pointing back that carry no fact of their own. */
const FRAME_WORDS = new Set([
  'said', 'says', 'say', 'told', 'tell', 'added', 'adding', 'stated', 'noted', 'wrote', 'explained', 'speaking', 'spoke', 'talking',
  'asked', 'confirmed', 'condition', 'anonymity', 'anonymously', 'reporters', 'journalists', 'statement', 'comment', 'according',
  'decision', 'move', 'came', 'comes', 'made', 'happened', 'situation', 'familiar', 'matter', 'official', 'officials', 'source',
  'sources', 'person', 'people', 'spokesman', 'spokeswoman', 'spokesperson', 'however', 'meanwhile', 'later', 'earlier',
]);
/** A clause that ends on a word of saying said nothing yet: "a European diplomat told reporters". */
const SAYING_END = /\b(?:said|says|told|added|stated|noted|wrote|explained|reporters|journalists|anonymity|anonymously|statement)[.,;:]?$/iu;
/** Events of what people urge, announce or say of each other: news, but less than what happened. */
export const TALK_PREDICATES: ReadonlySet<string> = new Set(['request', 'warn', 'promise', 'criticise', 'accuse', 'blame', 'announce']);

function contentWords(text: string): string[] {
  return wordsOf(text)
    .filter((w) => w.kind === 'word' && /\p{L}/u.test(w.low) && w.low.length > 1 && !isStopword(w.low) && !FRAME_WORDS.has(w.low))
    .map((w) => w.low);
}

function dated(g: ClaimGroup): boolean {
  return g.times.some((t) => t.type !== 'duration' && t.value !== null && /^\d{4}/u.test(t.value));
}

/**
 * A clause with no content beyond its frame: no figure, no date, and no event with anyone
 * named, and at most one word of its own ("The decision came"); or a frame of saying whose
 * words have not come yet.
 */
export function isFragment(g: ClaimGroup): boolean {
  if (g.numbers.length > 0 || dated(g)) return false;
  const own = contentWords(g.text);
  if (own.length <= 1) return true;
  if (g.predicate === null && SAYING_END.test(g.text.trim())) return true;
  return g.predicate === null && g.participants.length === 0 && own.length <= 2;
}

/**
 * How much a statement tells a reader at a glance: named participants, figures, dates and an
 * event, in a sentence of its own, said plainly; hedged and unnamed statements and those
 * late in their article count for less.
 */
export function statementWeight(g: ClaimGroup): number {
  const first = minOf(g.evidence.map((e) => e.start));
  const event = g.predicate === null ? 0 : TALK_PREDICATES.has(g.predicate) ? 0.5 : 1.5;
  return (
    (readsWhole(g.text) ? 2 : 0) +
    Math.min(3, g.participants.length) +
    (g.numbers.length > 0 ? 2 : 0) +
    (dated(g) ? 1 : 0) +
    event -
    (g.hedged ? 2 : g.hedges.length > 0 ? 0.5 : 0) -
    (g.attribution.kind === 'unnamed' ? 0.5 : 0) -
    (g.polarity === 'negative' ? 0.25 : 0) -
    // News puts the most important first.
    Math.min(1.5, first / 2000)
  );
}

/** Statements best first, fragments left out; ties in the order of their ids, so the choice never depends on input order. */
export function rankStatements<T>(items: readonly T[], groupOf: (item: T) => ClaimGroup): T[] {
  return items
    .filter((x) => !isFragment(groupOf(x)))
    .map((x) => ({ x, g: groupOf(x), w: statementWeight(groupOf(x)) }))
    .sort((a, b) => b.w - a.w || (a.g.id < b.g.id ? -1 : a.g.id > b.g.id ? 1 : 0))
    .map(({ x }) => x);
}
