import type { Store } from '../store/store.js';

/**
 * The articles a run analyses: its own, in their order, then those earlier runs stored but
 * never finished (a plain `ingest`, or a run killed after storing them), in stored order.
 * Rerunning a killed command so gives the order, and so the stories, of an uninterrupted run.
 */
export async function withUnfinished(store: Store, own: readonly string[]): Promise<{ ids: string[]; resumed: number }> {
  const ids = [...new Set(own)];
  const seen = new Set(ids);
  let resumed = 0;
  for (const id of await store.unfinishedArticles()) {
    if (seen.has(id)) continue;
    seen.add(id);
    ids.push(id);
    resumed++;
  }
  return { ids, resumed };
}
