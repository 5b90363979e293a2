/**
 * Alignment: which claims of a story state the same fact. Claims are compared by their
 * terms (predicate classes, canonical entities, concepts, resolved times, number facets),
 * each weighted by how rare it is among the story's independent sources, so that shared
 * participants, numbers and dates count for more than shared wording. A claim's sentence
 * adds a little context ("the work was pushed back" is about pumps because its sentence is).
 *
 * Near-linear: claims with the same wording are one form; candidates come from an inverted
 * index over terms, at most CANDIDATES per form, read from bounded posting lists; groups
 * are formed by union-find over candidate pairs in order of similarity, refusing any merge
 * whose slots (numbers, dates, durations, reasons, polarity) would conflict.
 */
import type { RichClaim } from './extract.js';
import { conflicts, mergeSlots, sameFigures, slotsOf, type Conflict, type Slots } from './compare.js';
import { COMMON_WORDS, softMatch, softSimilarity } from './soft.js';
import { lemmaSimilarity, wordVectors } from './vectors.js';
import { DISTANCING } from './numeric.js';
import { daysAgree, daysOf, joinDays } from './days.js';
import { matchForm } from '../normalize/text.js';

export interface Form {
  index: number;
  claims: RichClaim[];
  rep: RichClaim;
  sources: Set<string>;
  own: Map<string, number>;
  ownSum: number;
  full: Map<string, number>;
  fullSum: number;
  /** Figures and dates few of the story's sources state: when two claims share one, it pins them together. */
  rareValues: Set<string>;
  /** Recalls another event ("a similar outage", "years ago"). */
  distanced: boolean;
  /** Terms without slot values and reasons: what the claim is about. */
  topic: Map<string, number>;
  topicSum: number;
  slots: Slots;
}

export interface ScoredPair {
  a: number;
  b: number;
  /** Similarity of the claims' own terms, and with their sentences' terms added. */
  own: number;
  score: number;
  /** Similarity of what the claims are about, slot values left out. */
  topic: number;
  conflicts: Conflict[];
  sameArticle: boolean;
  /** Same or kindred main events, and both plans or both facts: may be one fact. */
  comparable: boolean;
  /** One names an event the other does not. */
  oneSided: boolean;
  /** Both name places, in their clauses or sentences, and none in common. */
  elsewhere: boolean;
  /** Both name people and none in common. */
  otherPeople: boolean;
}

export interface Alignment {
  forms: Form[];
  /** Form indices of each group. */
  groups: number[][];
  groupOf: Int32Array;
  pairs: ScoredPair[];
}

/** Similarity at which two claims are taken to state the same fact. */
export const ALIGN_THRESHOLD = 0.42;
/** Two claims of one article restate each other only when their own words say so: their context is the same. */
const SAME_ARTICLE_THRESHOLD = 0.6;
/** One claim names its event and the other names none we know: only near-identical wording. */
const ONE_SIDED_THRESHOLD = 0.6;
const CONTEXT_WEIGHT = 0.35;
/** Mean score, over every pair of members, at which two groups merge. */
const LINKAGE = 0.3;
const LINKAGE_SAMPLE = 40;
/** Score at which a claim counts as stating the fact with another member of a group. */
const MEMBER = 0.3;
const CANDIDATES = 30;
const MIN_ESTIMATE = 0.15;
const POSTINGS_READ = 120;

function boost(term: string): number {
  switch (term[0]) {
    case 'p':
    case 'f':
      return 1.5;
    case 'e':
      return 1.4;
    case 't':
    case 'w':
    case 'd':
      return 1.3;
    case 'v':
      return 1.6;
    case 'n':
      return 1.2;
    default:
      return 1;
  }
}

const SLOT_VALUE = /^[vtwd]:/u;
/** Events that only link two others ("X caused Y"): sharing one says little of what the claims are about. */
const LIGHT_EVENTS = new Set(['p:cause', 'f:blame']);

