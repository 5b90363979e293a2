/**
 * Calendar names: "October 21, 2025", "Oct. 21", "Feb. 2022", "in August", "2025",
 * weekdays, the 1990s, the 20th century, numeric dates. A year the text leaves out comes
 * from the anchor (resolve.ts).
 */
import { addDays, daysInMonth, pad, weekday } from './calendar.js';
import { DECADE_WORDS } from './lexicon.js';
import { unresolved, type Context, type Match, type Resolution, type Rule } from './match.js';
import { dayAt, monthAt, monthStandsAlone, optThe, weekdayAt, yearAt } from './parts.js';
import { ofPeriod, weekdayDate, yearFor } from './resolve.js';
import type { Stream } from './tokens.js';
import { ordinal } from './numbers.js';

const date = (start: number, end: number, resolve: (ctx: Context) => Resolution): Match => ({ start, end, type: 'date', resolve });

/** A day of a month, with or without its year. */
export function resolveDay(m: number, d: number, year: number | null, ctx: Context): Resolution {
  if (year !== null) {
    if (d > daysInMonth(year, m)) return unresolved('day');
    return ofPeriod({ g: 'day', day: { y: year, m, d } }, 'absolute');
  }
  const y = yearFor(m, d, ctx);
  if (y === null || d > daysInMonth(y, m)) return { value: `XXXX-${pad(m)}-${pad(d)}`, granularity: 'day', anchor: 'unresolved' };
  return ofPeriod({ g: 'day', day: { y, m, d } }, 'publication');
}

/** After a day or a month: ", 2025" or "2025". */
function trailingYear(s: Stream, i: number): { value: number; end: number } | null {
  return yearAt(s, s.w(i) === ',' ? i + 1 : i);
}

/** "Oct. 21", "October 21, 2025", "Tuesday, Oct. 21". */
export const monthDay: Rule = (s, i) => {
  let j = i;
  const wd = weekdayAt(s, j);
  if (wd) j = s.w(wd.end) === ',' ? wd.end + 1 : wd.end;
  const month = monthAt(s, j);
  if (!month) return null;
  const day = dayAt(s, month.end);
  if (!day) return null;
  const year = trailingYear(s, day.end);
  return date(i, year?.end ?? day.end, (ctx) => resolveDay(month.value, day.value, year?.value ?? null, ctx));
};

/** "21 October 2025", "the 21st of October". */
export const dayMonth: Rule = (s, i) => {
  let j = i;
  const wd = weekdayAt(s, j);
  if (wd) j = s.w(wd.end) === ',' ? wd.end + 1 : wd.end;
  const the = optThe(s, j) > j;
  j = optThe(s, j);
  const day = dayAt(s, j);
  if (!day) return null;
  const hasOf = s.w(day.end) === 'of';
  if (the && !hasOf && s.kind(j) === 'num' && day.end === j + 1) return null;
  const month = monthAt(s, hasOf ? day.end + 1 : day.end);
  if (!month) return null;
  const year = trailingYear(s, month.end);
  return date(i, year?.end ?? month.end, (ctx) => resolveDay(month.value, day.value, year?.value ?? null, ctx));
};

/** "Feb. 2022", "August of 1988", "January this year", or a month alone ("in August"). */
export const monthYear: Rule = (s, i) => {
  const month = monthAt(s, i);
  if (!month) return null;
  let j = month.end;
  if (s.w(j) === ',' || s.w(j) === 'of') j++;
  const year = yearAt(s, j);
  if (year) return date(i, year.end, () => ofPeriod({ g: 'month', y: year.value, m: month.value }, 'absolute'));
  const rel = { this: 0, last: -1, next: 1 }[s.w(month.end)];
  if (rel !== undefined && s.w(month.end + 1) === 'year') {
    return date(i, month.end + 2, (ctx) =>
      ctx.anchor ? ofPeriod({ g: 'month', y: ctx.anchor.y + rel, m: month.value }, 'publication') : unresolved('month'));
  }
  if (!monthStandsAlone(s, i)) return null;
  return date(i, month.end, (ctx) => {
    const y = yearFor(month.value, null, ctx);
    if (y === null) return { value: `XXXX-${pad(month.value)}`, granularity: 'month', anchor: 'unresolved' };
    return ofPeriod({ g: 'month', y, m: month.value }, 'publication');
  });
};

