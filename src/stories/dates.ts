/**
 * Full dates written in a text ("May 3, 2013", "3 May 2013", "2013-05-03", "05/03/2013"),
 * as day numbers (days since 1970-01-01), for the time of a report that has no publication
 * date.
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7, july: 7,
  aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DATE_PATTERNS: readonly { re: RegExp; parts: (m: RegExpExecArray) => [number, number, number] | null }[] = [
  { re: new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s*(?:-\\s*)?((?:19|20)\\d\\d)\\b`, 'gi'), parts: (m) => [Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2])] },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\.?,?\\s+((?:19|20)\\d\\d)\\b`, 'gi'), parts: (m) => [Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1])] },
  { re: /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/g, parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  {
    re: /\b(\d{1,2}) ?\/ ?(\d{1,2}) ?\/ ?(\d{4}|\d{2})\b/g,
    parts: (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
      // Month first, as most English-language outlets write it, unless that cannot be a month.
      return a > 12 ? [y, b, a] : [y, a, b];
    },
  },
];

export interface DateSpan {
  start: number;
  end: number;
  day: number;
}

export function findDateSpans(text: string): DateSpan[] {
  const spans: DateSpan[] = [];
  for (const { re, parts } of DATE_PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const p = parts(m);
      const day = p ? dayNumber(p[0], p[1], p[2]) : null;
      if (day !== null) spans.push({ start: m.index, end: m.index + m[0].length, day });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlapping matches of different patterns: the first, longest one stands.
  const out: DateSpan[] = [];
  for (const s of spans) if (out.length === 0 || s.start >= out[out.length - 1]!.end) out.push(s);
  return out;
}

/** The first date, when it stands within `zone` characters of the start: later ones are background. */
export function firstDate(spans: readonly DateSpan[], zone: number): number | null {
  const first = spans[0];
  return first && first.start < zone ? first.day : null;
}

function dayNumber(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null;
  const t = Date.UTC(y, m - 1, d);
  const check = new Date(t);
  if (check.getUTCDate() !== d) return null;
  return Math.floor(t / 86_400_000);
}

/** Day number of an ISO date or date-time; null when absent or unreadable. */
export function dayOf(value: string | null): number | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
