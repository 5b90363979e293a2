/**
 * How likely two mentions name one event: a logistic model over what their words share
 * (lemma, family, compound, lexicon class, vector cosine) and what their sentences say
 * (the claim group, people, dates, a figure or ordinal on the word). Context counts only
 * beside a word in common: two sentences about one person may tell two of their events.
 * The weights are learned from ECB+ coreference links of the train topics
 * (scripts/train-events.ts writes event-model.ts).
 */
import type { MentionContext } from './event-context.js';
import { sameFamily } from './event-context.js';
import { isStopword } from './words.js';
import { wordVectors } from './vectors.js';
import { COMMON_WORDS } from './soft.js';
import { EVENT_MODEL } from './event-model.js';

export const PAIR_FEATURES = [
  'bias',
  'same lemma',
  'same family',
  'compound',
  'same class',
  'cosine',
  'cosine of common words',
  'same doc',
  'words near, same claim group',
  'words near, shared entities',
  'words near, people differ',
  'words near, same date',
  'words near, dates differ',
  'words near, figures differ',
  'words near, same figure',
  'words near, both in leads',
  'same lemma, people differ',
  'same lemma, figures differ',
  'same lemma, same claim group',
  'same lemma, both in leads',
] as const;

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

function disjoint(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
}

/**
 * One word the last part of the other, after a word of its own ("quake", "earthquake";
 * "fire", "wildfire"), not after a prefix, a particle or a fragment ("return", "outbreak",
 * "welcome", "intend") nor a negation ("agreement", "disagreement").
 */
export function compound(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) < 3) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length < 4) return false;
  // Lemmas of long words lose a final e that short ones keep ("wildfir", "fire").
  const tail = long.endsWith(short) ? short : short.endsWith('e') && long.endsWith(short.slice(0, -1)) ? short.slice(0, -1) : null;
  if (tail === null) return false;
  const front = long.slice(0, long.length - tail.length).replace(/-$/u, '');
  if (front.length < 3 || NEGATING_PREFIX.test(front) || PREFIX.test(front) || isStopword(front)) return false;
  const row = wordVectors()?.rowOf(front) ?? -1;
  return row >= 0 && row < WORD_OF_ITS_OWN;
}

/** A front part must be a word this frequent at least (a row of the vectors) to be a word of its own, not a fragment ("cont", "int"). */
const WORD_OF_ITS_OWN = 10_000;
const NEGATING_PREFIX = /^(?:dis|un|non-?|in|im|ir|il|mis|anti-?|counter-?)$/u;
/** Latin and Greek prefixes that the vectors hold as tokens ("com", "pro"): "compromise" is no kind of "promise". */
const PREFIX = /^(?:com|con|pro|pre|sub|per|ex|inter|intra|trans|super|semi|multi|post|mid|co|de|re)-?$/u;

/** The cosine of two mentions' words, split by whether either is among the most frequent words (whose closeness says little). */
function cosines(a: MentionContext, b: MentionContext): { rare: number; common: number } {
  const v = wordVectors();
  if (!v || a.row < 0 || b.row < 0 || a.lemma === b.lemma) return { rare: 0, common: 0 };
  const c = Math.max(0, v.cosine(a.row, b.row));
  return a.row < COMMON_WORDS || b.row < COMMON_WORDS ? { rare: 0, common: c } : { rare: c, common: 0 };
}

/** What two mentions' words share; it depends on the words alone, so a story computes it once per pair of lemmas. */
export interface WordLink {
  lemma: number;
  family: number;
  compound: number;
  cls: number;
  rare: number;
  common: number;
  /** A word in common in some sense: only then does what the sentences share count. */
  near: number;
}

/**
 * What two mentions' words share, or null when nothing: such pairs score as unrelated,
 * which keeps a story of thousands of mentions fast.
 */
export function wordLink(a: MentionContext, b: MentionContext): WordLink | null {
  const lemma = a.lemma === b.lemma ? 1 : 0;
  const family = !lemma && sameFamily(a.family, b.family) ? 1 : 0;
  const comp = !lemma && compound(a.lemma, b.lemma) ? 1 : 0;
  const cls = !lemma && a.cls !== null && a.cls === b.cls ? 1 : 0;
  const { rare, common } = cosines(a, b);
  if (!(lemma || family || comp || cls || rare >= 0.45 || common >= 0.6)) return null;
  return { lemma, family, compound: comp, cls, rare, common, near: lemma || family || comp || cls || rare >= 0.6 ? 1 : 0 };
}

export function candidatePair(a: MentionContext, b: MentionContext): boolean {
  return wordLink(a, b) !== null;
}

export function pairFeatures(a: MentionContext, b: MentionContext, link: WordLink | null = wordLink(a, b)): number[] {
  const { lemma, family, compound: comp, cls, rare, common, near } = link ?? { lemma: 0, family: 0, compound: 0, cls: 0, rare: 0, common: 0, near: 0 };
  const group = a.group !== null && a.group === b.group ? 1 : 0;
  const people = disjoint(a.persons, b.persons) ? 1 : 0;
  const figures = a.modifier !== null && b.modifier !== null && a.modifier !== b.modifier ? 1 : 0;
  const sameFigure = a.modifier !== null && a.modifier === b.modifier ? 1 : 0;
  const leads = a.lead && b.lead ? 1 : 0;
  const datesDiffer = disjoint(a.times, b.times);
  return [
    1,
    lemma,
    family,
    comp,
    cls,
    rare,
    common,
    a.mention.articleId === b.mention.articleId ? 1 : 0,
    near * group,
    near * jaccard(a.entities, b.entities),
    near * people,
    near * (datesDiffer || a.times.size === 0 || b.times.size === 0 ? 0 : 1),
    near * (datesDiffer ? 1 : 0),
    near * figures,
    near * sameFigure,
    near * leads,
    lemma * people,
    lemma * figures,
    lemma * group,
    lemma * leads,
  ];
}

export function logistic(weights: readonly number[], features: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < features.length; i++) z += (weights[i] ?? 0) * features[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** The probability that two mentions name one event, under the shipped model. */
export function pairProbability(a: MentionContext, b: MentionContext, link: WordLink | null = wordLink(a, b)): number {
  return link ? logistic(EVENT_MODEL.weights, pairFeatures(a, b, link)) : 0;
}
