/**
 * TIMEX3 values on a chart's axis: the interval src/report/dates.ts gives a value, in days
 * since 1970-01-01 (fractions for times of day), so "2026-03-10T07:00", "2026-W10" and "1974"
 * share one scale.
 */
import { DAY_MS, intervalOf } from '../../report/dates.js';

export interface DayRange {
  start: number;
  end: number;
}

export function timexRange(value: string): DayRange | null {
  const interval = intervalOf(value);
  return interval ? { start: interval.start / DAY_MS, end: interval.end / DAY_MS } : null;
}

export function dayOfIso(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isFinite(t) ? t / DAY_MS : null;
}

export function isoDay(days: number): string {
  return new Date(Math.floor(days) * DAY_MS).toISOString().slice(0, 10);
}
