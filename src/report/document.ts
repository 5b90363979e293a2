import type { Article, Message } from '../pipeline/record.js';
import type { InputError } from '../pipeline/errors.js';
import type { Analysis } from '../pipeline/analyze.js';
import type { SpeakerKind, TimeExpression } from '../language/types.js';
import { findTimes } from '../language/times/index.js';
import type { Story } from '../stories/index.js';
import type { CopyGroup } from '../copies/index.js';
import type { StoryAnalysis } from '../claims/index.js';
import { storyHeadline, type HeadlineArticle, type HeadlineMention, type StoryHeadline } from './story-headline.js';

/** One article as the analysis document lists it. */
export interface ArticleEntry {
  id: string;
  source: string;
  sourceDomain: string | null;
  sourceOrigin: string;
  title: string;
  byline: string | null;
  url: string | null;
  published: string | null;
  publishedOrigin: string;
  modified: string | null;
  format: string;
  input: string;
  language: string | null;
  partial: boolean;
  chars: number;
  /** The copy group the article belongs to; an article copied by nobody is a group of one. */
  copyGroup: string;
  /** Its relation to the group's likely original. */
  copyRelation: string;
  /** The story the article belongs to. */
  storyId: string | null;
  counts: { sentences: number; mentions: number; quotes: number; times: number; quantities: number };
  messages: Message[];
}

export interface EntityEntry {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  standsFor?: string;
  articleIds: string[];
}

export interface QuoteEntry {
  text: string;
  kind: string;
  speaker: { name: string; entityId: string | null; kind: SpeakerKind };
  cue: string | null;
  articleId: string;
  start: number;
  end: number;
  content: { start: number; end: number };
}

export interface CopyGroupEntry {
  id: string;
  original: string;
  members: { id: string; relation: string }[];
}

export interface StoryEntry {
  id: string;
  title: string;
  articleIds: string[];
  /** Independent sources: outlets, each copy group counted once. */
  independentSources: number;
  span: { start: string | null; end: string | null };
  entities: { name: string; articles: number }[];
}

/**
 * A story in the analysis document: the story and what its sources say, and a headline of
 * what happened (documents written before headlines existed have none).
 */
export type AnalysedStoryEntry = StoryEntry &
  StoryAnalysis & {
    headline?: StoryHeadline;
    /** Present when the story was too big to read whole: how many of its articles the analysis read (pipeline/story-sample.ts). */
    sample?: { analysed: number; members: number };
  };

export interface AnalysisDocument {
  corroborate: string;
  generated: string;
  inputs: { read: number; failed: { input: string; code: string; message: string }[] };
  articles: ArticleEntry[];
  stories: AnalysedStoryEntry[];
  copyGroups: CopyGroupEntry[];
  entities: EntityEntry[];
  quotes: QuoteEntry[];
}

export function buildDocument(version: string, analysis: Analysis, inputs: number, failed: readonly InputError[]): AnalysisDocument {
  const groupOf = new Map<string, { id: string; relation: string }>();
  const copyGroups = copyGroupEntries(analysis.copyGroups);
  for (const g of copyGroups) for (const m of g.members) groupOf.set(m.id, { id: g.id, relation: m.relation });

  const storyOf = new Map<string, string>();
  for (const { story } of analysis.stories) for (const id of story.articles) storyOf.set(id, story.id);

  const ordered = analysis.annotated
    .map((a) => ({ a, key: articleFields(a.article) }))
    .sort((x, y) => articleOrder(x.key, y.key))
    .map((x) => x.a);
  const articles = ordered.map(({ article, language }) => ({
    ...articleFields(article),
    copyGroup: groupOf.get(article.id)?.id ?? `copies:${article.id}`,
    copyRelation: groupOf.get(article.id)?.relation ?? 'original',
    storyId: storyOf.get(article.id) ?? null,
    counts: {
      sentences: language.sentences.length,
      mentions: language.mentions.length,
      quotes: language.quotes.length,
      times: language.times.length,
      quantities: language.quantities.length,
    },
    messages: [...article.messages, ...language.messages],
  }));

  const articlesOf = new Map<string, Set<string>>();
  for (const link of analysis.canonical.links) {
    const set = articlesOf.get(link.id) ?? new Set<string>();
    set.add(link.articleId);
    articlesOf.set(link.id, set);
  }
  const entities = analysis.canonical.entities.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    ...(e.standsFor ? { standsFor: e.standsFor } : {}),
    articleIds: [...(articlesOf.get(e.id) ?? [])].sort(),
  }));

  const nameOf = new Map(analysis.canonical.entities.map((e) => [e.id, e.name]));
  const quotes: QuoteEntry[] = [];
  for (const { article, language } of ordered) {
    for (const q of language.quotes) {
      const entityId = q.speaker.entity ? (analysis.canonical.idOf(article.id, q.speaker.entity) ?? null) : null;
      quotes.push({
        text: article.text.slice(q.content.start, q.content.end),
        kind: q.kind,
        speaker: { name: (entityId && nameOf.get(entityId)) || q.speaker.name, entityId, kind: q.speaker.kind },
        cue: q.cue?.verb ?? null,
        articleId: article.id,
        start: q.start,
        end: q.end,
        content: { start: q.content.start, end: q.content.end },
      });
    }
  }

  const annotatedIds = new Set(analysis.annotated.map((a) => a.article.id));
  return {
    corroborate: version,
    generated: new Date().toISOString(),
    inputs: { read: inputs, failed: failed.map((f) => ({ input: f.input, code: f.code, message: f.message })) },
    articles,
    stories: analysis.stories.map(({ story, analysis: found }) => {
      const entry = { ...storyEntry(story), ...found };
      const analysed = story.articles.filter((id) => annotatedIds.has(id)).length;
      const sample = analysed < story.articles.length ? { sample: { analysed, members: story.articles.length } } : {};
      return { ...entry, headline: storyHeadline(entry, headlineArticles(analysis, story.articles, found.estimatedPublication)), ...sample };
    }),
    copyGroups,
    entities,
    quotes,
  };
}

