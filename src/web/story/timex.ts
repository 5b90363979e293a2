/**
 * The stretch of time a TIMEX3 value covers, in days since 1970-01-01 (fractions for times of
 * day), so a chart can place "2026-03-10T07:00", "2026-W10" and "1974" on one axis.
 */
export interface DayRange {
  start: number;
  end: number;
}

const DAY_PARTS: Record<string, [number, number]> = { MO: [6, 12], AF: [12, 18], EV: [18, 22], NI: [22, 30], DT: [8, 18] };
const SEASONS: Record<string, [number, number]> = { SP: [2, 5], SU: [5, 8], FA: [8, 11], WI: [11, 14] };

function day(year: number, month0: number, date: number): number {
  return Date.UTC(year, month0, date) / 86_400_000;
}

export function timexRange(value: string): DayRange | null {
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(?:(\d{2}):(\d{2})|(MO|AF|EV|NI|DT)))?)?)?$/.exec(value);
  if (m) {
    const year = Number(m[1]);
    if (m[2] === undefined) return { start: day(year, 0, 1), end: day(year + 1, 0, 1) };
    const month = Number(m[2]) - 1;
    if (month < 0 || month > 11) return null;
    if (m[3] === undefined) return { start: day(year, month, 1), end: day(year, month + 1, 1) };
    const d = day(year, month, Number(m[3]));
    if (m[4] !== undefined) {
      const at = d + (Number(m[4]) + Number(m[5]) / 60) / 24;
      return { start: at, end: at };
    }
    const part = m[6] ? DAY_PARTS[m[6]] : undefined;
    return part ? { start: d + part[0] / 24, end: d + part[1] / 24 } : { start: d, end: d + 1 };
  }
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (m) {
    // ISO week 1 holds the year's first Thursday.
    const year = Number(m[1]);
    const jan4 = day(year, 0, 4);
    const weekday = (new Date(jan4 * 86_400_000).getUTCDay() + 6) % 7;
    const monday = jan4 - weekday + (Number(m[2]) - 1) * 7;
    return m[3] ? { start: monday + 5, end: monday + 7 } : { start: monday, end: monday + 7 };
  }
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) {
    const [from, to] = SEASONS[m[2]!]!;
    const year = Number(m[1]);
    return { start: day(year, from, 1), end: day(year, to, 1) };
  }
  m = /^(\d{4})-([QH])([1-4])$/.exec(value);
  if (m) {
    const months = m[2] === 'Q' ? 3 : 6;
    const index = Number(m[3]) - 1;
    if (m[2] === 'H' && index > 1) return null;
    const year = Number(m[1]);
    return { start: day(year, index * months, 1), end: day(year, (index + 1) * months, 1) };
  }
  return null;
}

export function dayOfIso(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isFinite(t) ? t / 86_400_000 : null;
}

export function isoDay(days: number): string {
  return new Date(Math.floor(days) * 86_400_000).toISOString().slice(0, 10);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const PART_NAMES: Record<string, string> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };
const SEASON_NAMES: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };

/** A TIMEX3 value as a reader says it: "10 Mar 2026, morning", "week 10, 2026", "winter 2025". */
export function timexLabel(value: string): string {
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T(?:(\d{2}:\d{2})|(MO|AF|EV|NI|DT)))?$/.exec(value);
  if (m) {
    const date = `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
    return m[4] ? `${date}, ${m[4]}` : m[5] ? `${date}, ${PART_NAMES[m[5]]}` : date;
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (m) return `${m[3] ? 'weekend of ' : ''}week ${Number(m[2])}, ${m[1]}`;
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return `${SEASON_NAMES[m[2]!]} ${m[1]}`;
  return value;
}

/** A publication timestamp as a date for people: "10 Mar 2026". */
export function dateLabel(iso: string | null | undefined): string {
  if (!iso) return 'undated';
  return timexLabel(iso.slice(0, 10));
}
