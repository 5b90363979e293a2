/**
 * Expressions that mean nothing without a reference time: "yesterday", "last week",
 * "two months ago", "a year earlier", "now", "recently", "in the coming days". Deictic
 * ones count from the publication; "a year earlier" and "three days later" from the last
 * period the text named (anaphora.ts has the rest of those), falling back on the publication.
 */
import { addDays, fmtDay, isoWeek, weekday } from './calendar.js';
import { isPluralUnit, MONTHS, UNITS, type Unit } from './lexicon.js';
import { unresolved, type Context, type Match, type Resolution, type Rule } from './match.js';
import { quantity } from './numbers.js';
import { monthAt } from './parts.js';
import { kindGranularity, shift, unitPeriod, type Period, type PeriodKind } from './periods.js';
import { fromAnchor, here, ofPeriod, reference } from './resolve.js';

const date = (start: number, end: number, resolve: (ctx: Context) => Resolution): Match => ({ start, end, type: 'date', resolve });

/** Fixed phrases, longest first within each first word. */
const PHRASES: readonly (readonly [string, 'date' | 'time', (ctx: Context) => Resolution])[] = [
  ['the day before yesterday', 'date', fromAnchor('day', 'D', -2)],
  ['the day after tomorrow', 'date', fromAnchor('day', 'D', 2)],
  ['today', 'date', fromAnchor('day', null, 0)],
  ['yesterday', 'date', fromAnchor('day', 'D', -1)],
  ['tomorrow', 'date', fromAnchor('day', 'D', 1)],
  ['tonight', 'time', (ctx) => partOfAnchorDay(ctx, 0, 'NI')],
  ['overnight', 'time', (ctx) => partOfAnchorDay(ctx, 0, 'NI')],
  ['now', 'date', reference('PRESENT_REF')],
  ['currently', 'date', reference('PRESENT_REF')],
  ['presently', 'date', reference('PRESENT_REF')],
  ['nowadays', 'date', reference('PRESENT_REF')],
  ['these days', 'date', reference('PRESENT_REF')],
  ['the present', 'date', reference('PRESENT_REF')],
  ['at present', 'date', reference('PRESENT_REF')],
  ['at the moment', 'date', reference('PRESENT_REF')],
  ['current', 'date', reference('PRESENT_REF')],
  ['more recently', 'date', reference('PAST_REF')],
  ['most recently', 'date', reference('PAST_REF')],
  ['recently', 'date', reference('PAST_REF')],
  ['lately', 'date', reference('PAST_REF')],
  ['the recent past', 'date', reference('PAST_REF')],
  ['the past', 'date', reference('PAST_REF')],
  ['soon', 'date', reference('FUTURE_REF')],
  ['the near future', 'date', reference('FUTURE_REF')],
  ['the foreseeable future', 'date', reference('FUTURE_REF')],
  ['the future', 'date', reference('FUTURE_REF')],
  ['the near term', 'date', reference('FUTURE_REF')],
  ['the short term', 'date', reference('FUTURE_REF')],
  ['the long term', 'date', reference('FUTURE_REF')],
  ['the longer term', 'date', reference('FUTURE_REF')],
  ['a later date', 'date', reference('FUTURE_REF')],
  ['future', 'date', reference('FUTURE_REF')],
];

/** A part of the anchor's day ("tonight"): a time, kept without the day's range or period. */
function partOfAnchorDay(ctx: Context, offset: number, part: string): Resolution {
  if (!ctx.anchor) return unresolved('hour');
  return { value: `${fmtDay(addDays(ctx.anchor, offset))}T${part}`, granularity: 'hour', anchor: 'publication' };
}

/** Nouns after which "current" or "future" is not about time ("current account"). */
const NOT_TIME_NOUNS: ReadonlySet<string> = new Set([
  'account', 'accounts', 'events', 'affairs', 'flow', 'flows', 'and', 'or', 'of', 'generations', 'generation', 'tense',
]);

