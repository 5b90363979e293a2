/**
 * Recurring times (TIMEX3 SET): "every Monday", "each month", "daily", "twice a week",
 * "$5 million a year", "Tuesday nights".
 */
import { pad } from './calendar.js';
import { durationValue } from './duration-value.js';
import type { Granularity } from '../types.js';
import { isPluralUnit, MONTHS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAY_PLURALS, type Unit } from './lexicon.js';
import type { Match, Rule } from './match.js';
import { quantity } from './numbers.js';
import { monthAt, weekdayAt } from './parts.js';
import { kindGranularity, unitPeriod } from './periods.js';
import type { Stream } from './tokens.js';

const set = (start: number, end: number, value: string, granularity: Granularity): Match => ({
  start,
  end,
  type: 'set',
  resolve: () => ({ value, granularity, anchor: 'absolute' }),
});

const unitGranularity = (unit: Unit): Granularity => (unit === 'H' ? 'hour' : unit === 'MIN' || unit === 'S' ? 'minute' : kindGranularity(unitPeriod(unit)));

/** Part of day after a weekday: "Monday mornings", "Tuesday night". */
function partSuffix(s: Stream, i: number): { text: string; end: number } {
  const w = s.w(i);
  const p = PARTS_OF_DAY.get(w.endsWith('s') ? w.slice(0, -1) : w);
  return p !== undefined && w !== 'overnight' && s.joined(i) ? { text: `T${p}`, end: i + 1 } : { text: '', end: i };
}

/** "every Monday", "each month", "every two weeks", "every other year", "each July", "every summer". */
export const everyRule: Rule = (s, i) => {
  if (s.w(i) !== 'every' && s.w(i) !== 'each') return null;
  let j = i + 1;
  if (s.w(j) === 'other') {
    const unit = UNITS.get(s.w(j + 1));
    if (!unit || unit === 'WE') return null;
    return set(i, j + 2, durationValue(unit, 2), unitGranularity(unit));
  }
  const wd = weekdayAt(s, j);
  if (wd) {
    const part = partSuffix(s, wd.end);
    return set(i, part.end, `XXXX-WXX-${wd.value}${part.text}`, 'day');
  }
  const month = MONTHS.has(s.w(j)) ? monthAt(s, j) : null;
  if (month) return set(i, month.end, `XXXX-${pad(month.value)}`, 'month');
  const season = SEASONS.get(s.w(j));
  if (season) return set(i, j + 1, `XXXX-${season}`, 'season');
  const part = PARTS_OF_DAY.get(s.w(j));
  if (part) return set(i, j + 1, `XXXX-XX-XXT${part}`, 'day');
  if (s.w(j) === 'weekend') return set(i, j + 1, 'XXXX-WXX-WE', 'week');
  let n: number | null = 1;
  const q = s.w(j) === 'a' ? null : quantity(s, j);
  if (q) {
    n = q.value;
    j = q.end;
  }
  const unit = UNITS.get(s.w(j));
  if (!unit || unit === 'WE' || (n === 1 && isPluralUnit(s.w(j)))) return null;
  return set(i, j + 1, durationValue(unit, n), unitGranularity(unit));
};

export const ADVERBS: ReadonlyMap<string, [string, Granularity]> = new Map([
  ['daily', ['P1D', 'day']], ['weekly', ['P1W', 'week']], ['monthly', ['P1M', 'month']], ['yearly', ['P1Y', 'year']],
  ['annually', ['P1Y', 'year']], ['quarterly', ['P3M', 'quarter']], ['hourly', ['PT1H', 'hour']], ['nightly', ['XXXX-XX-XXTNI', 'day']],
  ['biweekly', ['P2W', 'week']], ['fortnightly', ['P2W', 'week']], ['biannually', ['P6M', 'month']], ['semiannually', ['P6M', 'month']],
]);

/** Words that may follow an adverb of frequency; any other word makes it an adjective ("quarterly dividend"). */
const AFTER_ADVERB: ReadonlySet<string> = new Set([
  'and', 'or', 'but', 'to', 'in', 'on', 'at', 'for', 'from', 'through', 'since', 'until', 'by', 'with', 'while', 'as',
  'because', 'if', 'than', 'over', 'thereafter', 'basis', 'instead',
]);

/** "daily", "annually", "quarterly" used as adverbs: a set said in one word. */
export const adverbSet: Rule = (s, i) => {
  const hit = ADVERBS.get(s.w(i));
  if (!hit) return null;
  if (s.kind(i + 1) === 'word' && s.joined(i + 1) && !AFTER_ADVERB.has(s.w(i + 1))) return null;
  return set(i, i + 1, hit[0], hit[1]);
};

export const FREQUENCIES: ReadonlyMap<string, number> = new Map([['once', 1], ['twice', 2], ['thrice', 3]]);
/** Words after which "a year" is a rate ("$5 million a year"), not a length of time. */
const RATE_BEFORE: ReadonlySet<string> = new Set([
  'million', 'billion', 'trillion', 'thousand', 'hundred', 'percent', '%', 'dollars', 'cents', 'barrels', 'tons', 'tonnes',
  'people', 'times', 'visitors', 'units', 'cars', 'euros', 'pounds', 'yen', 'shares',
]);

/** Plural-looking words before "a week" that are not things counted ("was a week", "this a year"). */
const NOT_COUNTED: ReadonlySet<string> = new Set(['was', 'has', 'is', 'this', 'thus', 'less', 'unless', 'always', 'perhaps', 'yes', 'does', 'as', 'its', 'his', 'hers', 'ours', 'theirs', 'across', 'plus', 'minus', 'news', 'years', 'months', 'weeks', 'days', 'hours']);

/** "twice a week", "three times a day", "$5 million a year", "per month". */
export const rateSet: Rule = (s, i) => {
  let j = i;
  const f = FREQUENCIES.get(s.w(j));
  if (f !== undefined) j++;
  else {
    const q = quantity(s, j);
    if (q?.value != null && s.w(q.end) === 'times') j = q.end + 1;
  }
  const lead = j > i;
  const w = s.w(j);
  if (w !== 'a' && w !== 'an' && w !== 'per' && w !== 'each') return null;
  const unit = UNITS.get(s.w(j + 1));
  if (!unit || unit === 'WE' || isPluralUnit(s.w(j + 1)) || !s.joined(j + 1)) return null;
  // "$5 million a year", "four flights a week", "358,000 a month": a rate after an amount of something.
  const before = s.toks[i - 1];
  const countedNoun = before?.kind === 'word' && !before.cap && before.lower.length > 3 && before.lower.endsWith('s') && !NOT_COUNTED.has(before.lower);
  if (!lead && !RATE_BEFORE.has(s.w(i - 1)) && s.kind(i - 1) !== 'num' && !countedNoun && w !== 'per') return null;
  if (!lead && w === 'each') return null;
  return set(i, j + 2, durationValue(unit, 1), unitGranularity(unit));
};

/** "on Mondays", "Tuesday nights". */
export const pluralWeekday: Rule = (s, i) => {
  const wd = WEEKDAY_PLURALS.get(s.w(i));
  if (wd !== undefined && s.cap(i)) return set(i, i + 1, `XXXX-WXX-${wd}`, 'day');
  const single = weekdayAt(s, i);
  if (!single) return null;
  const w = s.w(single.end);
  if (!w.endsWith('s') || !PARTS_OF_DAY.has(w.slice(0, -1)) || !s.joined(single.end)) return null;
  return set(i, single.end + 1, `XXXX-WXX-${single.value}T${PARTS_OF_DAY.get(w.slice(0, -1))!}`, 'day');
};
