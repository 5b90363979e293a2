/**
 * One date normalizer for every structured reader, so that the same instant written as
 * an RSS pubDate, an ISO timestamp or a WordPress `date_gmt` compares equal downstream.
 *
 * Results: `YYYY-MM-DDTHH:MM:SSZ` when the zone is known (converted to UTC, second
 * precision), `YYYY-MM-DDTHH:MM:SS` when it is not (a floating local time is more honest
 * than a guessed zone), `YYYY-MM-DD` for a bare date, and null for anything else.
 */

export interface DateOptions {
  /** The value carries no zone but is known to be UTC (WordPress `date_gmt`, `modified_gmt`). */
  assumeUtc?: boolean;
}

/** Offsets in minutes of the zone names that feeds actually use. */
const ZONES: Record<string, number> = {
  Z: 0, UT: 0, UTC: 0, GMT: 0, WET: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AKST: -540, AKDT: -480, HST: -600, AST: -240, ADT: -180, NST: -210, NDT: -150,
  BST: 60, IST: 330, CET: 60, CEST: 120, MET: 60, MEST: 120, WEST: 60, EET: 120, EEST: 180, MSK: 180,
  PKT: 300, NPT: 345, ICT: 420, WIB: 420, HKT: 480, SGT: 480, PHT: 480, AWST: 480,
  JST: 540, KST: 540, ACST: 570, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
};

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
};

const WEEKDAY = /^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|nesday|sday|urday)?\.?$/i;

interface Parts {
  year: number;
  month: number;
  day: number;
  time: { hour: number; minute: number; second: number } | null;
  /** Minutes east of UTC; null when the text gives no usable zone. */
  offset: number | null;
}

