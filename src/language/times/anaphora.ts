/**
 * Anaphora: times read off the last period the text named rather than the publication.
 * "the same day", "that year", "the following month", "the weekend"; and the comparisons
 * of earnings news, "year-earlier", "the year-ago quarter", "the quarter", "for the year".
 */
import { isPluralUnit, UNITS } from './lexicon.js';
import { unresolved, type Context, type Match, type Resolution, type Rule } from './match.js';
import { firstDay, kindGranularity, periodOf, shift, unitPeriod } from './periods.js';
import { CALENDAR_UNITS, weekend } from './relative.js';
import { fromAnchor, here, ofPeriod, there } from './resolve.js';

const date = (start: number, end: number, resolve: (ctx: Context) => Resolution): Match => ({ start, end, type: 'date', resolve });
const comparison = (start: number, end: number, resolve: (ctx: Context) => Resolution): Match => ({ start, end, type: 'date', resolve, comparison: true });

/** Words that make "the weekend" a deadline: "a deal before the weekend", "by the weekend", "ahead of the weekend". */
const DEADLINES: ReadonlySet<string> = new Set(['before', 'by', 'until', 'till']);

/** "the weekend", "the same day", "that year", "the following month", "the previous day". */
export const anaphoric: Rule = (s, i) => {
  const w = s.w(i);
  if (w === 'the' && s.w(i + 1) === 'weekend') {
    const deadline = DEADLINES.has(s.w(i - 1)) || (s.w(i - 1) === 'of' && s.w(i - 2) === 'ahead');
    return date(i, i + 2, (ctx) => weekend(ctx, deadline ? 'deadline' : 'bare'));
  }
  let n: number | null = null;
  let j = i + 1;
  if (w === 'that') n = 0;
  else if (w === 'the') {
    n = { same: 0, following: 1, next: 1, previous: -1, prior: -1, preceding: -1 }[s.w(i + 1)] ?? null;
    j = i + 2;
  }
  if (n === null) return null;
  const unit = UNITS.get(s.w(j));
  if (!unit || isPluralUnit(s.w(j)) || !CALENDAR_UNITS.has(unit)) return null;
  if (s.w(i + 1) === 'next' && unit !== 'D') return null; // "the next month" counts from the anchor (shiftedPeriod)
  if (w === 'that' && unit === 'D' && s.w(j + 1) === 'of') return null;
  const g = unitPeriod(unit);
  const step = n;
  return date(i, j + 1, (ctx) => {
    const base = there(ctx, g);
    if (!base) return unresolved(kindGranularity(g));
    return ofPeriod(step === 0 ? base.p : shift(base.p, unit, step), base.anchor);
  });
};

/**
 * "the year", "the full year", "the fiscal year": in TimeBank's business news the year being
 * reported, a date; followed by "ended"/"ending" it is a twelve-month duration. "year end" and
 * "year's end" are the end of the anchor's year.
 */
export const theYear: Rule = (s, i) => {
  const yearEnd = s.w(i) === 'year' ? [s.phrase(i, ['year', 'end']), s.phrase(i, ['year', '-', 'end']), s.phrase(i, ['year', "'", 's', 'end'])].find((e) => e > 0) : undefined;
  if (yearEnd !== undefined) {
    if (s.w(i - 1) === 'the' || s.w(yearEnd) === '-') return null;
    return date(i, yearEnd, (ctx) => ({ ...fromAnchor('year', null, 0)(ctx), mod: 'END' }));
  }
  if (s.w(i) !== 'the') return null;
  let j = i + 1;
  while (['full', 'fiscal', 'whole', 'entire', 'calendar'].includes(s.w(j))) j++;
  if (s.w(j) !== 'year' || s.hyphen(j + 1) > j + 1 || s.possessive(j + 1) > j + 1) return null;
  const next = s.w(j + 1);
  if (next === 'ended' || next === 'ending' || next === 'to' || next === 'through') {
    return { start: i, end: j + 1, type: 'duration', resolve: () => ({ value: 'P1Y', granularity: 'duration', anchor: 'absolute', length: { min: 365.25, max: 365.25 } }) };
  }
  // A bare "the year" is often "the year before", "the year of the dragon": only after a preposition of time.
  if (j === i + 1 && !['for', 'of', 'during', 'throughout', 'through', 'in', 'since'].includes(s.w(i - 1))) return null;
  if (next === 'before' || next === 'after' || next === 'when' || next === 'of' || next === 'that') return null;
  return date(i, j + 1, (ctx) => {
    // The year of the period being reported on ("fourth-quarter… for the full year"), else the anchor's.
    const ref = ctx.ref && ['year', 'half', 'quarter', 'month'].includes(ctx.ref.g) ? periodOf(firstDay(ctx.ref), 'year') : null;
    const p = ref ?? here(ctx, 'year');
    return p ? ofPeriod(p, 'publication') : unresolved('year');
  });
};

