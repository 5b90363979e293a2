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

/**
 * The language stage for many articles, reusing what the store already holds for the
 * current layer version and saving what it computes, in one transaction.
 */
export async function annotateArticles(store: Store, articles: readonly Article[]): Promise<AnnotatedArticle[]> {
  const stored = await store.getAnnotations<LanguageAnnotations>(LAYER, articles.map((a) => a.id));
  const fresh: { articleId: string; layer: string; version: number; data: LanguageAnnotations }[] = [];
  const out = articles.map((given) => {
    // Articles stored before the limits existed may be over them. Their cached annotations
    // index paragraphs the limits split, so they are recomputed.
    const article = limitArticle(given);
    const cached = stored.get(article.id);
    if (cached && cached.version === LANGUAGE_VERSION && article === given) return { article, language: cached.data };
    const language = annotateLanguage(article);
    fresh.push({ articleId: article.id, layer: LAYER, version: LANGUAGE_VERSION, data: language });
    return { article, language };
  });
  if (fresh.length > 0) await store.saveAnnotations(fresh);
  return out;
}
