/**
 * What each system says about a mention: the cluster it falls in, or null when it links to
 * nothing. corroborate's cluster is the claim group whose evidence holds the mention's head;
 * the baselines cluster by head lemma, and by the claim group's predicate.
 */
import type { AlignmentDoc, GoldMention } from './data.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { analyzeArticles, type Analysis } from '../../src/pipeline/analyze.js';
import { analyzeStory, type StoryAnalysis } from '../../src/claims/index.js';
import { lemmaOf } from '../../src/claims/words.js';

/** One analysed story: the documents analysed together, and the claim groups it found. */
export interface StoryRun {
  key: string;
  docs: AlignmentDoc[];
  analysis: StoryAnalysis;
  /** What the analysis saw, for what is computed beside it (events). */
  annotated: Analysis['annotated'];
  canonical: Analysis['canonical'];
  ms: number;
}

/** The documents of one story analysed as `analyze` would, all of them as one story whatever clustering makes of them. */
export async function runStory(key: string, docs: AlignmentDoc[]): Promise<StoryRun> {
  const articles = docs.map((d) => d.article);
  const store = openSqliteStore(':memory:');
  const start = process.hrtime.bigint();
  try {
    await store.addArticles(articles);
    const result = await analyzeArticles(store, articles);
    const analysis = analyzeStory(result.annotated, result.canonical, result.copyGroups);
    return { key, docs, analysis, annotated: result.annotated, canonical: result.canonical, ms: Number(process.hrtime.bigint() - start) / 1e6 };
  } finally {
    await store.close();
  }
}

export interface Placed {
  mention: GoldMention;
  /** The story the mention's document was analysed in. */
  story: string;
  /** The claim group holding the mention, or null when no claim holds it. */
  group: StoryAnalysis['claims'][number] | null;
  /** The evidence span (the claim) holding it. */
  claim: { start: number; end: number } | null;
}

/**
 * Places each mention in the claim group whose evidence span holds its head token. A clause
 * can enclose another (a relative clause cut out of it, a quote inside a sentence), so the
 * tightest span wins: that is the claim the words belong to.
 */
export function placeMentions(run: StoryRun, mentions: readonly GoldMention[]): Placed[] {
  const articleOf = new Map(run.docs.map((d) => [d.name, d.article.id]));
  const spans = new Map<string, { start: number; end: number; group: StoryAnalysis['claims'][number] }[]>();
  for (const group of run.analysis.claims) {
    for (const e of group.evidence) {
      const list = spans.get(e.articleId) ?? [];
      list.push({ start: e.start, end: e.end, group });
      spans.set(e.articleId, list);
    }
  }
  return mentions.map((mention) => {
    let group: Placed['group'] = null;
    let claim: Placed['claim'] = null;
    if (mention.start !== null && mention.end !== null) {
      let width = Infinity;
      for (const s of spans.get(articleOf.get(mention.doc) ?? '') ?? []) {
        if (s.start <= mention.start && mention.end <= s.end && s.end - s.start < width) {
          width = s.end - s.start;
          group = s.group;
          claim = { start: s.start, end: s.end };
        }
      }
    }
    return { mention, story: run.key, group, claim };
  });
}

/**
 * Places each mention in the claim group whose claim names its event with that very word
 * (the evidence's head): a clause often names several events ("convicted of killing"), and
 * only the one it is about is its claim's. Other mentions link to nothing.
 */
export function placeAtHeads(run: StoryRun, mentions: readonly GoldMention[]): Placed[] {
  const articleOf = new Map(run.docs.map((d) => [d.name, d.article.id]));
  const heads = new Map<string, { start: number; end: number; claim: { start: number; end: number }; group: StoryAnalysis['claims'][number] }[]>();
  for (const group of run.analysis.claims) {
    for (const e of group.evidence) {
      if (!e.head) continue;
      const list = heads.get(e.articleId) ?? [];
      list.push({ ...e.head, claim: { start: e.start, end: e.end }, group });
      heads.set(e.articleId, list);
    }
  }
  return mentions.map((mention) => {
    const hit = mention.start === null ? undefined : (heads.get(articleOf.get(mention.doc) ?? '') ?? []).find((h) => h.start < mention.end! && mention.start! < h.end);
    return { mention, story: run.key, group: hit?.group ?? null, claim: hit?.claim ?? null };
  });
}

/** A partition of mentions: each mention's cluster key, null for a mention alone. */
export type Clustering = Map<string, string | null>;

export function byClaimGroup(placed: readonly Placed[]): Clustering {
  return new Map(placed.map((p) => [p.mention.id, p.group ? `${p.story}|${p.group.id}` : null]));
}

/** The claims-fair baseline: same main predicate of the claim groups, within one story. */
export function byPredicate(placed: readonly Placed[]): Clustering {
  return new Map(placed.map((p) => [p.mention.id, p.group?.predicate ? `${p.story}|${p.group.predicate}` : null]));
}

/** The literature's baseline: same head lemma, within one story (the unit the system sees too). */
export function byHeadLemma(placed: readonly Placed[]): Clustering {
  return new Map(placed.map((p) => [p.mention.id, `${p.story}|${lemmaOf(p.mention.head.toLowerCase())}`]));
}