/** "in the coming days", "coming months", "the weeks ahead": soon, unmeasured. */
export const comingUnits: Rule = (s, i) => {
  let j = s.w(i) === 'the' ? i + 1 : i;
  const coming = s.w(j) === 'coming' || s.w(j) === 'upcoming';
  if (coming) j++;
  const word = s.w(j);
  const unit = UNITS.get(word);
  if (!unit || !isPluralUnit(word) || unit === 'WE') return null;
  if (coming) return date(i, j + 1, reference('FUTURE_REF'));
  if (j > i && s.w(j + 1) === 'ahead') return date(i, j + 2, reference('FUTURE_REF'));
  return null;
};

/** The phrases by first word, each as its words, so that a token is compared with a few phrases at most. */
export const PHRASES_BY_FIRST = new Map<string, { text: string; words: string[]; type: 'date' | 'time'; resolve: (ctx: Context) => Resolution }[]>();
for (const [text, type, resolve] of PHRASES) {
  const words = text.split(' ');
  const list = PHRASES_BY_FIRST.get(words[0]!) ?? [];
  list.push({ text, words, type, resolve });
  PHRASES_BY_FIRST.set(words[0]!, list);
}

/** "today", "now", "recently", "the near future"… */
export const fixedPhrase: Rule = (s, i) => {
  for (const { text, words, type, resolve } of PHRASES_BY_FIRST.get(s.w(i)) ?? []) {
    const end = s.phrase(i, words);
    if (end < 0) continue;
    // "current" and "future" are times only as adjectives before a noun, and not in "current account".
    if ((text === 'current' || text === 'future') && (s.kind(end) !== 'word' || NOT_TIME_NOUNS.has(s.w(end)))) return null;
    // "as soon as" and "soon after" relate two events; they name no time.
    if (text === 'soon' && (s.w(i - 1) === 'as' || s.w(end) === 'after' || s.w(end) === 'as')) return null;
    // "talks soon turned into a row": a step in a story told in the past, not a time ahead.
    if (text === 'soon' && s.kind(end) === 'word' && s.w(end).endsWith('ed')) return null;
    return { start: i, end, type, resolve };
  }
  return null;
};

export const SHIFT_WORDS: Readonly<Record<string, number>> = { this: 0, last: -1, next: 1, past: -1, previous: -1, coming: 1, current: 0, latest: -1 };
export const CALENDAR_UNITS: ReadonlySet<Unit> = new Set<Unit>(['C', 'E', 'Y', 'Q', 'M', 'W', 'D']);

/**
 * "last week", "this year", "next month", "the past year", "the coming weekend", "last April",
 * "the current quarter". With "the" and "past"/"next" they are durations in TIMEX3 only
 * when a number follows ("the past two months"), which durations.ts reads.
 */
export const shiftedPeriod: Rule = (s, i) => {
  const the = s.w(i) === 'the';
  const j = the ? i + 1 : i;
  const n = SHIFT_WORDS[s.w(j)];
  if (n === undefined || !s.joined(j + 1)) return null;
  const k = j + 1;
  // "last April", "next March"
  const month = !the ? monthAt(s, k) : null;
  if (month && MONTHS.has(s.w(k))) {
    return date(i, month.end, (ctx) => {
      const a = ctx.anchor;
      if (!a) return unresolved('month');
      let y = a.y;
      if (n < 0 && month.value >= a.m) y--;
      if (n > 0 && month.value <= a.m) y++;
      return ofPeriod({ g: 'month', y, m: month.value }, 'publication');
    });
  }
  const u = s.w(k) === 'fiscal' || s.w(k) === 'calendar' ? k + 1 : k;
  const word = s.w(u);
  if (word === 'weekend') return date(i, u + 1, (ctx) => weekend(ctx, n === 0 ? 'this' : n < 0 ? 'last' : 'next'));
  const unit = UNITS.get(word);
  if (!unit || !CALENDAR_UNITS.has(unit) || isPluralUnit(word)) return null;
  if (unit === 'D') return null; // "the next day" is anaphoric, "last day" is not a date
  if (the && s.w(j) === 'last' && unit === 'Q') return null; // "the last quarter" is too ambiguous
  // "the past year" is the twelve months up to the publication, a duration (durations.ts), not last calendar year.
  if (the && ['past', 'last', 'coming'].includes(s.w(j))) return null;
  // "year-end", "year-ago" and "week-long" make other words.
  if (s.hyphen(u + 1) > u + 1) return null;
  const end = s.w(u + 1) === 'or' && s.w(u + 2) === 'so' ? u + 3 : u + 1;
  return date(i, end, fromAnchor(unitPeriod(unit), unit, n));
};

