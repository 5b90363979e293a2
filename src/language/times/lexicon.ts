/** Words of time: calendar names, units, number words and the vague quantities TIMEX3 writes as X. */
import type { TimexMod } from '../types.js';

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4], ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8], ['september', 9], ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** Abbreviations that are also ordinary words need the dot (or a day number) to count as months. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['mar', 'may', 'jun', 'jan', 'dec', 'sep', 'march']);

/** ISO weekday numbers, Monday = 1. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['mon', 1], ['tuesday', 2], ['tues', 2], ['tue', 2], ['wednesday', 3], ['wed', 3],
  ['thursday', 4], ['thurs', 4], ['thu', 4], ['friday', 5], ['fri', 5], ['saturday', 6], ['sat', 6],
  ['sunday', 7], ['sun', 7],
]);
/** Short weekday forms that are ordinary words elsewhere ("sat", "sun", "wed"): only with a dot. */
export const AMBIGUOUS_WEEKDAYS: ReadonlySet<string> = new Set(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

export const WEEKDAY_PLURALS: ReadonlyMap<string, number> = new Map([
  ['mondays', 1], ['tuesdays', 2], ['wednesdays', 3], ['thursdays', 4], ['fridays', 5], ['saturdays', 6], ['sundays', 7],
]);

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export const SEASONS: ReadonlyMap<string, Season> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['fall', 'FA'], ['autumn', 'FA'], ['winter', 'WI'],
]);

/** TIMEX3 parts of day. */
export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI' | 'DT';
export const PARTS_OF_DAY: ReadonlyMap<string, PartOfDay> = new Map([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'], ['overnight', 'NI'],
  ['daytime', 'DT'],
]);

/** Units of duration. Y, M, W, D are date units; TH, TM, TS are time units (PT...). */
export type Unit = 'L' | 'C' | 'E' | 'Y' | 'Q' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'S' | 'WE';

export const UNITS: ReadonlyMap<string, Unit> = new Map([
  ['millennium', 'L'], ['millennia', 'L'], ['millenniums', 'L'],
  ['century', 'C'], ['centuries', 'C'],
  ['decade', 'E'], ['decades', 'E'],
  ['year', 'Y'], ['years', 'Y'], ['yr', 'Y'], ['yrs', 'Y'],
  ['quarter', 'Q'], ['quarters', 'Q'],
  ['month', 'M'], ['months', 'M'],
  ['week', 'W'], ['weeks', 'W'], ['fortnight', 'W'], ['fortnights', 'W'],
  ['day', 'D'], ['days', 'D'],
  ['hour', 'H'], ['hours', 'H'], ['hr', 'H'], ['hrs', 'H'],
  ['minute', 'MIN'], ['minutes', 'MIN'], ['min', 'MIN'], ['mins', 'MIN'],
  ['second', 'S'], ['seconds', 'S'], ['sec', 'S'], ['secs', 'S'],
  ['weekend', 'WE'], ['weekends', 'WE'],
]);

export function isPluralUnit(word: string): boolean {
  return word.endsWith('s') || word === 'centuries' || word === 'millennia';
}

export const UNIT_DAYS: Readonly<Record<Unit, number>> = {
  L: 365250, C: 36525, E: 3652.5, Y: 365.25, Q: 91.3125, M: 30.4375, W: 7, D: 1,
  H: 1 / 24, MIN: 1 / 1440, S: 1 / 86400, WE: 2,
};

export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13],
  ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);

export const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70],
  ['eighty', 80], ['ninety', 90],
]);

/** Decade words as in "the nineties". */
export const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenties', 2], ['thirties', 3], ['forties', 4], ['fifties', 5], ['sixties', 6], ['seventies', 7],
  ['eighties', 8], ['nineties', 9],
]);

export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13],
  ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18],
  ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30],
]);

/** Quantities TIMEX3 leaves unspecified: "several years" is PXY. */
export const VAGUE_QUANTITIES: ReadonlySet<string> = new Set(['several', 'few', 'many', 'some', 'numerous', 'couple']);

/**
 * Words before a duration that set its TIMEX3 mod. `near` marks the ones that also say the
 * amount is close to the bound ("nearly two years" is not "under a month"). Longest first,
 * so "no more than" wins over "more than".
 */
export type Mod = TimexMod;
export interface ModPhrase {
  words: readonly string[];
  mod: Mod;
  near?: boolean;
}
const mp = (words: string, mod: Mod, near = false): ModPhrase => ({ words: words.split(' '), mod, near });
export const MOD_PHRASES: readonly ModPhrase[] = [
  mp('no more than', 'EQUAL_OR_LESS'), mp('no less than', 'EQUAL_OR_MORE'), mp('not more than', 'EQUAL_OR_LESS'),
  mp('more than', 'MORE_THAN'), mp('less than', 'LESS_THAN'), mp('fewer than', 'LESS_THAN'),
  mp('at least', 'EQUAL_OR_MORE'), mp('at most', 'EQUAL_OR_LESS'), mp('up to', 'EQUAL_OR_LESS'),
  mp('as many as', 'EQUAL_OR_LESS'), mp('as much as', 'EQUAL_OR_LESS'), mp('as long as', 'EQUAL_OR_LESS'),
  mp('just under', 'LESS_THAN', true), mp('just over', 'MORE_THAN', true), mp('just about', 'APPROX'),
  mp('about', 'APPROX'), mp('around', 'APPROX'), mp('roughly', 'APPROX'), mp('approximately', 'APPROX'),
  mp('some', 'APPROX'), mp('nearly', 'LESS_THAN', true), mp('almost', 'LESS_THAN', true),
  mp('under', 'LESS_THAN'),
];

/** Modifiers TimeBank leaves outside the expression's extent, though they bound it: "within two weeks". */
export const OUTSIDE_MOD_PHRASES: readonly ModPhrase[] = [mp('within', 'EQUAL_OR_LESS')];

/** "early 1990", "the end of the year": position inside a period, kept as TIMEX3 mod. */
export const POSITION_PHRASES: readonly ModPhrase[] = [
  mp('the end of', 'END'), mp('the beginning of', 'START'), mp('the start of', 'START'), mp('the middle of', 'MID'),
  mp('the turn of', 'START'), mp('the close of', 'END'), mp('the first half of', 'START'), mp('the second half of', 'END'),
  mp('early in', 'START'), mp('late in', 'END'), mp('earlier in', 'START'), mp('later in', 'END'),
  mp('early', 'START'), mp('late', 'END'), mp('mid', 'MID'), mp('earlier', 'START'), mp('later', 'END'),
  mp('the early', 'START'), mp('the late', 'END'), mp('the mid', 'MID'),
];

/** Auxiliaries and verbs that make a bare weekday or month point forward ("will meet Tuesday"). */
export const FUTURE_CUES: ReadonlySet<string> = new Set([
  'will', 'll', 'shall', 'would', 'scheduled', 'expected', 'expects', 'expect', 'due', 'plans', 'plan', 'planned', 'planning',
  'intends', 'intend', 'going', 'upcoming', 'until', 'till', 'next', 'await', 'awaits', 'awaiting', 'tomorrow', 'payable',
]);
