/** Proleptic Gregorian date arithmetic on plain {y, m, d}, and the TIMEX3 spellings of dates. */
import type { Season } from './lexicon.js';

export interface Day {
  y: number;
  m: number;
  d: number;
}

/** A publication time: its day, and the clock time when it has one. */
export interface Anchor extends Day {
  hour: number | null;
  minute: number | null;
}

const DATE_RE = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2}))?/;

/** Reads an ISO date or datetime ("2025-10-22T07:11:26Z", "2026-03-11", "19891026"). */
export function parseAnchor(iso: string | null): Anchor | null {
  if (iso === null) return null;
  const m = DATE_RE.exec(iso.trim());
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  if (day.m < 1 || day.m > 12 || day.d < 1 || day.d > daysInMonth(day.y, day.m)) return null;
  return { ...day, hour: m[4] === undefined ? null : Number(m[4]), minute: m[5] === undefined ? null : Number(m[5]) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function toUtc(day: Day): Date {
  const date = new Date(Date.UTC(2000, day.m - 1, day.d));
  date.setUTCFullYear(day.y);
  return date;
}

function fromUtc(date: Date): Day {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  const date = toUtc(day);
  date.setUTCDate(date.getUTCDate() + n);
  return fromUtc(date);
}

/** Moves by whole months, clamping the day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(day: Day, n: number): Day {
  const index = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function weekday(day: Day): number {
  const w = toUtc(day).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(day: Day): { y: number; w: number } {
  const thursday = addDays(day, 4 - weekday(day));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const ordinal = Math.round((toUtc(thursday).getTime() - toUtc(jan1).getTime()) / 86400000);
  return { y: thursday.y, w: Math.floor(ordinal / 7) + 1 };
}

/** Monday of ISO week w of year y. */
export function isoWeekStart(y: number, w: number): Day {
  const jan4 = { y, m: 1, d: 4 };
  return addDays(jan4, 1 - weekday(jan4) + (w - 1) * 7);
}

export const quarterOf = (m: number): number => Math.ceil(m / 3);

export function compareDays(a: Day, b: Day): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function dayDiff(a: Day, b: Day): number {
  return Math.round((toUtc(a).getTime() - toUtc(b).getTime()) / 86400000);
}

export const pad = (n: number, width = 2): string => {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
};

export const fmtYear = (y: number): string => pad(y, 4);
export const fmtMonth = (y: number, m: number): string => `${fmtYear(y)}-${pad(m)}`;
export const fmtDay = (day: Day): string => `${fmtMonth(day.y, day.m)}-${pad(day.d)}`;
export const fmtWeek = (y: number, w: number): string => `${fmtYear(y)}-W${pad(w)}`;
export const fmtWeekOf = (day: Day): string => {
  const { y, w } = isoWeek(day);
  return fmtWeek(y, w);
};

/**
 * The season a day falls in, by meteorological seasons (northern hemisphere). A winter
 * belongs to the year it starts in: January 2026 is in 2025-WI.
 */
export function seasonOf(day: Day): { y: number; season: Season } {
  if (day.m === 12) return { y: day.y, season: 'WI' };
  if (day.m <= 2) return { y: day.y - 1, season: 'WI' };
  return { y: day.y, season: day.m <= 5 ? 'SP' : day.m <= 8 ? 'SU' : 'FA' };
}

const SEASON_MONTHS: Record<Season, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

/**
 * The inclusive ISO date interval a TIMEX3 date value covers, or null for values that
 * are not a calendar period (PRESENT_REF, anything with X).
 */
export function rangeOf(value: string): { start: string; end: string } | null {
  if (value.includes('X')) return null;
  const datePart = value.split('T')[0]!;
  let m: RegExpExecArray | null;
  const monthSpan = (y: number, m1: number, m2: number): { start: string; end: string } => {
    const a = addMonths({ y, m: 1, d: 1 }, m1 - 1);
    const b = addMonths({ y, m: 1, d: 1 }, m2 - 1);
    return { start: fmtDay(a), end: fmtDay({ ...b, d: daysInMonth(b.y, b.m) }) };
  };
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(datePart))) return { start: datePart, end: datePart };
  if ((m = /^(\d{4})-(\d{2})$/.exec(datePart))) return monthSpan(Number(m[1]), Number(m[2]), Number(m[2]));
  if ((m = /^(\d{4})$/.exec(datePart))) return monthSpan(Number(m[1]), 1, 12);
  if ((m = /^(\d{4})-Q([1-4])$/.exec(datePart))) return monthSpan(Number(m[1]), Number(m[2]) * 3 - 2, Number(m[2]) * 3);
  if ((m = /^(\d{4})-H([12])$/.exec(datePart))) return monthSpan(Number(m[1]), Number(m[2]) * 6 - 5, Number(m[2]) * 6);
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(datePart))) {
    const [a, b] = SEASON_MONTHS[m[2] as Season];
    return monthSpan(Number(m[1]), a, b);
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(datePart))) {
    const monday = isoWeekStart(Number(m[1]), Number(m[2]));
    const first = m[3] ? addDays(monday, 5) : monday;
    return { start: fmtDay(first), end: fmtDay(addDays(monday, 6)) };
  }
  if ((m = /^(\d{3})$/.exec(datePart))) return { start: `${m[1]}0-01-01`, end: `${m[1]}9-12-31` };
  if ((m = /^(\d{2})$/.exec(datePart))) return { start: `${m[1]}00-01-01`, end: `${m[1]}99-12-31` };
  return null;
}