/** Event classes that name one fact in different words: "sent troops" / "troops arrived" / "backed by the army". */
const RELATED: readonly (readonly string[])[] = [
  ['deploy', 'arrive', 'assist'],
  ['investigate', 'appoint', 'order', 'chair'],
  ['blame', 'cause'],
  ['collapse', 'flood'],
  ['cancel', 'attend', 'visit'],
];
const FAMILY = new Map<string, Set<string>>();
for (const family of RELATED) for (const p of family) FAMILY.set(p, new Set([...(FAMILY.get(p) ?? []), ...family]));
/** A term every member of a family shares, so kin events meet in the index and in similarity. */
const FAMILY_TERM = new Map<string, string>();
for (const family of RELATED) for (const p of family) if (!FAMILY_TERM.has(`p:${p}`)) FAMILY_TERM.set(`p:${p}`, `f:${family[0]}`);

/** Two claims can state one fact only if their main events are the same or kin, or one names none. */
function predicatesAgree(x: RichClaim, y: RichClaim): boolean {
  if (!x.predicate || !y.predicate || x.predicate === y.predicate) return true;
  if (FAMILY.get(x.predicate)?.has(y.predicate)) return true;
  // "Flooding killed 14" and "The floods killed 14": both events named, the main one told apart differently.
  return x.predicates.includes(y.predicate) && y.predicates.includes(x.predicate);
}

/** Cosine at which two event words are near enough to name one event ("tackled"/"fought"). */
const EVENT_WORDS = 0.5;

/**
 * Two claims can state one fact only if the words naming their events could name one event:
 * the same word, the same or a kindred class, or near in the word vectors. "Police said the
 * gunman was fired" and "police said the gunman shot one man" share much but their events.
 */
function eventsAgree(x: RichClaim, y: RichClaim): boolean {
  if (!x.head || !y.head || x.head.lemma === y.head.lemma) return true;
  if (x.predicate && x.predicate === y.predicate) return true;
  if (x.predicate && y.predicate && FAMILY.get(x.predicate)?.has(y.predicate)) return true;
  // Frequent verbs ("take", "make", "give") are near each other whatever they name.
  const v = wordVectors();
  if (!v || v.rowOf(x.head.lemma) < COMMON_WORDS || v.rowOf(y.head.lemma) < COMMON_WORDS) return false;
  return lemmaSimilarity(x.head.lemma, y.head.lemma) >= EVENT_WORDS;
}

function formKey(c: RichClaim): string {
  const words = c.parts.length === 1 ? c.text : c.parts.map((p) => c.text.slice(p.start - c.start, p.end - c.start)).join(' ');
  // The outlet's own voice is one attribution whichever outlet it is: copies then share forms.
  const who = c.attribution.kind === 'outlet' ? 'outlet' : c.attribution.name;
  return `${words}\u0000${who}\u0000${c.polarity}`;
}

export function align(claims: readonly RichClaim[], sourceOf: (articleId: string) => string): Alignment {
  const forms: Form[] = [];
  const byKey = new Map<string, Form>();
  const df = new Map<string, Set<string>>();
  for (const c of claims) {
    const key = formKey(c);
    let f = byKey.get(key);
    if (!f) {
      f = { index: forms.length, claims: [], rep: c, sources: new Set(), own: new Map(), ownSum: 0, full: new Map(), fullSum: 0, rareValues: new Set(), distanced: DISTANCING.test(matchForm(c.text)), topic: new Map(), topicSum: 0, slots: slotsOf(c) };
      byKey.set(key, f);
      forms.push(f);
    }
    f.claims.push(c);
    const source = sourceOf(c.articleId);
    if (!f.sources.has(source)) {
      f.sources.add(source);
      for (const t of [...c.terms, ...c.terms.map((x) => FAMILY_TERM.get(x)).filter((x): x is string => !!x)]) {
        let set = df.get(t);
        if (!set) df.set(t, (set = new Set()));
        set.add(source);
      }
    }
  }
  const sourceCount = Math.max(1, new Set(claims.map((c) => sourceOf(c.articleId))).size);
  const weight = (t: string): number => Math.log(1 + sourceCount / (df.get(t)?.size ?? 1)) * boost(t) * (LIGHT_EVENTS.has(t) ? 0.5 : 1);
  for (const f of forms) {
    const c = f.rep;
    const effect = new Set(c.effect);
    const terms = [...c.terms];
    for (const t of c.terms) {
      const family = FAMILY_TERM.get(t);
      if (family && !terms.includes(family)) terms.push(family);
    }
    for (const t of terms) {
      if (VALUE.test(t) && (df.get(t)?.size ?? 1) <= Math.max(2, 0.35 * sourceCount)) f.rareValues.add(t);
      const w = weight(t);
      f.own.set(t, w);
      f.ownSum += w;
      f.full.set(t, w);
      f.fullSum += w;
      if (!SLOT_VALUE.test(t) && (effect.has(t) || t.startsWith('f:'))) {
        f.topic.set(t, w);
        f.topicSum += w;
      }
    }
    for (const t of c.context) {
      if (f.full.has(t)) continue;
      const w = weight(t) * CONTEXT_WEIGHT;
      f.full.set(t, w);
      f.fullSum += w;
    }
  }

  const pairs = candidatePairs(forms);
  const groupOf = cluster(forms, pairs);
  const members = new Map<number, number[]>();
  forms.forEach((f, i) => {
    const g = groupOf[i]!;
    const list = members.get(g) ?? [];
    list.push(f.index);
    members.set(g, list);
  });
  const groups = [...members.values()];
  const dense = new Int32Array(forms.length);
  groups.forEach((list, gi) => list.forEach((fi) => (dense[fi] = gi)));
  return { forms, groups, groupOf: dense, pairs };
}

