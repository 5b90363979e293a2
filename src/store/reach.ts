/**
 * Candidate lookup for story clustering, shared by the story transactions: the stories a
 * set of weighted terms reaches most strongly through their postings.
 */

/**
 * The `count` strongest of `keys`, strongest first, ties to the key `before` puts first: a
 * bounded insertion, since only a few of many are wanted. The result does not depend on
 * the order of `keys`.
 */
export function strongest<T>(keys: Iterable<T>, score: (key: T) => number, before: (a: T, b: T) => boolean, count: number): T[] {
  const best: T[] = [];
  const scores: number[] = [];
  for (const key of keys) {
    const s = score(key);
    let at = best.length;
    while (at > 0 && (scores[at - 1]! < s || (scores[at - 1] === s && before(key, best[at - 1]!)))) at--;
    if (at >= count) continue;
    best.splice(at, 0, key);
    scores.splice(at, 0, s);
    if (best.length > count) {
      best.pop();
      scores.pop();
    }
  }
  return best;
}

/**
 * From each term's postings (most recently posted first, already cut to the limit), the
 * `count` stories with the largest sum of the weights of the terms that reach them; ties
 * to the smaller story id. Sums are taken in term order, as the in-memory store does, and
 * a term of no weight reaches nothing.
 */
export function strongestReached(lists: readonly (readonly string[])[], weights: readonly number[], count: number): string[] {
  const reach = new Map<string, number>();
  for (let i = 0; i < lists.length; i++) {
    const weight = weights[i]!;
    if (!(weight > 0)) continue;
    for (const id of lists[i]!) reach.set(id, (reach.get(id) ?? 0) + weight);
  }
  return strongest(reach.keys(), (id) => reach.get(id)!, (a, b) => a < b, count);
}