/** Copy groups as the document lists them: those of two or more articles. */
export function copyGroupEntries(groups: readonly CopyGroup[]): CopyGroupEntry[] {
  return groups.filter((g) => g.members.length >= 2).map((g) => ({ id: g.id, original: g.original, members: g.members.map((m) => ({ id: m.id, relation: m.relation })) }));
}

/** The document's order of articles: by publication (undated last), outlet, id. */
export function articleOrder(a: Pick<ArticleEntry, 'published' | 'source' | 'id'>, b: Pick<ArticleEntry, 'published' | 'source' | 'id'>): number {
  return cmp(a.published ?? '\uffff', b.published ?? '\uffff') || cmp(a.source, b.source) || cmp(a.id, b.id);
}

/** A story as every JSON output shows it: the analysis document, `stories`, `story`, `recluster`. */
export function storyEntry(s: Story): StoryEntry {
  return {
    id: s.id,
    title: s.title,
    articleIds: s.articles,
    independentSources: s.sources,
    span: s.span,
    entities: s.entities.map((e) => ({ name: e.name, articles: e.articles })),
  };
}

/** What the headline builder reads of a story's articles: texts, sentences, canonical mentions and the date each reads relative times against. */
function headlineArticles(analysis: Analysis, ids: readonly string[], estimated: StoryAnalysis['estimatedPublication']): Map<string, HeadlineArticle> {
  const byId = new Map(analysis.annotated.map((a) => [a.article.id, a]));
  const originalOf = new Map<string, string>();
  for (const g of analysis.copyGroups) for (const m of g.members) if (m.id !== g.original) originalOf.set(m.id, g.original);
  const estimate = new Map(estimated.map((e) => [e.articleId, e.date]));
  const entity = new Map(analysis.canonical.entities.map((e) => [e.id, e]));
  const out = new Map<string, HeadlineArticle>();
  for (const id of ids) {
    const annotated = byId.get(id);
    if (!annotated) continue;
    const { article, language } = annotated;
    const local = new Map(language.entities.map((e) => [e.key, e]));
    const mentions: HeadlineMention[] = language.mentions.map((m) => {
      const canonicalId = analysis.canonical.idOf(id, m.entity) ?? null;
      const e = canonicalId ? entity.get(canonicalId) : undefined;
      return { start: m.start, end: m.end, entityId: canonicalId, type: e?.type ?? local.get(m.entity)?.type ?? null, kind: m.kind, name: e?.name ?? local.get(m.entity)?.name ?? null, role: m.role ? { start: m.role.start, end: m.role.end } : null };
    });
    const original = originalOf.get(id);
    const fromOriginal = original ? byId.get(original)?.article.published.value : undefined;
    const anchor = article.published.value ?? fromOriginal ?? estimate.get(id) ?? null;
    out.set(id, {
      times: anchor === article.published.value ? () => language.times : timesAgainst(article.text, anchor),
      text: article.text,
      title: article.title,
      sentences: language.sentences,
      mentions,
      anchor,
      estimated: !article.published.value && !fromOriginal && estimate.has(id),
      copy: original !== undefined,
    });
  }
  return out;
}

/** The text's times read against another date, resolved once and only when asked for. */
function timesAgainst(text: string, anchor: string | null): () => readonly TimeExpression[] {
  let times: readonly TimeExpression[] | null = null;
  return () => {
    if (times) return times;
    try {
      times = findTimes(text, anchor);
    } catch {
      // The language layer reported this text's failure on the article already.
      times = [];
    }
    return times;
  };
}

function articleFields(a: Article): Omit<ArticleEntry, 'copyGroup' | 'copyRelation' | 'storyId' | 'counts' | 'messages'> {
  return {
    id: a.id,
    source: a.source.name,
    sourceDomain: a.source.domain,
    sourceOrigin: a.source.origin,
    title: a.title,
    byline: a.byline,
    url: a.url,
    published: a.published.value,
    publishedOrigin: a.published.origin,
    modified: a.modified,
    format: a.format,
    input: a.origin,
    language: a.language,
    partial: a.partial,
    chars: a.text.length,
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
