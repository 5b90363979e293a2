/**
 * A pool of worker threads (piscina) for the stages that need nothing but their input:
 * reading an input, the language layer of an article, the claims of one story. `analyze`
 * on one machine without PostgreSQL so uses every core. Each task computes exactly what
 * the main thread would, from the same data, so results are the same whichever runs it.
 */
import { Piscina } from 'piscina';
import { InputError } from '../pipeline/errors.js';
import type { InputContext, InputOutcome } from '../pipeline/run.js';
import type { Article } from '../pipeline/record.js';
import type { LanguageAnnotations } from '../language/types.js';
import type { AnalysisDocument } from '../report/document.js';
import type { ReadResult } from './tasks.js';
import type { StoryTask } from '../pipeline/story-document.js';

export class StagePool {
  private readonly pool: Piscina;

  constructor(readonly threads: number) {
    // Built, the task file is JavaScript; from the sources (tests, `npm run bench`) a shim registers tsx in the thread first.
    const file = import.meta.url.endsWith('.ts') ? './tasks-tsx.mjs' : './tasks.js';
    this.pool = new Piscina({ filename: new URL(file, import.meta.url).href, minThreads: threads, maxThreads: threads, idleTimeout: 60_000 });
  }

  /** Tasks worth queueing ahead so that no thread waits on the main one. */
  get depth(): number {
    return this.threads * 2;
  }

  async read(name: string, bytes: Uint8Array, maxBytes: number, context: InputContext): Promise<InputOutcome> {
    const r = (await this.pool.run({ name, bytes, maxBytes, context }, { name: 'read' })) as ReadResult;
    return { input: name, format: r.format, articles: r.articles, error: r.error ? new InputError(r.error.input, r.error.code, r.error.message) : null, ...(r.list ? { list: r.list } : {}) };
  }

  annotate(article: Article): Promise<LanguageAnnotations> {
    return this.pool.run(article, { name: 'annotate' }) as Promise<LanguageAnnotations>;
  }

  analyze(task: StoryTask): Promise<AnalysisDocument> {
    return this.pool.run(task, { name: 'analyze' }) as Promise<AnalysisDocument>;
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }
}
