/**
 * Lengths of time: "the past two months", "a 32-month conflict", "three-hour", "for 23
 * years", "a year and a half", ages ("a 67-year-old") and ordinal periods ("now entering
 * its fourth year").
 *
 * Every duration carries `length`, its extent in days as an interval, so that a later stage
 * compares lengths said in different units: "32-month" is [974, 974]; "its fourth year" is
 * the elapsed time of something in its fourth year, (3 years, 4 years] = [1095.75, 1461].
 */
import { addDays, addMonths, fmtDay, type Day } from './calendar.js';
import { lengthOf, durationValue, unitDays } from './duration-value.js';
import { isPluralUnit, UNITS, type Unit } from './lexicon.js';
import type { Context, Match, Resolution, Rule } from './match.js';
import { ofReference } from './resolve.js';
import { ordinal, quantity } from './numbers.js';
import type { Stream } from './tokens.js';

/** Words between "the" and the amount, and which way from the anchor they point. */
export const QUALIFIERS: Readonly<Record<string, -1 | 0 | 1>> = {
  past: -1, last: -1, previous: -1, preceding: -1, recent: -1,
  next: 1, coming: 1, following: 1, ensuing: 1, remaining: 1, upcoming: 1,
  first: 0, final: 0, initial: 0, entire: 0, whole: 0, full: 0, latest: 0, same: 0, additional: 0, extra: 0,
};

/** Words allowed between the amount and the unit: "20 more years", "eight trading days". */
const FILLERS: ReadonlySet<string> = new Set([
  'more', 'additional', 'extra', 'straight', 'consecutive', 'full', 'long', 'short', 'trading', 'business',
  'calendar', 'working', 'fiscal', 'further', 'successive',
]);

/** Words before "one day" that make it "some day": modals and subjects. */
const SOMEDAY_BEFORE: ReadonlySet<string> = new Set([
  'will', 'would', 'could', 'may', 'might', 'can', 'should', 'must', 'shall', 'he', 'she', 'they', 'we', 'i', 'you', 'it', 'to', 'hope', 'hopes',
]);

/** Nouns a duration adjective may take into its phrase: "a three-year period", "a one-year term". */
const PERIOD_NOUNS: ReadonlySet<string> = new Set(['period', 'span', 'stretch', 'term', 'spell', 'interval', 'timeframe', 'window']);

const SUB_DAY: ReadonlySet<Unit> = new Set<Unit>(['H', 'MIN', 'S']);

/** Moves a day by a (possibly fractional) amount of a unit, for ranges. */
function move(day: Day, unit: Unit, n: number): Day {
  const months = { L: 12000, C: 1200, E: 120, Y: 12, Q: 3, M: 1 } as Partial<Record<Unit, number>>;
  const m = months[unit];
  if (m !== undefined && Number.isInteger(m * n)) return addMonths(day, m * n);
  return addDays(day, Math.round(unitDays(unit, n)));
}

interface Shape {
  unit: Unit;
  n: number | null;
  /** Upper amount of "two to three weeks". */
  upper: number | null;
  direction: -1 | 0 | 1;
  measure?: 'age' | 'ordinal';
  /** Followed by "of", "after", "before": measured from an event, not from the publication. */
  relational?: boolean;
}

function resolveDuration(shape: Shape, ctx: Context): Resolution {
  const { unit, n, upper, measure } = shape;
  const mod = ctx.mod?.mod;
  const r: Resolution = {
    value: durationValue(unit, n),
    granularity: 'duration',
    anchor: 'absolute',
  };
  let length = lengthOf(unit, n, mod, ctx.mod?.near ?? false);
  if (measure === 'ordinal' && n !== null) {
    length = { min: unitDays(unit, n - 1), max: unitDays(unit, n) };
    r.mod = 'EQUAL_OR_LESS';
  }
  if (upper !== null && n !== null && length) length = { min: length.min, max: unitDays(unit, upper) };
  if (length) r.length = length;
  if (measure) r.measure = measure;
  // A duration that runs up to or from the publication ("the past two months", "within two weeks") also has dates.
  let direction = shape.direction;
  // "within two weeks" counts forward from the publication, even in "he promised a deal within two weeks".
  if (direction === 0 && ctx.mod?.words === 'within' && !shape.relational) direction = 1;
  if (ctx.anchor && direction !== 0 && n !== null && !SUB_DAY.has(unit)) {
    const far = move(ctx.anchor, unit, direction * (upper ?? n));
    r.range = direction < 0 ? { start: fmtDay(far), end: fmtDay(ctx.anchor) } : { start: fmtDay(ctx.anchor), end: fmtDay(far) };
  }
  return r;
}

