/**
 * ECB+ documents as articles for story clustering, and the literature's train/dev split.
 *
 * Two repairs, both undoing the corpus's tokenisation rather than adding anything: an
 * `ecbplus` document's first sentence is its source URL (DATA.md), not text, and is
 * dropped, since only that half has one and its "http" and host names would tell the halves
 * apart; and figures the tokeniser split ("5. 9", "7: 15", "11 / 28 / 05") are joined again.
 * No document carries a publication date.
 */
import { loadEcbPlus } from '../data/ecbplus.js';
import { rng } from '../../src/test-support/random.js';

export interface EcbArticle {
  id: string;
  title: string;
  text: string;
  published: { value: string | null };
  story: string;
  topic: number;
}

/** Cybulska & Vossen (2015) and later work: these topics are dev; the other 25 are train. */
export const DEV_TOPICS: ReadonlySet<number> = new Set([2, 5, 12, 18, 21, 23, 34, 35]);

export function ecbArticles(): EcbArticle[] {
  return loadEcbPlus().map((d) => {
    const lines = d.text.split('\n').map((l) => l.replace(/(\d) ?([.:/]) (?=\d)/g, '$1$2').replace(/(\d) ([:/]) ?(?=\d)/g, '$1$2'));
    const body = d.story.endsWith('/ecbplus') ? lines.slice(1) : lines;
    return {
      id: d.name.replace(/\.xml$/, ''),
      title: body[0] ?? '',
      text: body.slice(1).join('\n\n'),
      published: { value: null },
      story: d.story,
      topic: Number(d.topic),
    };
  });
}

export { rng };

export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const r = rng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
