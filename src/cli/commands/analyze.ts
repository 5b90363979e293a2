import { writeFileSync } from 'node:fs';
import { printJson, useColor, outputWidth } from '../format.js';
import { EXIT } from '../exit.js';
import { VERSION } from '../version.js';
import { RunError, UsageError } from '../../pipeline/errors.js';
import { buildDocument, type AnalysisDocument } from '../../report/document.js';
import { briefingSources, type BriefingSources } from '../../report/briefing.js';
import { renderTerminal } from '../../report/terminal.js';
import { renderMarkdown } from '../../report/markdown.js';
import { renderReport } from '../../web/report.js';
import { analyzeArticles } from '../../pipeline/analyze.js';
import { withUnfinished } from '../../pipeline/resume.js';
import { runBatch, type BatchOptions } from './batch.js';

export interface AnalyzeOptions extends BatchOptions {
  /** Write the briefing as Markdown to this file, or to standard output for "-". */
  md?: string;
  /** Write a self-contained HTML report to this file, or to standard output for "-". */
  html?: string;
}

/**
 * Report files analyze can write beside what it prints, one per option. Each renders the
 * same briefing (report/briefing.ts) in its own format.
 */
const REPORT_FILES: { option: keyof AnalyzeOptions & string; flag: string; render: (doc: AnalysisDocument, sources: BriefingSources) => string }[] = [
  { option: 'md', flag: '--md', render: (doc, sources) => renderMarkdown(doc, sources) },
  { option: 'html', flag: '--html', render: (doc, sources) => renderReport(doc, sources.texts ?? new Map()) },
];

export async function analyzeCommand(inputs: string[], options: AnalyzeOptions): Promise<number> {
  const reports = REPORT_FILES.flatMap((r) => {
    const path = options[r.option];
    return typeof path === 'string' ? [{ ...r, path }] : [];
  });
  const toStdout = reports.filter((r) => r.path === '-');
  if (toStdout.length > 1 || (toStdout.length === 1 && options.json)) {
    throw new UsageError(`only one of ${[...(options.json ? ['--json'] : []), ...toStdout.map((r) => `${r.flag} -`)].join(', ')} can write to standard output`);
  }

  const { store, summary } = await runBatch(inputs, options);
  try {
    const { articles, resumed } = await withUnfinished(store, summary.articles);
    if (resumed > 0) process.stderr.write(`also analysing ${resumed} article${resumed === 1 ? '' : 's'} stored earlier but never analysed (by ingest, or a run that was stopped)\n`);
    const analysis = await analyzeArticles(store, articles);
    const doc = buildDocument(VERSION, analysis, summary.inputs, summary.failed);
    await store.saveAnalysis(doc.generated, doc);
    // Only now: a run killed before this point leaves its articles for the next one.
    await store.finishArticles(articles.map((a) => a.id));
    const sources = briefingSources(analysis);
    if (options.json) printJson(doc);
    else if (toStdout[0]) process.stdout.write(toStdout[0].render(doc, sources));
    else process.stdout.write(renderTerminal(doc, { ...sources, width: outputWidth(process.stdout), color: useColor(process.stdout) }));
    for (const r of reports) {
      if (r.path !== '-') writeReport(r.path, r.flag, r.render(doc, sources));
    }
  } finally {
    await store.close();
  }
  return summary.failed.length > 0 ? EXIT.inputsFailed : EXIT.ok;
}

function writeReport(path: string, flag: string, content: string): void {
  try {
    writeFileSync(path, content);
  } catch (error) {
    throw new RunError(`cannot write the ${flag} report to ${path}: ${(error as Error).message}`, 'check that its folder exists and can be written to');
  }
  if (process.stderr.isTTY) process.stderr.write(`wrote ${path}\n`);
}