/** Words before a four-digit number that make it something other than a year. */
const NOT_YEAR_BEFORE: ReadonlySet<string> = new Set([
  '$', '#', '£', '€', 'no', 'number', 'flight', 'route', 'room', 'model', 'highway', 'item', 'page', 'pages', 'section',
  'article', 'chapter', 'resolution', 'code', 'rule', 'paragraph', 'interstate', 'suite', 'box', 'unit', 'bill',
]);
const NOT_YEAR_AFTER: ReadonlySet<string> = new Set(['%', 'percent', 'per', 'hours', 'hrs', 'gmt', 'utc', 'am', 'pm']);

/** "2025", "fiscal 1989", "the year 2000", "nineteen ninety-six". */
export const yearAlone: Rule = (s, i) => {
  let j = i;
  if (s.w(j) === 'fiscal') j = s.w(j + 1) === 'year' ? j + 2 : j + 1;
  else if (s.w(j) === 'the' && s.w(j + 1) === 'year') j += 2;
  else if (s.w(j) === 'fy') j++;
  const year = yearAt(s, j);
  if (!year) return null;
  if (NOT_YEAR_BEFORE.has(s.w(i - 1)) || NOT_YEAR_AFTER.has(s.w(year.end))) return null;
  const next = s.toks[year.end];
  if (s.kind(j) === 'num' && year.value % 100 === 0 && next?.kind === 'word' && !next.cap && next.lower.endsWith('s') && next.lower.length > 3) return null;
  return date(i, year.end, () => ofPeriod({ g: 'year', y: year.value }, 'absolute'));
};

/** "on Tuesday", "last Thursday", "this coming Sunday", "Wednesday's meeting". */
export const weekdayRule: Rule = (s, i) => {
  let j = i;
  let mode: 'bare' | 'last' | 'next' | 'this' = 'bare';
  const w = s.w(i);
  if (w === 'the' && (s.w(i + 1) === 'previous' || s.w(i + 1) === 'following')) {
    const wd = weekdayAt(s, i + 2);
    if (!wd) return null;
    const step = s.w(i + 1) === 'previous' ? -1 : 1;
    // "the previous Friday": the Friday before the day last talked about.
    return date(i, wd.end, (ctx) => {
      const base = ctx.ref?.g === 'day' ? ctx.ref.day : ctx.anchor;
      if (!base) return unresolved('day');
      const gap = step < 0 ? (weekday(base) - wd.value + 7) % 7 || 7 : (wd.value - weekday(base) + 7) % 7 || 7;
      return ofPeriod({ g: 'day', day: addDays(base, step * gap) }, 'publication');
    });
  }
  if (w === 'this' && (s.w(i + 1) === 'coming' || s.w(i + 1) === 'past')) {
    mode = s.w(i + 1) === 'coming' ? 'next' : 'last';
    j = i + 2;
  } else if (w === 'last' || w === 'past' || w === 'previous') {
    mode = 'last';
    j = i + 1;
  } else if (w === 'next' || w === 'coming') {
    mode = 'next';
    j = i + 1;
  } else if (w === 'this') {
    mode = 'this';
    j = i + 1;
  }
  const wd = weekdayAt(s, j);
  if (!wd || (j > i && !s.joined(j))) return null;
  return date(i, wd.end, (ctx) => {
    const day = weekdayDate(wd.value, ctx, mode);
    // Which Tuesday "Tuesday" is depends on the publication alone: without it, nothing is known.
    if (!day) return unresolved('day');
    return ofPeriod({ g: 'day', day }, 'publication');
  });
};

