/**
 * The labelled pairs of the copies bench, built from ECB+ texts and the example corpus
 * with a fixed seed. Every variant is read back through the real readers (`processInput`)
 * so that formats, normalization and identification are the pipeline's own.
 *
 * Kinds and their expected relation to the source:
 * - exact: the same text published again → identical
 * - chrome: share prompts, "Read more" teasers, a newsletter box, a copyright line,
 *   2–4 of them above, inside or below the text → near-identical
 * - format: the same text as an HTML page or a WordPress REST post, against the plain
 *   text → identical or near-identical (an HTML headline equal to the first line is
 *   dropped by normalization, as on real pages)
 * - edits: 10–40 % of the words edited, whole sentences at a time: a sentence is deleted,
 *   replaced by one from another topic, or has a third of its words substituted
 *   → rewrite
 * - excerpt: a contiguous run of sentences holding 20–50 % of the words → excerpt
 * - same-story negatives: two different ECB+ documents of the same story, or two
 *   different reports in examples/news. ECB+ itself holds syndicated copies (wire stories
 *   reprinted with edits), so only pairs sharing < 15 % of their 8-word sequences (the
 *   smaller text's) count as independent reports; pairs above are reported apart as
 *   "ECB+ reuse", unlabelled.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processInput } from '../../src/pipeline/run.js';
import type { Article } from '../../src/pipeline/record.js';
import { comparableText } from '../../src/normalize/text.js';
import { loadEcbPlus, type EcbDocument } from '../data/ecbplus.js';
import { rng } from '../../src/copies/testing.js';

export type Kind = 'exact' | 'chrome' | 'format' | 'edits' | 'excerpt';
export const KINDS: readonly Kind[] = ['exact', 'chrome', 'format', 'edits', 'excerpt'];

export interface Source {
  article: Article;
  /** Republishes the source's exact text as another outlet's item (its own address, so its own id). */
  republish: (name: string) => Article;
  /** ECB+ story, or 'examples'. */
  story: string;
  topic: string;
  sentences: string[];
}

export interface Positive {
  kind: Kind;
  source: Source;
  variant: Article;
  /** For edits: the share of words edited; for excerpts: the share kept. */
  share: number;
}

export interface Negative {
  a: Article;
  b: Article;
  origin: 'ecb+' | 'examples';
}

export interface LabelledSet {
  sources: Source[];
  positives: Positive[];
  negatives: Negative[];
  /** Same-story ECB+ pairs with shared running text: reuse in the wild, not labelled. */
  reuse: Negative[];
}

/** Source documents per kind from ECB+ (plus every example article). */
const PER_KIND = 200;
/** ECB+ documents shorter than this are background only: news reports are longer, and chrome would outweigh them. */
const MIN_SOURCE_WORDS = 150;
const NEGATIVE_MAX_REUSE = 0.15;
const REUSE_SHINGLE = 8;

/**
 * Reads one input through the pipeline. A variant keeps its input name as id: article ids
 * hash title, text and URL, so the same words in a plain-text file would otherwise share the
 * source's id, while a real copy is published at another address and gets its own.
 */
function read(name: string, bytes: string | Buffer): Article {
  const outcome = processInput({ name, bytes: typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes });
  if (outcome.error || outcome.articles.length !== 1) throw new Error(`bench input ${name} did not read as one article: ${outcome.error?.message}`);
  return { ...outcome.articles[0]!, id: name };
}

const words = (text: string): number => (comparableText(text).match(/\S+/g) ?? []).length;

function sentencesOf(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z“"‘(])/))
    .map((s) => s.trim())
    .filter(Boolean);
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function htmlPage(title: string, paragraphs: string[], date: string, url: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} | The Bench Gazette</title>
<meta property="og:title" content="${escapeHtml(title)}"><meta property="article:published_time" content="${date}">
<link rel="canonical" href="${url}"></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>${escapeHtml(title)}</h1><p class="byline">By Bench Staff</p>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article><aside><h2>Most read</h2><ul><li><a href="/a">Council approves budget</a></li><li><a href="/b">Storm warning issued</a></li></ul></aside></main>
<footer><p>© 2026 The Bench Gazette</p></footer></body></html>`;
}

function wordpressPost(title: string, paragraphs: string[], date: string, url: string, n: number): string {
  return JSON.stringify({
    id: 9000 + n,
    date: date.replace('Z', ''),
    date_gmt: date.replace('Z', ''),
    slug: `bench-${n}`,
    status: 'publish',
    type: 'post',
    link: url,
    title: { rendered: escapeHtml(title) },
    content: { rendered: paragraphs.map((p) => `<p>${escapeHtml(p).replace(/'/g, '&#8217;')}</p>`).join('\n'), protected: false },
    excerpt: { rendered: `<p>${escapeHtml(paragraphs[0] ?? '')}</p>` },
  });
}

