/**
 * Quarters, halves and seasons: "the third quarter", "third-quarter", "this year's first
 * quarter", "the first half of 1990", "this winter", "the summer of 1994".
 */
import { compareDays, dayDiff, quarterOf, type Day } from './calendar.js';
import { SEASONS, type Season } from './lexicon.js';
import { unresolved, type Context, type Match, type Resolution, type Rule } from './match.js';
import { ordinal } from './numbers.js';
import { optThe, yearAt } from './parts.js';
import { firstDay, shift, type Period } from './periods.js';
import { ofPeriod } from './resolve.js';
import type { Stream } from './tokens.js';

const date = (start: number, end: number, resolve: (ctx: Context) => Resolution): Match => ({ start, end, type: 'date', resolve });

/** Which year a period said without one belongs to: explicit, relative to the anchor's year, or left open. */
type YearSpec = { abs: number } | { rel: number } | null;

/** "1990's", "this year's", "next year's", "the 1988": a year said before the period. */
function yearBefore(s: Stream, i: number): { spec: YearSpec; end: number } {
  const year = yearAt(s, i);
  if (year && s.kind(i) === 'num') return { spec: { abs: year.value }, end: s.possessive(year.end) };
  const rel = { this: 0, last: -1, next: 1, current: 0 }[s.w(i)];
  if (rel !== undefined && s.w(i + 1) === 'year' && s.possessive(i + 2) > i + 2) return { spec: { rel }, end: i + 4 };
  return { spec: null, end: i };
}

/** "of 1990", "of this year", "of fiscal 1989", ", 1990": a year said after the period. */
function yearAfter(s: Stream, i: number): { spec: YearSpec; end: number } {
  if (s.w(i) === 'of' || s.w(i) === ',') {
    let j = i + 1;
    if (s.w(j) === 'fiscal') j++;
    const year = yearAt(s, j);
    if (year) return { spec: { abs: year.value }, end: year.end };
    const rel = { this: 0, last: -1, next: 1, the: 0 }[s.w(i + 1)];
    if (s.w(i) === 'of' && rel !== undefined && s.w(i + 2) === 'year') return { spec: { rel }, end: i + 3 };
  }
  const year = s.kind(i) === 'num' ? yearAt(s, i) : null;
  if (year) return { spec: { abs: year.value }, end: year.end };
  return { spec: null, end: i };
}

/**
 * The year of a quarter or half said alone. Earnings news reports on periods that have
 * ended, so a quarter later than the anchor's is last year's, unless the sentence looks ahead.
 */
function yearOfPart(spec: YearSpec, part: number, current: number, ctx: Context): number | null {
  if (spec && 'abs' in spec) return spec.abs;
  if (!ctx.anchor) return null;
  if (spec) return ctx.anchor.y + spec.rel;
  if (part <= current || ctx.tense === 'future') return ctx.anchor.y;
  return ctx.anchor.y - 1;
}

const anchorKind = (spec: YearSpec): Resolution['anchor'] => (spec && 'abs' in spec ? 'absolute' : 'publication');

/** "the third quarter", "third-quarter", "the fiscal first quarter", "this year's third quarter", "the 1988 quarter". */
export const quarter: Rule = (s, i) => {
  let j = i;
  // "the third quarter" keeps its article; "its third quarter" starts at "third" (TimeBank's extents).
  if (s.w(j) === 'the') j++;
  const before = yearBefore(s, j);
  j = before.end;
  if (s.w(j) === 'fiscal') j = s.hyphen(j + 1);
  const ord = ordinal(s, j);
  let q: number | null = null;
  if (ord?.value != null && ord.value >= 1 && ord.value <= 4) {
    q = ord.value;
    j = s.hyphen(ord.end);
  } else if (!before.spec || !('abs' in before.spec)) return null;
  if (s.w(j) === 'period' && q === null && s.w(i) === 'the' && before.spec && 'abs' in before.spec) {
    // "the 1988 period": the quarter being reported, in that year, else the year.
    const spec = before.spec;
    return date(i, j + 1, (ctx) => {
      if (ctx.ref?.g === 'quarter') return ofPeriod({ g: 'quarter', y: spec.abs, q: ctx.ref.q }, 'publication');
      return ofPeriod({ g: 'year', y: spec.abs }, 'absolute');
    });
  }
  if (s.w(j) !== 'quarter') return null;
  // "the third-quarter results": the adjective alone is the expression.
  if (j > i && s.w(j - 1) === '-' && s.w(i) === 'the' && before.end === i + 1) return null;
  const after = yearAfter(s, j + 1);
  const spec = after.spec ?? before.spec;
  return date(i, after.end, (ctx) => {
    // "the 1988 quarter": the quarter last talked about, in that year.
    const qq = q ?? (ctx.ref?.g === 'quarter' ? ctx.ref.q : null);
    if (qq === null) return unresolved('quarter');
    const y = yearOfPart(spec, qq, ctx.anchor ? quarterOf(ctx.anchor.m) : 4, ctx);
    if (y === null) return unresolved('quarter');
    return ofPeriod({ g: 'quarter', y, q: qq }, anchorKind(spec));
  });
};