/** "the 1990s", "the '80s", "the nineties", "1990s". */
export const decade: Rule = (s, i) => {
  const j = optThe(s, i);
  let end = -1;
  let full: number | null = null; // e.g. 199 for the 1990s
  let short: number | null = null; // e.g. 8 for the '80s
  const text = s.w(j);
  const apostrophe = text === "'" || text === '\u2019';
  if (s.kind(j) === 'num' && text.length === 4 && text.endsWith('0')) {
    let k = j + 1;
    if ((s.w(k) === "'" || s.w(k) === '\u2019') && s.tight(k)) k++;
    if (s.w(k) === 's' && s.tight(k)) {
      full = Number(text.slice(0, 3));
      end = k + 1;
    }
  } else if ((apostrophe && s.kind(j + 1) === 'num' && s.tight(j + 1)) || (j > i && s.kind(j) === 'num')) {
    const k = apostrophe ? j + 1 : j;
    const digits = s.w(k);
    if (digits.length === 2 && digits.endsWith('0') && s.w(k + 1) === 's' && s.tight(k + 1)) {
      short = Number(digits[0]);
      end = k + 2;
    }
  } else if (j > i && DECADE_WORDS.has(text)) {
    short = DECADE_WORDS.get(text)!;
    end = j + 1;
  }
  if (end < 0) return null;
  return date(i, end, (ctx) => {
    let d = full;
    if (d === null) {
      // "the '80s": the latest such decade that has begun by the anchor.
      const now = ctx.anchor?.y ?? 2000;
      let c = Math.floor(now / 100);
      if (c * 100 + short! * 10 > now) c--;
      d = c * 10 + short!;
    }
    return ofPeriod({ g: 'decade', d }, full === null && ctx.anchor ? 'publication' : 'absolute');
  });
};

/** "the 20th century", "the eleventh century". */
export const century: Rule = (s, i) => {
  const j = optThe(s, i);
  const n = ordinal(s, j);
  if (!n?.value || n.value > 30) return null;
  const k = s.hyphen(n.end);
  if (s.w(k) !== 'century') return null;
  const c = n.value - 1;
  return date(i, k + 1, () => ofPeriod({ g: 'century', c }, 'absolute'));
};

/** "10/21/2025", "2025-10-21", "10/21/25": US order for slashes, ISO for dashes. */
export const numericDate: Rule = (s, i) => {
  if (s.kind(i) !== 'num') return null;
  const sep = s.w(i + 1);
  if ((sep !== '/' && sep !== '-' && sep !== '.') || ![1, 2, 3, 4].every((k) => s.tight(i + k))) return null;
  if (s.kind(i + 2) !== 'num' || s.w(i + 3) !== sep || s.kind(i + 4) !== 'num') return null;
  const [a, b, c] = [s.w(i), s.w(i + 2), s.w(i + 4)];
  let y: number;
  let m: number;
  let d: number;
  if (a.length === 4 && sep === '-') [y, m, d] = [Number(a), Number(b), Number(c)];
  else if (a.length <= 2 && b.length <= 2 && (c.length === 4 || c.length === 2)) {
    // Two-digit years pivot at 50, a fixed rule so that output never depends on the clock.
    y = c.length === 4 ? Number(c) : Number(c) < 50 ? 2000 + Number(c) : 1900 + Number(c);
    // Slashes are month first (US newswire); dots are day first (European).
    [m, d] = sep === '.' ? [Number(b), Number(a)] : [Number(a), Number(b)];
    if (m > 12 && d <= 12) [m, d] = [d, m];
  } else return null;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  const end = i + 5;
  if ((s.w(end) === '/' || s.w(end) === '-') && s.tight(end)) return null;
  return date(i, end, () => ofPeriod({ g: 'day', day: { y, m, d } }, 'absolute'));
};
