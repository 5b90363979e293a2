/**
 * chrono-node alone, as the peer in this bench. chrono gives points in time with known
 * and implied components; the coarsest known component sets the TIMEX3 granularity.
 * (findTimes does not use chrono: see README.md for what it did as a fallback.)
 */
import * as chrono from 'chrono-node';
import type { TimeType } from '../../src/language/types.js';
import { pad, parseAnchor } from '../../src/language/times/calendar.js';

export interface ChronoTime {
  start: number;
  end: number;
  text: string;
  type: TimeType;
  /** TIMEX3 value; null when chrono had to guess a component the text leaves to an anchor there is none of. */
  value: string | null;
  /** Whether chrono needed the reference time (a relative or partial date). */
  relative: boolean;
}

/** chrono runs on pieces of at most this many characters, so its cost stays linear in the text. */
const CHUNK = 2000;

function chunks(text: string): { offset: number; text: string }[] {
  const out: { offset: number; text: string }[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK);
    if (end < text.length) {
      const window = text.slice(start, end);
      const cut = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('. '), window.lastIndexOf(' '));
      if (cut > CHUNK / 2) end = start + cut + 1;
    }
    out.push({ offset: start, text: text.slice(start, end) });
    start = end;
  }
  return out;
}

function timexOf(c: chrono.ParsedComponents): { type: TimeType; value: string; relative: boolean } {
  const y = String(c.get('year') ?? 0).padStart(4, '0');
  const m = pad(c.get('month') ?? 1);
  const d = pad(c.get('day') ?? 1);
  const relative = !c.isCertain('year');
  if (c.isCertain('hour')) return { type: 'time', value: `${y}-${m}-${d}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`, relative };
  if (c.isCertain('day') || c.isCertain('weekday')) return { type: 'date', value: `${y}-${m}-${d}`, relative };
  if (c.isCertain('month')) return { type: 'date', value: `${y}-${m}`, relative };
  return { type: 'date', value: y, relative };
}

/** chrono's findings in `text`, resolved against `publication` (casual mode: "yesterday", "last Friday"). */
export function chronoTimes(text: string, publication: string | null): ChronoTime[] {
  const anchor = parseAnchor(publication);
  const instant = anchor ? new Date(Date.UTC(anchor.y, anchor.m - 1, anchor.d, anchor.hour ?? 12, anchor.minute ?? 0)) : new Date(Date.UTC(2000, 0, 1, 12));
  const out: ChronoTime[] = [];
  for (const chunk of chunks(text)) {
    for (const r of chrono.casual.parse(chunk.text, { instant, timezone: 0 })) {
      const { type, value, relative } = timexOf(r.start);
      const start = chunk.offset + r.index;
      out.push({ start, end: start + r.text.length, text: r.text, type, value: relative && !anchor ? null : value, relative });
    }
  }
  return out;
}
