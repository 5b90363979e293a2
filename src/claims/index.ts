/**
 * Claim analysis for one story: what its articles claim, which claims state the same fact
 * and how many independent sources support each, where sources contradict each other and
 * how, how quotes travel between outlets, how each outlet fares, and a timeline. Every
 * statement is traced to spans of `Article.text`.
 *
 * `analyzeStory` never throws: an article that cannot be read contributes nothing.
 */
import type { AnnotatedArticle } from '../pipeline/annotate.js';
import type { Canonicalization } from '../language/entities/canonical.js';
import type { CopyGroup } from '../copies/index.js';
import type { StoryAnalysis } from './types.js';
import { extractClaims, type ExtractOptions, type RichClaim } from './extract.js';
import { align, type Alignment } from './align.js';
import { applyContradictions, buildGroups, type SentenceOf } from './support.js';
import { detailGroups, type DetailOptions } from './details.js';
import type { NamedAt } from './detail-keys.js';
import { findContradictions } from './contradict.js';
import { numericContradictions, type StoryFrame } from './numeric.js';
import { dateRange } from './compare.js';
import { storyFrame } from './frame.js';
import { analyzeQuotes } from './quotes.js';
import { buildSources, reportSources, type SourceIndex } from './sources.js';
import { storyEvents } from './events.js';
import { phoneContradictions } from './phones.js';
import { buildTimeline, estimatePublication } from './timeline.js';
import { matchForm } from '../normalize/text.js';
import { append } from '../pipeline/arrays.js';

export type * from './types.js';
export { extractClaims } from './extract.js';

function attempt<T>(run: () => T, fallback: () => T): T {
  try {
    return run();
  } catch {
    return fallback();
  }
}

function storyOrder(a: AnnotatedArticle, b: AnnotatedArticle): number {
  const pa = a.article.published.value ?? '9999';
  const pb = b.article.published.value ?? '9999';
  return pa < pb ? -1 : pa > pb ? 1 : a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0;
}

export interface StoryOptions {
  /** Articles whose text is a headline, read as one (see headline.ts). */
  headlines?: ReadonlySet<string>;
}

/** The first half of a story's analysis: its claims, their alignment and its sources. */
interface AlignedStory {
  unique: AnnotatedArticle[];
  sources: SourceIndex;
  estimated: string | null;
  within: (id: string) => string[];
  claims: RichClaim[];
  alignment: Alignment;
}

function alignStory(articles: readonly AnnotatedArticle[], canonical: Canonicalization, copyGroups: readonly CopyGroup[], options: StoryOptions = {}): AlignedStory {
  const unique = [...new Map(articles.filter((a) => a?.article?.id && typeof a.article.text === 'string' && a.language).map((a) => [a.article.id, a])).values()].sort(storyOrder);
  const sources = buildSources(unique, copyGroups);
  const estimated = estimatePublication(unique);
  const byId = new Map(unique.map((a) => [a.article.id, a.article]));
  const anchorOf = (a: AnnotatedArticle): ExtractOptions['anchor'] => {
    const original = byId.get(sources.originalOf(a.article.id));
    if (original && original !== a.article && original.published.value) return { date: original.published.value, estimated: false };
    if (!a.article.published.value && estimated) return { date: estimated, estimated: true };
    return null;
  };
  const within = containment(unique, canonical);
  const claims = extractAll(unique, canonical, anchorOf, { names: nameIndex(unique, canonical), within }, options.headlines);
  // Each stage falls back to less, never to an exception: claims unaligned, no disputes, no quotes.
  const alignment = attempt(() => align(claims, sources.sourceOf), () => align([], sources.sourceOf));
  return { unique, sources, estimated, within, claims, alignment };
}

export function analyzeStory(articles: readonly AnnotatedArticle[], canonical: Canonicalization, copyGroups: readonly CopyGroup[], options: StoryOptions = {}): StoryAnalysis {
  const { unique, sources, estimated, within, claims, alignment } = alignStory(articles, canonical, copyGroups, options);
  const sentenceText = new Map(unique.map((a) => [a.article.id, a]));
  const sentenceOf: SentenceOf = (c) => {
    const a = sentenceText.get(c.articleId);
    const span = a?.language.sentences[c.sentence];
    return a && span ? a.article.text.slice(span.start, span.end) : null;
  };
  const grouped = buildGroups(alignment, sources, sentenceOf);
  const quoteAnalysis = attempt(() => analyzeQuotes(unique, canonical, sources), () => ({ quotes: [], contradictions: [] }));
  const names = new Map(canonical.entities.map((e) => [e.id, e.name]));
  const nameOf = (id: string): string => names.get(id) ?? id;
  const found = attempt(() => findContradictions(alignment, grouped, sources, nameOf), () => []);
  const frame = storyFrame(unique, canonical, within, claims);
  const figures = attempt(() => numericContradictions(claims, grouped, sources, frame, nameOf), () => []);
  const phones = attempt(() => phoneContradictions(unique, sources), () => []);
  const contradictions = [...figures, ...found, ...quoteAnalysis.contradictions, ...phones];
  const ids = new Set<string>();
  for (const c of contradictions) {
    let id = c.id;
    for (let n = 2; ids.has(id); n++) id = `${c.id}-${n}`;
    c.id = id;
    ids.add(id);
  }
  applyContradictions(grouped.groups, contradictions);
  const details = attempt(() => detailGroups(alignment, grouped, sources, detailOptions(unique, canonical, frame, sentenceOf)), () => []);
  return {
    claims: [...grouped.groups, ...details],
    events: attempt(() => storyEvents(unique, canonical, grouped.groups, sources), () => []),
    contradictions,
    quotes: quoteAnalysis.quotes,
    sources: reportSources(unique, sources, grouped.groups, quoteAnalysis.quotes),
    timeline: attempt(() => buildTimeline(grouped), () => []),
    estimatedPublication: estimated ? unique.filter((a) => !a.article.published.value).map((a) => ({ articleId: a.article.id, date: estimated })) : [],
  };
}

