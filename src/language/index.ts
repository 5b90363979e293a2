import type { Article, Message } from '../pipeline/record.js';
import type { LanguageAnnotations } from './types.js';
import { splitSentences } from './sentences/index.js';
import { tokenize } from './tokens/index.js';
import { findEntities } from './entities/index.js';
import { findQuotes } from './quotes/index.js';
import { findTimes } from './times/index.js';
import { findQuantities } from './numbers/index.js';

/** Bumped whenever the layer's output changes, so stored annotations are recomputed. */
export const LANGUAGE_VERSION = 4;

/**
 * The language stage: sentences, entities, quotes, times and quantities for one article,
 * each with offsets into `article.text`. A failure in one annotator is a message on the
 * article; the others still run.
 */
export function annotateLanguage(article: Pick<Article, 'text' | 'paragraphs' | 'published'>): LanguageAnnotations {
  const messages: Message[] = [];
  const attempt = <T>(stage: string, fallback: T, run: () => T): T => {
    try {
      return run();
    } catch (error) {
      messages.push({ severity: 'warning', stage: `language/${stage}`, code: 'annotator-failed', text: `${stage} could not be annotated: ${(error as Error).message}` });
      return fallback;
    }
  };
  const { text, paragraphs } = article;
  const sentences = attempt('sentences', [], () => splitSentences(text, paragraphs));
  const tokens = tokenize(text);
  const { mentions, entities } = attempt('entities', { mentions: [], entities: [] }, () => findEntities(text, sentences, tokens));
  const quotes = attempt('quotes', [], () => findQuotes(text, sentences, mentions, entities, tokens));
  const times = attempt('times', [], () => findTimes(text, article.published.value));
  const quantities = attempt('numbers', [], () => findQuantities(text));
  if (article.published.value === null && times.some((t) => t.anchor === 'unresolved')) {
    messages.push({ severity: 'warning', stage: 'language/times', code: 'no-anchor', text: 'no publication date: relative times such as "on Tuesday" are left unresolved' });
  }
  return { sentences, mentions, entities, quotes, times, quantities, messages };
}