function similarity(a: Map<string, number>, aSum: number, b: Map<string, number>, bSum: number): number {
  if (aSum <= 0 || bSum <= 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [t, w] of small) {
    const v = large.get(t);
    if (v !== undefined) shared += Math.min(w, v);
  }
  return shared / Math.sqrt(aSum * bSum);
}

function ofKind(m: Map<string, number>, prefix: string): string[] {
  return [...m.keys()].filter((t) => t.startsWith(prefix));
}

/** Both name people (or places) and none in common: most likely two different facts. */
function disjoint(x: Map<string, number>, y: Map<string, number>, prefix: string): boolean {
  const a = ofKind(x, prefix);
  const b = ofKind(y, prefix);
  return a.length > 0 && b.length > 0 && !a.some((t) => b.includes(t));
}

const ANCHOR = /^[pentvwd]:/u;
/** Terms that say what happened to what, beyond the event class and who: concepts, figures, days, lengths. */
const CONTENT_TERM = /^[cvntwd]:/u;
/** Terms that pin a fact down: a stated figure or a resolved date. */
const VALUE = /^[vt]:/u;

function scorePair(x: Form, y: Form): ScoredPair {
  // Content words count through their word vectors too: "jail" meets "prison" (pair-model.ts).
  const soft = softMatch(x.own, x.ownSum, y.own, y.ownSum);
  const own = soft.similarity;
  const full = softSimilarity(x.full, x.fullSum, y.full, y.fullSum);
  let score = 0.7 * own + 0.3 * full;
  const topic = 0.7 * similarity(x.topic, x.topicSum, y.topic, y.topicSum) + 0.3 * full;
  const comparable = predicatesAgree(x.rep, y.rep) && eventsAgree(x.rep, y.rep) && x.rep.irrealis === y.rep.irrealis;
  let anchored = false;
  let shared = 0;
  let substance = soft.matched;
  let value = false;
  for (const t of x.own.keys()) {
    if (!y.own.has(t)) continue;
    shared++;
    if (ANCHOR.test(t) && !t.startsWith('p:')) anchored = true;
    if (!t.startsWith('e:')) substance++;
    if (x.rareValues.has(t)) value = true;
  }
  // Shared wording alone ("on Mlynska Street") is no fact in common: a participant, a
  // figure, a date, or three terms at least. And a name alone is no fact either: "Dale was
  // barricaded" and "who identified himself as Orvin Dale" share a man, not what he did.
  if ((!anchored && shared < 3) || substance < 2) score = Math.min(score, ALIGN_THRESHOLD - 0.01);
  // An event class and a name are no fact either: "X pulled out with an injury" and "X has
  // ruled out fighting his brother" are both cancellations of something about X.
  if (soft.matched === 0 && ![...x.own.keys()].some((t) => y.own.has(t) && CONTENT_TERM.test(t))) score = Math.min(score, ALIGN_THRESHOLD - 0.01);
  // The same event with the same figure or date: the strongest sign of one fact.
  if (value && comparable && x.rep.predicate && x.rep.predicate === y.rep.predicate) score += 0.15;
  // "A similar outage in January" against this outage: one recalls another event.
  if (x.distanced !== y.distanced) score = Math.min(score, ALIGN_THRESHOLD - 0.01);
  // Different people or places doing the thing: not the same fact, whatever the wording shares.
  const otherPeople = disjoint(x.own, y.own, 'e:person:');
  if (otherPeople) score *= 0.5;
  // Places are often details (sent from Tarvel, to reach Zelov), but a dispute needs one place.
  const elsewhere = disjoint(x.full, y.full, 'e:place:');
  const sameArticle = x.claims.some((c) => y.claims.some((d) => d.articleId === c.articleId));
  const oneSided = (x.rep.predicate === null) !== (y.rep.predicate === null);
  const found = conflicts(x.slots, y.slots);
  return { a: x.index, b: y.index, own, score, topic, conflicts: found, sameArticle, comparable, oneSided, elsewhere, otherPeople };
}

