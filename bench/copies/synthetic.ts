/**
 * A large synthetic corpus for throughput and memory: articles of 8–30 sentences drawn from
 * ECB+'s ~12,000 sentences with a fixed seed. Nine in ten sentences get a quarter of their
 * words replaced, so that 100,000 articles are not 100,000 shuffles of the same sentences
 * (which no real corpus is); one in ten is kept verbatim, like a quote or boilerplate many
 * outlets share, which fills sentence buckets to their caps. One article in ten is a
 * planted copy of an earlier one: exact 2 %, with chrome 3 %, edited 3 %, excerpt 2 %.
 */
import type { CopyArticle } from '../../src/copies/index.js';
import { rng } from '../../src/copies/testing.js';
import type { EcbDocument } from '../data/ecbplus.js';
import { chromeBoxes, edit, excerpt } from './labelled.js';

export type PlantedKind = 'exact' | 'chrome' | 'edits' | 'excerpt';

export interface SyntheticCorpus {
  articles: CopyArticle[];
  /** For a planted copy: the index of its source article; else -1. */
  source: Int32Array;
  kind: (PlantedKind | null)[];
}

export interface SentencePool {
  sentences: string[];
  vocabulary: string[];
}

export function sentencePool(docs: readonly EcbDocument[]): SentencePool {
  const sentences = docs.flatMap((d) => d.text.split('\n')).filter((s) => s.split(' ').length >= 5);
  const vocabulary = [...new Set(sentences.flatMap((s) => s.split(' ')).filter((w) => /^[a-z]{3,}$/.test(w)))];
  return { sentences, vocabulary };
}

const PLANTED: readonly [PlantedKind, number][] = [
  ['exact', 0.02],
  ['chrome', 0.03],
  ['edits', 0.03],
  ['excerpt', 0.02],
];

export function syntheticCorpus(pool: SentencePool, count: number, seed: number, idPrefix = 's'): SyntheticCorpus {
  const r = rng(seed);
  const articles: CopyArticle[] = [];
  const source = new Int32Array(count).fill(-1);
  const kind: (PlantedKind | null)[] = [];
  const sentences: string[][] = [];
  const foreign = (): string => pool.sentences[Math.floor(r() * pool.sentences.length)]!;
  for (let i = 0; i < count; i++) {
    const id = `${idPrefix}${String(i).padStart(6, '0')}`;
    const day = 1 + Math.floor((i / count) * 27);
    const published = { value: `2026-02-${String(day).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00:00Z` };
    let roll = i > 100 ? r() : 1;
    let planted: PlantedKind | null = null;
    for (const [k, p] of PLANTED) {
      if (roll < p) {
        planted = k;
        break;
      }
      roll -= p;
    }
    if (planted) {
      const from = Math.floor(r() * i);
      const base = sentences[from]!;
      let text: string[];
      if (planted === 'exact') text = base;
      else if (planted === 'chrome') text = [...chromeBoxes(r, foreign).slice(0, 1), ...base, ...chromeBoxes(r, foreign)];
      else if (planted === 'edits') text = edit(base, 0.1 + r() * 0.3, r, foreign, pool.vocabulary);
      else text = excerpt(base, 0.2 + r() * 0.3, r);
      sentences.push(text);
      articles.push({ id, text: paragraphs(text, r), published });
      source[i] = from;
      kind.push(planted);
      continue;
    }
    const length = 8 + Math.floor(r() * 23);
    const text: string[] = [];
    for (let k = 0; k < length; k++) {
      const s = pool.sentences[Math.floor(r() * pool.sentences.length)]!;
      text.push(r() < 0.1 ? s : s.split(' ').map((w) => (r() < 0.25 ? pool.vocabulary[Math.floor(r() * pool.vocabulary.length)]! : w)).join(' '));
    }
    sentences.push(text);
    articles.push({ id, text: paragraphs(text, r), published });
    kind.push(null);
  }
  return { articles, source, kind };
}

/** Sentences into paragraphs of one to three, separated by a blank line as in `Article.text`. */
function paragraphs(sentences: readonly string[], r: () => number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences.length; ) {
    const n = 1 + Math.floor(r() * 3);
    out.push(sentences.slice(i, i + n).join(' '));
    i += n;
  }
  return out.join('\n\n');
}