/** Builds the labelled set; deterministic for a seed. */
export function buildLabelledSet(seed = 20260310): LabelledSet {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  const docs = loadEcbPlus();
  const sources: Source[] = docs.map((d: EcbDocument) => ({
    article: read(`ecb/${d.name.replace(/\.xml$/, '.txt')}`, d.text),
    republish: (name: string) => read(`${name}.txt`, d.text),
    story: d.story,
    topic: d.topic,
    sentences: sentencesOf(d.text),
  }));
  const examplesDir = fileURLToPath(new URL('../../examples/news/', import.meta.url));
  for (const name of readdirSync(examplesDir).sort()) {
    const outcome = processInput({ name: `news/${name}`, bytes: readFileSync(join(examplesDir, name)) });
    for (const a of outcome.articles) {
      // Items of feeds and dumps cannot be re-read alone: a wire's JSON Lines item carries the same text.
      const republish = (n: string): Article =>
        read(`${n}.jsonl`, JSON.stringify({ title: a.title, text: a.text, url: `https://wire.example/${n}`, published: '2026-03-13T08:00:00Z', source: 'Bench Wire' }) + '\n');
      sources.push({ article: a, republish, story: 'examples', topic: 'examples', sentences: sentencesOf(a.text) });
    }
  }

  const eligible = sources.filter((s) => words(s.article.text) >= MIN_SOURCE_WORDS);
  const ecb = eligible.filter((s) => s.story !== 'examples');
  const examples = eligible.filter((s) => s.story === 'examples');
  const vocabulary = [...new Set(docs.flatMap((d) => d.text.split(/\s+/)).filter((w) => /^[a-z]{3,}$/.test(w)))];
  // Inserted sentences are new writing: a sentence of another topic with 40 % of its words
  // replaced. Verbatim, it could be the whole text of a one-sentence ECB+ document, and the
  // variant would then truly contain that document.
  const otherSentences = (topic: string): string => {
    for (;;) {
      const s = pick(sources);
      if (s.topic !== topic && s.sentences.length > 0) return reword(pick(s.sentences), 0.4, r, vocabulary);
    }
  };

  const positives: Positive[] = [];
  let n = 0;
  for (const kind of KINDS) {
    const chosen = [...shuffle(ecb, r).slice(0, PER_KIND), ...examples];
    for (const source of chosen) {
      n++;
      const name = `${kind}-${n}`;
      const text = source.sentences;
      let variant: Article;
      let share = 1;
      if (kind === 'exact') {
        variant = source.republish(name);
      } else if (kind === 'chrome') {
        const parts = paragraphsOf(source.article.text);
        const boxes = chromeBoxes(r, () => otherSentences(source.topic));
        for (const box of boxes) {
          const where = r();
          if (where < 0.3) parts.unshift(box);
          else if (where < 0.5) parts.splice(1 + Math.floor(r() * Math.max(1, parts.length - 1)), 0, box);
          else parts.push(box);
        }
        variant = read(`${name}.txt`, parts.join('\n\n'));
      } else if (kind === 'format') {
        const paragraphs = paragraphsOf(source.article.text);
        const headline = r() < 0.5 ? paragraphs[0]! : `${source.article.title.replace(/…$/, '')} (update)`;
        const url = `https://bench.example/news/${n}`;
        const date = '2026-03-11T09:30:00Z';
        variant = r() < 0.5 ? read(`${name}.html`, htmlPage(headline, paragraphs, date, url)) : read(`${name}.json`, wordpressPost(headline, paragraphs, date, url, n));
      } else if (kind === 'edits') {
        share = 0.1 + r() * 0.3;
        variant = read(`${name}.txt`, edit(text, share, r, () => otherSentences(source.topic), vocabulary).join('\n'));
      } else {
        share = 0.2 + r() * 0.3;
        variant = read(`${name}.txt`, excerpt(text, share, r).join('\n'));
      }
      positives.push({ kind, source, variant, share });
    }
  }

  // Negatives: same-story ECB+ pairs without shared running text, and example pairs.
  const negatives: Negative[] = [];
  const reuse: Negative[] = [];
  const byStory = new Map<string, Source[]>();
  for (const s of eligible) if (s.story !== 'examples') byStory.set(s.story, [...(byStory.get(s.story) ?? []), s]);
  const grams = new Map<Source, Set<string>>();
  const gramsOf = (s: Source): Set<string> => {
    let g = grams.get(s);
    if (!g) {
      const w = comparableText(s.article.text).split(' ');
      g = new Set<string>();
      for (let i = 0; i + REUSE_SHINGLE <= w.length; i++) g.add(w.slice(i, i + REUSE_SHINGLE).join(' '));
      grams.set(s, g);
    }
    return g;
  };
  for (const group of byStory.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = gramsOf(group[i]!);
        const b = gramsOf(group[j]!);
        let shared = 0;
        for (const x of a) if (b.has(x)) shared++;
        const reused = shared / Math.max(1, Math.min(a.size, b.size));
        (reused < NEGATIVE_MAX_REUSE ? negatives : reuse).push({ a: group[i]!.article, b: group[j]!.article, origin: 'ecb+' });
      }
    }
  }
  const planted = new Set(['news/oskel-courier-wp-post.json', 'news/continental-wire-dump.jsonl#1']);
  for (let i = 0; i < examples.length; i++) {
    for (let j = i + 1; j < examples.length; j++) {
      const a = examples[i]!.article;
      const b = examples[j]!.article;
      if (planted.has(a.origin) && planted.has(b.origin)) continue;
      negatives.push({ a, b, origin: 'examples' });
    }
  }
  return { sources, positives, negatives, reuse };
}