/** What detail finding needs to know of the story's articles. */
function detailOptions(articles: readonly AnnotatedArticle[], canonical: Canonicalization, frame: StoryFrame, sentenceOf: SentenceOf): DetailOptions {
  const byId = new Map(articles.map((a) => [a.article.id, a]));
  const named = new Map<string, NamedAt[]>();
  return {
    textOf: (id) => byId.get(id)?.article.text ?? '',
    namedOf: (id) => {
      let list = named.get(id);
      if (!list) {
        list = [];
        for (const m of byId.get(id)?.language.mentions ?? []) {
          const entity = canonical.idOf(id, m.entity);
          if (entity) list.push({ id: entity, start: m.start, end: m.end });
        }
        named.set(id, list);
      }
      return list;
    },
    setting: frame.leadPlaces,
    leadEvents: frame.leadEvents,
    earlier: (value) => {
      const range = dateRange(value);
      return frame.period !== null && range !== null && range.high < frame.period.low;
    },
    sentenceOf,
  };
}

/**
 * One-word names of the story's entities (a place's name, a person's surname), each kept
 * only when a single entity answers to it: an article's entity layer may miss "Brodna" or
 * "Kresl" in "Halas-Kresl" where other articles found them.
 */
function nameIndex(articles: readonly AnnotatedArticle[], canonical: Canonicalization): (low: string) => string | null {
  const present = new Set<string>();
  for (const a of articles) for (const e of a.language.entities) {
    const id = canonical.idOf(a.article.id, e.key);
    if (id) present.add(id);
  }
  const owners = new Map<string, Set<string>>();
  for (const e of canonical.entities) {
    if (!present.has(e.id)) continue;
    for (const name of [e.name, ...e.aliases]) {
      const words = matchForm(name).split(/\s+/u).filter(Boolean);
      const key = e.type === 'person' ? words[words.length - 1] : words.length === 1 ? words[0] : undefined;
      if (!key || key.length < 3 || !/^\p{L}/u.test(key)) continue;
      const set = owners.get(key) ?? new Set<string>();
      set.add(e.id);
      owners.set(key, set);
    }
  }
  const index = new Map<string, string>();
  for (const [key, ids] of owners) if (ids.size === 1) index.set(key, [...ids][0]!);
  return (low) => index.get(low) ?? null;
}

/**
 * The country a city or seat lies in, from the entity layer ("Lesk" → Dravania), as a
 * canonical id, so that "a summit in Lesk" and "a summit in Dravania" agree.
 */
function containment(articles: readonly AnnotatedArticle[], canonical: Canonicalization): (id: string) => string[] {
  const byName = new Map<string, string>();
  for (const e of canonical.entities) if (e.type === 'place') for (const n of [e.name, ...e.aliases]) byName.set(matchForm(n), e.id);
  const within = new Map<string, Set<string>>();
  for (const a of articles) {
    for (const e of a.language.entities) {
      if (e.type !== 'place' || !e.country) continue;
      const id = canonical.idOf(a.article.id, e.key);
      const country = byName.get(matchForm(e.country));
      if (!id || !country || country === id) continue;
      const set = within.get(id) ?? new Set<string>();
      set.add(country);
      within.set(id, set);
    }
  }
  return (id) => [...(within.get(id) ?? [])];
}

/**
 * Claims of every article. Articles with the same text and date (exact copies, the same
 * report ingested twice) have the same claims: extracted once, relabelled for the others.
 */
function extractAll(articles: readonly AnnotatedArticle[], canonical: Canonicalization, anchorOf: (a: AnnotatedArticle) => ExtractOptions['anchor'], lookups: Pick<ExtractOptions, 'names' | 'within'>, headlines?: ReadonlySet<string>): RichClaim[] {
  const done = new Map<string, RichClaim[]>();
  const cache: NonNullable<ExtractOptions['cache']> = new Map();
  const out: RichClaim[] = [];
  articles.forEach((a, order) => {
    const anchor = anchorOf(a);
    const headline = headlines?.has(a.article.id) === true;
    const key = `${headline ? 'h' : ''}${anchor?.date ?? a.article.published.value ?? ''}\u0000${a.article.text}`;
    const prior = done.get(key);
    if (prior) {
      const outlet = { kind: 'outlet' as const, name: a.article.source.name, entityId: null, speakerKind: 'outlet' as const };
      for (const c of prior) out.push({ ...c, id: `${a.article.id}:${c.start}-${c.end}`, articleId: a.article.id, order, attribution: c.attribution.kind === 'outlet' ? outlet : c.attribution });
      return;
    }
    const claims = extractClaims(a, canonical, { anchor, order, cache, headline, ...lookups });
    done.set(key, claims);
    append(out, claims);
  });
  return out;
}
