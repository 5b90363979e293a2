/**
 * One story's analysis document, computed on demand: what `analyze --json` prints, restricted
 * to the story's articles, its copy groups, entities and quotes. The server keeps these per
 * story and recomputes one only when its key — the story, its members' copy groups and the
 * versions of the stages — has changed.
 */
import { createHash } from 'node:crypto';
import type { Store } from '../store/store.js';
import type { Analysis } from './analyze.js';
import { annotateArticles, type AnnotatedArticle, type ArticleAnnotator } from './annotate.js';
import { canonicalize, type Canonicalization } from '../language/entities/canonical.js';
import { LANGUAGE_VERSION } from '../language/index.js';
import { copyGroupsFor, type CopyGroup } from '../copies/index.js';
import { analyzeStory } from '../claims/index.js';
import type { Story } from '../stories/index.js';
import { buildDocument, storyEntry, type AnalysisDocument } from '../report/document.js';
import type { Article, Span } from './record.js';
import { storedAnalysedMembers } from './story-sample.js';

/**
 * Bump when the claims stage changes what it finds: kept documents carry it in their key,
 * so a new version recomputes them instead of serving the old analysis.
 */
export const STORY_ANALYSIS_VERSION = 5;

/**
 * What a story's document depends on, as one digest: its members, title, span and entities,
 * its members' copy groups (a new copy elsewhere can change an article's relation), and the
 * versions of the stages. Articles are immutable once stored, so their ids stand for them.
 */
export function storyDocumentKey(version: string, story: Story, copyGroups: readonly CopyGroup[]): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([version, STORY_ANALYSIS_VERSION, LANGUAGE_VERSION, storyEntry(story)]));
  for (const g of copyGroups) hash.update(JSON.stringify([g.id, g.original, g.members.map((m) => [m.id, m.relation])]));
  return hash.digest('hex').slice(0, 32);
}

/** The copy groups a story's document and key are computed from. */
export function storyCopyGroups(store: Store, story: Story): Promise<CopyGroup[]> {
  return copyGroupsFor(store, story.articles);
}

export interface StoryDocument {
  doc: AnalysisDocument;
  /** Clean text of each member, by article id: what every offset in `doc` indexes. */
  texts: Map<string, string>;
  /** Sentence bounds of each member, by article id: briefings widen a clause to its sentence. */
  sentences: Map<string, readonly Span[]>;
}

/** What one story's analysis is computed from, once read from the store: plain data, so a worker thread can compute it (src/pool). */
export interface StoryTask {
  version: string;
  story: Story;
  annotated: AnnotatedArticle[];
  copyGroups: CopyGroup[];
}

/**
 * Reads what a stored story's analysis needs: its members (a sample of a very large one),
 * with their annotations from the store when current (computed and saved otherwise, on the
 * pool's threads when given one). Null when a member is missing from the store.
 */
export async function readStoryTask(store: Store, version: string, story: Story, copyGroups: readonly CopyGroup[], annotate?: ArticleAnnotator): Promise<StoryTask | null> {
  const articles: Article[] = [];
  for (const id of await storedAnalysedMembers(store, story.articles, copyGroups)) {
    const article = await store.getArticle(id);
    if (!article) return null;
    articles.push(article);
  }
  return { version, story, annotated: await annotateArticles(store, articles, annotate), copyGroups: [...copyGroups] };
}

/** A story's document from its task: entities made canonical across the story's articles, and the claims stage run once. */
export function storyAnalysis({ version, story, annotated, copyGroups }: StoryTask): AnalysisDocument {
  const canonical = canonicalize(annotated.map((a) => ({ articleId: a.article.id, entities: a.language.entities })));
  const analysis: Analysis = { annotated, canonical, copyGroups: [...copyGroups], stories: [{ story, analysis: analyzeStory(annotated, canonical, copyGroups) }] };
  return storyDocument(version, analysis, story.id)!;
}

/** A story's document with what a reader of it needs beside: the texts and sentences its offsets index. */
export function withTexts(task: StoryTask, doc: AnalysisDocument): StoryDocument {
  return { doc, texts: textsOf(task.annotated), sentences: new Map(task.annotated.map((a) => [a.article.id, a.language.sentences])) };
}

/** Analyses one stored story from its members (readStoryTask, then storyAnalysis). Null when a member is missing from the store. */
export async function analyzeStoredStory(store: Store, version: string, story: Story, copyGroups: readonly CopyGroup[]): Promise<StoryDocument | null> {
  const task = await readStoryTask(store, version, story, copyGroups);
  return task ? withTexts(task, storyAnalysis(task)) : null;
}

/**
 * One story's document out of a wider analysis (as `analyzeArticles` returns after an
 * ingest): its articles, the story itself, the copy groups with two or more of its members
 * (members outside the story left out), and the entities and quotes of its articles.
 * Null when the analysis does not hold the story. Entities were made canonical across the
 * whole analysis, so a name shared with another story touched by the same ingest may carry
 * that story's fuller spelling; `analyzeStoredStory` canonicalizes within the story alone.
 */
export function storyDocument(version: string, analysis: Analysis, storyId: string): AnalysisDocument | null {
  const entry = analysis.stories.find((s) => s.story.id === storyId);
  if (!entry) return null;
  const members = new Set(entry.story.articles);
  const annotated = analysis.annotated.filter((a) => members.has(a.article.id));
  const copyGroups = copyGroupsIn(analysis, members);
  const doc = buildDocument(version, { annotated, canonical: restrictCanonical(analysis.canonical, members), copyGroups, stories: [entry] }, annotated.length, []);
  doc.copyGroups = doc.copyGroups
    .map((g) => ({ ...g, members: g.members.filter((m) => members.has(m.id)) }))
    .filter((g) => g.members.length >= 2);
  return doc;
}

/**
 * The groups of a wider analysis that hold any of `members`. The analysis read its groups
 * with `copyGroupsFor` over a superset of the members, sorted by id, so this is the list
 * `storyCopyGroups` would read for a story with these members, in the same order.
 */
export function copyGroupsIn(analysis: Analysis, members: ReadonlySet<string>): CopyGroup[] {
  return analysis.copyGroups.filter((g) => g.members.some((m) => members.has(m.id)));
}

export function textsOf(annotated: readonly AnnotatedArticle[]): Map<string, string> {
  return new Map(annotated.map((a) => [a.article.id, a.article.text]));
}

function restrictCanonical(canonical: Canonicalization, articleIds: ReadonlySet<string>): Canonicalization {
  const links = canonical.links.filter((l) => articleIds.has(l.articleId));
  const used = new Set(links.map((l) => l.id));
  return { entities: canonical.entities.filter((e) => used.has(e.id)), links, idOf: (articleId, key) => canonical.idOf(articleId, key) };
}

/** Keeps a story's document and indexes its claim groups for search, in one transaction. */
export async function keepStoryDocument(store: Store, storyId: string, key: string, doc: AnalysisDocument): Promise<void> {
  const claims = (doc.stories[0]?.claims ?? []).map((c) => ({
    claimId: c.id,
    text: c.text,
    status: c.status,
    independentSources: c.independentSources,
    evidence: c.evidence.map((e) => ({ articleId: e.articleId, start: e.start, end: e.end })),
  }));
  await store.saveStoryDocument({ storyId, key, generated: doc.generated, document: doc }, claims);
}
