/** A 50-article story through the whole pipeline, as the server would hold it. */
import { analyzeArticles } from '../../src/pipeline/analyze.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { analyzeStory } from '../../src/claims/index.js';
import { buildDocument, type AnalysisDocument, type AnalysedStoryEntry } from '../../src/report/document.js';
import { fiftyArticles, mainStory } from '../claims/index.js';
import { startServer } from '../../src/server/server.js';
import { median } from '../harness.js';

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
    // Clustering may split the seeded rewrites (it once made 41 + 9); this measure wants one story of all 50, analysed as the pipeline would.
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

export interface ServedTimes {
  articles: number;
  pageMs: number;
  pageBytes: number;
  jsonMs: number;
  jsonBytes: number;
}

/**
 * The same 50 articles stored and clustered by the pipeline, served by `corroborate serve`.
 * Server time is what the server logs per request: from the request's arrival to the last byte handed to the socket.
 */
export async function servedStory(rounds: number): Promise<ServedTimes> {
  const articles = fiftyArticles(mainStory());
  const store = openSqliteStore(':memory:');
  const times = new Map<string, number[]>();
  const server = await startServer({
    store,
    version: 'bench',
    port: 0,
    log: (line) => {
      const m = /^GET (\S+) 200 ([\d.]+)ms$/.exec(line);
      if (m) times.set(m[1]!, [...(times.get(m[1]!) ?? []), Number(m[2])]);
    },
  });
  try {
    await store.addArticles(articles);
    await analyzeArticles(store, articles);
    const { stories } = await server.context.listStories({ sort: 'size', limit: 1, offset: 0 });
    const story = stories[0]!;
    const page = `/stories/${story.id}`;
    const api = `/api/stories/${story.id}`;
    let pageBytes = 0;
    let jsonBytes = 0;
    // The first request analyses the story and keeps the document; the rounds after it are page views.
    await (await fetch(server.url + page)).arrayBuffer();
    times.clear();
    for (let r = 0; r < rounds; r++) {
      pageBytes = (await (await fetch(server.url + page)).arrayBuffer()).byteLength;
      jsonBytes = (await (await fetch(server.url + api)).arrayBuffer()).byteLength;
    }
    return { articles: story.articles, pageMs: median(times.get(page) ?? []), pageBytes, jsonMs: median(times.get(api) ?? []), jsonBytes };
  } finally {
    await server.close();
    await store.close();
  }
}
