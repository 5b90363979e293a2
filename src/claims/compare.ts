/**
 * The slots of a claim or of a group of aligned claims, and whether two sets of slots can
 * be the same fact. Slots are what a statement commits to beyond its topic: its polarity,
 * the interval each count allows, when its event happened, how long something lasted, why
 * it happened, and evaluative properties. Two claims about one topic with compatible slots
 * state the same fact; with one incompatible slot they contradict each other on it.
 */
import type { ContradictionType } from './types.js';
import type { RichClaim } from './extract.js';
import type { ClaimNumber } from './types.js';
import { overlap, type Interval } from './interval.js';
import { verbBetween } from './words.js';

export interface Slots {
  polarity: 'positive' | 'negative' | null;
  /** Count facets: event class (or unit class for measures) → interval every member allows. */
  numbers: Map<string, Interval & { unit: string | null; text: string; value: number; bounded: boolean }>;
  /** Event dates as day numbers, per event class; only for claims whose times date their event. */
  dates: Map<string, Interval[]>;
  /** Durations per measured thing, in days. */
  durations: Map<string, Interval>;
  causes: Set<string>[];
  deniedCauses: Set<string>;
  /** "productive|call" → asserted or denied. */
  properties: Map<string, boolean>;
  /** "chair|by" → the person (or place, with the places it lies in) in that role. */
  roles: Map<string, string[]>;
  /**
   * Every figure and length, keyed by its unit whatever it measures: claims that differ on
   * one ("sentenced to 2 years" and "to 2 1/2 years", a tremor of "30 seconds" and of "10")
   * are no one statement, even where what they measure is unknown and nothing is disputed.
   */
  figures: Map<string, Interval[]>;
}

export interface Conflict {
  type: ContradictionType;
  /** The slot key the conflict is on ("kill", "war", "productive|call"). */
  key: string;
}

const DAY = 86_400_000;

/** A resolved TIMEX3 date value as an interval of day numbers; null for what has no calendar extent. */
export function dateRange(value: string | null): Interval | null {
  if (!value) return null;
  let m = /^(\d{4})-(\d\d)-(\d\d)/u.exec(value);
  if (m) {
    const d = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) / DAY;
    return { low: d, high: d };
  }
  m = /^(\d{4})-W(\d\d)(-WE)?$/u.exec(value);
  if (m) {
    // ISO week: the Monday of week 1 is the Monday on or before 4 January.
    const jan4 = Date.UTC(+m[1]!, 0, 4) / DAY;
    const monday = jan4 - ((new Date(jan4 * DAY).getUTCDay() + 6) % 7) + (+m[2]! - 1) * 7;
    return m[3] ? { low: monday + 5, high: monday + 6 } : { low: monday, high: monday + 6 };
  }
  m = /^(\d{4})-(\d\d)$/u.exec(value);
  if (m) return { low: Date.UTC(+m[1]!, +m[2]! - 1, 1) / DAY, high: Date.UTC(+m[1]!, +m[2]!, 1) / DAY - 1 };
  m = /^(\d{4})$/u.exec(value);
  if (m) return { low: Date.UTC(+m[1]!, 0, 1) / DAY, high: Date.UTC(+m[1]! + 1, 0, 1) / DAY - 1 };
  return null;
}

/** The slot a figure fills: its property, when it is a total of it. */
export function numberKey(n: Pick<ClaimNumber, 'property' | 'scope'>): string | null {
  return n.property && (n.scope === 'main' || n.scope === 'increment') ? n.property : null;
}

