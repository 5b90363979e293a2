/** A 50-article story through the whole pipeline, as the server would hold it. */
import { analyzeArticles } from '../../src/pipeline/analyze.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { analyzeStory } from '../../src/claims/index.js';
import { buildDocument, type AnalysisDocument, type AnalysedStoryEntry } from '../../src/report/document.js';
import { fiftyArticles, mainStory } from '../claims/index.js';

export interface BenchStory {
  doc: AnalysisDocument;
  story: AnalysedStoryEntry;
  texts: Map<string, string>;
}

export async function fiftyArticleStory(): Promise<BenchStory> {
  const articles = fiftyArticles(mainStory());
  const store = openSqliteStore(':memory:');
  try {
    await store.addArticles(articles);
    const analysis = await analyzeArticles(store, articles);
    // Clustering splits the seeded rewrites 41 + 9; the bench wants one story of all 50, analysed as the pipeline would.
    const largest = [...analysis.stories].sort((a, b) => b.story.articles.length - a.story.articles.length)[0]!.story;
    const all = { ...largest, articles: articles.map((a) => a.id).sort() };
    const whole = { ...analysis, stories: [{ story: all, analysis: analyzeStory(analysis.annotated, analysis.canonical, analysis.copyGroups) }] };
    const doc = buildDocument('bench', whole, articles.length, []);
    const story = doc.stories[0]!;
    return { doc, story, texts: new Map(analysis.annotated.map((a) => [a.article.id, a.article.text])) };
  } finally {
    await store.close();
  }
}
