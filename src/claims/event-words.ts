/**
 * Whether a word names an event by what it means: "quake", "blaze", "rehab" and "arson"
 * are neither verbs nor action nouns, yet name happenings, and a list of them would never
 * end. A logistic model over the word's vector (weights learned from ECB+ event mentions
 * of the train topics, event-word-model.ts) answers for any word the vectors hold.
 */
import { wordVectors } from './vectors.js';
import { logistic } from './event-pairs.js';
import { EVENT_WORD_MODEL } from './event-word-model.js';

const cache = new Map<string, number>();

/** The features of a lemma: a bias and its unit vector; null when the vectors do not hold it. */
export function eventWordFeatures(lemma: string): number[] | null {
  const v = wordVectors();
  const row = v ? v.rowOf(lemma) : -1;
  if (!v || row < 0) return null;
  return [1, ...v.unit(row)];
}

export function eventWordProbability(lemma: string): number {
  const known = cache.get(lemma);
  if (known !== undefined) return known;
  const x = EVENT_WORD_MODEL.weights.length > 0 ? eventWordFeatures(lemma) : null;
  const p = x ? logistic(EVENT_WORD_MODEL.weights, x) : 0;
  // Bounded: a stream of unseen words must not grow the table without end.
  if (cache.size > 100_000) cache.clear();
  cache.set(lemma, p);
  return p;
}

/** Whether the model takes the word for an event's name. */
export function namesEvent(lemma: string): boolean {
  return eventWordProbability(lemma) >= EVENT_WORD_MODEL.threshold;
}
