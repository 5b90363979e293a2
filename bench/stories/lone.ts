/**
 * Lone articles beside their sibling event: the precision BCubed on ECB+ cannot see, since
 * every gold story there has about ten articles and none is alone.
 *
 * From each topic, one half is cut down to a single article while the other half stays
 * whole, so the lone article's nearest story is always the other event of its kind (the
 * other heist in Paris, the other quake on Qeshm). Its right place is a story of its own;
 * joining any story is an error. Four corpora per split (which half is cut, alternating by
 * topic, and which article is kept), each clustered online in a fixed shuffle and
 * re-clustered.
 */
import { StoryClusterer } from '../../src/stories/online.js';
import { reclusterArticles } from '../../src/stories/recluster.js';
import { shuffled, type EcbArticle } from './data.js';

export interface LoneResult {
  lone: number;
  joinedOnline: number;
  joinedReclustered: number;
}

export async function loneArticles(docs: readonly EcbArticle[], seed: number): Promise<LoneResult> {
  const byStory = new Map<string, EcbArticle[]>();
  for (const d of docs) byStory.set(d.story, [...(byStory.get(d.story) ?? []), d]);
  for (const list of byStory.values()) list.sort((a, b) => a.id.localeCompare(b.id));
  const result: LoneResult = { lone: 0, joinedOnline: 0, joinedReclustered: 0 };
  for (const keep of [0, 1]) {
    for (const parity of [0, 1]) {
      const lone = new Set<string>();
      const corpus = docs.filter((d) => {
        const half = d.story.endsWith('ecbplus') ? 1 : 0;
        if ((d.topic + parity) % 2 !== half) return true;
        if (byStory.get(d.story)![keep] !== d) return false;
        lone.add(d.id);
        return true;
      });
      const order = shuffled(corpus, seed);
      const online = new StoryClusterer();
      for (const a of order) await online.add(a);
      const onlineSize = new Map<string, number>();
      for (const ids of (await online.assignments()).values()) for (const id of ids) onlineSize.set(id, ids.length);
      const re = await reclusterArticles(order);
      const reSize = new Map<string, number>();
      for (const m of re.members) reSize.set(m.storyId, (reSize.get(m.storyId) ?? 0) + 1);
      for (const m of re.members) {
        if (!lone.has(m.articleId)) continue;
        result.lone++;
        if (reSize.get(m.storyId)! > 1) result.joinedReclustered++;
        if (onlineSize.get(m.articleId)! > 1) result.joinedOnline++;
      }
    }
  }
  return result;
}
