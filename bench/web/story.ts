/** A 50-article story through the whole pipeline, held by `corroborate serve` as a deployment would hold it. */
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

export interface ServedTimes {
  articles: number;
  pageMs: number;
  pageBytes: number;
  jsonMs: number;
  jsonBytes: number;
}

/**
 * The 50 articles stored and analysed once. The render measure gets all 50 as one story
 * (clustering may split the seeded rewrites: it once made 41 + 9); the served measure takes
 * the largest story the pipeline made, through `corroborate serve`. Server time is what the
 * server logs per request: from the request's arrival to the last byte handed to the socket.
 */
export async function webBenchStory(rounds: number): Promise<BenchStory & { served: ServedTimes }> {
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
    const analysis = await analyzeArticles(store, articles);
    const largest = [...analysis.stories].sort((a, b) => b.story.articles.length - a.story.articles.length)[0]!.story;
    const all = { ...largest, articles: articles.map((a) => a.id).sort() };
    const whole = { ...analysis, stories: [{ story: all, analysis: analyzeStory(analysis.annotated, analysis.canonical, analysis.copyGroups) }] };
    const doc = buildDocument('bench', whole, articles.length, []);
    const texts = new Map(analysis.annotated.map((a) => [a.article.id, a.article.text]));

    const page = `/stories/${largest.id}`;
    const api = `/api/stories/${largest.id}`;
    let pageBytes = 0;
    let jsonBytes = 0;
    // The first request analyses the story and keeps its document; the rounds after it are page views.
    await (await fetch(server.url + page)).arrayBuffer();
    times.clear();
    for (let r = 0; r < rounds; r++) {
      pageBytes = (await (await fetch(server.url + page)).arrayBuffer()).byteLength;
      jsonBytes = (await (await fetch(server.url + api)).arrayBuffer()).byteLength;
    }
    const served = { articles: largest.articles.length, pageMs: median(times.get(page) ?? []), pageBytes, jsonMs: median(times.get(api) ?? []), jsonBytes };
    return { doc, story: doc.stories[0]!, texts, served };
  } finally {
    await server.close();
    await store.close();
  }
}
