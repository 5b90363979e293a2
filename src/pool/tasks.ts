/**
 * What a worker thread of the stage pool runs (pool.ts): the per-article stages and one
 * story's claims, as pure functions of what they are sent. Everything crosses the thread
 * boundary by structured clone, so it is plain data both ways; an input's error is sent
 * back as its fields and made an `InputError` again on the other side.
 */
import { processInput, type InputContext } from '../pipeline/run.js';
import { annotateLanguage } from '../language/index.js';
import type { LanguageAnnotations } from '../language/types.js';
import type { Article, Format } from '../pipeline/record.js';
import { storyAnalysis, type StoryTask } from '../pipeline/story-document.js';
import type { AnalysisDocument } from '../report/document.js';
import type { SourceList } from '../ingest/lists.js';

export interface ReadTask {
  name: string;
  bytes: Uint8Array;
  maxBytes: number;
  context: InputContext;
}

export interface ReadResult {
  format: Format | null;
  articles: Article[];
  error: { input: string; code: string; message: string } | null;
  list?: SourceList;
}

export function read(task: ReadTask): ReadResult {
  const o = processInput({ name: task.name, bytes: task.bytes }, task.maxBytes, task.context);
  return { format: o.format, articles: o.articles, error: o.error ? { input: o.error.input, code: o.error.code, message: o.error.message } : null, ...(o.list ? { list: o.list } : {}) };
}

export function annotate(article: Article): LanguageAnnotations {
  return annotateLanguage(article);
}

export function analyze(task: StoryTask): AnalysisDocument {
  return storyAnalysis(task);
}
