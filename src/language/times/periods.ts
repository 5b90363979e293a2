/**
 * Calendar periods at a granularity (a day, an ISO week, a quarter, a decade…): what a
 * relative expression lands on once shifted from its anchor ("last week" = the anchor's
 * week minus one), and how each is spelled as a TIMEX3 value.
 */
import type { Granularity } from '../types.js';
import type { Season, Unit } from './lexicon.js';
import { addDays, addMonths, fmtDay, fmtMonth, fmtWeek, fmtYear, isoWeek, isoWeekStart, quarterOf, seasonOf, type Day } from './calendar.js';

export type Period =
  | { g: 'day'; day: Day }
  | { g: 'week'; y: number; w: number; weekend: boolean }
  | { g: 'month'; y: number; m: number }
  | { g: 'quarter'; y: number; q: number }
  | { g: 'half'; y: number; h: number }
  | { g: 'season'; y: number; s: Season }
  | { g: 'year'; y: number }
  | { g: 'decade'; d: number }
  | { g: 'century'; c: number };

export type PeriodKind = Period['g'];

/** The period of granularity g that contains `day`. */
export function periodOf(day: Day, g: PeriodKind): Period {
  switch (g) {
    case 'day':
      return { g, day };
    case 'week': {
      const { y, w } = isoWeek(day);
      return { g, y, w, weekend: false };
    }
    case 'month':
      return { g, y: day.y, m: day.m };
    case 'quarter':
      return { g, y: day.y, q: quarterOf(day.m) };
    case 'half':
      return { g, y: day.y, h: day.m <= 6 ? 1 : 2 };
    case 'season': {
      const { y, season } = seasonOf(day);
      return { g, y, s: season };
    }
    case 'year':
      return { g, y: day.y };
    case 'decade':
      return { g, d: Math.floor(day.y / 10) };
    case 'century':
      return { g, c: Math.floor(day.y / 100) };
  }
}

/** First day of a period: the point a coarser-to-finer conversion starts from. */
export function firstDay(p: Period): Day {
  switch (p.g) {
    case 'day':
      return p.day;
    case 'week':
      return addDays(isoWeekStart(p.y, p.w), p.weekend ? 5 : 0);
    case 'month':
      return { y: p.y, m: p.m, d: 1 };
    case 'quarter':
      return { y: p.y, m: p.q * 3 - 2, d: 1 };
    case 'half':
      return { y: p.y, m: p.h * 6 - 5, d: 1 };
    case 'season':
      return { y: p.y, m: { SP: 3, SU: 6, FA: 9, WI: 12 }[p.s], d: 1 };
    case 'year':
      return { y: p.y, m: 1, d: 1 };
    case 'decade':
      return { y: p.d * 10, m: 1, d: 1 };
    case 'century':
      return { y: p.c * 100, m: 1, d: 1 };
  }
}

const SEASON_ORDER: readonly Season[] = ['SP', 'SU', 'FA', 'WI'];

/**
 * Moves a period by n units. The result keeps the period's own granularity when the unit
 * is at least as coarse ("a year earlier" than a quarter is that quarter a year before),
 * and takes the unit's granularity when it is finer.
 */
export function shift(p: Period, unit: Unit, n: number): Period {
  const months = { L: 12000, C: 1200, E: 120, Y: 12, Q: 3, M: 1 } as Partial<Record<Unit, number>>;
  const days = { W: 7, D: 1, WE: 7 } as Partial<Record<Unit, number>>;
  const mon = months[unit];
  if (mon !== undefined) {
    const total = mon * n;
    switch (p.g) {
      case 'day':
        return { g: 'day', day: addMonths(p.day, total) };
      case 'week': {
        if (total % 12 !== 0) return periodOf(addMonths(firstDay(p), total), 'month');
        return { ...p, y: p.y + total / 12 };
      }
      case 'month': {
        const d = addMonths({ y: p.y, m: p.m, d: 1 }, total);
        return { g: 'month', y: d.y, m: d.m };
      }
      case 'quarter': {
        if (total % 3 !== 0) return periodOf(addMonths(firstDay(p), total), 'month');
        const index = p.y * 4 + p.q - 1 + total / 3;
        return { g: 'quarter', y: Math.floor(index / 4), q: (index % 4 + 4) % 4 + 1 };
      }
      case 'half': {
        if (total % 6 !== 0) return periodOf(addMonths(firstDay(p), total), 'month');
        const index = p.y * 2 + p.h - 1 + total / 6;
        return { g: 'half', y: Math.floor(index / 2), h: (index % 2 + 2) % 2 + 1 };
      }
      case 'season': {
        if (total % 3 !== 0) return periodOf(addMonths(firstDay(p), total), 'month');
        const index = p.y * 4 + SEASON_ORDER.indexOf(p.s) + total / 3;
        return { g: 'season', y: Math.floor(index / 4), s: SEASON_ORDER[(index % 4 + 4) % 4]! };
      }
      case 'year':
        if (total % 12 !== 0) return periodOf(addMonths(firstDay(p), total), total % 3 === 0 ? 'quarter' : 'month');
        return { g: 'year', y: p.y + total / 12 };
      case 'decade':
        if (total % 120 !== 0) return periodOf(addMonths(firstDay(p), total), 'year');
        return { g: 'decade', d: p.d + total / 120 };
      case 'century':
        if (total % 1200 !== 0) return periodOf(addMonths(firstDay(p), total), 'decade');
        return { g: 'century', c: p.c + total / 1200 };
    }
  }
  const step = (days[unit] ?? 0) * n;
  if (p.g === 'day') return { g: 'day', day: addDays(p.day, step) };
  if (p.g === 'week') {
    const w = isoWeek(addDays(isoWeekStart(p.y, p.w), step));
    return { g: 'week', y: w.y, w: w.w, weekend: p.weekend };
  }
  const target = unit === 'D' ? 'day' : 'week';
  return shift(periodOf(firstDay(p), target), unit, n);
}

export function formatPeriod(p: Period): string {
  switch (p.g) {
    case 'day':
      return fmtDay(p.day);
    case 'week':
      return fmtWeek(p.y, p.w) + (p.weekend ? '-WE' : '');
    case 'month':
      return fmtMonth(p.y, p.m);
    case 'quarter':
      return `${fmtYear(p.y)}-Q${p.q}`;
    case 'half':
      return `${fmtYear(p.y)}-H${p.h}`;
    case 'season':
      return `${fmtYear(p.y)}-${p.s}`;
    case 'year':
      return fmtYear(p.y);
    case 'decade':
      return String(p.d).padStart(3, '0');
    case 'century':
      return String(p.c).padStart(2, '0');
  }
}

export function granularityOf(p: Period): Granularity {
  return kindGranularity(p.g);
}

export function kindGranularity(g: PeriodKind): Granularity {
  return g === 'half' ? 'span' : g;
}

/** The coarsest granularity a unit word names: "two months ago" lands on a month. */
export function unitPeriod(unit: Unit): PeriodKind {
  const map: Record<Unit, PeriodKind> = {
    L: 'century', C: 'century', E: 'decade', Y: 'year', Q: 'quarter', M: 'month', W: 'week', D: 'day',
    H: 'day', MIN: 'day', S: 'day', WE: 'week',
  };
  return map[unit];
}
