import { printJson } from '../format.js';
import { EXIT } from '../exit.js';
import { VERSION } from '../version.js';
import { runBatch, summaryLine, failuresJson, uncountedLine, type BatchOptions } from './batch.js';
import { isPostgresUrl } from '../../store/connect.js';
import { openJobs, submitInputs } from '../../jobs/index.js';

export async function ingestCommand(inputs: string[], options: BatchOptions): Promise<number> {
  if (isPostgresUrl(options.db)) return submitCommand(inputs, options);
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

/** On PostgreSQL, ingest hands the inputs to the workers (`corroborate worker`) and returns once they are queued. */
async function submitCommand(inputs: string[], options: BatchOptions): Promise<number> {
  const jobs = await openJobs(options.db, VERSION, { supervise: false });
  const failed: { input: string; code: string; message: string }[] = [];
  try {
    const sent = await submitInputs(jobs.boss, jobs.ledger, inputs, `ingest ${inputs.join(' ')}`.slice(0, 200), {
      maxBytes: options.maxSize,
      onError: (error) => {
        failed.push({ input: error.input, code: error.code, message: error.message });
        if (!options.json) process.stderr.write(`${error.describe()}\n`);
      },
    });
    if (options.json) printJson({ submission: sent.submission, queued: sent.inputs, failed });
    else process.stderr.write(`queued ${sent.inputs} input${sent.inputs === 1 ? '' : 's'} for the workers as submission #${sent.submission}${failed.length > 0 ? `, ${failed.length} not sent` : ''}; \`corroborate jobs\` shows how far they are\n`);
  } finally {
    await jobs.close();
  }
  return failed.length > 0 ? EXIT.inputsFailed : EXIT.ok;
}
