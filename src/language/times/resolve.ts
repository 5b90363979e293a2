/**
 * How news anchors what it leaves unsaid: the year of "Oct. 21", the date of "Tuesday",
 * the quarter of "the quarter". Conventions checked against the TimeBank gold (see
 * bench/times/README.md).
 */
import type { Granularity } from '../types.js';
import { addDays, dayDiff, daysInMonth, rangeOf, weekday, type Day } from './calendar.js';
import type { Mod, Unit } from './lexicon.js';
import { unresolved, type Context, type Resolution } from './match.js';
import { firstDay, formatPeriod, granularityOf, kindGranularity, periodOf, shift, type Period, type PeriodKind } from './periods.js';

/** A resolution that names a calendar period. */
export function ofPeriod(p: Period, anchor: Resolution['anchor'], mod?: Mod): Resolution {
  const value = formatPeriod(p);
  const range = rangeOf(value);
  return {
    value,
    granularity: granularityOf(p),
    anchor,
    period: p,
    ...(range ? { range } : {}),
    ...(mod ? { mod } : {}),
  };
}

/** A resolution to PRESENT_REF, PAST_REF or FUTURE_REF: meaningful without an anchor, placed by one. */
export function ofReference(value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF', ctx: Context): Resolution {
  const granularity: Granularity = value === 'PRESENT_REF' ? 'instant' : 'span';
  return { value, granularity, anchor: ctx.anchor ? 'publication' : 'unresolved' };
}

/** How much farther a date ahead may be than one behind and still be preferred: news looks back more often. */
const AHEAD_COST = 2;

/**
 * The year of a month (and day) said without one: the candidate nearest the anchor, a
 * date ahead counting double. The clause's tense is left out on purpose: in TimeBank it
 * misleads as often as it helps ("expected to be completed by Dec. 15", "extended to
 * Nov. 20" in past-tense reports). A month alone counts from its middle.
 */
export function yearFor(month: number, day: number | null, ctx: Context): number | null {
  const a = ctx.anchor;
  if (!a) return null;
  let best = a.y;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const y of [a.y - 1, a.y, a.y + 1]) {
    const diff = dayDiff({ y, m: month, d: Math.min(day ?? 15, daysInMonth(y, month)) }, a);
    const score = diff > 0 ? diff * AHEAD_COST : -diff;
    if (score < bestScore) {
      best = y;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The date of a bare weekday. In TimeBank a bare "Friday" is the most recent Friday on
 * or before the publication day (a Monday paper's "Friday" is three days back, the week
 * before), unless the clause points forward ("will meet", "could reach", "plans to vote"),
 * when it is the next one on or after it. The publication's own weekday is that day: a
 * week ahead is written "next Friday" or with its date. A forecast told as past counts
 * from the statement's day when the sentence names it ("said on Monday the strike would
 * begin on Tuesday" is the day after that Monday, whenever the report came out). After
 * "could", which is also the past of "can", the nearer of the two days wins.
 */
export function weekdayDate(wd: number, ctx: Context, mode: 'bare' | 'last' | 'next' | 'this'): Day | null {
  const a = ctx.anchor;
  if (!a) return null;
  const today = weekday(a);
  const back = (today - wd + 7) % 7; // days back to the most recent such day, 0 = today
  const ahead = (wd - today + 7) % 7;
  switch (mode) {
    case 'last':
      return addDays(a, -(back === 0 ? 7 : back));
    case 'next':
      return addDays(a, ahead === 0 ? 7 : ahead);
    case 'this':
      return addDays(a, wd - today);
    case 'bare': {
      if (ctx.tense === 'possible') return ahead <= back ? addDays(a, ahead) : addDays(a, -back);
      if (ctx.tense !== 'future') return addDays(a, -back);
      const from = ctx.since ?? a;
      return addDays(from, (wd - weekday(from) + 7) % 7);
    }
  }
}

/** The anchor's period of granularity g, or null without an anchor. */
export const here = (ctx: Context, g: PeriodKind): Period | null => (ctx.anchor ? periodOf(ctx.anchor, g) : null);

/** The last period the text named, at granularity g; the anchor's when there is none. */
export function there(ctx: Context, g: PeriodKind): { p: Period; anchor: Resolution['anchor'] } | null {
  if (ctx.ref) return { p: ctx.ref.g === g ? ctx.ref : periodOf(firstDay(ctx.ref), g), anchor: 'publication' };
  const p = here(ctx, g);
  return p ? { p, anchor: 'publication' } : null;
}

/** A resolver for the anchor's period of granularity g, moved by n units. */
export function fromAnchor(g: PeriodKind, unit: Unit | null, n: number): (ctx: Context) => Resolution {
  return (ctx) => {
    const p = here(ctx, g);
    if (!p) return unresolved(kindGranularity(g));
    return ofPeriod(unit ? shift(p, unit, n) : p, 'publication');
  };
}

/** A resolver to PRESENT_REF, PAST_REF or FUTURE_REF. */
export const reference = (value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF') => (ctx: Context): Resolution => ofReference(value, ctx);
