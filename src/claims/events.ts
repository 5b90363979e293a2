/**
 * Events across a story's reports: the words in different articles that name one happening
 * ("the quake struck", "the earthquake", "the tremor"), grouped by average linkage over the
 * pair model (event-pairs.ts). A fact is a clause; an event is what clauses are about, and
 * one clause can name several ("charged with murder over the shooting").
 */
import type { AnnotatedArticle } from '../pipeline/annotate.js';
import type { Canonicalization } from '../language/entities/canonical.js';
import type { ClaimGroup, StoryEvent } from './types.js';
import type { SourceIndex } from './sources.js';
import { mentionContexts, type GroupAt, type MentionContext } from './event-context.js';
import { eventMentions } from './event-mentions.js';
import { firstAtOrAfter, lemmaOf } from './words.js';
import { wordVectors } from './vectors.js';
import { pairProbability, wordLink, type WordLink } from './event-pairs.js';

/** How likely two mentions name one event, given what their words share. */
export type PairScore = (a: MentionContext, b: MentionContext, link: WordLink) => number;

/**
 * Pairs less likely than this are left unscored (they count 0 in every mean): they could
 * add at most a tenth to a mean that must reach the threshold, and they are most pairs.
 */
export const EDGE_FLOOR = 0.1;
import { EVENT_MODEL } from './event-model.js';

interface Link {
  score: number;
  a: number;
  b: number;
  /** Sizes when pushed: a link whose clusters have changed since is stale. */
  sizeA: number;
  sizeB: number;
}

/** A binary max-heap of links, ties broken by cluster ids so the result never depends on insertion order. */
class LinkHeap {
  private readonly items: Link[] = [];
  get size(): number {
    return this.items.length;
  }
  private static above(x: Link, y: Link): boolean {
    return x.score > y.score || (x.score === y.score && (x.a < y.a || (x.a === y.a && x.b < y.b)));
  }
  push(link: Link): void {
    const items = this.items;
    items.push(link);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!LinkHeap.above(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }
  pop(): Link | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < items.length && LinkHeap.above(items[l]!, items[best]!)) best = l;
        if (r < items.length && LinkHeap.above(items[r]!, items[best]!)) best = r;
        if (best === i) break;
        [items[i], items[best]] = [items[best]!, items[i]!];
        i = best;
      }
    }
    return top;
  }
}

/**
 * Average-linkage clustering over sparse pair scores: two clusters join while the mean score
 * over all their member pairs (unscored pairs count 0) reaches the threshold. A chain of
 * near pairs never joins two events that are far apart as wholes.
 */
export function averageLinkage(count: number, scores: ReadonlyMap<number, ReadonlyMap<number, number>>, threshold: number, weights: readonly number[] = []): number[][] {
  const members = new Map<number, number[]>();
  const sums = new Map<number, Map<number, number>>();
  /** How many mentions a cluster stands for: a node may be a sentence several articles repeat. */
  const mass = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    members.set(i, [i]);
    sums.set(i, new Map());
    mass.set(i, weights[i] ?? 1);
  }
  const heap = new LinkHeap();
  for (const [i, row] of scores) {
    for (const [j, s] of row) {
      if (i === j) continue;
      const [a, b] = i < j ? [i, j] : [j, i];
      const sa = sums.get(a)!;
      sa.set(b, (sa.get(b) ?? 0) + s * mass.get(a)! * mass.get(b)!);
      sums.get(b)!.set(a, sa.get(b)!);
    }
  }
  for (const [a, row] of sums) {
    for (const [b, s] of row) {
      const mean = s / (mass.get(a)! * mass.get(b)!);
      if (a < b && mean >= threshold) heap.push({ score: mean, a, b, sizeA: 1, sizeB: 1 });
    }
  }
  let next = count;
  while (heap.size > 0) {
    const link = heap.pop()!;
    const ma = members.get(link.a);
    const mb = members.get(link.b);
    if (!ma || !mb || ma.length !== link.sizeA || mb.length !== link.sizeB) continue;
    const id = next++;
    const merged = [...ma, ...mb];
    const weight = mass.get(link.a)! + mass.get(link.b)!;
    const row = new Map<number, number>();
    for (const side of [link.a, link.b]) {
      for (const [k, s] of sums.get(side)!) {
        if (k === link.a || k === link.b) continue;
        row.set(k, (row.get(k) ?? 0) + s);
        sums.get(k)!.delete(side);
      }
      sums.delete(side);
      members.delete(side);
      mass.delete(side);
    }
    members.set(id, merged);
    sums.set(id, row);
    mass.set(id, weight);
    for (const [k, s] of row) {
      sums.get(k)!.set(id, s);
      const size = members.get(k)!.length;
      const mean = s / (weight * mass.get(k)!);
      if (mean >= threshold) heap.push({ score: mean, a: Math.min(id, k), b: Math.max(id, k), sizeA: id < k ? merged.length : size, sizeB: id < k ? size : merged.length });
    }
  }
  return [...members.values()].map((m) => m.sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!);
}

