/**
 * Finding: at each token, every rule proposes the phrase it reads there, with or without a
 * modifier in front ("nearly", "early", "the end of"); the longest wins and the scan jumps
 * past it. Rules read a bounded number of tokens, so the scan is linear in the text.
 */
import { clockTime, dayPart } from './clock.js';
import { century, dayMonth, decade, monthDay, monthYear, numericDate, weekdayRule, yearAlone } from './dates.js';
import { amountOfUnit, articlePeriod, barePlural, lastUnit, ordinalPeriod, qualifiedPlural, QUALIFIERS } from './durations.js';
import {
  DECADE_WORDS, MOD_PHRASES, MONTHS, ORDINALS, OUTSIDE_MOD_PHRASES, PARTS_OF_DAY, POSITION_PHRASES, SEASONS, SMALL_NUMBERS, TENS, UNITS,
  VAGUE_QUANTITIES, WEEKDAY_PLURALS, WEEKDAYS, type ModPhrase,
} from './lexicon.js';
import type { Context, Match, Resolution, Rule } from './match.js';
import { quantity } from './numbers.js';
import { monthAt } from './parts.js';
import { periodOf } from './periods.js';
import { half, HALF_WORDS, quarter, season } from './quarters.js';
import { anaphoric, reportedQuarter, samePeriodLastYear, theYear, yearEarlier } from './anaphora.js';
import { comingUnits, fixedPhrase, offset, PHRASES_BY_FIRST, SHIFT_WORDS, shiftedPeriod } from './relative.js';
import { ofPeriod } from './resolve.js';
import { ADVERBS, adverbSet, everyRule, FREQUENCIES, pluralWeekday, rateSet } from './sets.js';
import type { Stream } from './tokens.js';

/** Earlier rules win ties: a set ("$5 million a year") before a duration ("a year"). */
const RULES: readonly Rule[] = [
  everyRule, rateSet, pluralWeekday, adverbSet,
  clockTime, dayPart,
  numericDate, monthDay, dayMonth, monthYear, weekdayRule, decade, century, quarter, half, season, yearAlone,
  yearEarlier, samePeriodLastYear, reportedQuarter, theYear, offset, shiftedPeriod, anaphoric, comingUnits, fixedPhrase,
  articlePeriod, amountOfUnit, lastUnit, ordinalPeriod, qualifiedPlural, barePlural,
];

/** Whether a match stays on one line: an expression never runs across a line break. */
function oneLine(s: Stream, m: Match): boolean {
  for (let k = m.start + 1; k < m.end; k++) if (!s.joined(k)) return false;
  return true;
}

function longestAt(s: Stream, i: number): Match | null {
  let best: Match | null = null;
  for (const rule of RULES) {
    const m = rule(s, i);
    if (m && m.end > m.start && (!best || m.end > best.end) && oneLine(s, m)) best = m;
  }
  return best;
}

/** "the end of the year", "the middle of the month": a period only ever said after a position phrase. */
function plainPeriod(s: Stream, i: number): Match | null {
  const g = ({ year: 'year', month: 'month', week: 'week', decade: 'decade', century: 'century', quarter: 'quarter' } as const)[s.w(i + 1)];
  if ((s.w(i) !== 'the' && s.w(i) !== 'this') || !g) return null;
  return {
    start: i,
    end: i + 2,
    type: 'date',
    resolve: (ctx): Resolution => {
      const p = ctx.ref?.g === g ? ctx.ref : ctx.anchor ? periodOf(ctx.anchor, g) : null;
      return p ? ofPeriod(p, 'publication') : { value: null, granularity: g, anchor: 'unresolved' };
    },
  };
}

function wrap(start: number, inner: Match, phrase: ModPhrase): Match {
  const words = phrase.words.join(' ');
  return {
    ...inner,
    start,
    resolve: (ctx: Context) => {
      const r = inner.resolve({ ...ctx, mod: { mod: phrase.mod, near: phrase.near ?? false, words } });
      return { ...r, mod: r.mod ?? phrase.mod };
    },
  };
}