// Compact (20240305) or dashed; dashed dates may drop leading zeros (2024-3-5), compact ones cannot.
const ISO =
  /^(\d{4})(?:-(\d{1,2})-(\d{1,2})|(\d{2})(\d{2}))(?:[Tt ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?\s*(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** Any date-like value → normalized ISO string or null. Never throws. */
export function normalizeDate(value: unknown, options: DateOptions = {}): string | null {
  try {
    if (typeof value === 'number') return fromEpoch(value);
    if (typeof value !== 'string') return null;
    const text = value.trim().replace(/\s+/g, ' ');
    if (text.length === 0 || text.length > 120) return null;
    if (/^\d{10}$|^\d{13}$/.test(text)) return fromEpoch(Number(text));
    const parts = parseIso(slashedToIso(text)) ?? parseWritten(text);
    return parts ? format(parts, options.assumeUtc === true) : null;
  } catch {
    return null;
  }
}

/** Seconds since the epoch, or milliseconds for values too large to be seconds. */
function fromEpoch(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  const ms = Math.abs(n) < 1e11 ? n * 1000 : n;
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return null;
  return format({
    year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
    time: { hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() }, offset: 0,
  }, false);
}

/** "2025/10/22 07:11" → "2025-10-22 07:11"; year-first slashes are unambiguous, others are not read. */
function slashedToIso(text: string): string {
  const m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?=$|[ T])/.exec(text);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}${text.slice(m[0].length)}` : text;
}

function parseIso(text: string): Parts | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const [, y, dashedMonth, dashedDay, compactMonth, compactDay, h, mi, s, zone] = m;
  const mo = dashedMonth ?? compactMonth;
  const d = dashedDay ?? compactDay;
  const time = h === undefined ? null : { hour: Number(h), minute: Number(mi), second: s === undefined ? 0 : Number(s) };
  const offset = time && zone ? zoneOffset(zone) : null;
  if (offset === undefined) return null; // a malformed offset makes the instant unknowable
  return { year: Number(y), month: Number(mo), day: Number(d), time, offset };
}

/**
 * RFC 822/1123 dates as in RSS and the other written-out forms seen in feeds and dumps:
 * "Wed, 22 Oct 2025 07:11:26 +0000", "22 October 2025 7:11 am EDT", "Oct 22, 2025",
 * "Wed Oct 22 2025 07:11:26 GMT+0000 (Coordinated Universal Time)". Every token has to
 * be accounted for, so that prose with a number in it is not mistaken for a date.
 */
function parseWritten(text: string): Parts | null {
  const cleaned = text
    .replace(/\([^()]*\)\s*$/, '')
    .replace(/\b(\d{1,2})-([A-Za-z]{3,9})-(\d{2,4})\b/, '$1 $2 $3')
    .replace(/,/g, ' ')
    .trim();
  const tokens = cleaned.split(' ').filter((t) => t !== '' && t.toLowerCase() !== 'at');
  let day: number | null = null;
  let month: number | null = null;
  let year: number | null = null;
  let time: Parts['time'] = null;
  let offset: number | null = null;
  let zoneSeen = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const lower = token.toLowerCase().replace(/\.$/, '');
    if (WEEKDAY.test(token) && day === null && month === null && time === null) continue;
    const clock = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(am|pm|a\.m\.|p\.m\.)?$/i.exec(token);
    if (clock && time === null) {
      let hour = Number(clock[1]);
      let meridiem = clock[4]?.toLowerCase() ?? null;
      const next = tokens[i + 1]?.toLowerCase();
      if (!meridiem && next && /^(am|pm|a\.m\.|p\.m\.)$/.test(next)) {
        meridiem = next;
        i++;
      }
      if (meridiem) {
        if (hour < 1 || hour > 12) return null;
        hour = (hour % 12) + (meridiem.startsWith('p') ? 12 : 0);
      }
      time = { hour, minute: Number(clock[2]), second: clock[3] === undefined ? 0 : Number(clock[3]) };
      continue;
    }
    if (time !== null && !zoneSeen) {
      const z = zoneOffset(token);
      if (z !== undefined) {
        offset = z;
        zoneSeen = true;
        continue;
      }
      if (/^[A-Za-z]{1,5}$/.test(token) && !(lower in MONTHS)) {
        zoneSeen = true; // a zone we cannot place: keep the local time, drop the zone
        continue;
      }
    }
    if (lower in MONTHS && month === null) {
      month = MONTHS[lower]!;
      continue;
    }
    const num = /^(\d{1,4})(st|nd|rd|th)?$/i.exec(token);
    if (num) {
      const n = Number(num[1]);
      if (num[1]!.length <= 2 && day === null) {
        day = n;
        continue;
      }
      if (year === null && !num[2] && (num[1]!.length === 4 || num[1]!.length === 2)) {
        year = num[1]!.length === 2 ? (n < 50 ? 2000 + n : 1900 + n) : n;
        continue;
      }
    }
    return null;
  }
  if (day === null || month === null || year === null) return null;
  return { year, month, day, time, offset: time ? offset : null };
}

/** Minutes east of UTC for a zone token; undefined when the token is not a zone. */
function zoneOffset(token: string): number | undefined {
  const upper = token.toUpperCase();
  if (upper in ZONES) return ZONES[upper];
  const m = /^(?:GMT|UTC|UT)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(upper);
  if (!m) return undefined;
  const digits = m[2]!;
  if (m[3] === undefined && digits.length === 1 && !/^(GMT|UTC|UT)/.test(upper)) return undefined;
  const hours = Number(digits);
  const minutes = m[3] === undefined ? 0 : Number(m[3]);
  if (hours > 14 || minutes > 59) return undefined;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function format(p: Parts, assumeUtc: boolean): string | null {
  if (p.year < 1000 || p.year > 9999 || p.month < 1 || p.month > 12 || p.day < 1 || p.day > daysIn(p.year, p.month)) return null;
  if (!p.time) return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
  const { hour, minute } = p.time;
  const second = Math.min(p.time.second, 59); // a leap second is not worth a failed parse
  if (minute > 59 || p.time.second > 60 || hour > 24 || (hour === 24 && (minute > 0 || second > 0))) return null;
  const offset = p.offset ?? (assumeUtc ? 0 : null);
  const ms = Date.UTC(p.year, p.month - 1, p.day, hour, minute, second) - (offset ?? 0) * 60_000;
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (year < 1000 || year > 9999) return null;
  const stamp = `${pad(year, 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return offset === null ? stamp : `${stamp}Z`;
}
