import type { Article } from './record.js';
import type { Store } from '../store/store.js';
import { annotateArticles, type AnnotatedArticle } from './annotate.js';
import { canonicalize, type Canonicalization } from '../language/entities/canonical.js';
import { updateCopies, copyGroupsFor, type CopyGroup } from '../copies/index.js';
import { updateStories, type Story } from '../stories/index.js';
import { analyzeStory, type StoryAnalysis } from '../claims/index.js';
import { storedAnalysedMembers } from './story-sample.js';

/** Everything the stages after ingest know about a set of articles and their stories. */
export interface Analysis {
  annotated: AnnotatedArticle[];
  canonical: Canonicalization;
  copyGroups: CopyGroup[];
  stories: { story: Story; analysis: StoryAnalysis }[];
}

/**
 * The stages after ingest: copy groups and stories are updated incrementally in the store;
 * then every member of the stories this run touched — including articles stored by
 * earlier runs — is annotated (cached per article), entities are made canonical across
 * them, and each story's claims are compared.
 */
export async function analyzeArticles(store: Store, articles: readonly Article[]): Promise<Analysis> {
  const unique = [...new Map(articles.map((a) => [a.id, a])).values()];
  await updateCopies(store, unique);
  const stories = await updateStories(store, unique);

  // A story too big to read whole is read through a sample of its members (story-sample.ts).
  const memberGroups = await copyGroupsFor(store, stories.flatMap((s) => s.articles));
  const analysed = new Map<string, string[]>();
  for (const s of stories) analysed.set(s.id, await storedAnalysedMembers(store, s.articles, memberGroups));
  const wanted = new Set([...analysed.values()].flat());
  // The run's own articles first, in their order, then the stored members of their stories.
  const byId = new Map<string, Article>();
  for (const a of unique) if (wanted.has(a.id)) byId.set(a.id, a);
  for (const id of wanted) {
    if (byId.has(id)) continue;
    const article = await store.getArticle(id);
    if (article) byId.set(id, article);
  }
  const all = [...byId.values()];
  const annotated = await annotateArticles(store, all);
  const canonical = canonicalize(annotated.map((a) => ({ articleId: a.article.id, entities: a.language.entities })));
  // The groups holding an analysed article, out of those read for every member (same order).
  const analysedIds = new Set(all.map((a) => a.id));
  const copyGroups = memberGroups.filter((g) => g.members.some((m) => analysedIds.has(m.id)));

  const annotatedById = new Map(annotated.map((a) => [a.article.id, a]));
  const results = stories.map((story) => {
    const members = (analysed.get(story.id) ?? story.articles).map((id) => annotatedById.get(id)).filter((a): a is AnnotatedArticle => a !== undefined);
    return { story, analysis: analyzeStory(members, canonical, copyGroups) };
  });
  return { annotated, canonical, copyGroups, stories: results };
}