/**
 * Candidate pairs from an inverted index over own terms: each form is scored against the
 * forms sharing the most weight with it. Long posting lists are read only in part, so a
 * story of many near-identical reports costs a bounded amount per form.
 */
function candidatePairs(forms: readonly Form[]): ScoredPair[] {
  const postings = new Map<string, number[]>();
  for (const f of forms) {
    for (const t of f.own.keys()) {
      if (t.startsWith('c:') && f.own.get(t)! < 0.3) continue;
      const list = postings.get(t) ?? [];
      list.push(f.index);
      postings.set(t, list);
    }
  }
  const seen = new Set<string>();
  const pairs: ScoredPair[] = [];
  const acc = new Map<number, number>();
  for (const f of forms) {
    acc.clear();
    for (const [t, w] of f.own) {
      const list = postings.get(t);
      if (!list) continue;
      const start = lowerBound(list, f.index);
      // Read the neighbours of this form in the list, not always its head: near-identical
      // forms then link in a chain instead of all competing for the same first entries.
      const from = Math.max(0, Math.min(start - POSTINGS_READ / 2, list.length - POSTINGS_READ));
      const to = Math.min(list.length, from + POSTINGS_READ);
      for (let k = from; k < to; k++) {
        const g = list[k]!;
        if (g !== f.index) acc.set(g, (acc.get(g) ?? 0) + w);
      }
    }
    // Shared weight bounds the similarity: pairs that cannot come near the threshold are not scored.
    const ranked = [...acc]
      .filter(([g, w]) => w / Math.sqrt(f.ownSum * forms[g]!.ownSum) >= MIN_ESTIMATE)
      .sort((p, q) => q[1] - p[1] || p[0] - q[0])
      .slice(0, CANDIDATES);
    for (const [g] of ranked) add(f.index, g);
  }
  // Claims that fill the same slot (a count of deaths, the length of the war, a reason for
  // the collapse) are compared whatever else they share: that is where contradictions are.
  for (const block of slotBlocks(forms).values()) {
    const buckets = new Map<string, number[]>();
    for (const [fi, value] of block) {
      const list = buckets.get(value) ?? [];
      if (list.length < BUCKET) list.push(fi);
      buckets.set(value, list);
    }
    const taken = [...buckets.values()].slice(0, BUCKETS).flat();
    for (let i = 0; i < taken.length; i++) for (let j = i + 1; j < taken.length; j++) add(taken[i]!, taken[j]!);
  }
  return pairs;

  function add(x: number, y: number): void {
    const a = Math.min(x, y);
    const b = Math.max(x, y);
    const key = `${a}:${b}`;
    if (a === b || seen.has(key)) return;
    seen.add(key);
    pairs.push(scorePair(forms[a]!, forms[b]!));
  }
}

const BUCKET = 6;
const BUCKETS = 12;