/** The slots one claim fills. */
export function slotsOf(c: RichClaim): Slots {
  const numbers = new Map<string, Interval & { unit: string | null; text: string; value: number; bounded: boolean }>();
  for (const n of c.numbers) {
    const key = numberKey(n);
    if (!key) continue;
    const prev = numbers.get(key);
    // Two numbers for one event in one clause ("14 dead and nine missing" has two events): keep the first.
    if (!prev) numbers.set(key, { low: n.low, high: n.high, unit: n.unit, text: n.text, value: n.value, bounded: Number.isFinite(n.high) });
  }
  const dates = new Map<string, Interval[]>();
  if (c.eventTimed && c.predicate) {
    // "sentenced on Saturday for the crimes he committed on March 11": a day past another verb is that verb's.
    const head = c.head;
    const own = (t: { start: number; end: number }): boolean => !head || (head.end <= t.start ? !verbBetween(c.text, head.end - c.start, t.start - c.start) : !verbBetween(c.text, t.end - c.start, head.start - c.start));
    const ranges = c.times.filter((t) => (t.type === 'date' || t.type === 'time') && !t.estimated && own(t)).map((t) => dateRange(t.value)).filter((r): r is Interval => r !== null);
    if (ranges.length > 0) dates.set(c.predicate, ranges);
  }
  const durations = new Map<string, Interval>();
  for (const t of c.times) {
    if (t.type !== 'duration' || !t.measures || !t.length) continue;
    durations.set(t.measures, { low: t.length.min, high: t.length.max ?? Infinity });
  }
  const causes: Set<string>[] = [];
  const deniedCauses = new Set<string>();
  for (const cause of c.causes) {
    const concepts = cause.concepts.filter((x) => !x.startsWith('e:'));
    if (concepts.length === 0) continue;
    if (cause.negated) for (const x of concepts) deniedCauses.add(x);
    else causes.push(new Set(concepts));
  }
  const properties = new Map<string, boolean>();
  for (const p of c.properties) properties.set(`${p.adjective}|${p.head}`, p.positive);
  const figures = new Map<string, Interval[]>();
  const add = (key: string, x: Interval): void => {
    figures.set(key, [...(figures.get(key) ?? []), x]);
  };
  // Figures whose property the words say are compared as such (numbers); the others by their unit.
  for (const n of c.numbers) if (!n.property && (n.scope === 'main' || n.scope === 'increment')) add(`n:${n.unit ?? ''}`, { low: n.low, high: n.high });
  for (const t of c.times) if (t.type === 'duration' && t.length) add('length', { low: t.length.min, high: t.length.max ?? Infinity });
  return { polarity: c.polarity, numbers, dates, durations, causes, deniedCauses, properties, roles: new Map(Object.entries(c.roles)), figures };
}

/** Reason concepts too general to tell two reasons apart. */
const GENERIC_CAUSE = new Set(['make', 'come', 'create', 'final', 'new', 'day', 'week', 'people', 'thing', 'situation', 'issue', 'problem', 'reason', 'key', 'p:cause']);

function causesShare(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (!GENERIC_CAUSE.has(x) && b.has(x)) return true;
  return false;
}

/**
 * The conflicts between two slot sets, strongest evidence first. Empty when they can be
 * the same fact. `polarity` is reported only for the clause as a whole; properties give
 * their own polarity conflicts.
 */
export function conflicts(a: Slots, b: Slots): Conflict[] {
  const out: Conflict[] = [];
  for (const [key, x] of a.numbers) {
    const y = b.numbers.get(key);
    if (y && !overlap(x, y)) out.push({ type: 'numeric', key });
  }
  for (const [key, xs] of a.dates) {
    const ys = b.dates.get(key);
    if (ys && !xs.some((x) => ys.some((y) => overlap(x, y)))) out.push({ type: 'temporal', key: `date:${key}` });
  }
  for (const [key, x] of a.durations) {
    const y = b.durations.get(key);
    if (y && !overlap(x, y)) out.push({ type: 'temporal', key: `duration:${key}` });
  }
  if (a.causes.length > 0 || b.causes.length > 0 || a.deniedCauses.size > 0 || b.deniedCauses.size > 0) {
    const denied = a.causes.some((c) => causesShare(c, b.deniedCauses)) || b.causes.some((c) => causesShare(c, a.deniedCauses));
    const different = a.causes.length > 0 && b.causes.length > 0 && !a.causes.some((x) => b.causes.some((y) => causesShare(x, y)));
    if (denied || different) out.push({ type: 'cause', key: 'cause' });
  }
  for (const [key, v] of a.properties) {
    const w = b.properties.get(key);
    if (w !== undefined && w !== v) out.push({ type: 'polarity', key: `property:${key}` });
  }
  for (const [key, xs] of a.roles) {
    const ys = b.roles.get(key);
    // A different person or place in the same role; a city and its country are one place.
    if (ys && xs[0]!.split(':')[0] === ys[0]!.split(':')[0] && !xs.some((x) => ys.includes(x))) out.push({ type: 'entity', key: `role:${key}` });
  }
  if (a.polarity && b.polarity && a.polarity !== b.polarity) out.push({ type: 'polarity', key: 'clause' });
  return out;
}

