/**
 * Numeric contradictions: two independent sources give values that cannot both be right
 * for the same quantity of the story's own event. A figure takes part only when its words
 * say what it measures (figures.ts) and it is a total of that: parts, increments, generic
 * remarks and currency conversions never do. Two more kinds are left out here, with the
 * story in view:
 *
 * - background: figures of another event the report recalls — its clause is dated to a
 *   year or month outside the story's days, names only places that are not the story's
 *   (its articles' leads say which are), or says "previous", "years ago";
 * - sums in a second currency: when a story gives one sum in euros and dollars, the
 *   dollars are conversions at some rate, and two conversions need not agree.
 *
 * Values are intervals ("at least 4", "about 940", "up to 70"); intervals that overlap
 * agree. Figures attributed to two different named speakers are two accounts, each reported
 * faithfully ("the survey said 6.1", "the ministry said 5.9"), not a dispute between outlets.
 * A dispute is one property of one referent with two to four positions; more than four is a
 * sign that the figures are of different things, and nothing is reported.
 */
import type { RichClaim } from './extract.js';
import type { Grouped } from './support.js';
import type { SourceIndex } from './sources.js';
import type { ClaimNumber, Contradiction, ContradictionSide } from './types.js';
import { dateRange, numberKey } from './compare.js';
import { overlap, type Interval } from './interval.js';
import { PERSON_EVENTS } from './figures.js';
import { EVENT_LABELS } from './contradict.js';
import { matchForm } from '../normalize/text.js';
import { WEEKDAY } from './frame.js';
import { append } from '../pipeline/arrays.js';

export interface StoryFrame {
  /** Canonical place ids the story's leads name, with the places that contain them. */
  leadPlaces: ReadonlySet<string>;
  /** Weekdays the story's leads name ("sunday"): a figure dated to another day is of another moment. */
  leadWeekdays: ReadonlySet<string>;
  /** Event classes and event words the story's leads use ("steal", "rammed" → "ram"): its own events. */
  leadEvents: ReadonlySet<string>;
  /** The places a place lies in. */
  within: (id: string) => readonly string[];
  /** Day numbers the story's reports were published in, widened a little; null when no report is dated. */
  period: Interval | null;
}

