/**
 * What a figure measures. Two reports disagree about a number only when both numbers are
 * the same quantity: the same measured property (the dead, the injured, villages destroyed,
 * a distance from one place, a share of one thing in one country, someone's age) of the same
 * referent. This reads that from the words around the number, and tells apart the figures
 * that are no total of the story's own event:
 *
 * - a part: "two of the dead", "the four hardest-hit villages", "three died at the scene",
 *   "20 outside the court and another 15 near the station";
 * - an increment: "four others died in hospital", "another 20 were arrested";
 * - a generic remark: "a magnitude-6 quake can cause severe damage";
 * - a conversion: "85 million euros ($108 million)".
 *
 * Background figures (another quake's toll) need the story (its lead places and dates) and
 * are told apart later, in numeric.ts. A number whose property the words do not say has
 * none: it is kept for alignment, but never disputed.
 */
import type { Quantity } from '../language/types.js';
import type { Span } from '../pipeline/record.js';
import { conceptOf, type PredicateHit } from './predicates.js';
import { firstAtOrAfter, lemmaOf, type Word } from './words.js';
import { interval } from './interval.js';

export type FigureScope = 'main' | 'part' | 'increment' | 'generic' | 'conversion';

export interface FigureReading {
  /** "kill", "injure", "arrest"…, "u:village", "magnitude", "dist:<place>", "depth", "pct:<thing>", "money:EUR", "population", "age:<person>"; null when the words do not say. */
  property: string | null;
  /** The place or person the figure is of, when the words name one ("82 percent in India"). */
  referent: string | null;
  scope: FigureScope;
  /** The values it allows when its wording says more than the quantity layer saw: a length in km, "at least magnitude 5.9". */
  interval?: { low: number; high: number };
}

/** Events whose count is a count of people. */
export const PERSON_EVENTS: ReadonlySet<string> = new Set(['kill', 'injure', 'missing', 'evacuate', 'rescue', 'arrest']);

/** Nouns for people in general: what is counted is told by the event ("10 people killed"). */
const GENERIC_PEOPLE = /^(people|person|persons|individual|individuals|resident|residents|villager|villagers|civilian|civilians|inhabitant|inhabitants|citizen|citizens|victim|victims|passenger|passengers|member|members|suspect|suspects|man|men|woman|women|adult|adults|other|others|body|bodies)$/u;
/** Units that are themselves the event: "14 dead", "80 hurt". */
const UNIT_EVENT: Record<string, string> = { dead: 'kill', death: 'kill', deaths: 'kill', fatalities: 'kill', killed: 'kill', injured: 'injure', wounded: 'injure', hurt: 'injure', injuries: 'injure', missing: 'missing' };
/** Lengths and areas; durations are the time layer's. */
const LENGTH = /^(metre|meter|kilometre|kilometer|km|mile|foot|feet|yard|nautical)/u;
const OTHER_MEASURE = /^(millimetre|millimeter|centimetre|centimeter|inch|cubic|square|hectare|acre|tonne|ton|kilogram|kg|litre|liter|degree|year|month|week|day|hour|minute|second|gallon|barrel|pound-weight)/u;

/** Words allowed between an event and its count: "killing at least 10", "the death toll rose to 10". */
const BEFORE_GAP = /^(a|an|the|some|another|other|further|additional|about|around|nearly|almost|over|at|least|to|of|rose|risen|climbed|reached|stood|stands|stand|is|was|now|has|had|jumped|increased|put|officially)$/u;
/** Words allowed between a count and its event: "10 people were killed", "50 were also injured". */
const AFTER_GAP = /^(were|was|have|has|had|been|are|is|being|also|still|reportedly|later|who|that|initially|confirmed|all|already|now|believed|feared|thought|to|be|as|and|or)$/u;

