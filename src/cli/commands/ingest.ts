import { printJson } from '../format.js';
import { EXIT } from '../exit.js';
import { runBatch, summaryLine, failuresJson, type BatchOptions } from './batch.js';

export async function ingestCommand(inputs: string[], options: BatchOptions): Promise<number> {
  const { store, summary } = await runBatch(inputs, options);
  await store.close();
  if (options.json) {
    printJson({ inputs: summary.inputs, added: summary.added, existing: summary.existing, articleIds: summary.articleIds, failed: failuresJson(summary) });
  } else {
    process.stderr.write(`${summaryLine(summary)}\n`);
  }
  return summary.failed.length > 0 ? EXIT.inputsFailed : EXIT.ok;
}
