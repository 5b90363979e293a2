/**
 * Which quotes are key quotes, for the briefing and the story page alike: what someone said,
 * not a word an outlet put in quotation marks to keep its distance (“productive”,
 * “maximalist”), and each once however many copies of its article repeat it.
 */
import type { QuoteReport } from '../claims/types.js';

/** Words of two letters or more: "U.S." and "no" count, a stray dash does not. */
function wordCount(text: string): number {
  return text.split(/\s+/u).filter((w) => /\p{L}.*\p{L}|\p{L}{1}\./u.test(w)).length;
}

/** A partial quote of one or two words: the outlet's scare quotes, not someone's statement. */
export function isScareQuote(q: Pick<QuoteReport, 'kind' | 'text'>): boolean {
  return q.kind === 'partial' && wordCount(q.text) <= 2;
}

/** Quote text as compared for repeats: case, quotation marks and spacing folded. */
function wordsKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”"‘’'«».,;:!?]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Each quote once per independent source: a copy of an article repeats its quotes, and the
 * one kept is the original's (`isOriginal`) when there is one, else the first.
 */
export function distinctQuotes(quotes: readonly QuoteReport[], isOriginal: (articleId: string) => boolean): QuoteReport[] {
  const kept = new Map<string, QuoteReport>();
  for (const q of quotes) {
    const key = `${q.source}\u0000${q.speaker.entityId ?? q.speaker.name.toLowerCase()}\u0000${wordsKey(q.text)}`;
    const had = kept.get(key);
    if (!had || (!isOriginal(had.articleId) && isOriginal(q.articleId))) kept.set(key, q);
  }
  const chosen = new Set(kept.values());
  return quotes.filter((q) => chosen.has(q));
}

/** The key quotes of a story, in the order given. */
export function keyQuotes(quotes: readonly QuoteReport[], isOriginal: (articleId: string) => boolean): QuoteReport[] {
  return distinctQuotes(quotes, isOriginal).filter((q) => !isScareQuote(q));
}
