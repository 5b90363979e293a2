import type { Article } from './record.js';
import type { Store } from '../store/store.js';

/**
 * The articles a run analyses: its own, in their order, then those earlier runs stored but
 * never finished (a plain `ingest`, or a run killed after storing them), in stored order.
 * Rerunning a killed command so gives the order, and so the stories, of an uninterrupted run.
 */
export async function withUnfinished(store: Store, own: readonly Article[]): Promise<{ articles: Article[]; resumed: number }> {
  const articles = [...new Map(own.map((a) => [a.id, a])).values()];
  const seen = new Set(articles.map((a) => a.id));
  let resumed = 0;
  for (const id of await store.unfinishedArticles()) {
    if (seen.has(id)) continue;
    const stored = await store.getArticle(id);
    if (!stored) continue;
    articles.push(stored);
    resumed++;
  }
  return { articles, resumed };
}