const MAX_POSITIONS = 4;
/** Words that set a clause's event apart from the story's: "a similar outage", "years ago", "not the first time". */
export const DISTANCING = /\b(?:previous|previously|prior|earlier (?:this|last)|last (?:year|month|decade)|(?:years|decades|months) ago|in the past|the last time|a similar|not the first time)\b|n['’]t the first time\b/u;
/** Properties tied to a named place or person already: where the clause happens says nothing more. */
const ANCHORED = /^(?:dist:|pct:|population|age:|depth|record:|ko:)/u;

interface Figure {
  claim: RichClaim;
  number: ClaimNumber;
  key: string;
  source: string;
}

/** What a sentence says about when and where, pooled over its claims. */
interface SentenceView {
  text: string;
  times: RichClaim['times'];
  places: string[];
  /** Opens with a pronoun or "the same": it goes on about the previous sentence's event. */
  continues: boolean;
}

const SINCE = /\bsince\s+$/iu;
const CONTINUES = /^\W*(?:it|they|that|this|those|these|the same|the (?:quake|earthquake|blast|attack|storm|fire|raid|robbery|heist|crash|explosion))\b/iu;

function sentenceViews(claims: readonly RichClaim[]): Map<string, SentenceView> {
  const views = new Map<string, SentenceView & { first: number }>();
  for (const c of claims) {
    const key = `${c.articleId}:${c.sentence}`;
    let v = views.get(key);
    if (!v) views.set(key, (v = { text: '', times: [], places: [], continues: false, first: Infinity }));
    v.text += ` ${c.text}`;
    // "training since September": a span that reaches the report's present, not another moment.
    append(v.times, c.times.filter((t) => !(t.start >= c.start && SINCE.test(c.text.slice(0, t.start - c.start)))));
    for (const p of c.participants) if (p.startsWith('place:') && !v.places.includes(p)) v.places.push(p);
    if (c.start < v.first) {
      v.first = c.start;
      v.continues = CONTINUES.test(c.text);
    }
  }
  return views;
}

/** Sentences about another event the report recalls, by article and sentence index. */
function backgroundSentences(views: ReadonlyMap<string, SentenceView>, frame: StoryFrame): Set<string> {
  const out = new Set<string>();
  const keys = [...views.keys()].sort((a, b) => {
    const [aa = '', as = '0'] = a.split(':');
    const [ba = '', bs = '0'] = b.split(':');
    return aa < ba ? -1 : aa > ba ? 1 : Number(as) - Number(bs);
  });
  let previous: string | null = null;
  for (const key of keys) {
    const v = views.get(key)!;
    const article = key.slice(0, key.lastIndexOf(':'));
    const sentence = Number(key.slice(key.lastIndexOf(':') + 1));
    if (isBackgroundView(v, frame) || (v.continues && previous === `${article}:${sentence - 1}` && out.has(previous))) out.add(key);
    previous = key;
  }
  return out;
}

function isBackgroundView(v: SentenceView, frame: StoryFrame): boolean {
  const low = matchForm(v.text);
  if (DISTANCING.test(low)) return true;
  // "An aftershock of 3.8 on Monday", "by Tuesday the toll had risen to 12": another moment than the lead's.
  if (frame.leadWeekdays.size > 0) for (const m of low.matchAll(WEEKDAY)) if (!frame.leadWeekdays.has(m[0])) return true;
  for (const t of v.times) {
    if (t.type !== 'date' || t.estimated) continue;
    const coarse = /^(year|month|season|decade|century|quarter)$/u.test(t.granularity);
    const range = dateRange(t.value);
    if (frame.period && range) {
      if (range.high < frame.period.low || range.low > frame.period.high) return true;
    } else if (coarse) {
      // With no dated report, a year or month named with a figure sets it apart from "on Sunday".
      return true;
    }
  }
  return false;
}

/** Named only places the story's leads do not: "Kestrin", when the story is about Morvel. */
function elsewhere(c: RichClaim, view: SentenceView | undefined, frame: StoryFrame): boolean {
  const all = view?.places ?? c.participants.filter((p) => p.startsWith('place:'));
  // The most specific places: "Bam in central Iran" is about Bam.
  const places = all.filter((p) => !all.some((q) => q !== p && frame.within(q).includes(p)));
  if (places.length === 0 || frame.leadPlaces.size === 0) return false;
  return !places.some((p) => frame.leadPlaces.has(p));
}

function speakerOf(c: RichClaim): string | null {
  return c.attribution.kind === 'speaker' ? c.attribution.entityId : null;
}

/** Properties whose key says what is counted; a count of things or a sum needs the same event around it too. */
const SELF_EXPLAINING = /^(?:kill|injure|missing|evacuate|rescue|arrest|magnitude|population|depth|dist:|age:|record:|ko:)/u;
const SLOT_TERM = /^[vntwd]:/u;

/** Share of the smaller claim's topic terms (figures and dates left out) that the other has too. */
function topicOverlap(x: RichClaim, y: RichClaim): number {
  const a = x.terms.filter((t) => !SLOT_TERM.test(t));
  const b = new Set(y.terms.filter((t) => !SLOT_TERM.test(t)));
  if (a.length === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of new Set(a)) if (b.has(t)) shared++;
  return shared / Math.min(new Set(a).size, b.size);
}

/**
 * Two figures that cannot both be right, as far as the two reports are concerned. Within
 * one source only a restatement counts (the same clause with another figure): an outlet's
 * two figures are otherwise most often of two things.
 */
function disagree(x: Figure, y: Figure): boolean {
  if (overlap(x.number, y.number)) return false;
  if (x.source === y.source && (x.claim.sentence === y.claim.sentence && x.claim.articleId === y.claim.articleId || topicOverlap(x.claim, y.claim) < 0.75)) return false;
  const sx = speakerOf(x.claim);
  const sy = speakerOf(y.claim);
  // Two agencies measuring, two witnesses judging: each account is reported faithfully. A
  // toll is one fact every authority should agree on, so there they do disagree.
  if (sx && sy && sx !== sy && !PERSON_EVENTS.has(x.number.property ?? '')) return false;
  // "Four sentences" and "seven rounds" are counts of things whose event the key does not say.
  if (!SELF_EXPLAINING.test(x.number.property ?? '')) {
    const sameEvent = x.claim.predicate !== null && x.claim.predicate === y.claim.predicate;
    if (!sameEvent && topicOverlap(x.claim, y.claim) < 0.34) return false;
  }
  return true;
}

export function numericContradictions(claims: readonly RichClaim[], grouped: Grouped, sources: SourceIndex, frame: StoryFrame, nameOf: (id: string) => string = (id) => id): Contradiction[] {
  const byKey = new Map<string, Figure[]>();
  const converted = new Set<string>();
  const views = sentenceViews(claims);
  const background = backgroundSentences(views, frame);
  for (const c of claims) {
    const sentence = `${c.articleId}:${c.sentence}`;
    for (const n of c.numbers) {
      if (n.scope === 'conversion' && n.property) converted.add(n.property);
      const property = numberKey(n);
      // A story may tell of several votes: two tallies are most often of two of them.
      if (!property || property.startsWith('tally:') || background.has(sentence)) continue;
      if (!ANCHORED.test(property) && elsewhere(c, views.get(sentence), frame)) continue;
      const key = `${property}|${n.referent ?? ''}`;
      const list = byKey.get(key) ?? [];
      list.push({ claim: c, number: n, key, source: sources.sourceOf(c.articleId) });
      byKey.set(key, list);
    }
  }
  dropLists(byKey);
  dropConvertedCurrencies(byKey, converted);
  const out: Contradiction[] = [];
  for (const [key, figures] of [...byKey].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    // "Three more are missing", "four others died": an increment of some count, never the count.
    const totals = figures.filter((f) => f.number.scope === 'main');
    const c = dispute(key, totals, grouped, sources, nameOf);
    if (c) out.push(c);
  }
  return out;
}

/**
 * A currency that the story's reports convert into ("85 million euros ($108 million)") is
 * a currency of conversions, at rates and on days that differ, and "$" may be any dollar:
 * its sums are not disputed.
 */
function dropConvertedCurrencies(byKey: Map<string, Figure[]>, converted: ReadonlySet<string> = new Set()): void {
  for (const k of [...byKey.keys()]) {
    if (!k.startsWith('money:')) continue;
    if (converted.has(k.split('|')[0]!)) byKey.delete(k);
  }
}

/**
 * One sentence with two values of one property ("seven life sentences and four sentences
 * without parole", "rose from 10 to 14") lists or updates different things: none of its
 * figures is the total another report could contradict.
 */
function dropLists(byKey: Map<string, Figure[]>): void {
  for (const [k, figures] of byKey) {
    const bySentence = new Map<string, Figure[]>();
    for (const f of figures) {
      const s = `${f.claim.articleId}:${f.claim.sentence}`;
      const list = bySentence.get(s) ?? [];
      list.push(f);
      bySentence.set(s, list);
    }
    const listed = new Set<Figure>();
    for (const list of bySentence.values()) {
      if (list.some((f) => list.some((g) => !overlap(f.number, g.number)))) for (const f of list) listed.add(f);
    }
    if (listed.size > 0) byKey.set(k, figures.filter((f) => !listed.has(f)));
  }
}

function dispute(key: string, figures: readonly Figure[], grouped: Grouped, sources: SourceIndex, nameOf: (id: string) => string): Contradiction | null {
  const conflicting = new Set<Figure>();
  for (let i = 0; i < figures.length; i++) {
    for (let j = i + 1; j < figures.length; j++) {
      if (disagree(figures[i]!, figures[j]!)) conflicting.add(figures[i]!).add(figures[j]!);
    }
  }
  if (conflicting.size === 0) return null;
  // Positions: figures whose intervals overlap hold one value.
  const sorted = [...conflicting].sort((a, b) => a.number.low - b.number.low || a.number.high - b.number.high);
  const positions: Figure[][] = [];
  for (const f of sorted) {
    const last = positions[positions.length - 1];
    if (last && last.every((g) => overlap(g.number, f.number))) last.push(f);
    else positions.push([f]);
  }
  // "At least 5.9" agrees with 5.9 and with 6.1: it takes no side between them.
  for (const position of positions) {
    for (const f of [...position]) {
      if (positions.some((other) => other !== position && other.some((g) => overlap(g.number, f.number)))) position.splice(position.indexOf(f), 1);
    }
  }
  for (let i = positions.length - 1; i >= 0; i--) if (positions[i]!.length === 0) positions.splice(i, 1);
  if (key.startsWith('magnitude:')) otherShocks(positions);
  if (positions.length < 2 || positions.length > MAX_POSITIONS) return null;
  const sides: ContradictionSide[] = [];
  const seen = new Set<string>();
  for (const position of positions) {
    // One value per position, as its best-supported wording: the sides then read as positions.
    const value = representative(position);
    for (const f of position) {
      const k = `${f.claim.articleId}:${f.claim.start}:${f.claim.end}`;
      if (seen.has(k)) continue;
      seen.add(k);
      const g = grouped.groupOfClaim.get(f.claim.id);
      sides.push({ articleId: f.claim.articleId, start: f.claim.start, end: f.claim.end, value, claimId: g === undefined ? null : grouped.groups[g]!.id, source: f.source });
    }
  }
  const byValue = new Map<string, Set<string>>();
  for (const position of positions) {
    const value = representative(position);
    const set = byValue.get(value) ?? new Set<string>();
    for (const f of position) set.add(sources.describe(f.source).name);
    byValue.set(value, set);
  }
  const parts = [...byValue].map(([v, outlets]) => `"${v}" (${[...outlets].join(', ')})`);
  return {
    id: `contradiction:numeric:${sides[0]!.articleId.slice(0, 8)}:${sides[0]!.start}`,
    type: 'numeric',
    summary: `Different figures for ${label(key, nameOf, [...conflicting])}: ${parts.join(' vs ')}.`,
    sides,
    internal: new Set(sides.map((x) => x.source)).size <= 1,
  };
}

/**
 * Agencies' magnitudes for one quake differ by tenths (5.9 against 6.1). A figure a whole
 * unit from the best-supported one measures another shock, an aftershock or a foreshock that
 * the report does not call so: it takes no side.
 */
function otherShocks(positions: Figure[][]): void {
  // On a tie the strongest: aftershocks and foreshocks are weaker than the quake they go with.
  const sources = (p: readonly Figure[]): number => new Set(p.map((f) => f.source)).size;
  const main = [...positions].sort((a, b) => sources(b) - sources(a) || b[0]!.number.value - a[0]!.number.value)[0];
  if (!main) return;
  const value = main[0]!.number.value;
  for (let i = positions.length - 1; i >= 0; i--) if (positions[i]!.every((f) => Math.abs(f.number.value - value) >= 1)) positions.splice(i, 1);
}

/** The wording most sources of a position use, shortest on a tie: "10 people" over "ten people killed". */
function representative(position: readonly Figure[]): string {
  const count = new Map<string, Set<string>>();
  for (const f of position) {
    const text = f.number.text.replace(/\s+/gu, ' ');
    const set = count.get(text) ?? new Set<string>();
    set.add(f.source);
    count.set(text, set);
  }
  return [...count].sort((a, b) => b[1].size - a[1].size || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/**
 * What the disputed figures measure, in words a reader knows: the counted noun as the reports
 * write it ("the number of cables"), never the stem the comparison keys on ("cabl").
 */
function label(key: string, nameOf: (id: string) => string, figures: readonly Figure[] = []): string {
  const [property = '', referent = ''] = key.split('|');
  const place = referent ? ` in ${nameOf(referent)}` : '';
  if (EVENT_LABELS[property]) return `${EVENT_LABELS[property]}${place}`;
  if (property === 'magnitude:main') return `the magnitude${place}`;
  if (property === 'magnitude:aftershock') return `the aftershock's magnitude${place}`;
  if (property.startsWith('u:')) return `the number of ${writtenNoun(figures) ?? `${property.slice(2)}s`}${place}`;
  // A share's noun is kept only as a stem: the place says enough.
  if (property.startsWith('pct:')) return `the share${place}`;
  if (property.startsWith('money:')) return `the sum (${property.slice(6)})`;
  if (property.startsWith('dist:')) return `the distance from ${nameOf(property.slice(5))}`;
  if (property.startsWith('age:')) return `the age of ${nameOf(property.slice(4))}`;
  if (property.startsWith('record:')) return `the record of ${nameOf(property.slice(7))}`;
  if (property.startsWith('ko:')) return `the knockouts of ${nameOf(property.slice(3))}`;
  return property;
}

/** The plural noun most of the figures count, as written ("cables" of "three undersea cables"). */
function writtenNoun(figures: readonly Figure[]): string | null {
  const count = new Map<string, number>();
  for (const f of figures) {
    const unit = f.number.unit?.toLowerCase().split(/\s+/u).pop();
    if (unit && /^[a-z-]+s$/u.test(unit)) count.set(unit, (count.get(unit) ?? 0) + 1);
  }
  return [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}
