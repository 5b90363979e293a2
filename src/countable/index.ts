/**
 * Whether an article can count as a source. A report that says nothing — no text, a line or
 * two of words, a paywall's invitation to subscribe, a page of links — must not join a story
 * or stand as one more outlet agreeing: two outlets would "corroborate" a fact one of them
 * never stated. Such an article is still stored, with a warning that says why it does not
 * count; the stories stage leaves it out (stories/index.ts).
 */
import type { Article, Message } from '../pipeline/record.js';

export type Uncountable = 'empty' | 'near-empty' | 'paywall' | 'no-prose';

export const COUNTABLE_STAGE = 'countable';
/** A headline with no text counts only as a whole sentence of news this long (a one-line brief). */
export const MIN_WORDS = 15;
/** Fewer words than this, headline and text together, say too little to be a report. */
export const NEAR_EMPTY_WORDS = 8;
/** Lines, none of them long enough for a sentence, that make a page of links or labels. */
const LIST_LINES = 3;
/** A text this short that asks the reader to subscribe is the stub in front of a paywall. */
const STUB_WORDS = 150;
/** A paragraph with this many words can hold a sentence; a page with none is links and labels. */
const PROSE_WORDS = 8;

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
const PAYWALL =
  /\b(?:(?:subscribe|sign in|log in|register|become a (?:member|subscriber))(?: now)? to (?:continue|keep) reading|(?:subscribe|sign in|log in|register) to (?:read|access|unlock) (?:the|this|our) (?:full |whole |rest of the )?(?:article|story|content)|(?:this|the full) (?:article|story|content) is (?:only )?(?:available|reserved) (?:only )?(?:to|for) (?:subscribers|members)|already a subscriber\?|subscribers only|for subscribers only|premium (?:article|content) for subscribers)\b/iu;

function words(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}

/** Why `article` cannot count as a source, or null when it can. */
export function uncountable(article: Pick<Article, 'title' | 'text'>): Uncountable | null {
  const body = words(article.text);
  const all = body + words(article.title);
  // A headline alone counts when it is a whole sentence of news (a one-line brief).
  if (body === 0 && all < MIN_WORDS) return 'empty';
  if (all < NEAR_EMPTY_WORDS) return 'near-empty';
  if (body < STUB_WORDS && PAYWALL.test(article.text)) return 'paywall';
  const lines = article.text.split(/\n+/u).filter((p) => p.trim() !== '');
  if (lines.length >= LIST_LINES && !lines.some((p) => words(p) >= PROSE_WORDS) && words(article.title) < MIN_WORDS) return 'no-prose';
  return null;
}

const REASONS: Record<Uncountable, string> = {
  empty: 'it has no text',
  'near-empty': `it has fewer than ${NEAR_EMPTY_WORDS} words`,
  paywall: 'its text is a paywall’s invitation to subscribe',
  'no-prose': 'its text has no sentence, only short lines (links, labels, a menu)',
};

/** The warning an uncountable article is stored with. */
export function uncountableMessage(reason: Uncountable): Message {
  return { severity: 'warning', stage: COUNTABLE_STAGE, code: reason, text: `not counted as a source: ${REASONS[reason]}; it is stored, but joins no story` };
}

/** The article with its warning when it cannot count; the same article when it can. */
export function markCountable(article: Article): Article {
  const reason = uncountable(article);
  if (!reason || article.messages.some((m) => m.stage === COUNTABLE_STAGE)) return article;
  return { ...article, messages: [...article.messages, uncountableMessage(reason)] };
}

/** Whether the article can count as a source: judged again from its text, so articles stored before this stage are judged too. */
export function countsAsSource(article: Pick<Article, 'title' | 'text'>): boolean {
  return uncountable(article) === null;
}

/** The reason an article was stored as one that cannot count (its warning), or null. */
export function uncountedReason(article: Pick<Article, 'messages'>): Uncountable | null {
  const m = article.messages.find((x) => x.stage === COUNTABLE_STAGE);
  return m ? (m.code as Uncountable) : null;
}
