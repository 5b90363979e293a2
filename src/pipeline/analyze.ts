import type { Article } from './record.js';
import type { Store } from '../store/store.js';
import { annotateArticles, type AnnotatedArticle } from './annotate.js';
import { canonicalize, type Canonicalization } from '../language/entities/canonical.js';
import { updateCopies, copyGroupsFor, type CopyGroup } from '../copies/index.js';
import { updateStories, type Story } from '../stories/index.js';
import { analyzeStory, type StoryAnalysis } from '../claims/index.js';

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

  const byId = new Map(unique.map((a) => [a.id, a]));
  for (const id of stories.flatMap((s) => s.articles)) {
    if (byId.has(id)) continue;
    const stored = await store.getArticle(id);
    if (stored) byId.set(id, stored);
  }
  const all = [...byId.values()];
  const annotated = await annotateArticles(store, all);
  const canonical = canonicalize(annotated.map((a) => ({ articleId: a.article.id, entities: a.language.entities })));
  const copyGroups = await copyGroupsFor(store, all.map((a) => a.id));

  const annotatedById = new Map(annotated.map((a) => [a.article.id, a]));
  const analysed = stories.map((story) => {
    const members = story.articles.map((id) => annotatedById.get(id)).filter((a): a is AnnotatedArticle => a !== undefined);
    return { story, analysis: analyzeStory(members, canonical, copyGroups) };
  });
  return { annotated, canonical, copyGroups, stories: analysed };
}
