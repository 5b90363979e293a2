/** Test support: an analysis document and article texts, built as `analyze` builds them. */
import { ingestPaths } from '../pipeline/run.js';
import { analyzeArticles } from '../pipeline/analyze.js';
import { openSqliteStore } from '../store/sqlite.js';
import { buildDocument, type AnalysisDocument } from '../report/document.js';
import { briefingSources } from '../report/briefing.js';
import { DEFAULT_MAX_BYTES } from '../ingest/inputs.js';
import type { Article } from '../pipeline/record.js';
import type { Store } from '../store/store.js';

export interface Analysed {
  doc: AnalysisDocument;
  texts: Map<string, string>;
}

async function analysed(store: Store, articles: readonly Article[], inputs: number): Promise<Analysed> {
  const analysis = await analyzeArticles(store, articles);
  return { doc: buildDocument('test', analysis, inputs, []), texts: briefingSources(analysis).texts };
}

export async function analysedArticles(articles: readonly Article[]): Promise<Analysed> {
  const store = openSqliteStore(':memory:');
  try {
    await store.addArticles([...articles]);
    return await analysed(store, articles, articles.length);
  } finally {
    await store.close();
  }
}

/** Files and folders read, stored and analysed as `corroborate analyze` does. */
export async function analysedPaths(paths: readonly string[]): Promise<Analysed> {
  const store = openSqliteStore(':memory:');
  try {
    const summary = await ingestPaths(paths, { store, maxBytes: DEFAULT_MAX_BYTES });
    const articles = (await Promise.all(summary.articleIds.map((id) => store.getArticle(id)))).filter((a) => a !== null);
    return await analysed(store, articles, summary.inputs);
  } finally {
    await store.close();
  }
}