/**
 * "the weekend" looks back by default, forward in a future sentence. As a deadline ("hopes
 * for a deal before the weekend") it is the coming one unless the sentence tells the past.
 */
export function weekend(ctx: Context, mode: 'this' | 'last' | 'next' | 'bare' | 'deadline'): Resolution {
  const a = ctx.anchor;
  if (!a) return unresolved('week');
  const { y, w } = isoWeek(a);
  let p: Period = { g: 'week', y, w, weekend: true };
  const wd = weekday(a);
  const back = mode === 'bare' ? ctx.tense !== 'future' : mode === 'deadline' && ctx.tense === 'past';
  if (mode === 'last' || (back && wd < 6)) p = shift(p, 'W', -1);
  if (mode === 'next') p = shift(p, 'W', 1);
  return ofPeriod(p, 'publication');
}

const BACK: Readonly<Record<string, 'anchor' | 'ref'>> = { ago: 'anchor', back: 'anchor', earlier: 'ref', before: 'ref' };
const AHEAD: Readonly<Record<string, 'anchor' | 'ref'>> = { later: 'ref', after: 'ref', hence: 'anchor' };

/** "two months ago", "a year earlier", "three days later", "ten years from now", "years ago". */
export const offset: Rule = (s, i) => {
  const q = quantity(s, i);
  let j: number;
  let n: number | null;
  if (q) {
    j = s.hyphen(q.end);
    n = q.value;
  } else if (UNITS.has(s.w(i)) && isPluralUnit(s.w(i))) {
    j = i;
    n = null;
  } else return null;
  const word = s.w(j);
  const unit = UNITS.get(word);
  if (!unit || unit === 'WE') return null;
  let k = j + 1;
  if (s.w(k) === 'or' && s.w(k + 1) === 'so') k += 2;
  let dir = 0;
  let base: 'anchor' | 'ref' = 'anchor';
  const after = s.w(k);
  if (BACK[after]) [dir, base] = [-1, BACK[after]];
  else if (AHEAD[after]) [dir, base] = [1, AHEAD[after]];
  else if (after === 'from' && s.w(k + 1) === 'now') [dir, base, k] = [1, 'anchor', k + 1];
  else return null;
  // "two days before the vote" is a relation to an event, not to the text's last date.
  if ((after === 'before' || after === 'after') && s.kind(k + 1) === 'word' && !['.', ','].includes(s.w(k + 1))) return null;
  const end = k + 1;
  if (n === null) return date(i, end, reference(dir < 0 ? 'PAST_REF' : 'FUTURE_REF'));
  const amount = n;
  const direction = dir;
  const type = unit === 'H' || unit === 'MIN' || unit === 'S' ? 'time' : 'date';
  return {
    start: i,
    end,
    type,
    comparison: true,
    resolve: (ctx) => {
      const g: PeriodKind = unit === 'W' ? 'day' : unitPeriod(unit);
      // A year before the quarter being reported is that quarter a year before.
      const refFirst = base === 'ref' || (unit === 'Y' && ctx.ref?.g === 'quarter');
      const start = refFirst && ctx.ref ? ctx.ref : here(ctx, g);
      if (!start || !Number.isInteger(amount)) return unresolved(kindGranularity(g));
      const p = shift(start, unit === 'H' || unit === 'MIN' || unit === 'S' ? 'D' : unit, unit === 'H' || unit === 'MIN' || unit === 'S' ? 0 : direction * amount);
      return ofPeriod(p, 'publication');
    },
  };
};
