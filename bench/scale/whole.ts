/**
 * The peer of the scale bench: a run held whole in memory, as `analyze --json` was before it
 * streamed. Every article is analysed in one `analyzeArticles` call, the document is built
 * whole and written as one string. Arguments: the database, then the input files.
 */
import { writeSync } from 'node:fs';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { ingestPaths } from '../../src/pipeline/run.js';
import { analyzeArticles } from '../../src/pipeline/analyze.js';
import { buildDocument } from '../../src/report/document.js';
import { DEFAULT_MAX_BYTES } from '../../src/ingest/inputs.js';
import type { Article } from '../../src/pipeline/record.js';

const [db, ...inputs] = process.argv.slice(2);
const store = openSqliteStore(db!);
const summary = await ingestPaths(inputs, { store, maxBytes: DEFAULT_MAX_BYTES });
const articles: Article[] = [];
for (const id of summary.articleIds) {
  const a = await store.getArticle(id);
  if (a) articles.push(a);
}
const analysis = await analyzeArticles(store, articles);
const doc = buildDocument('peer', analysis, summary.inputs, summary.failed);
writeSync(1, `${JSON.stringify(doc, null, 2)}\n`);
process.stderr.write(`${doc.stories.length} stories\n`);
await store.close();
