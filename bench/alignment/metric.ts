/**
 * Coreference scores for a partition of mentions against a gold partition.
 *
 * A partition maps each mention to a cluster key; null puts the mention in a cluster of its
 * own (an unmapped mention, a gold singleton). Pairwise scores count links between mentions
 * of different documents in one topic: the cross-document question the bench asks. MUC, B³
 * and CEAF-e (and CoNLL F1, their mean) score the whole partition, within-document links
 * included, as the coreference literature does (Pradhan et al. 2014).
 */
export type Partition = ReadonlyMap<string, string | null>;

export interface Item {
  id: string;
  doc: string;
  topic: string | number;
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

export interface Pairwise extends Score {
  pairs: number;
  goldLinks: number;
  predictedLinks: number;
  correctLinks: number;
}

export function f1Of(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

function score(precision: number, recall: number): Score {
  return { precision, recall, f1: f1Of(precision, recall) };
}

function keyOf(p: Partition, id: string): string {
  if (!p.has(id)) throw new Error(`mention ${id} is not in the partition`);
  return p.get(id) ?? `\u0000alone\u0000${id}`;
}

/** Links between mentions of different documents in one topic. */
export function pairwise(items: readonly Item[], gold: Partition, predicted: Partition): Pairwise {
  const byTopic = new Map<string, Item[]>();
  for (const it of items) {
    const t = String(it.topic);
    const list = byTopic.get(t);
    if (list) list.push(it);
    else byTopic.set(t, [it]);
  }
  let pairs = 0;
  let goldLinks = 0;
  let predictedLinks = 0;
  let correctLinks = 0;
  for (const list of byTopic.values()) {
    const g = list.map((it) => keyOf(gold, it.id));
    const p = list.map((it) => keyOf(predicted, it.id));
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (list[i]!.doc === list[j]!.doc) continue;
        pairs++;
        const inGold = g[i] === g[j];
        const inPredicted = p[i] === p[j];
        if (inGold) goldLinks++;
        if (inPredicted) predictedLinks++;
        if (inGold && inPredicted) correctLinks++;
      }
    }
  }
  const precision = predictedLinks ? correctLinks / predictedLinks : 0;
  const recall = goldLinks ? correctLinks / goldLinks : 0;
  return { ...score(precision, recall), pairs, goldLinks, predictedLinks, correctLinks };
}

/** The clusters of a partition restricted to `ids`, as lists of ids. */
export function clustersOf(ids: readonly string[], p: Partition): string[][] {
  const out = new Map<string, string[]>();
  for (const id of ids) {
    const k = keyOf(p, id);
    const list = out.get(k);
    if (list) list.push(id);
    else out.set(k, [id]);
  }
  return [...out.values()];
}

/** Vilain et al. (1995): links needed to rebuild each key cluster from its parts in the response. */
export function muc(ids: readonly string[], gold: Partition, predicted: Partition): Score {
  const side = (key: Partition, response: Partition): number => {
    let found = 0;
    let needed = 0;
    for (const cluster of clustersOf(ids, key)) {
      const parts = new Set(cluster.map((id) => keyOf(response, id))).size;
      found += cluster.length - parts;
      needed += cluster.length - 1;
    }
    return needed ? found / needed : 0;
  };
  return score(side(predicted, gold), side(gold, predicted));
}

/** Bagga & Baldwin (1998): per mention, the overlap of its key and response clusters, averaged. */
export function bcubed(ids: readonly string[], gold: Partition, predicted: Partition): Score {
  if (ids.length === 0) return score(0, 0);
  const size = (p: Partition): Map<string, number> => {
    const m = new Map<string, number>();
    for (const id of ids) m.set(keyOf(p, id), (m.get(keyOf(p, id)) ?? 0) + 1);
    return m;
  };
  const goldSize = size(gold);
  const predictedSize = size(predicted);
  const both = new Map<string, number>();
  const cell = (id: string): string => `${keyOf(gold, id)}\u0001${keyOf(predicted, id)}`;
  for (const id of ids) both.set(cell(id), (both.get(cell(id)) ?? 0) + 1);
  let p = 0;
  let r = 0;
  for (const id of ids) {
    const n = both.get(cell(id))!;
    p += n / predictedSize.get(keyOf(predicted, id))!;
    r += n / goldSize.get(keyOf(gold, id))!;
  }
  return score(p / ids.length, r / ids.length);
}

