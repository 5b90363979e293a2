/** Test support: an analysis document and article texts, built as `analyze` builds them. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { processInput } from '../pipeline/run.js';
import { analyzeArticles } from '../pipeline/analyze.js';
import { openSqliteStore } from '../store/sqlite.js';
import { buildDocument, type AnalysisDocument } from '../report/document.js';
import type { Article } from '../pipeline/record.js';

export interface Analysed {
  doc: AnalysisDocument;
  texts: Map<string, string>;
}

export async function analysedArticles(articles: readonly Article[]): Promise<Analysed> {
  const store = openSqliteStore(':memory:');
  try {
    await store.addArticles([...articles]);
    const analysis = await analyzeArticles(store, articles);
    return { doc: buildDocument('test', analysis, articles.length, []), texts: new Map(analysis.annotated.map((a) => [a.article.id, a.article.text])) };
  } finally {
    await store.close();
  }
}

/** Every article of every file under `dir`, read as the CLI reads a folder. */
export function articlesIn(dir: string): Article[] {
  const out: Article[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const outcome = processInput({ name: path, bytes: readFileSync(path) });
        if (!outcome.error) out.push(...outcome.articles);
      }
    }
  };
  walk(dir);
  return out;
}