const RELATIONAL: ReadonlySet<string> = new Set(['of', 'after', 'before', 'since', 'from']);

const duration = (start: number, end: number, shape: Shape, s: Stream): Match => {
  const full = RELATIONAL.has(s.w(end)) ? { ...shape, relational: true } : shape;
  return { start, end, type: 'duration', resolve: (ctx) => resolveDuration(full, ctx) };
};

/** "and a half" after an amount or a unit, spaced or hyphenated ("two-and-a-half-year"): index after it, else i. */
function andAHalf(s: Stream, i: number): number {
  const a = s.hyphen(i);
  if (s.w(a) !== 'and') return i;
  const b = s.hyphen(a + 1);
  if (s.w(b) !== 'a' && s.w(b) !== 'one') return i;
  const c = s.hyphen(b + 1);
  return s.w(c) === 'half' ? c + 1 : i;
}

/** "the past two months", "three-hour", "a year and a half", "two to three weeks", "67-year-old". */
export const amountOfUnit: Rule = (s, i) => {
  let j = i;
  let direction: -1 | 0 | 1 = 0;
  let lead = false;
  if (s.w(j) === 'the') j++;
  const qual = QUALIFIERS[s.w(j)];
  if (qual !== undefined && (j > i || s.w(j) !== 'first')) {
    direction = qual;
    lead = true;
    j++;
  }
  const q = quantity(s, j);
  if (!q) return null;
  let n = q.value;
  let k = q.end;
  const half = andAHalf(s, k);
  if (half > k && n !== null) {
    n += 0.5;
    k = half;
  }
  let upper: number | null = null;
  if ((s.w(k) === 'to' || s.w(k) === 'or' || (s.w(k) === '-' && s.tight(k))) && n !== null) {
    const u = quantity(s, k + 1);
    if (u?.value != null && u.value > n && s.kind(k + 1) === s.kind(j)) {
      upper = u.value;
      k = u.end;
    }
  }
  const hyphenated = s.hyphen(k) > k;
  k = s.hyphen(k);
  while (FILLERS.has(s.w(k)) && s.joined(k)) k++;
  const word = s.w(k);
  const unit = UNITS.get(word);
  if (!unit || unit === 'WE' || !s.joined(k)) return null;
  // "year-earlier", "year-end", "day-to-day" are other words; "-old" and "-long" are read below.
  const compound = s.hyphen(k + 1) > k + 1 ? s.w(k + 2) : '';
  if (compound && compound !== 'old' && compound !== 'long') return null;
  // "the 30-day period", "the two day meeting": an adjective, whose article is the noun's.
  if (s.w(i) === 'the' && !lead && !isPluralUnit(word)) return null;
  // "three-quarters of its food" is a fraction; "a second" and "one second" are rarely times.
  if (unit === 'Q' && (s.w(k + 1) === 'of' || (n === 1 && !lead))) return null;
  if (unit === 'S' && n === 1 && !hyphenated) return null;
  // "will one day be", "he hopes one day to": some time ahead, not a length.
  if (word === 'day' && s.w(j) === 'one' && !lead && SOMEDAY_BEFORE.has(s.w(i - 1))) {
    return { start: i, end: k + 1, type: 'date', resolve: (ctx) => ofReference('FUTURE_REF', ctx) };
  }
  let end = k + 1;
  const halfAfter = andAHalf(s, end);
  if (halfAfter > end && n !== null) {
    n += 0.5;
    end = halfAfter;
  }
  let measure: Shape['measure'];
  // Ages: "67-year-old", "67 years old", "8-month-old"; "a week-long strike" keeps its "-long".
  const oldAt = s.hyphen(end);
  if (compound === 'long') end = oldAt + 1;
  else if (s.w(oldAt) === 'old' && (oldAt > end || isPluralUnit(word))) {
    measure = 'age';
    end = oldAt + 1;
  } else if (s.w(end) === 'or' && (s.w(end + 1) === 'so' || s.w(end + 1) === 'more')) end += 2;
  else if (!isPluralUnit(word) && PERIOD_NOUNS.has(s.w(end))) end++;
  // In "a week-long strike" the article is the strike's.
  const start = compound === 'long' && (s.w(j) === 'a' || s.w(j) === 'an') ? k : i;
  return duration(start, end, { unit, n, upper, direction, ...(measure ? { measure } : {}) }, s);
};