/** Slot key → the forms filling it, with their value, so that distinct values meet. */
function slotBlocks(forms: readonly Form[]): Map<string, [number, string][]> {
  const blocks = new Map<string, [number, string][]>();
  const put = (key: string, fi: number, value: string): void => {
    const list = blocks.get(key) ?? [];
    list.push([fi, value]);
    blocks.set(key, list);
  };
  for (const f of forms) {
    const s = f.slots;
    for (const [k, v] of s.numbers) put(`n:${k}`, f.index, `${v.low}:${v.high}`);
    for (const [k, v] of s.durations) put(`d:${k}`, f.index, `${v.low}:${v.high}`);
    for (const [k, v] of s.dates) put(`t:${k}`, f.index, v.map((x) => x.low).join(','));
    for (const [k, v] of s.properties) put(`a:${k}`, f.index, String(v));
    if ((s.causes.length > 0 || s.deniedCauses.size > 0) && f.rep.predicate) put(`c:${f.rep.predicate}`, f.index, [...s.causes.flatMap((c) => [...c]), ...s.deniedCauses].sort().join(','));
  }
  return blocks;
}

function lowerBound(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Union-find over aligned pairs, best first, keeping every group free of conflicting slots. */
function cluster(forms: readonly Form[], pairs: readonly ScoredPair[]): Int32Array {
  const parent = new Int32Array(forms.length).map((_, i) => i);
  const slots = forms.map((f) => f.slots);
  const days = forms.map((f) => daysOf(f.rep.terms));
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const bar = (p: ScoredPair): number => (p.sameArticle ? SAME_ARTICLE_THRESHOLD : p.oneSided ? ONE_SIDED_THRESHOLD : ALIGN_THRESHOLD);
  const aligned = pairs
    .filter((p) => p.comparable && p.conflicts.length === 0 && p.score >= bar(p) && (!p.sameArticle || p.own >= SAME_ARTICLE_THRESHOLD) && sameFigures(slots[p.a]!, slots[p.b]!))
    .sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
  // Every scored pair's score, for average linkage: a group is claims that state one fact
  // with each other, not a chain where the first and the last share nothing.
  const scoreOf = new Map<number, number>();
  for (const p of pairs) if (p.comparable && p.conflicts.length === 0) scoreOf.set(p.a * forms.length + p.b, p.score);
  const members = forms.map((_, i) => [i]);
  const linkage = (a: readonly number[], b: readonly number[]): number => {
    let sum = 0;
    for (const i of a) for (const j of b) sum += scoreOf.get(Math.min(i, j) * forms.length + Math.max(i, j)) ?? 0;
    return sum / (a.length * b.length);
  };
  const cohesive = (a: readonly number[], b: readonly number[]): boolean => {
    const [small, large] = a.length <= b.length ? [a, b] : [b, a];
    return small.every((i) => {
      let near = 0;
      for (const j of large) if ((scoreOf.get(Math.min(i, j) * forms.length + Math.max(i, j)) ?? 0) >= MEMBER) near++;
      return near * 2 >= large.length;
    });
  };
  for (const p of aligned) {
    const ra = find(p.a);
    const rb = find(p.b);
    if (ra === rb) continue;
    if (conflicts(slots[ra]!, slots[rb]!).length > 0 || !sameFigures(slots[ra]!, slots[rb]!)) continue;
    const ma = members[ra]!;
    const mb = members[rb]!;
    // Large groups are compared on a sample of their members, so that a story of many copies stays linear.
    if ((ma.length > 1 || mb.length > 1) && linkage(ma.slice(0, LINKAGE_SAMPLE), mb.slice(0, LINKAGE_SAMPLE)) < LINKAGE) continue;
    // And every member of the smaller group states the fact with half the other's at least.
    if ((ma.length > 1 || mb.length > 1) && !cohesive(ma.slice(0, LINKAGE_SAMPLE), mb.slice(0, LINKAGE_SAMPLE))) continue;
    if (!daysAgree(days[ra]!, days[rb]!)) continue;
    const root = Math.min(ra, rb);
    const other = Math.max(ra, rb);
    parent[other] = root;
    slots[root] = mergeSlots(slots[ra]!, slots[rb]!);
    days[root] = joinDays(days[ra]!, days[rb]!);
    members[root] = ma.length >= mb.length ? [...ma, ...mb] : [...mb, ...ma];
    members[other] = [];
  }
  for (let i = 0; i < forms.length; i++) parent[i] = find(i);
  return parent;
}
