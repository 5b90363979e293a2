/**
 * Small helpers for the invented stream: a seeded generator per key, picking, shuffling,
 * "{a|b|c}" alternatives and "{name}" slots in templates, dates and word counts.
 */
import { rng } from '../../src/test-support/random.js';

export type Rand = () => number;

/** Every date in the stream is in this year; the stream runs from Monday, February 3 to Sunday, April 20. */
export const YEAR = 2025;
export const FIRST_DAY = '2025-02-03';
export const LAST_DAY = '2025-04-20';

export const OUTLETS = {
  ledger: 'Harbour Ledger',
  courier: 'Valley Courier',
  times: 'Northgate Times',
  post: 'Tamsin Coast Post',
  radio: 'Pressline Radio',
  bytefield: 'Bytefield',
  fennick: 'Fennick Software',
} as const;

/** A generator of its own for each key, so editing one story leaves the others' wording alone. */
export function seeded(key: string, seed: number): Rand {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return rng(h);
}

export function pick<T>(r: Rand, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick from nothing');
  return items[Math.floor(r() * items.length)]!;
}

export function shuffle<T>(r: Rand, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function int(r: Rand, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}

/** "{a|b|c}" becomes one of its alternatives (an empty one allowed); "{name}" is filled from `slots`. */
export function expand(r: Rand, template: string, slots: Readonly<Record<string, string>> = {}): string {
  return template.replace(/\{([^{}]*)\}/g, (_, body: string) => {
    if (body.includes('|')) return pick(r, body.split('|'));
    const value = slots[body];
    if (value === undefined) throw new Error(`no slot "${body}" in: ${template}`);
    return value;
  });
}

export function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Sentences into paragraphs of one to three sentences. */
export function paragraphs(r: Rand, sentences: readonly string[]): string {
  const out: string[] = [];
  let i = 0;
  while (i < sentences.length) {
    const n = i === 0 ? 1 : int(r, 1, 3);
    out.push(sentences.slice(i, i + n).join(' '));
    i += n;
  }
  return out.join('\n\n');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "02-11 09:40" → "2025-02-11T09:40:00Z". */
export function at(when: string): string {
  const m = /^(\d\d)-(\d\d) (\d\d):(\d\d)$/.exec(when);
  if (!m) throw new Error(`bad time ${when}`);
  return `${YEAR}-${m[1]}-${m[2]}T${m[3]}:${m[4]}:00Z`;
}

/** Days after FIRST_DAY as a "YYYY-MM-DD" date. */
export function dayAfterStart(days: number): string {
  return new Date(Date.parse(`${FIRST_DAY}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function weekday(date: string): string {
  return WEEKDAYS[new Date(`${date.slice(0, 10)}T12:00:00Z`).getUTCDay()]!;
}

/** "2025-02-11" → "February 11". */
export function monthDay(date: string): string {
  return `${MONTHS[Number(date.slice(5, 7)) - 1]!} ${Number(date.slice(8, 10))}`;
}

export function monthName(date: string): string {
  return MONTHS[Number(date.slice(5, 7)) - 1]!;
}

/** One item of the stream: an article for the clusterer, with its gold event. */
export interface StreamItem {
  id: string;
  title: string;
  text: string;
  published: { value: string };
  source: { name: string };
  /** The gold event: the one happening (or the one issue of a series) the item reports. */
  event: string;
  /** An earlier event a reader would accept this item joined with (or kept apart from). */
  mayJoin?: string;
  /** The recurring series the item belongs to, if any; each issue is still its own event. */
  series?: string;
}