/**
 * Whether two slot sets state the same figures. "At least 14" and "17" do not contradict
 * each other, but they are not one statement either: a group keeps one stated value per
 * count, within the 10 % that "about" allows.
 */
export function sameFigures(a: Slots, b: Slots): boolean {
  for (const [key, x] of a.numbers) {
    const y = b.numbers.get(key);
    if (!y) continue;
    const tolerance = 0.1 * Math.max(Math.abs(x.value), Math.abs(y.value));
    if (Math.abs(x.value - y.value) > tolerance) return false;
  }
  for (const [key, xs] of a.figures) {
    const ys = b.figures.get(key);
    if (!ys) continue;
    // Every figure of the shorter list must have its match: "2 years, with 9 months to serve"
    // and "2 1/2 years, with 9 months to serve" share the nine months, not the sentence.
    const [few, many] = xs.length <= ys.length ? [xs, ys] : [ys, xs];
    if (!few.every((x) => many.some((y) => overlap(x, y)))) return false;
  }
  return true;
}

function unique(list: readonly Interval[]): Interval[] {
  const seen = new Map<string, Interval>();
  for (const x of list) seen.set(`${x.low}:${x.high}`, x);
  return [...seen.values()];
}

function uniqueSets(list: readonly Set<string>[]): Set<string>[] {
  const seen = new Map<string, Set<string>>();
  for (const s of list) seen.set([...s].sort().join('|'), s);
  return [...seen.values()];
}

/** The slots of a merged group: intervals intersected, dates, reasons and properties pooled. */
export function mergeSlots(a: Slots, b: Slots): Slots {
  const numbers = new Map(a.numbers);
  for (const [k, y] of b.numbers) {
    const x = numbers.get(k);
    numbers.set(k, x ? { low: Math.max(x.low, y.low), high: Math.min(x.high, y.high), unit: x.unit ?? y.unit, text: x.text, value: x.bounded ? x.value : y.value, bounded: x.bounded || y.bounded } : y);
  }
  const dates = new Map(a.dates);
  for (const [k, ys] of b.dates) {
    const xs = dates.get(k);
    // Keep the dates both sides allow: a group is one event at one time.
    dates.set(k, xs ? unique(xs.flatMap((x) => ys.filter((y) => overlap(x, y)).map((y) => ({ low: Math.max(x.low, y.low), high: Math.min(x.high, y.high) })))) : ys);
  }
  const durations = new Map(a.durations);
  for (const [k, y] of b.durations) {
    const x = durations.get(k);
    durations.set(k, x ? { low: Math.max(x.low, y.low), high: Math.min(x.high, y.high) } : y);
  }
  return {
    polarity: a.polarity ?? b.polarity,
    numbers,
    dates,
    durations,
    causes: uniqueSets([...a.causes, ...b.causes]),
    deniedCauses: new Set([...a.deniedCauses, ...b.deniedCauses]),
    properties: new Map([...a.properties, ...b.properties]),
    roles: new Map([...b.roles, ...a.roles]),
    figures: mergeFigures(a.figures, b.figures),
  };
}

function mergeFigures(a: Map<string, Interval[]>, b: Map<string, Interval[]>): Map<string, Interval[]> {
  const out = new Map(a);
  for (const [k, ys] of b) out.set(k, unique([...(out.get(k) ?? []), ...ys]));
  return out;
}
