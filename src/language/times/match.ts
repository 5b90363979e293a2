/**
 * What a rule returns: a token range, its TIMEX3 type, and how to resolve it once the
 * context (the publication anchor, the tense around it, the last period mentioned) is known.
 * Finding and resolving are separate so that the choice between overlapping matches never
 * depends on the anchor.
 */
import type { Granularity, TimeExpression, TimeType } from '../types.js';
import type { Anchor, Day } from './calendar.js';
import type { Mod } from './lexicon.js';
import type { Period } from './periods.js';
import type { Stream } from './tokens.js';

/**
 * Which way a clause points. `possible` is a forward reading that competes with a past one
 * ("could reach the region on Friday", where "could" may also be the past of "can"): the
 * nearer day wins, and rules that need a firm future read it as no tense at all.
 */
export type Tense = 'past' | 'future' | 'possible' | null;

export interface Context {
  anchor: Anchor | null;
  /** Which way the sentence around the expression points ("will meet Monday" → future). */
  tense: Tense;
  /** The last calendar period the text mentioned before this expression, for "a year earlier", "the quarter". */
  ref: Period | null;
  /** A modifier said before the expression ("nearly", "within"), which bounds a duration's length. */
  mod: { mod: Mod; near: boolean; words: string } | null;
  /** The day a time of day belongs to when the sentence names one ("at 4:40 a.m. on Tuesday"). */
  day: Day | null;
  /**
   * The day of the past statement a forward-looking clause reports, when the sentence names
   * it first ("said on Monday the strike would begin on Tuesday"): what is ahead of that
   * statement counts from it, not from the publication.
   */
  since: Day | null;
}

export interface Resolution {
  value: string | null;
  granularity: Granularity;
  anchor: TimeExpression['anchor'];
  mod?: Mod;
  length?: { min: number; max: number | null };
  measure?: 'age' | 'ordinal';
  range?: { start: string; end: string };
  /** The calendar period this expression names, for later references to it. */
  period?: Period;
}

export interface Match {
  start: number;
  end: number;
  type: TimeType;
  resolve(ctx: Context): Resolution;
  /**
   * A comparison ("a year earlier", "the year-ago quarter") rather than a new topic: it
   * does not become the period later anaphora refer to.
   */
  comparison?: boolean;
}

/** A rule looks at position i and returns the longest phrase it recognizes there, or null. */
export type Rule = (s: Stream, i: number) => Match | null;

/** The resolution of something that needs an anchor when there is none. */
export const unresolved = (granularity: Granularity): Resolution => ({ value: null, granularity, anchor: 'unresolved' });