/** Mentions of one word are compared each with the next this many: a word said thousands of times costs linear work. */
const SAME_WORD_REACH = 200;
/** Of two related words, this many mentions of each are compared across. */
const OTHER_WORD_REACH = 40;
/** Words related by meaning alone (vector cosine) are looked for among the story's most mentioned words, this many. */
const MEANING_WORDS = 400;
/** The lowest cosine at which two words may be scored as one event's (wordLink asks 0.45 of rare words, 0.6 of common ones). */
const MEANING_FLOOR = 0.45;

/**
 * The pairs of distinct words worth comparing: one derivational family or prefix of one
 * ("negotiation", "negotiated"), one word the end of the other ("quake", "earthquake"), one
 * lexicon class, or, among the most mentioned words, any pair (their vectors decide). Found
 * through keys, so a story with tens of thousands of words never compares them all.
 */
function relatedWords(words: readonly { lemma: string; family: string; cls: string | null; row: number; count: number }[]): [number, number][] {
  const pairs = new Set<number>();
  const n = words.length;
  const add = (i: number, j: number): void => {
    if (i !== j) pairs.add(i < j ? i * n + j : j * n + i);
  };
  const byKey = new Map<string, number[]>();
  const key = (k: string, i: number): void => {
    const list = byKey.get(k);
    if (list) list.push(i);
    else byKey.set(k, [i]);
  };
  const index = new Map(words.map((w, i) => [w.lemma, i]));
  words.forEach((w, i) => {
    key(`f:${w.family.slice(0, 5)}`, i);
    if (w.cls) key(`c:${w.cls}`, i);
    for (let k = 3; k < w.lemma.length - 2; k++) {
      const tail = w.lemma.slice(k);
      for (const t of [tail, `${tail}e`]) {
        const j = index.get(t);
        if (j !== undefined) add(i, j);
      }
    }
  });
  for (const list of byKey.values()) for (let p = 0; p < list.length; p++) for (let q = p + 1; q < list.length; q++) add(list[p]!, list[q]!);
  // Only pairs near enough in meaning to be scored at all (see wordLink): most are not.
  const v = wordVectors();
  const frequent = words.map((w, i) => ({ i, count: w.count, row: w.row })).filter((w) => w.row >= 0).sort((x, y) => y.count - x.count || x.i - y.i).slice(0, MEANING_WORDS);
  if (v) for (let p = 0; p < frequent.length; p++) for (let q = p + 1; q < frequent.length; q++) if (v.cosine(frequent[p]!.row, frequent[q]!.row) >= MEANING_FLOOR) add(frequent[p]!.i, frequent[q]!.i);
  return [...pairs].sort((x, y) => x - y).map((k) => [Math.floor(k / n), k % n]);
}

/**
 * The pair scores of a story's mentions, for those worth scoring. Whether a pair is worth it
 * depends on the two words alone, so it is decided once per pair of related words, and the
 * work grows with the mentions, not with their square.
 */
export function pairScores(contexts: readonly MentionContext[], score: PairScore = pairProbability): Map<number, Map<number, number>> {
  const byLemma = new Map<string, number[]>();
  contexts.forEach((c, i) => {
    const list = byLemma.get(c.lemma);
    if (list) list.push(i);
    else byLemma.set(c.lemma, [i]);
  });
  const groups = [...byLemma.values()];
  const out = new Map<number, Map<number, number>>();
  const put = (i: number, j: number, link: WordLink): void => {
    const [a, b] = i < j ? [i, j] : [j, i];
    const s = score(contexts[a]!, contexts[b]!, link);
    if (s < EDGE_FLOOR) return;
    let row = out.get(a);
    if (!row) out.set(a, (row = new Map()));
    row.set(b, s);
  };
  for (const x of groups) {
    const self = x.length > 1 ? wordLink(contexts[x[0]!]!, contexts[x[1]!]!) : null;
    if (self) for (let p = 0; p < x.length; p++) for (let q = p + 1; q < Math.min(x.length, p + 1 + SAME_WORD_REACH); q++) put(x[p]!, x[q]!, self);
  }
  const words = groups.map((g) => ({ ...contexts[g[0]!]!, count: g.length }));
  for (const [g, h] of relatedWords(words)) {
    const x = groups[g]!;
    const y = groups[h]!;
    const link = wordLink(contexts[x[0]!]!, contexts[y[0]!]!);
    if (!link) continue;
    for (const i of x.slice(0, OTHER_WORD_REACH)) for (const j of y.slice(0, OTHER_WORD_REACH)) put(i, j, link);
  }
  return out;
}

