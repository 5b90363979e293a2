/**
 * BCubed precision and recall (Bagga & Baldwin 1998; Amigó et al. 2009): for each item, the
 * share of its predicted cluster that shares its gold label, and the share of its gold
 * class that shares its predicted cluster, averaged over items.
 */
export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
  items: number;
  clusters: number;
  classes: number;
}

/** `predicted` and `gold` map each item to its cluster and its class; items are `gold`'s keys. */
export function bcubed(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): BCubed {
  const items = [...gold.keys()];
  const cell = new Map<string, number>();
  const clusterSize = new Map<string, number>();
  const classSize = new Map<string, number>();
  for (const item of items) {
    const c = predicted.get(item);
    if (c === undefined) throw new Error(`item ${item} has no predicted cluster`);
    const g = gold.get(item)!;
    cell.set(`${c}\u0000${g}`, (cell.get(`${c}\u0000${g}`) ?? 0) + 1);
    clusterSize.set(c, (clusterSize.get(c) ?? 0) + 1);
    classSize.set(g, (classSize.get(g) ?? 0) + 1);
  }
  let p = 0;
  let r = 0;
  for (const item of items) {
    const c = predicted.get(item)!;
    const g = gold.get(item)!;
    const both = cell.get(`${c}\u0000${g}`)!;
    p += both / clusterSize.get(c)!;
    r += both / classSize.get(g)!;
  }
  const n = items.length;
  const precision = n ? p / n : 0;
  const recall = n ? r / n : 0;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0, items: n, clusters: clusterSize.size, classes: classSize.size };
}