/** Which modifiers may stand before which matches: bounds before amounts, positions before dates. */
function allowed(s: Stream, phrase: ModPhrase, at: number, inner: Match, position: boolean): boolean {
  if (position) return inner.type === 'date' || inner.type === 'time';
  if (inner.type === 'set') return false;
  // "over the past two years" is a span the verb happens over, not a bound on it.
  if (phrase.words[0] === 'over' && s.w(at) === 'the') return false;
  const amount = quantity(s, at) !== null;
  if (inner.type === 'duration') return true;
  if (phrase.mod === 'APPROX') return phrase.words[0] !== 'some' && (amount || inner.type === 'time' || s.kind(at) === 'num' || monthAt(s, at) !== null);
  return amount;
}

/** A modifier just before token i that bounds a duration from outside its extent ("within two weeks"). */
function outsidePhrase(s: Stream, i: number): ModPhrase | null {
  for (const phrase of OUTSIDE_MOD_PHRASES) {
    const from = i - phrase.words.length;
    if (from >= 0 && s.phrase(from, phrase.words) === i && s.joined(i)) return phrase;
  }
  return null;
}

/** Modifier phrases by first word: most tokens start none, and are passed over at once. */
function byFirstWord(phrases: readonly ModPhrase[]): Map<string, ModPhrase[]> {
  const map = new Map<string, ModPhrase[]>();
  for (const p of phrases) map.set(p.words[0]!, [...(map.get(p.words[0]!) ?? []), p]);
  return map;
}
const MODS = byFirstWord(MOD_PHRASES);
const POSITIONS = byFirstWord(POSITION_PHRASES);

/** The best match starting at token i, modifiers included. */
export function matchAt(s: Stream, i: number): Match | null {
  let best = longestAt(s, i);
  const outside = best?.type === 'duration' ? outsidePhrase(s, i) : null;
  if (best && outside) best = wrap(i, best, outside);
  for (const [table, position] of [[MODS, false], [POSITIONS, true]] as const) {
    for (const phrase of table.get(s.w(i)) ?? []) {
      let at = s.phrase(i, phrase.words);
      if (at < 0) continue;
      at = s.hyphen(at);
      if (!s.joined(at)) continue;
      const inner = longestAt(s, at) ?? (position ? plainPeriod(s, at) : null);
      if (!inner || !allowed(s, phrase, at, inner, position)) continue;
      if (!best || inner.end > best.end) best = wrap(i, inner, phrase);
    }
  }
  return best;
}

/**
 * Words a time expression can begin with. Any other word is passed over without trying
 * the rules, which makes the scan several times faster; a test checks that the output is
 * the same with and without this filter.
 */
const STARTERS: ReadonlySet<string> = new Set([
  ...MONTHS.keys(), ...WEEKDAYS.keys(), ...WEEKDAY_PLURALS.keys(), ...SEASONS.keys(), ...PARTS_OF_DAY.keys(), ...UNITS.keys(),
  ...SMALL_NUMBERS.keys(), ...TENS.keys(), ...ORDINALS.keys(), ...VAGUE_QUANTITIES, ...DECADE_WORDS.keys(),
  ...Object.keys(QUALIFIERS), ...Object.keys(SHIFT_WORDS), ...Object.keys(HALF_WORDS), ...PHRASES_BY_FIRST.keys(),
  ...ADVERBS.keys(), ...FREQUENCIES.keys(), ...MODS.keys(), ...POSITIONS.keys(),
  'the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'every', 'each', 'per', 'half', 'dozen', 'dozens',
  'hundreds', 'thousands', 'fiscal', 'fy', 'comparable', 'corresponding', 'same', 'prior', 'upcoming', 'shortly', 'just',
  'soon', 'right', 'noon', 'midday', 'midnight', 'midafternoon', 'midmorning', "'", '\u2019',
]);

/** All matches, left to right, none overlapping. `everywhere` tries the rules at every token (for tests). */
export function scan(s: Stream, everywhere = false): Match[] {
  const out: Match[] = [];
  let i = 0;
  while (i < s.length) {
    const kind = s.kind(i);
    const candidate = kind === 'num' || STARTERS.has(s.w(i)) || (everywhere && kind !== 'punct');
    const m = candidate ? matchAt(s, i) : null;
    if (m) {
      out.push(m);
      i = m.end;
    } else i++;
  }
  return out;
}