/** "a three-year period": the article joins when a period noun closes the phrase. */
export const articlePeriod: Rule = (s, i) => {
  if (s.w(i) !== 'a' && s.w(i) !== 'an') return null;
  const inner = amountOfUnit(s, i + 1);
  if (!inner || !PERIOD_NOUNS.has(s.w(inner.end - 1))) return null;
  return { ...inner, start: i };
};

/** "the past year", "the last week", "the coming month": one unit up to or from the publication. */
export const lastUnit: Rule = (s, i) => {
  if (s.w(i) !== 'the') return null;
  const direction = { past: -1, last: -1, coming: 1 }[s.w(i + 1)] as -1 | 1 | undefined;
  const unit = UNITS.get(s.w(i + 2));
  if (!direction || !unit || unit === 'WE' || unit === 'Q' || isPluralUnit(s.w(i + 2)) || s.hyphen(i + 3) > i + 3) return null;
  const end = s.w(i + 3) === 'or' && s.w(i + 4) === 'so' ? i + 5 : i + 3;
  return duration(i, end, { unit, n: 1, upper: null, direction }, s);
};

/** "for years", "for decades", "in months": an unspecified number of units. */
export const barePlural: Rule = (s, i) => {
  const unit = UNITS.get(s.w(i));
  if (!unit || unit === 'WE' || !isPluralUnit(s.w(i))) return null;
  if (!['for', 'in', 'over', 'within', 'lasting', 'took', 'takes', 'last', 'lasted'].includes(s.w(i - 1))) return null;
  if (s.w(i + 1) === 'of' || s.w(i + 1) === 'ago') return null;
  return duration(i, i + 1, { unit, n: null, upper: null, direction: 0 }, s);
};

/** "the past few weeks" is read by amountOfUnit; "the coming weeks" has no amount. */
export const qualifiedPlural: Rule = (s, i) => {
  const j = s.w(i) === 'the' ? i + 1 : i;
  const dir = QUALIFIERS[s.w(j)];
  if (dir === undefined || dir === 0 || s.w(j) === 'coming') return null;
  const unit = UNITS.get(s.w(j + 1));
  if (!unit || unit === 'WE' || !isPluralUnit(s.w(j + 1)) || !s.joined(j + 1)) return null;
  return duration(i, j + 2, { unit, n: null, upper: null, direction: dir }, s);
};

/** "its fourth year", "the third week of the strike": how far into something it is. */
export const ordinalPeriod: Rule = (s, i) => {
  const det = s.w(i);
  if (!['its', 'their', 'his', 'her', 'our', 'the'].includes(det)) return null;
  const ord = ordinal(s, i + 1);
  if (!ord?.value) return null;
  let k = ord.end;
  while ((s.w(k) === 'straight' || s.w(k) === 'consecutive' || s.w(k) === 'full') && s.joined(k)) k++;
  const unit = UNITS.get(s.w(k));
  if (!unit || unit === 'Q' || unit === 'WE' || isPluralUnit(s.w(k)) || !s.joined(k)) return null;
  if (det === 'the' && s.w(k + 1) !== 'of') return null;
  if (s.w(k - 1) === 'straight' || s.w(k - 1) === 'consecutive') return null; // "a third straight year" counts years, not elapsed time
  return duration(i, k + 1, { unit, n: ord.value, upper: null, direction: 0, measure: 'ordinal' }, s);
};
