/**
 * A large synthetic stream for throughput and memory, built from ECB+ so that its clusters
 * mean something: each synthetic story is one of ECB+'s 66 stories retold about other
 * people and places. Its articles mix sentences of that story's documents (most from one
 * document, the rest from the others, with a fixed seed), and every capitalised word is
 * replaced by an invented name chosen per (story, word), figures shifted per story. So
 * stories drawn from the same ECB+ story share all their content words and differ only in
 * names and figures: the hardest case for the clusterer, many times over.
 */
import type { ClusterArticle } from '../../src/stories/online.js';
import { NOT_NAMES, STOPWORDS } from '../../src/stories/stopwords.js';
import { rng } from './data.js';
import type { EcbArticle } from './data.js';

export interface SyntheticStream {
  articles: ClusterArticle[];
  /** Synthetic story of each article. */
  story: Int32Array;
  stories: number;
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ten', 'vo', 'zu', 'bel', 'dor', 'fi', 'gan', 'ho', 'jer', 'kus', 'lam', 'nor', 'pe', 'quin', 'sar', 'tov', 'ul', 'ves', 'wy', 'xan', 'yor', 'zel'];

function hash(s: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** An invented capitalised name for `word` in story variant `variant`; variant 0 keeps the original. */
function rename(word: string, variant: number): string {
  if (variant === 0) return word;
  let h = hash(word, variant);
  const n = 2 + (h % 2);
  let out = '';
  for (let i = 0; i < n; i++) {
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
    out += SYLLABLES[h % SYLLABLES.length];
  }
  return out[0]!.toUpperCase() + out.slice(1);
}

const CAPITALISED = /\b\p{Lu}[\p{L}'’-]*/gu;
const FIGURE = /\b\d+(?:\.\d+)?\b/g;

/** Function words, months and titles stay: only what names someone or something is invented anew. */
function keep(word: string): boolean {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  return STOPWORDS.has(w) || NOT_NAMES.has(w);
}

function retell(sentence: string, variant: number): string {
  if (variant === 0) return sentence;
  return sentence
    .replace(CAPITALISED, (w) => (keep(w) ? w : rename(w, variant)))
    .replace(FIGURE, (f, at: number, all: string) => {
      if (all[at - 1] === ':' || all[at + f.length] === ':' || /^(19|20)\d\d$/.test(f)) return f;
      return f.includes('.') ? (Number(f) + (variant % 7) / 10).toFixed(1) : String(Number(f) + (variant % 13));
    });
}

/** `count` articles in `stories` synthetic stories, in a shuffled order fixed by `seed`. */
export function syntheticStream(docs: readonly EcbArticle[], count: number, stories: number, seed = 42): SyntheticStream {
  const r = rng(seed);
  const byStory = new Map<string, string[][]>();
  for (const d of docs) {
    const sentences = [d.title, ...d.text.split(/\n+/)].filter((s) => s.trim().length > 0);
    if (sentences.length === 0) continue;
    const list = byStory.get(d.story) ?? [];
    list.push(sentences);
    byStory.set(d.story, list);
  }
  const gold = [...byStory.keys()].sort();
  const articles: ClusterArticle[] = [];
  const story = new Int32Array(count);
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  for (let k = 0; k < count; k++) {
    const s = order[k]! % stories;
    const base = byStory.get(gold[s % gold.length]!)!;
    const variant = Math.floor(s / gold.length);
    const main = base[Math.floor(r() * base.length)]!;
    const length = Math.min(24, 6 + Math.floor(r() * 14));
    const picked: string[] = [];
    for (let i = 1; i < main.length && picked.length < length; i++) {
      if (r() < 0.7) picked.push(main[i]!);
      else {
        const other = base[Math.floor(r() * base.length)]!;
        picked.push(other[Math.floor(r() * other.length)]!);
      }
    }
    articles.push({
      id: `syn-${k}`,
      title: retell(main[0]!, variant),
      text: picked.map((p) => retell(p, variant)).join('\n\n'),
      published: { value: null },
      source: { name: `outlet-${Math.floor(r() * 400)}` },
    });
    story[k] = s;
  }
  return { articles, story, stories };
}
