/**
 * What names a story for a reader: the headline of its most central article (chosen in
 * online.ts against the centroid), and the name phrases most of its articles use.
 */
import { own } from './own.js';

/** Phrases kept per story; the list is cut back to this once it is twice as long, so a name that keeps coming has time to climb. */
const PHRASES_KEPT = 24;

/** A headline a reader can use: a few words, not a wall of text. */
export function usableTitle(title: string): boolean {
  const t = title.trim();
  return t.length >= 12 && t.length <= 200 && t.split(/\s+/).length >= 3;
}

const byUse = (a: readonly [string, number], b: readonly [string, number]): number => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** Cut back to the most used once twice too long; otherwise left in first-seen order (sorting is for readers). */
function bounded(counts: Map<string, number>): [string, number][] {
  const entries = [...counts];
  return entries.length > PHRASES_KEPT * 2 ? entries.sort(byUse).slice(0, PHRASES_KEPT) : entries;
}

/** Adds one article's phrases (each counted once) to a story's. */
export function mergePhrases(current: readonly [string, number][], article: ReadonlyMap<string, number>): [string, number][] {
  const counts = new Map(current);
  for (const phrase of article.keys()) {
    const n = counts.get(phrase);
    // A phrase new to the story is copied: as sliced, it would keep the article's whole text alive (own.ts).
    if (n === undefined) counts.set(own(phrase), 1);
    else counts.set(phrase, n + 1);
  }
  return bounded(counts);
}

/** Two stories' phrase counts added together. */
export function sumPhrases(a: readonly [string, number][], b: readonly [string, number][]): [string, number][] {
  const counts = new Map(a);
  for (const [phrase, n] of b) counts.set(phrase, (counts.get(phrase) ?? 0) + n);
  return bounded(counts);
}

export interface MainEntity {
  name: string;
  /** Articles of the story that name it (a lower bound for long stories, where rare phrases were dropped). */
  articles: number;
}

/**
 * The most used names, a short form folded into the longer one it abbreviates ("Lohan"
 * into "Lindsay Lohan"), when exactly one listed phrase contains it.
 */
export function mainEntities(phrases: readonly [string, number][], limit = 8): MainEntity[] {
  const entries = [...phrases].sort(byUse).map(([name, articles]) => ({ name, articles, key: name.toLowerCase() }));
  const kept: typeof entries = [];
  for (const e of entries) {
    const longer = entries.filter((o) => o !== e && o.key.length > e.key.length && (` ${o.key} `).includes(` ${e.key} `));
    if (longer.length === 1) {
      longer[0]!.articles = Math.max(longer[0]!.articles, e.articles);
      continue;
    }
    kept.push(e);
  }
  return kept
    .sort((a, b) => b.articles - a.articles || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, limit)
    .map(({ name, articles }) => ({ name, articles }));
}
