import { printJson } from '../format.js';
import { EXIT } from '../exit.js';
import { runBatch, summaryLine, failuresJson, uncountedLine, type BatchOptions } from './batch.js';

export async function ingestCommand(inputs: string[], options: BatchOptions): Promise<number> {
  const { store, summary } = await runBatch(inputs, options);
  await store.close();
  if (options.json) {
    printJson({ inputs: summary.inputs, added: summary.added, existing: summary.existing, articleIds: summary.articleIds, uncounted: summary.uncounted, failed: failuresJson(summary) });
  } else {
    process.stderr.write(`${summaryLine(summary)}\n`);
    const uncounted = uncountedLine(summary);
    if (uncounted) process.stderr.write(`${uncounted}\n`);
  }
  return summary.failed.length > 0 ? EXIT.inputsFailed : EXIT.ok;
}