/**
 * Luo (2005), entity-based CEAF: key and response clusters aligned one to one so that the
 * sum of φ4 = 2|K∩R| / (|K| + |R|) is largest; that sum over the number of response
 * clusters is precision, over the number of key clusters recall. The alignment is solved
 * exactly on each connected group of overlapping clusters, which keeps the matrices small.
 */
export function ceafe(ids: readonly string[], gold: Partition, predicted: Partition): Score {
  const keys = clustersOf(ids, gold);
  const responses = clustersOf(ids, predicted);
  if (keys.length === 0) return score(0, 0);
  const responseOf = new Map<string, number>();
  responses.forEach((c, j) => c.forEach((id) => responseOf.set(id, j)));
  // Components of the bipartite overlap graph, by union-find over key (i) and response (K + j) nodes.
  const parent = Array.from({ length: keys.length + responses.length }, (_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  const overlap = keys.map((c) => {
    const counts = new Map<number, number>();
    for (const id of c) counts.set(responseOf.get(id)!, (counts.get(responseOf.get(id)!) ?? 0) + 1);
    return counts;
  });
  overlap.forEach((counts, i) => {
    for (const j of counts.keys()) parent[find(i)] = find(keys.length + j);
  });
  const components = new Map<number, { k: number[]; r: number[] }>();
  for (let x = 0; x < parent.length; x++) {
    const c = components.get(find(x)) ?? { k: [], r: [] };
    if (x < keys.length) c.k.push(x);
    else c.r.push(x - keys.length);
    components.set(find(x), c);
  }
  let total = 0;
  for (const { k, r } of components.values()) {
    const weights = k.map((i) => r.map((j) => {
      const n = overlap[i]!.get(j) ?? 0;
      return n ? (2 * n) / (keys[i]!.length + responses[j]!.length) : 0;
    }));
    total += maxAssignment(weights);
  }
  return score(total / responses.length, total / keys.length);
}

export interface Conll {
  muc: Score;
  bcubed: Score;
  ceafe: Score;
  /** The mean of the three F1s. */
  conllF1: number;
}

export function conll(ids: readonly string[], gold: Partition, predicted: Partition): Conll {
  const m = muc(ids, gold, predicted);
  const b = bcubed(ids, gold, predicted);
  const c = ceafe(ids, gold, predicted);
  return { muc: m, bcubed: b, ceafe: c, conllF1: (m.f1 + b.f1 + c.f1) / 3 };
}

/**
 * The largest sum of weights over a one-to-one assignment of rows to columns (either may be
 * left over): the Hungarian method on the padded square matrix of negated weights.
 */
export function maxAssignment(weights: readonly (readonly number[])[]): number {
  const rows = weights.length;
  const cols = rows ? weights[0]!.length : 0;
  const n = Math.max(rows, cols);
  if (n === 0) return 0;
  const cost = (i: number, j: number): number => -(i < rows && j < cols ? weights[i]![j]! : 0);
  // 1-based potentials and matching, as in the classic O(n³) formulation.
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const match = new Array<number>(n + 1).fill(0);
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    match[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(Infinity);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = match[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[match[j]!] = u[match[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (match[j0] !== 0);
    do {
      const j1 = way[j0]!;
      match[j0] = match[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  let total = 0;
  for (let j = 1; j <= n; j++) total -= cost(match[j]! - 1, j - 1);
  return total;
}
