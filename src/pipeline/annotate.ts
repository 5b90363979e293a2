import type { Article } from './record.js';
import type { Store } from '../store/store.js';
import type { LanguageAnnotations } from '../language/types.js';
import { annotateLanguage, LANGUAGE_VERSION } from '../language/index.js';
import { limitArticle } from './limits.js';

export interface AnnotatedArticle {
  article: Article;
  language: LanguageAnnotations;
}

const LAYER = 'language';

/** Computes an article's language layer elsewhere (a worker thread of src/pool): the same result as `annotateLanguage`. */
export type ArticleAnnotator = (article: Article) => Promise<LanguageAnnotations>;

/**
 * The language stage for many articles, reusing what the store already holds for the
 * current layer version and saving what it computes, in one transaction.
 */
export async function annotateArticles(store: Store, articles: readonly Article[], annotate?: ArticleAnnotator): Promise<AnnotatedArticle[]> {
  const stored = await store.getAnnotations<LanguageAnnotations>(LAYER, articles.map((a) => a.id));
  const fresh: { articleId: string; layer: string; version: number; data: LanguageAnnotations }[] = [];
  const out = await Promise.all(
    articles.map(async (given) => {
      // Articles stored before the limits existed may be over them. Their cached annotations
      // index paragraphs the limits split, so they are recomputed.
      const article = limitArticle(given);
      const cached = stored.get(article.id);
      if (cached && cached.version === LANGUAGE_VERSION && article === given) return { article, language: cached.data };
      const language = annotate ? await annotate(article) : annotateLanguage(article);
      fresh.push({ articleId: article.id, layer: LAYER, version: LANGUAGE_VERSION, data: language });
      return { article, language };
    }),
  );
  if (fresh.length > 0) await store.saveAnnotations(fresh);
  return out;
}
