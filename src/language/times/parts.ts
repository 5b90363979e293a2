/**
 * Pieces the rules share: a month name, a day of the month, a year, a weekday. Each reads
 * at a token index and returns what it read and where it stopped, or null.
 */
import { AMBIGUOUS_MONTHS, AMBIGUOUS_WEEKDAYS, MONTHS, WEEKDAYS } from './lexicon.js';
import { ordinal, spokenYear } from './numbers.js';
import type { Stream } from './tokens.js';

export interface Read<T> {
  value: T;
  end: number;
}

/** Words after which a bare "May" or "March" is the month. */
const MONTH_CUES: ReadonlySet<string> = new Set([
  'in', 'since', 'until', 'till', 'by', 'during', 'from', 'through', 'of', 'early', 'late', 'mid', 'last', 'this',
  'next', 'before', 'after', 'between', 'to', 'around', 'and', 'or', 'throughout', 'that', 'past', 'each', 'every',
]);

/** A month name. Short forms take their dot ("Oct."); "May", "March" and friends must be capitalized. */
export function monthAt(s: Stream, i: number): Read<number> | null {
  const w = s.w(i);
  const m = MONTHS.get(w);
  if (m === undefined) return null;
  if (AMBIGUOUS_MONTHS.has(w) && !s.cap(i)) return null;
  const short = w.length <= 4 && w !== 'june' && w !== 'july' && w !== 'may';
  return { value: m, end: short ? s.dot(i + 1) : i + 1 };
}

/** Whether a month read at i can stand alone, with no day or year to confirm it. */
export function monthStandsAlone(s: Stream, i: number): boolean {
  const w = s.w(i);
  if (w === 'may') return MONTH_CUES.has(s.w(i - 1)) || s.w(i - 1) === '-';
  if (AMBIGUOUS_MONTHS.has(w) && w.length <= 3) return s.w(i + 1) === '.';
  return true;
}

/** A day of the month: "21", "21st", "eighth". */
export function dayAt(s: Stream, i: number): Read<number> | null {
  if (s.kind(i) === 'num') {
    const text = s.w(i);
    const d = Number(text);
    if (text.length > 2 || d < 1 || d > 31) return null;
    let end = i + 1;
    if (/^(st|nd|rd|th)$/.test(s.w(end)) && s.tight(end)) end++;
    // "30,000" and "4:40" are not days.
    if ((s.w(end) === ',' || s.w(end) === '.') && s.tight(end) && s.kind(end + 1) === 'num' && s.tight(end + 1)) return null;
    if (s.w(end) === ':' && s.kind(end + 1) === 'num') return null;
    return { value: d, end };
  }
  const o = ordinal(s, i);
  if (o?.value != null && o.value >= 1 && o.value <= 31) return { value: o.value, end: o.end };
  return null;
}

/** A four-digit year 1000–2199 standing alone as a number, or a year in words. */
export function yearAt(s: Stream, i: number): Read<number> | null {
  if (s.kind(i) === 'num') {
    const text = s.w(i);
    if (text.length !== 4) return null;
    const y = Number(text);
    if (y < 1000 || y > 2199) return null;
    // "2,000" and "1990.5" are amounts; "1990s" is a decade.
    const next = s.w(i + 1);
    if ((next === ',' || next === '.') && s.tight(i + 1) && s.kind(i + 2) === 'num' && s.tight(i + 2)) return null;
    if (s.kind(i + 1) === 'word' && s.tight(i + 1)) return null;
    if (s.kind(i + 1) === 'num' || (s.w(i + 1) === ':' && s.tight(i + 1))) return null;
    return { value: y, end: i + 1 };
  }
  const spoken = spokenYear(s, i);
  if (spoken?.value != null) return { value: spoken.value, end: spoken.end };
  return null;
}

/** A weekday name; short forms ("Wed.") need their dot. */
export function weekdayAt(s: Stream, i: number): Read<number> | null {
  const w = s.w(i);
  const wd = WEEKDAYS.get(w);
  if (wd === undefined) return null;
  if (w.length <= 5) {
    if (s.w(i + 1) !== '.' || !s.tight(i + 1)) return AMBIGUOUS_WEEKDAYS.has(w) || !s.cap(i) ? null : { value: wd, end: i + 1 };
    return { value: wd, end: i + 2 };
  }
  return { value: wd, end: i + 1 };
}

/** "the" at i: index after it, else i. */
export const optThe = (s: Stream, i: number): number => (s.w(i) === 'the' ? i + 1 : i);