/** Superlatives and intensifiers that pick a subset: "the 12 worst-hit villages", "the four hardest". */
const SUBSET = /^(?:worst|hardest|most|badly|severely|heavily|best|biggest|largest|main)(?:-|$)|est-/u;
const PARTITIVE_AFTER = /^(the|its|his|her|their|them|those|these|whom|all|a|our|your)$/u;
const INCLUDING = /^(including|includes|include|among)$/u;
const INCREMENT_BEFORE = /^(another|further|additional|other)$/u;
const INCREMENT_AFTER = /^(more|others|other|additional|further)$/u;
/** Where some of a toll happened: a part of it ("three died at the scene, four others in hospital"). */
const PART_PLACE = /\b(?:at the scene|on the spot|in (?:the )?hospital|on (?:the )?way to (?:the )?hospital|on arrival|later died)\b/u;
const MODAL = /^(can|could|may|might|would|will)$/u;
const MOMENT = /\b(?:at one point|at its peak|at the height of|at first|initially|has since|have since|had since|now improved|later improved)\b/u;
const RATE = /^(each|every|per|annually|yearly|daily|weekly)$/u;

export interface FigureContext {
  /** The sentence's words (matching form, lemmas). */
  words: readonly Word[];
  /** Predicate hits over the sentence's words. */
  hits: readonly PredicateHit[];
  /** Every quantity of the article, in order. */
  quantities: readonly Quantity[];
  text: string;
  /** The canonical entity at a span, if any. */
  entityAt: (s: Span & { low?: string }) => string | null;
}

/** The event a count of people is the count of, read only from the words right next to it. */
function attachedEvent(ctx: FigureContext, i0: number, i1: number): string | null {
  let best: { cls: string; d: number } | null = null;
  for (const h of ctx.hits) {
    if (!PERSON_EVENTS.has(h.cls)) continue;
    let d = Infinity;
    if (h.last < i0) {
      const gap = ctx.words.slice(h.last + 1, i0);
      if (gap.length <= 3 && gap.every((w) => BEFORE_GAP.test(w.low))) d = gap.length;
    } else if (h.first > i1) {
      const gap = ctx.words.slice(i1 + 1, h.first);
      // "99 alleged gang members seized": the people counted may come between the number and the event.
      const noun = gap.findIndex((w) => GENERIC_PEOPLE.test(w.low));
      const rest = noun >= 0 && noun < 4 && gap.slice(0, noun).every((w) => w.kind === 'word') ? gap.slice(noun + 1) : gap;
      if (rest.length <= 4 && rest.every((w) => AFTER_GAP.test(w.low))) d = gap.length;
    }
    if (d < Infinity && (!best || d < best.d)) best = { cls: h.cls, d };
  }
  return best?.cls ?? null;
}

/** A place named right after a length: "940 miles south of X", "35 km from X", "off the coast of X". */
function lengthAnchor(ctx: FigureContext, i1: number): string | null {
  const { words } = ctx;
  let k = i1 + 1;
  // "1,150 km (700 miles) southeast of X": past the same length in other units.
  if (words[k]?.low === '(') {
    const close = words.findIndex((w, j) => j > k && w.low === ')');
    if (close > 0 && close - k <= 4) k = close + 1;
  }
  for (const end = Math.min(words.length, k + 6); k < end; k++) {
    const w = words[k]!;
    if (/^(deep|depth|below|beneath|underground)$/u.test(w.low)) return 'depth';
    const id = ctx.entityAt(w);
    if (id) return id.startsWith('place:') ? `dist:${id}` : null;
    if (!/^(from|of|off|away|to|the|coast|north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|northern|southern|eastern|western|city|town|capital|port|island|centre|center|downtown|outside)$/u.test(w.low)) return null;
  }
  return null;
}

