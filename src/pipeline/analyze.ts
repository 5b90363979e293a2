import type { Article } from './record.js';
import type { Store } from '../store/store.js';
import { annotateArticles, type AnnotatedArticle } from './annotate.js';
import { canonicalize, type Canonicalization } from '../language/entities/canonical.js';
import { updateCopies, type CopyGroup } from '../copies/index.js';

/** Everything the stages after ingest know about a set of articles. */
export interface Analysis {
  annotated: AnnotatedArticle[];
  canonical: Canonicalization;
  copyGroups: CopyGroup[];
}

/**
 * The stages after ingest, over the articles of one run: the language layer (cached in
 * the store per article), canonical entities across the articles, and copy groups
 * (updated incrementally in the store).
 */
export async function analyzeArticles(store: Store, articles: readonly Article[]): Promise<Analysis> {
  const unique = [...new Map(articles.map((a) => [a.id, a])).values()];
  const annotated = await annotateArticles(store, unique);
  const canonical = canonicalize(annotated.map((a) => ({ articleId: a.article.id, entities: a.language.entities })));
  const copyGroups = await updateCopies(store, unique);
  return { annotated, canonical, copyGroups };
}