/** Replaces `share` of a sentence's words with words from the vocabulary. */
export function reword(sentence: string, share: number, r: () => number, vocabulary: readonly string[]): string {
  return sentence
    .split(' ')
    .map((w) => (r() < share ? vocabulary[Math.floor(r() * vocabulary.length)]! : w))
    .join(' ');
}

export function shuffle<T>(items: readonly T[], r: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function paragraphsOf(text: string): string[] {
  return text.split('\n\n').filter(Boolean);
}

export function chromeBoxes(r: () => number, teaser: () => string): string[] {
  const all = [
    () => 'Share this article: Facebook | X | WhatsApp | LinkedIn | Email',
    () => `Read more: ${teaser().slice(0, 90)}`,
    () => 'Sign up for our morning briefing. The stories that matter, in your inbox before 7am. Enter your email address. Subscribe. You can unsubscribe at any time.',
    () => '© 2026 The Bench Gazette. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
    () => 'Advertisement',
    () => 'Follow us on X and Instagram for live updates. Download our app.',
    () => `Related: ${teaser().slice(0, 70)}`,
  ];
  const count = 2 + Math.floor(r() * 3);
  return shuffle(all, r)
    .slice(0, count)
    .map((f) => f());
}

/** Edits whole sentences until `share` of the words are touched (never more than 5 points over). */
export function edit(sentences: readonly string[], share: number, r: () => number, foreign: () => string, vocabulary: readonly string[]): string[] {
  const out = [...sentences];
  const total = sentences.reduce((s, x) => s + x.split(/\s+/).length, 0);
  const order = shuffle(
    sentences.map((_, i) => i),
    r,
  );
  let spent = 0;
  for (const i of order) {
    if (spent >= share * total) break;
    const w = out[i]!.split(/\s+/);
    if (spent + w.length > (share + 0.05) * total) continue;
    spent += w.length;
    const roll = r();
    if (roll < 0.25) out[i] = '';
    else if (roll < 0.5) out[i] = foreign();
    else out[i] = reword(out[i]!, 1 / 3, r, vocabulary);
  }
  return out.filter(Boolean);
}

/** A contiguous run of sentences holding about `share` of the words. */
export function excerpt(sentences: readonly string[], share: number, r: () => number): string[] {
  const sizes = sentences.map((s) => s.split(/\s+/).length);
  const total = sizes.reduce((a, b) => a + b, 0);
  const start = Math.floor(r() * sentences.length * (1 - share));
  let end = start;
  let kept = 0;
  while (end < sentences.length && kept < share * total) kept += sizes[end++]!;
  return sentences.slice(start, Math.max(end, start + 1));
}