export const HALF_WORDS: Readonly<Record<string, number>> = { first: 1, second: 2, last: 2, latter: 2, back: 2, front: 1 };

/** "the first half of 1990", "first-half", "the second half". */
export const half: Rule = (s, i) => {
  let j = optThe(s, i);
  const before = yearBefore(s, j);
  j = before.end;
  const h = HALF_WORDS[s.w(j)];
  if (h === undefined) return null;
  const k = s.hyphen(j + 1);
  if (s.w(k) !== 'half') return null;
  const after = yearAfter(s, k + 1);
  const spec = after.spec ?? before.spec;
  if (!spec && s.w(k + 1) === 'of') return null; // "the first half of the match"
  return date(i, after.end, (ctx) => {
    const y = yearOfPart(spec, h, ctx.anchor ? (ctx.anchor.m <= 6 ? 1 : 2) : 2, ctx);
    if (y === null) return unresolved('span');
    return ofPeriod({ g: 'half', y, h }, anchorKind(spec));
  });
};

/** Words after which a bare season name is the season (not "prices fall", "a hot spring"). */
const SEASON_CUES: ReadonlySet<string> = new Set([
  'in', 'during', 'since', 'until', 'till', 'by', 'over', 'through', 'throughout', 'early', 'late', 'mid', '-', 'this', 'last',
  'next', 'past', 'coming', 'the', 'that', 'before', 'after', 'each', 'every', 'of',
]);

function seasonPeriod(y: number, s: Season): Period {
  return { g: 'season', y, s };
}

/** The first day after a season. */
function seasonEnd(p: Period): Day {
  return firstDay(shift(p, 'Q', 1));
}

/** The season of that name meant by "this", "last", "next" or nothing, seen from the anchor. */
function seasonFor(season: Season, mode: 'this' | 'last' | 'next' | 'bare', ctx: Context): Period | null {
  const a = ctx.anchor;
  if (!a) return null;
  const y = season === 'WI' && a.m <= 2 ? a.y - 1 : a.y;
  const p = seasonPeriod(y, season);
  const started = compareDays(firstDay(p), a) <= 0;
  const ended = compareDays(seasonEnd(p), a) <= 0;
  switch (mode) {
    case 'this': {
      // The season under way, else the nearer of the last one and the next: in March "this winter" has just ended.
      if (started && !ended) return p;
      const before = ended ? p : seasonPeriod(y - 1, season);
      const after = started ? seasonPeriod(y + 1, season) : p;
      return dayDiff(a, seasonEnd(before)) <= dayDiff(firstDay(after), a) ? before : after;
    }
    case 'last':
      return ended ? p : seasonPeriod(y - 1, season);
    case 'next':
      return started ? seasonPeriod(y + 1, season) : p;
    case 'bare':
      if (ctx.tense === 'past' && !started) return seasonPeriod(y - 1, season);
      if (ctx.tense === 'future' && ended) return seasonPeriod(y + 1, season);
      return p;
  }
}

/** "this winter", "last fall", "the summer of 1994", "summer 2025", "in the spring". */
export const season: Rule = (s, i) => {
  let j = i;
  let mode: 'this' | 'last' | 'next' | 'bare' = 'bare';
  const w = s.w(j);
  if (w === 'this' && (s.w(j + 1) === 'past' || s.w(j + 1) === 'coming')) {
    mode = s.w(j + 1) === 'past' ? 'last' : 'next';
    j += 2;
  } else if (w === 'this' || w === 'last' || w === 'next' || w === 'past' || w === 'coming') {
    mode = w === 'past' ? 'last' : w === 'coming' ? 'next' : w;
    j++;
  } else j = optThe(s, j);
  const name = SEASONS.get(s.w(j));
  if (!name) return null;
  const after = yearAfter(s, j + 1);
  if (after.spec) {
    const spec = after.spec;
    return date(i, after.end, (ctx) => {
      if ('abs' in spec) return ofPeriod(seasonPeriod(spec.abs, name), 'absolute');
      return ctx.anchor ? ofPeriod(seasonPeriod(ctx.anchor.y + spec.rel, name), 'publication') : unresolved('season');
    });
  }
  if (s.w(j + 1) === 'of') return null; // "the fall of the Berlin Wall"
  if (mode === 'bare' && !SEASON_CUES.has(s.w(i - 1)) && !SEASON_CUES.has(s.w(j - 1))) return null;
  if (mode === 'bare' && s.w(j) === 'fall' && j === i && !s.cap(j)) return null;
  return date(i, j + 1, (ctx) => {
    const p = seasonFor(name, mode, ctx);
    return p ? ofPeriod(p, 'publication') : unresolved('season');
  });
};