/**
 * The mentions grouped into events: each group is a list of indexes into `contexts`. A
 * sentence that several articles repeat word for word (a wire paragraph) names one event
 * with each of its words, so its copies are scored once, as one node of their number.
 */
export function linkEvents(contexts: readonly MentionContext[], threshold: number = EVENT_MODEL.threshold, score?: PairScore): number[][] {
  const nodeOf = new Map<string, number>();
  const nodes: number[][] = [];
  contexts.forEach((c, i) => {
    const node = nodeOf.get(c.statement);
    if (node === undefined) {
      nodeOf.set(c.statement, nodes.length);
      nodes.push([i]);
    } else nodes[node]!.push(i);
  });
  const representatives = nodes.map((n) => contexts[n[0]!]!);
  const clusters = averageLinkage(nodes.length, pairScores(representatives, score), threshold, nodes.map((n) => n.length));
  return clusters.map((c) => c.flatMap((node) => nodes[node]!).sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!);
}

/** How far back from a word to look for the claims around it: claims nest only a few deep. */
const NESTED_CLAIMS = 64;

/**
 * Where claim evidence lies: the claim group whose evidence holds a span, the tightest when
 * claims nest (a relative clause cut out of its sentence). Found by search, not by a scan of
 * the article's claims, so long articles stay linear.
 */
export function claimLocator(groups: readonly Pick<ClaimGroup, 'id' | 'evidence'>[]): GroupAt {
  const spans = new Map<string, { start: number; end: number; id: string }[]>();
  for (const g of groups) {
    for (const e of g.evidence) {
      const list = spans.get(e.articleId);
      if (list) list.push({ start: e.start, end: e.end, id: g.id });
      else spans.set(e.articleId, [{ start: e.start, end: e.end, id: g.id }]);
    }
  }
  for (const list of spans.values()) list.sort((a, b) => a.start - b.start || b.end - a.end);
  return (articleId, start, end) => {
    const list = spans.get(articleId);
    if (!list) return null;
    let k = firstAtOrAfter(list, start + 1) - 1;
    let best: string | null = null;
    let width = Infinity;
    for (let seen = 0; k >= 0 && seen < NESTED_CLAIMS; k--, seen++) {
      const s = list[k]!;
      if (s.start <= start && end <= s.end && s.end - s.start < width) {
        width = s.end - s.start;
        best = s.id;
      }
    }
    return best;
  };
}

/** Verbs that say little by themselves ("made", "came", "held"): an event told only through them is no event a reader can name. */
const LIGHT_VERBS = new Set(['make', 'take', 'come', 'go', 'get', 'give', 'have', 'do', 'hold', 'put', 'set', 'keep', 'want', 'expect', 'believe', 'continue', 'begin', 'seem', 'become', 'remain', 'need', 'try', 'use', 'see', 'know', 'think', 'let', 'help', 'show', 'bring', 'call'].map(lemmaOf));

/**
 * The story's events named in two or more independent reports, the most widely reported
 * first: each with the words that name it, where, and the facts (claim groups) it is in.
 */
export function storyEvents(articles: readonly AnnotatedArticle[], canonical: Canonicalization, groups: readonly ClaimGroup[], sources: SourceIndex): StoryEvent[] {
  const groupAt = claimLocator(groups);
  const contexts = mentionContexts(articles.flatMap(eventMentions), articles, canonical, groupAt);
  const events: StoryEvent[] = [];
  for (const cluster of linkEvents(contexts)) {
    const members = cluster.map((i) => contexts[i]!);
    if (members.every((c) => LIGHT_VERBS.has(c.lemma))) continue;
    const independent = [...new Set(members.map((c) => sources.sourceOf(c.mention.articleId)))].sort();
    if (independent.length < 2) continue;
    const words = new Map<string, number>();
    for (const c of members) words.set(c.low, (words.get(c.low) ?? 0) + 1);
    const label = [...words].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    events.push({
      id: '',
      label,
      independentSources: independent.length,
      sources: independent,
      mentions: members.map((c) => ({ ...c.mention })),
      claimIds: [...new Set(members.map((c) => c.group).filter((g): g is string => g !== null))].sort(),
    });
  }
  events.sort((a, b) => b.independentSources - a.independentSources || b.mentions.length - a.mentions.length || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  events.forEach((e, i) => (e.id = `event-${i + 1}`));
  return events;
}