/** The place a share or a population is of: "in India", "India's voice traffic", "of the island". */
function placeNear(ctx: FigureContext, i0: number, i1: number, reach: number): string | null {
  const { words } = ctx;
  for (let k = i1 + 1; k < Math.min(words.length, i1 + 1 + reach); k++) {
    const w = words[k]!;
    if (w.low === ',' || w.low === ';' || (w.kind === 'punct' && w.low !== '-' && w.low !== "'")) break;
    const id = ctx.entityAt(w);
    if (id?.startsWith('place:')) return id;
  }
  for (let k = i0 - 1; k >= Math.max(0, i0 - 3); k--) {
    const id = ctx.entityAt(words[k]!);
    if (id?.startsWith('place:') && /['’]s$/u.test(words[k]!.low)) return id;
  }
  return null;
}

/** The head noun of what a share or a sum counts: "voice traffic" → traffic. */
function headOf(counted: string | undefined): string {
  if (!counted) return '';
  const words = counted.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 1);
  const last = words[words.length - 1];
  return last ? conceptOf(lemmaOf(last)) : '';
}

/** Ages said after a name: "Ines Lind, 40, of Velde", "Osk, 36,". */
function ageAfterName(ctx: FigureContext, q: Quantity, i0: number, i1: number): string | null {
  const { words } = ctx;
  if (q.kind !== 'cardinal' || q.value < 1 || q.value > 120 || !Number.isInteger(q.value)) return null;
  if (words[i0 - 1]?.low !== ',') return null;
  const after = words[i1 + 1];
  if (after && !/^(,|\.|;|of|and|from|who|was|is|had|has)$/u.test(after.low)) return null;
  const name = words[i0 - 2];
  const id = name ? ctx.entityAt(name) : null;
  return id?.startsWith('person:') ? `age:${id}` : null;
}

export function readFigure(q: Quantity, ctx: FigureContext, nested = false): FigureReading {
  const { words } = ctx;
  const i0 = firstAtOrAfter(words, q.start);
  let i1 = i0;
  while (i1 + 1 < words.length && words[i1 + 1]!.end <= q.end) i1++;
  // Hyphens are skipped: "magnitude-5.9" and "magnitude 5.9" say the same.
  const before = words.slice(Math.max(0, i0 - 8), i0).filter((w) => w.low !== '-').reverse();
  const after = words.slice(i1 + 1, i1 + 9).filter((w) => w.low !== '-');
  const prev = (k: number): string => before[k - 1]?.low ?? '';
  const next = (k: number): string => after[k - 1]?.low ?? '';
  const sentenceLow = words.map((w) => w.low).join(' ');
  const reading = (property: string | null, referent: string | null = null): FigureReading => ({ property, referent, scope: scopeOf(property) });

  /** The article's quantities in [from, to) other than this one: a sentence's, found by search, not by a scan of the article. */
  function within(from: number, to: number): Quantity[] {
    const out: Quantity[] = [];
    for (let k = firstAtOrAfter(ctx.quantities, from); k < ctx.quantities.length && ctx.quantities[k]!.start < to; k++) {
      const o = ctx.quantities[k]!;
      if (o !== q && o.end <= to) out.push(o);
    }
    return out;
  }

  /**
   * "killing 10 and wounding another 70": "another" sets the wounded apart from the dead, it
   * adds nothing to an earlier count of the wounded. Only when the sentence counts another
   * event before, and not this one.
   */
  function ofAnotherCount(property: string | null): boolean {
    if (nested || property === null || !PERSON_EVENTS.has(property)) return false;
    const earlier = within(words[0]?.start ?? q.start, q.start).map((o) => readFigure(o, ctx, true).property);
    return earlier.some((p) => p !== null && p !== property && PERSON_EVENTS.has(p)) && !earlier.includes(property);
  }

  /** "arrested 20 outside the court and another 15 near the station": 20 is a part of the day's count. */
  function addedTo(property: string | null): boolean {
    if (nested) return false;
    return within(q.end + 1, words[words.length - 1]?.end ?? q.end).some((o) => {
      if (o.unit !== null && o.unit !== q.unit) return false;
      const k = firstAtOrAfter(words, o.start);
      if (!INCREMENT_BEFORE.test(words[k - 1]?.low ?? '')) return false;
      const p = readFigure(o, ctx, true).property;
      return p === null || p === property;
    });
  }

  function scopeOf(property: string | null): FigureScope {
    if (property === null) return 'main';
    if (q.kind === 'money') {
      // "85 million euros ($108 million)": the same sum converted.
      const before = ctx.text.slice(Math.max(0, q.start - 12), q.start);
      if (/\(\s*(?:about|around|some|roughly|approximately|or|nearly|almost|c\.)?\s*$/u.test(before) && ctx.quantities.some((o) => o.kind === 'money' && o !== q && o.end <= q.start && q.start - o.end <= 12)) return 'conversion';
      if (/^(or|about)$/u.test(prev(1)) && ctx.quantities.some((o) => o.kind === 'money' && o !== q && o.end <= q.start && q.start - o.end <= 8)) return 'conversion';
    }
    if (words.slice(Math.max(0, i0 - 2), i0).some((w) => RATE.test(w.low)) || RATE.test(next(1)) || RATE.test(next(2))) return 'generic';
    // "a magnitude 6 quake can cause severe damage": a general remark, not this quake.
    if (words.slice(Math.max(0, i0 - 3), i0).some((w) => w.low === 'a' || w.low === 'an') && words.some((w) => MODAL.test(w.low)) && !/^(at|about|around|nearly|almost|over|more|than)$/u.test(prev(1))) return 'generic';
    if (next(1) === 'of' && (PARTITIVE_AFTER.test(next(2)) || after[1]?.kind === 'number')) return 'part';
    // The whole of "28 of his 68 punches" is the whole of something smaller than the story's.
    // "one of 99 members seized": one of the whole; "28 of his 68 punches": the whole of a part.
    const whole = (k: number): boolean => before[k]?.kind === 'number' && !/^(one|1)$/u.test(before[k]!.low);
    if ((prev(1) === 'of' && whole(1)) || (PARTITIVE_AFTER.test(prev(1)) && prev(2) === 'of' && whole(2))) return 'part';
    // "At one point 82 percent …, although it has since improved": a moment, not the figure.
    if (MOMENT.test(sentenceLow)) return 'part';
    if ((next(1) === 'out' && next(2) === 'of') || INCLUDING.test(prev(1)) || INCLUDING.test(prev(2)) || (prev(1) === 'whom' && prev(2) === 'of') || (next(1) === 'of' && next(2) === 'whom')) return 'part';
    if (words.slice(Math.max(0, i0 - 2), Math.min(words.length, i1 + 3)).some((w) => SUBSET.test(w.low))) return 'part';
    if ((property === 'kill' || property === 'injure') && PART_PLACE.test(sentenceLow)) return 'part';
    if (INCREMENT_BEFORE.test(prev(1)) && !ofAnotherCount(property)) return 'increment';
    if (INCREMENT_AFTER.test(next(1)) || (INCREMENT_AFTER.test(next(2)) && after[0]?.kind === 'word')) return 'increment';
    if (/\bmore\b/u.test(q.counted ?? '') || /^(another|a further)\b/iu.test(q.text)) return 'increment';
    if (addedTo(property)) return 'part';
    return 'main';
  }

  if (q.kind === 'ordinal') return reading(null);
  const unit = (q.unit ?? '').toLowerCase();
  if (q.kind === 'money') return reading(`money:${q.unit ?? 'unknown'}`);
  if (q.kind === 'percent') {
    let head = headOf(q.counted);
    if (!head) {
      // "55 percent of voice traffic in A, 52 percent in B": a list shares its noun.
      const earlier = ctx.quantities.filter((o) => o.kind === 'percent' && o.end <= q.start && q.start - o.end < 120 && o.counted).pop();
      head = headOf(earlier?.counted);
    }
    // "slowed traffic to about half its normal speed": a share of nothing named.
    return head ? reading(`pct:${head}`, placeNear(ctx, i0, i1, 8)) : reading(null);
  }
  const age = ageAfterName(ctx, q, i0, i1);
  if (age) return reading(age);
  if (LENGTH.test(unit) && prev(1) === '(' && ctx.quantities.some((o) => o !== q && o.end <= q.start && q.start - o.end <= 4 && LENGTH.test((o.unit ?? '').toLowerCase()))) {
    // "1,150 km (700 miles)": the same length converted; the figure before it speaks for both.
    return { property: null, referent: null, scope: 'conversion' };
  }
  if (LENGTH.test(unit)) {
    // Lengths are compared in km, within the rounding a conversion between miles and km brings.
    const km = q.value * (/^mile/u.test(unit) ? 1.609 : /^(foot|feet)/u.test(unit) ? 0.0003048 : /^yard/u.test(unit) ? 0.0009144 : /^nautical/u.test(unit) ? 1.852 : /^(metre|meter)/u.test(unit) ? 0.001 : 1);
    const base = interval(q);
    const factor = km / q.value;
    return { ...reading(lengthAnchor(ctx, i1)), interval: { low: base.low * factor * 0.92, high: base.high * factor * 1.08 } };
  }
  if (OTHER_MEASURE.test(unit)) return reading(null);
  // "magnitude 5.9", "a 5.9-magnitude quake", "measuring 6.1", "6.1 on the Richter scale".
  if (/^magnitude/u.test(unit)) return { ...reading(`magnitude:${shakeOf(words, i0, i1)}`), interval: interval(q) };
  if (!q.unit) {
    const around = [prev(1), prev(2), next(1)];
    if (around.some((w) => /^(magnitude|-magnitude|measuring|registering|registered|measured)$/u.test(w)) || (next(1) === 'on' && next(3) === 'richter')) {
      // "at least magnitude 5.9": the qualifier sits before the word "magnitude".
      const qualifier = /^(?:at least|more than|over|above)$/u.test(`${prev(3)} ${prev(2)}`) || /^(?:over|above)$/u.test(prev(2)) ? 'at-least' : /^(about|around|nearly|almost|some|roughly)$/u.test(prev(2)) ? 'approximate' : null;
      const base = interval(q);
      return { ...reading(`magnitude:${shakeOf(words, i0, i1)}`), ...(qualifier ? { interval: interval({ ...q, qualifier }) } : { interval: base }) };
    }
  }
  // "a population of 120,000", "home to 200,000 people".
  if ((prev(1) === 'of' && prev(2) === 'population') || (prev(1) === 'to' && prev(2) === 'home') || (/^(inhabitants|residents)$/u.test(next(1)) && /^(has|have|of)$/u.test(prev(1)))) {
    return reading('population', placeBefore(ctx, i0));
  }
  const unitEvent = UNIT_EVENT[unit];
  if (unitEvent) return reading(unitEvent);
  const event = attachedEvent(ctx, i0, i1);
  if (!q.unit || GENERIC_PEOPLE.test(unit)) return reading(event);
  // "one punch", "a single cable": one thing named, seldom a count anyone would dispute.
  if (q.value === 1 && !/\d/u.test(q.text)) return reading(null);
  const concept = conceptOf(lemmaOf(unit.split(/\s+/u).pop() ?? unit));
  return reading(`u:${concept}`);
}

/** What a magnitude is of: the main shock, or an aftershock (whose magnitude is another quantity). */
function shakeOf(words: readonly Word[], i0: number, i1: number): string {
  for (let k = Math.max(0, i0 - 6); k < Math.min(words.length, i1 + 5); k++) if (/^aftershock/u.test(words[k]!.low)) return 'aftershock';
  return 'main';
}

function placeBefore(ctx: FigureContext, i0: number): string | null {
  for (let k = i0 - 1; k >= 0; k--) {
    const id = ctx.entityAt(ctx.words[k]!);
    if (id?.startsWith('place:')) return id;
  }
  return null;
}