const yearBack = (ctx: Context): Resolution => {
  const base = ctx.ref && (ctx.ref.g === 'quarter' || ctx.ref.g === 'year' || ctx.ref.g === 'half') ? ctx.ref : here(ctx, 'year');
  if (!base) return unresolved('year');
  return ofPeriod(shift(base, 'Y', -1), 'publication');
};

/** "the corresponding period last year", "the quarter a year ago", "last year's quarter". */
export const samePeriodLastYear: Rule = (s, i) => {
  if (s.w(i) === 'last' && s.w(i + 1) === 'year' && s.possessive(i + 2) > i + 2) {
    const k = i + 4;
    if (s.w(k) === 'period' || s.w(k) === 'quarter') return comparison(i, k + 1, yearBack);
    return null;
  }
  if (s.w(i) !== 'the') return null;
  let j = i + 1;
  if (['comparable', 'corresponding', 'same'].includes(s.w(j))) j++;
  if (s.w(j) !== 'period' && s.w(j) !== 'quarter') return null;
  const end = [s.phrase(j + 1, ['last', 'year']), s.phrase(j + 1, ['a', 'year', 'ago']), s.phrase(j + 1, ['a', 'year', 'earlier']), s.phrase(j + 1, ['of', 'last', 'year'])].find((e) => e > 0);
  return end === undefined ? null : comparison(i, end, yearBack);
};

/** "year-earlier", "the year-ago quarter", "the comparable period a year earlier", "the prior-year period". */
export const yearEarlier: Rule = (s, i) => {
  let j = i;
  if (s.w(j) === 'the') j++;
  if (['comparable', 'corresponding', 'same'].includes(s.w(j))) j++;
  let k: number;
  if (['year', 'prior', 'previous'].includes(s.w(j)) && s.w(j + 1) === '-' && ['earlier', 'ago', 'year'].includes(s.w(j + 2))) k = j + 3;
  else if (s.w(j) === 'year' && ['earlier', 'ago'].includes(s.w(j + 1)) && j > i) k = j + 2;
  else return null;
  const head = s.w(k);
  let end = k;
  if (head === 'quarter' || head === 'period') end = k + 1;
  else {
    const ord = s.w(k);
    if (['first', 'second', 'third', 'fourth'].includes(ord) && s.w(k + 1) === 'quarter') end = k + 2;
    else if (j > i) return null; // "the year-earlier" needs its noun
  }
  return comparison(i, end, yearBack);
};

/** "the quarter", "the latest quarter", "the current quarter", "the most recent quarter". */
export const reportedQuarter: Rule = (s, i) => {
  if (s.w(i) !== 'the' && s.w(i) !== 'this') return null;
  let j = i + 1;
  let kind: 'ref' | 'latest' | 'current' = s.w(i) === 'this' ? 'current' : 'ref';
  if (s.w(j) === 'latest' || (s.w(j) === 'most' && s.w(j + 1) === 'recent')) {
    kind = 'latest';
    j += s.w(j) === 'most' ? 2 : 1;
  } else if (s.w(j) === 'current') {
    kind = 'current';
    j++;
  }
  if (s.w(j) === 'fiscal') j++;
  if (s.w(j) !== 'quarter' && !(s.w(j) === 'period' && kind === 'latest')) return null;
  return date(i, j + 1, (ctx) => {
    if (kind !== 'current' && ctx.ref?.g === 'quarter') return ofPeriod(ctx.ref, 'publication');
    const p = here(ctx, 'quarter');
    if (!p) return unresolved('quarter');
    // Results are reported for the quarter that has just closed.
    return ofPeriod(kind === 'current' ? p : shift(p, 'Q', -1), 'publication');
  });
};
