/**
 * Which members of a story its analysis reads. A story of thousands of near-copies (a wire
 * report run by every outlet, a feed that repeats itself) would cost time and memory
 * quadratic in its size for little more than its first few hundred say: past
 * `MAX_ANALYSED_ARTICLES` the analysis reads one article of each copy group first (its
 * original, where the story holds it), earliest first, then fills up with the rest in order
 * of publication. The story's document says how many it read (`sample`).
 */
import type { Store } from '../store/store.js';
import type { CopyGroup } from '../copies/index.js';

export const MAX_ANALYSED_ARTICLES = 200;

/** The members to analyse, in the story's own order; all of them when there are few enough. */
export function analysedMembers(members: readonly string[], groups: readonly CopyGroup[], published: ReadonlyMap<string, string | null>, max = MAX_ANALYSED_ARTICLES): string[] {
  if (members.length <= max) return [...members];
  const inStory = new Set(members);
  const groupOf = new Map<string, CopyGroup>();
  for (const g of groups) for (const m of g.members) groupOf.set(m.id, g);
  const when = (id: string): string => published.get(id) ?? '\uffff';
  const ordered = [...members].sort((a, b) => (when(a) < when(b) ? -1 : when(a) > when(b) ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const chosen = new Set<string>();
  const groupsTaken = new Set<string>();
  for (const id of ordered) {
    if (chosen.size >= max) break;
    const g = groupOf.get(id);
    if (g && groupsTaken.has(g.id)) continue;
    if (g) groupsTaken.add(g.id);
    chosen.add(g && inStory.has(g.original) ? g.original : id);
  }
  for (const id of ordered) {
    if (chosen.size >= max) break;
    chosen.add(id);
  }
  return members.filter((id) => chosen.has(id));
}

/** `analysedMembers` for a stored story, reading publication dates only when it is too big to read whole. */
export async function storedAnalysedMembers(store: Store, members: readonly string[], groups: readonly CopyGroup[], max = MAX_ANALYSED_ARTICLES): Promise<string[]> {
  if (members.length <= max) return [...members];
  const facts = await store.copyTransaction((tx) => tx.facts(members), { readOnly: true });
  return analysedMembers(members, groups, new Map(facts.map((f) => [f.id, f.published])), max);
}
