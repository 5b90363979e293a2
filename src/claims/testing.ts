/**
 * Test support: a story built the way the pipeline builds one (read, store, annotate,
 * canonical entities, copy groups), from files or from invented reports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processInput } from '../pipeline/run.js';
import { analyzeArticles, type Analysis } from '../pipeline/analyze.js';
import { openSqliteStore } from '../store/sqlite.js';
import { extracted, type Article } from '../pipeline/record.js';
import { normalize } from '../normalize/normalize.js';
import { identify } from '../identify/identify.js';
import { analyzeStory } from './index.js';
import type { ClaimGroup, StoryAnalysis } from './types.js';
import { append } from '../pipeline/arrays.js';

export interface Story extends Analysis {
  articles: Article[];
  analysis: StoryAnalysis;
}

export async function storyOf(articles: readonly Article[]): Promise<Story> {
  const store = openSqliteStore(':memory:');
  try {
    await store.addArticles([...articles]);
    const analysis = await analyzeArticles(store, articles);
    return { ...analysis, articles: [...articles], analysis: analyzeStory(analysis.annotated, analysis.canonical, analysis.copyGroups) };
  } finally {
    await store.close();
  }
}

/** Every article of the named files under `dir`. */
export function readArticles(dir: string, names: readonly string[]): Article[] {
  const out: Article[] = [];
  for (const name of names) {
    const outcome = processInput({ name, bytes: readFileSync(join(dir, name)) });
    if (outcome.error) throw outcome.error;
    append(out, outcome.articles);
  }
  return out;
}

export interface Invented {
  outlet: string;
  /** Paragraphs of the report. */
  text: string | string[];
  published?: string | null;
  title?: string;
}

let counter = 0;

/** An article as a reader would produce it, from an invented outlet and text. */
export function invent(r: Invented): Article {
  const paragraphs = Array.isArray(r.text) ? r.text : [r.text];
  const domain = `${r.outlet.toLowerCase().replace(/[^a-z0-9]+/gu, '')}.example`;
  const n = ++counter;
  const e = extracted('text', `${domain}-${n}.txt`, {
    title: r.title ?? `Report ${n} from ${r.outlet}`,
    blocks: paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
    siteName: r.outlet,
    url: `https://${domain}/news/${n}`,
    published: r.published === undefined ? '2026-03-11T09:00:00Z' : r.published,
    publishedOrigin: 'metadata',
  });
  return identify(e, normalize(e));
}

/** A story of invented reports. */
export function inventStory(reports: readonly Invented[]): Promise<Story> {
  return storyOf(reports.map(invent));
}

/** The claim group whose evidence holds a span of `articleId` containing `phrase`. */
export function groupWith(story: Story, articleId: string, phrase: string): StoryAnalysis['claims'][number] | undefined {
  const article = story.articles.find((a) => a.id === articleId);
  if (!article) return undefined;
  const at = article.text.indexOf(phrase);
  if (at < 0) return undefined;
  const end = at + phrase.length;
  // The claim that covers most of the phrase; of those, the narrowest.
  let best: { g: StoryAnalysis['claims'][number]; overlap: number; width: number } | undefined;
  for (const g of story.analysis.claims) {
    for (const e of g.evidence) {
      if (e.articleId !== articleId) continue;
      const overlap = Math.min(end, e.end) - Math.max(at, e.start);
      if (overlap <= 0) continue;
      const width = e.end - e.start;
      if (!best || overlap > best.overlap || (overlap === best.overlap && width < best.width)) best = { g, overlap, width };
    }
  }
  return best && best.overlap >= 0.5 * phrase.length ? best.g : undefined;
}

const OUTLET = { kind: 'outlet' as const, name: 'A', entityId: null, speakerKind: 'outlet' as const };

/** A fact with every field filled, for tests of what reads facts: one outlet's single-source statement unless told otherwise. */
export function claimGroup(o: Partial<ClaimGroup> & { text: string }): ClaimGroup {
  const evidence = o.evidence ?? [{ articleId: 'a', start: 0, end: o.text.length, text: o.text, attribution: OUTLET, hedges: [], source: 'a' }];
  const sources = o.sources ?? [...new Set(evidence.map((e) => e.source))].sort();
  return {
    id: `g:${o.text}`,
    status: sources.length >= 2 ? 'corroborated' : 'single-source',
    independentSources: sources.length,
    sources,
    evidence,
    predicate: null,
    participants: [],
    numbers: [],
    times: [],
    polarity: 'positive',
    hedges: [],
    hedged: false,
    attribution: evidence[0]?.attribution ?? OUTLET,
    contradictions: [],
    ...o,
  };
}
