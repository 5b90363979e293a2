import type { Article, Message } from '../pipeline/record.js';
import type { LanguageAnnotations } from './types.js';
import { splitSentences } from './sentences/index.js';
import { tokenize } from './tokens/index.js';
import { findEntities } from './entities/index.js';
import { findQuotes } from './quotes/index.js';
import { findTimes } from './times/index.js';
import { findQuantities } from './numbers/index.js';
import { primaryLanguage } from '../identify/language.js';

/** Bumped whenever the layer's output changes, so stored annotations are recomputed. */
export const LANGUAGE_VERSION = 5;

/** The languages the layer reads. Others keep their sentences only. */
export const ANALYSED_LANGUAGES: readonly string[] = ['en'];

/** Whether an article in `language` is read; one whose language is unknown is read as English. */
export function analysedLanguage(language: string | null | undefined): boolean {
  // Articles stored before languages were detected carry their page's tag: "en-GB" is English.
  const primary = primaryLanguage(language);
  return !primary || ANALYSED_LANGUAGES.includes(primary);
}

/**
 * The language stage: sentences, entities, quotes, times and quantities for one article,
 * each with offsets into `article.text`. A failure in one annotator is a message on the
 * article; the others still run.
 */
export function annotateLanguage(article: Pick<Article, 'text' | 'paragraphs' | 'published'> & Partial<Pick<Article, 'language'>>): LanguageAnnotations {
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
  // English rules on another language read junk ("Betriebsversammlung" as a name, "per Aber"
  // as a speaker): such an article keeps its sentences and says it was not read further.
  if (!analysedLanguage(article.language)) {
    messages.push({ severity: 'warning', stage: 'language', code: 'language-not-analysed', text: `written in ${article.language}: corroborate reads English only, so its sentences are kept but no names, quotes, times, figures or claims are read` });
    return { sentences, mentions: [], entities: [], quotes: [], times: [], quantities: [], messages };
  }
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
