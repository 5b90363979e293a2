/**
 * Times of day: "at 4:40 a.m.", "5 p.m. EST Nov. 9", "noon Saturday", "shortly after
 * midnight", "Tuesday evening", "this morning", "last night", "mid-afternoon".
 * The day comes from a day said with the time, else from a day named nearby in the
 * sentence (Context.day), else from the publication.
 */
import { addDays, fmtDay, pad, type Day } from './calendar.js';
import { monthDay, weekdayRule } from './dates.js';
import { PARTS_OF_DAY, type PartOfDay } from './lexicon.js';
import { unresolved, type Context, type Match, type Resolution, type Rule } from './match.js';
import { weekdayAt } from './parts.js';
import { fixedPhrase } from './relative.js';
import type { Stream } from './tokens.js';

const ZONES: ReadonlySet<string> = new Set([
  'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'et', 'ct', 'pt', 'gmt', 'utc', 'bst', 'cet', 'cest', 'eet', 'eest', 'msk', 'ist', 'jst',
]);

/** "a.m.", "am", "A.M", "p.m.": index after it and whether it is p.m., or null. */
function meridiem(s: Stream, i: number): { pm: boolean; end: number } | null {
  const w = s.w(i);
  if (w === 'am' || w === 'pm') return { pm: w === 'pm', end: s.dot(i + 1) };
  if ((w === 'a' || w === 'p') && s.w(i + 1) === '.' && s.tight(i + 1) && s.w(i + 2) === 'm' && s.tight(i + 2)) {
    return { pm: w === 'p', end: s.dot(i + 3) };
  }
  return null;
}

interface Clock {
  hour: number;
  minute: number;
  /** "midnight" is written T24 in TIMEX3, the end of its day. */
  text?: string;
  end: number;
}

/** "4:40 a.m.", "5 p.m.", "16:30", "noon", "midnight", "seven o'clock". */
function clockAt(s: Stream, i: number): Clock | null {
  const w = s.w(i);
  if (w === 'noon' || w === 'midday') return { hour: 12, minute: 0, end: i + 1 };
  if (w === 'midnight') return { hour: 24, minute: 0, text: '24', end: i + 1 };
  if (s.kind(i) !== 'num' || s.w(i).length > 2) return null;
  const hour = s.num(i);
  let minute = 0;
  let j = i + 1;
  let colon = false;
  if ((s.w(j) === ':' || s.w(j) === '.') && s.tight(j) && s.kind(j + 1) === 'num' && s.w(j + 1).length === 2 && s.tight(j + 1)) {
    minute = s.num(j + 1);
    colon = s.w(j) === ':';
    j += 2;
  }
  if (minute > 59) return null;
  const mer = meridiem(s, j);
  if (mer) {
    if (hour < 1 || hour > 12) return null;
    return { hour: (hour % 12) + (mer.pm ? 12 : 0), minute, end: mer.end };
  }
  if (s.w(j) === 'o' && s.w(j + 1) === "'" && s.w(j + 2) === 'clock') return hour <= 12 ? { hour, minute, end: j + 3 } : null;
  // A bare "16:30" is a time only with a colon and after "at", "by", "until", "from" or "around".
  if (colon && hour <= 23 && ['at', 'by', 'until', 'from', 'around', 'before', 'after', 'till', 'to'].includes(s.w(i - 1))) {
    return { hour, minute, end: j };
  }
  return null;
}

/** A day said right after or before a time: "Wednesday", "Nov. 9", "yesterday". */
function dayAt(s: Stream, i: number): Match | null {
  const md = monthDay(s, i);
  if (md) return md;
  if (weekdayAt(s, i)) return weekdayRule(s, i);
  const w = s.w(i);
  if (w === 'yesterday' || w === 'today' || w === 'tomorrow') return fixedPhrase(s, i);
  return null;
}

function dayOf(day: Match | null, ctx: Context): { day: Day | null; anchor: Resolution['anchor'] } {
  if (day) {
    const r = day.resolve(ctx);
    if (r.period?.g === 'day') return { day: r.period.day, anchor: r.anchor };
    return { day: null, anchor: 'unresolved' };
  }
  if (ctx.day) return { day: ctx.day, anchor: 'publication' };
  return { day: ctx.anchor, anchor: ctx.anchor ? 'publication' : 'unresolved' };
}

const SOFT_BEFORE: Readonly<Record<string, 'BEFORE' | 'AFTER'>> = { after: 'AFTER', before: 'BEFORE' };

/** "at 4:40 a.m.", "5 p.m. EST Nov. 9", "noon Saturday", "shortly after midnight". */
export const clockTime: Rule = (s, i) => {
  let j = i;
  let mod: 'BEFORE' | 'AFTER' | undefined;
  if ((s.w(j) === 'shortly' || s.w(j) === 'just' || s.w(j) === 'soon' || s.w(j) === 'right') && SOFT_BEFORE[s.w(j + 1)]) {
    mod = SOFT_BEFORE[s.w(j + 1)];
    j += 2;
  }
  const clock = clockAt(s, j);
  if (!clock) return null;
  let end = clock.end;
  if (ZONES.has(s.w(end)) && s.joined(end)) end++;
  const dayStart = s.w(end) === ',' ? end + 1 : end;
  const day = dayAt(s, dayStart);
  if (day) end = day.end;
  return {
    start: i,
    end,
    type: 'time',
    resolve: (ctx) => {
      const { day: d, anchor } = dayOf(day, ctx);
      if (!d) return unresolved('minute');
      // Just after midnight is early on the day it starts.
      const time = mod === 'AFTER' && clock.hour === 24 ? '00:00' : clock.text ?? `${pad(clock.hour)}:${pad(clock.minute)}`;
      return { value: `${fmtDay(d)}T${time}`, granularity: 'minute', anchor, ...(mod ? { mod } : {}) };
    },
  };
};

function partAt(s: Stream, i: number): PartOfDay | null {
  const p = PARTS_OF_DAY.get(s.w(i));
  return p !== undefined && s.joined(i) && s.w(i) !== 'overnight' ? p : null;
}

/** "Tuesday evening", "this morning", "last night", "yesterday afternoon", "mid-afternoon". */
export const dayPart: Rule = (s, i) => {
  const w = s.w(i);
  let part: PartOfDay | null;
  let day: Match | null = null;
  let offset = 0;
  let end: number;
  if ((w === 'this' || w === 'last' || w === 'tomorrow' || w === 'yesterday' || w === 'tonight') && (part = partAt(s, i + 1))) {
    offset = { this: 0, last: -1, tomorrow: 1, yesterday: -1, tonight: 0 }[w];
    if (w === 'last' && part !== 'NI' && part !== 'EV') return null;
    end = i + 2;
  } else if ((w === 'mid' || w === 'late' || w === 'early') && (part = partAt(s, s.hyphen(i + 1)))) {
    end = s.hyphen(i + 1) + 1;
  } else if (w === 'midafternoon' || w === 'midmorning') {
    part = w === 'midafternoon' ? 'AF' : 'MO';
    end = i + 1;
  } else {
    day = dayAt(s, i);
    if (!day || !(part = partAt(s, day.end))) return null;
    end = day.end + 1;
  }
  const p = part;
  return {
    start: i,
    end,
    type: 'time',
    resolve: (ctx) => {
      const base = day ? dayOf(day, ctx) : { day: ctx.anchor, anchor: ctx.anchor ? ('publication' as const) : ('unresolved' as const) };
      if (!base.day) return unresolved('day');
      return { value: `${fmtDay(addDays(base.day, offset))}T${p}`, granularity: 'hour', anchor: base.anchor };
    },
  };
};
