import { writeFileSync } from 'node:fs';
import { stdoutSink, useColor, outputWidth } from '../format.js';
import { progressLines } from '../progress.js';
import { EXIT } from '../exit.js';
import { VERSION } from '../version.js';
import { RunError, UsageError } from '../../pipeline/errors.js';
import { copyGroupEntries, type AnalysisDocument } from '../../report/document.js';
import { RunCollector, writeDocument, type DocumentParts } from '../../report/document-stream.js';
import { BriefingBuilder } from '../../report/briefing.js';
import { renderBriefing } from '../../report/terminal.js';
import { markdownOf } from '../../report/markdown.js';
import { renderReport } from '../../web/report.js';
import { analyzeStoredArticles } from '../../pipeline/stream.js';
import { withUnfinished } from '../../pipeline/resume.js';
import { copyGroupsFor } from '../../copies/index.js';
import { StagePool } from '../../pool/pool.js';
import type { Article } from '../../pipeline/record.js';
import type { StoryTask } from '../../pipeline/story-document.js';
import { failuresJson, runBatch, uncountedLine, type BatchOptions } from './batch.js';

export interface AnalyzeOptions extends BatchOptions {
  /** Write the briefing as Markdown to this file, or to standard output for "-". */
  md?: string;
  /** Write a self-contained HTML report to this file, or to standard output for "-". */
  html?: string;
  /** Worker threads for reading, the language layer and claims; 0 runs every stage on the main thread. */
  threads?: number;
}

/**
 * Off unless asked for: on the 2-core machines this is measured on, the pool is no faster
 * than one thread yet (bench scale-out: each thread warms its own caches, tasks are copied
 * between threads, and allocation-heavy work on two cores runs at about 1.4 times one).
 */
function stagePool(options: AnalyzeOptions): StagePool | null {
  const threads = options.threads ?? 0;
  return threads > 0 ? new StagePool(threads) : null;
}

/**
 * Report files analyze can write beside what it prints, one per option. Markdown renders
 * the same briefing as the terminal; HTML is one page with every story and its texts, so
 * it is the one output that holds the whole analysis in memory.
 */
const REPORT_FILES = [
  { option: 'md', flag: '--md' },
  { option: 'html', flag: '--html' },
] as const;

export async function analyzeCommand(inputs: string[], options: AnalyzeOptions): Promise<number> {
  const reports = REPORT_FILES.flatMap((r) => {
    const path = options[r.option];
    return typeof path === 'string' ? [{ ...r, path }] : [];
  });
  const toStdout = reports.filter((r) => r.path === '-');
  if (toStdout.length > 1 || (toStdout.length === 1 && options.json)) {
    throw new UsageError(`only one of ${[...(options.json ? ['--json'] : []), ...toStdout.map((r) => `${r.flag} -`)].join(', ')} can write to standard output`);
  }

  const pool = stagePool(options);
  const threads = pool ? { annotate: (a: Article) => pool.annotate(a), analyze: (t: StoryTask) => pool.analyze(t), depth: pool.depth } : undefined;
  let batch: Awaited<ReturnType<typeof runBatch>>;
  try {
    batch = await runBatch(inputs, options, pool);
  } catch (error) {
    await pool?.close();
    throw error;
  }
  const { store, summary } = batch;
  try {
    const { ids, resumed } = await withUnfinished(store, summary.articleIds);
    const uncounted = uncountedLine(summary);
    if (uncounted) process.stderr.write(`${uncounted}\n`);
    if (resumed > 0) process.stderr.write(`also analysing ${resumed} article${resumed === 1 ? '' : 's'} stored earlier but never analysed (by ingest, or a run that was stopped)\n`);
    const html = reports.some((r) => r.option === 'html') ? { docs: [] as AnalysisDocument[], texts: new Map<string, string>() } : null;
    const briefing = new BriefingBuilder();
    // Only the whole document (--json, --html) lists every article and entity of the run: the
    // briefings do without, so a long run that prints one keeps none of them.
    const run = options.json || html ? new RunCollector() : null;
    // One story at a time: each is kept in the store as it is done, read into the briefing, and let go.
    const say = progressLines();
    const progress = (phase: string, done: number, total: number): void => say(() => `${phase === 'placing' ? 'placing articles in stories' : 'analysing stories'}: ${done.toLocaleString('en')} of ${total.toLocaleString('en')}`);
    for await (const s of analyzeStoredArticles(store, VERSION, ids, progress, threads)) {
      run?.add(s.doc);
      briefing.add(s.doc, { texts: s.texts, sentences: s.sentences });
      if (html) {
        html.docs.push(s.doc);
        for (const [id, text] of s.texts) html.texts.set(id, text);
      }
    }
    // Only now: a run killed before this point leaves its articles for the next one.
    await store.finishArticles(ids);
    const head = { corroborate: VERSION, generated: new Date().toISOString(), inputs: { read: summary.inputs, failed: failuresJson(summary) } };
    const parts = run ? run.parts(head, copyGroupEntries(await copyGroupsFor(store, run.articleIds())), async (id) => (await store.getStoryDocument<AnalysisDocument>(id))?.document ?? null) : null;
    const brief = briefing.finish({ version: VERSION, generated: head.generated, inputsRead: summary.inputs, failed: summary.failed });
    const render = async (option: (typeof REPORT_FILES)[number]['option']): Promise<string> =>
      option === 'md' ? markdownOf(brief) : renderReport(wholeDocument(parts!, html?.docs ?? []), html?.texts ?? new Map());
    if (options.json && parts) {
      const out = stdoutSink();
      await writeDocument(out.write, parts);
      await out.end();
    } else if (toStdout[0]) process.stdout.write(await render(toStdout[0].option));
    else process.stdout.write(renderBriefing(brief, { width: outputWidth(process.stdout), color: useColor(process.stdout) }));
    for (const r of reports) {
      if (r.path !== '-') writeReport(r.path, r.flag, await render(r.option));
    }
  } finally {
    await store.close();
    await pool?.close();
  }
  return summary.failed.length > 0 ? EXIT.inputsFailed : EXIT.ok;
}

/** The run's document as one object, for the one output that needs it whole. */
function wholeDocument(parts: DocumentParts, docs: readonly AnalysisDocument[]): AnalysisDocument {
  return { ...parts.head, articles: [...parts.articles], stories: docs.flatMap((d) => d.stories), copyGroups: [...parts.copyGroups], entities: [...parts.entities], quotes: docs.flatMap((d) => d.quotes) };
}

function writeReport(path: string, flag: string, content: string): void {
  try {
    writeFileSync(path, content);
  } catch (error) {
    throw new RunError(`cannot write the ${flag} report to ${path}: ${(error as Error).message}`, 'check that its folder exists and can be written to');
  }
  if (process.stderr.isTTY) process.stderr.write(`wrote ${path}\n`);
}
