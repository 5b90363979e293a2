import { readFileSync } from 'node:fs';
import { printJson } from '../format.js';
import { EXIT } from '../exit.js';
import { buildDocument } from '../../report/document.js';
import { renderTerminal } from '../../report/terminal.js';
import { analyzeArticles } from '../../pipeline/analyze.js';
import { runBatch, type BatchOptions } from './batch.js';

const version = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export async function analyzeCommand(inputs: string[], options: BatchOptions): Promise<number> {
  const { store, summary } = await runBatch(inputs, options);
  try {
    const analysis = await analyzeArticles(store, summary.articles);
    const doc = buildDocument(version, analysis, summary.inputs, summary.failed);
    await store.saveAnalysis(doc.generated, doc);
    if (options.json) printJson(doc);
    else process.stdout.write(renderTerminal(doc));
  } finally {
    await store.close();
  }
  return summary.failed.length > 0 ? EXIT.inputsFailed : EXIT.ok;
}
