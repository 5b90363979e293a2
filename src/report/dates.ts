/**
 * TIMEX3-style calendar values as a reader wants them: "Tue 10 Mar, morning" rather than
 * "2026-03-10TMO", and as intervals, so a timeline can sort a week against a day and tell
 * that "Tuesday" contains "5 a.m. on Tuesday".
 */

export const MONTHS: readonly string[] = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const PARTS: Record<string, { label: string; from: number; to: number }> = {
  // Hours overlap on purpose: "early morning" and "night" share the small hours.
  MO: { label: 'morning', from: 4, to: 12 },
  MI: { label: 'midday', from: 11, to: 14 },
  AF: { label: 'afternoon', from: 12, to: 18 },
  EV: { label: 'evening', from: 17, to: 22 },
  NI: { label: 'night', from: 19, to: 27 },
  DT: { label: 'daytime', from: 6, to: 18 },
};
const SEASONS: Record<string, { label: string; month: number; months: number }> = {
  SP: { label: 'spring', month: 2, months: 3 },
  SU: { label: 'summer', month: 5, months: 3 },
  FA: { label: 'autumn', month: 8, months: 3 },
  WI: { label: 'winter', month: 11, months: 3 },
};
const HOUR = 3_600_000;
export const DAY_MS = 24 * HOUR;

/** Start (inclusive) and end (exclusive), in ms since the epoch, UTC. */
export interface Interval {
  start: number;
  end: number;
}

interface Parsed {
  interval: Interval;
  label: (year: number | null) => string;
}

/** Monday of ISO week `week` of `year`. */
function isoWeekMonday(year: number, week: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const dow = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - dow * DAY_MS + (week - 1) * 7 * DAY_MS;
}

function shortDay(t: number, year: number | null): string {
  const d = new Date(t);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}${d.getUTCFullYear() === year ? '' : ` ${d.getUTCFullYear()}`}`;
}

function dayLabel(t: number, year: number | null): string {
  return `${WEEKDAYS[new Date(t).getUTCDay()]} ${shortDay(t, year)}`;
}

function parse(value: string): Parsed | null {
  let m = /^(\d{4})$/u.exec(value);
  if (m) {
    const y = Number(m[1]);
    return { interval: { start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1) }, label: () => String(y) };
  }
  m = /^(\d{4})-(\d\d)$/u.exec(value);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]) - 1;
    if (mo < 0 || mo > 11) return null;
    return { interval: { start: Date.UTC(y, mo, 1), end: Date.UTC(y, mo + 1, 1) }, label: () => `${MONTHS[mo]} ${y}` };
  }
  m = /^(\d{4})-Q([1-4])$/u.exec(value);
  if (m) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    return { interval: { start: Date.UTC(y, (q - 1) * 3, 1), end: Date.UTC(y, q * 3, 1) }, label: () => `Q${q} ${y}` };
  }
  m = /^(\d{4})-H([12])$/u.exec(value);
  if (m) {
    const y = Number(m[1]);
    const h = Number(m[2]);
    return { interval: { start: Date.UTC(y, (h - 1) * 6, 1), end: Date.UTC(y, h * 6, 1) }, label: () => `${h === 1 ? 'first' : 'second'} half of ${y}` };
  }
  m = /^(\d{4})-(SP|SU|FA|WI)$/u.exec(value);
  if (m) {
    const y = Number(m[1]);
    const s = SEASONS[m[2]!]!;
    return {
      interval: { start: Date.UTC(y, s.month, 1), end: Date.UTC(y, s.month + s.months, 1) },
      label: () => (m![2] === 'WI' ? `winter ${y}–${String(y + 1).slice(2)}` : `${s.label} ${y}`),
    };
  }
  m = /^(\d{4})-W(\d\d)(-WE)?$/u.exec(value);
  if (m) {
    const monday = isoWeekMonday(Number(m[1]), Number(m[2]));
    if (m[3]) {
      const saturday = monday + 5 * DAY_MS;
      return { interval: { start: saturday, end: saturday + 2 * DAY_MS }, label: (year) => `weekend ${new Date(saturday).getUTCDate()}–${shortDay(saturday + DAY_MS, year)}` };
    }
    return { interval: { start: monday, end: monday + 7 * DAY_MS }, label: (year) => `week of ${shortDay(monday, year)}` };
  }
  m = /^(\d{4})-(\d\d)-(\d\d)(?:T(?:(\d\d)(?::(\d\d))?(?::\d\d(?:\.\d+)?)?|([A-Z]{2})))?/u.exec(value);
  if (m) {
    const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    if (Number.isNaN(day)) return null;
    if (m[4] !== undefined) {
      const at = day + Number(m[4]) * HOUR + Number(m[5] ?? 0) * 60_000;
      const clock = `${m[4]}:${m[5] ?? '00'}`;
      return { interval: { start: at, end: at + (m[5] === undefined ? HOUR : 60_000) }, label: (year) => `${dayLabel(day, year)} ${clock}` };
    }
    const part = m[6] ? PARTS[m[6]] : undefined;
    if (part) return { interval: { start: day + part.from * HOUR, end: day + part.to * HOUR }, label: (year) => `${dayLabel(day, year)}, ${part.label}` };
    return { interval: { start: day, end: day + DAY_MS }, label: (year) => dayLabel(day, year) };
  }
  return null;
}

/** The interval a calendar value covers; null for values it cannot place. */
export function intervalOf(value: string): Interval | null {
  return parse(value)?.interval ?? null;
}

/**
 * A calendar value for reading. `year` is the year the reader can take for granted (the
 * story's): days in it go without their year.
 */
export function dateLabel(value: string, year: number | null = null): string {
  return parse(value)?.label(year) ?? value;
}

/** A story's span: "10–12 Mar 2026", "28 Feb – 2 Mar 2026", "10 Mar 2026". */
export function spanLabel(start: string | null, end: string | null): string {
  const a = start ? intervalOf(start.slice(0, 10)) : null;
  const b = end ? intervalOf(end.slice(0, 10)) : null;
  if (!a) return b ? shortDay(b.start, null) : 'undated';
  if (!b || b.start === a.start) return shortDay(a.start, null);
  const da = new Date(a.start);
  const db = new Date(b.start);
  if (da.getUTCFullYear() !== db.getUTCFullYear()) return `${shortDay(a.start, null)} – ${shortDay(b.start, null)}`;
  if (da.getUTCMonth() !== db.getUTCMonth()) return `${shortDay(a.start, da.getUTCFullYear())} – ${shortDay(b.start, null)}`;
  return `${da.getUTCDate()}–${shortDay(b.start, null)}`;
}

/** A publication time in a listing: "Tue 10 Mar 16:45", or the day alone when that is all that is known. */
export function publishedLabel(iso: string | null, year: number | null): string {
  if (!iso) return '—';
  const m = /^(\d{4}-\d\d-\d\d)(?:T(\d\d:\d\d))?/u.exec(iso);
  if (!m) return iso;
  return m[2] ? dateLabel(`${m[1]}T${m[2]}`, year) : dateLabel(m[1]!, year);
}
