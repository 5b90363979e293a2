/** Test helpers for the job queue: worker processes, waiting for the queue to drain, and what a store holds, to compare runs. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Store } from '../store/store.js';
import { listStories } from '../stories/index.js';
import { copyGroupsFor } from '../copies/index.js';
import { jobStatus } from './status.js';
import type { Jobs } from './index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface WorkerProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function spawnWorker(db: string, ...more: string[]): WorkerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/bin.ts'), 'worker', '--db', db, '--concurrency', '1', ...more], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, output: () => output, exited };
}

/** Resolves once no job waits, retries or runs and every submission is placed; throws after `timeoutMs`. */
export async function drained(jobs: Jobs, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await jobStatus(jobs.pool, jobs.store.schema, jobs.ledger);
    const busy = status.queues.reduce((n, q) => n + q.created + q.retry + q.active, 0);
    if (busy === 0 && status.submissions.length === 0) return;
    if (Date.now() > deadline) throw new Error(`the queue did not drain: ${JSON.stringify(status)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const withoutTimes = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (k, v: unknown) => (k === 'generated' ? undefined : v)));

/** Everything a run leaves in a store that a user sees: articles, copy groups, stories and their kept analyses. */
export async function snapshot(store: Store): Promise<unknown> {
  const articles = (await store.listArticles()).map((a) => a.id).sort();
  const groups = await copyGroupsFor(store, articles);
  const stories = await listStories(store);
  const documents: unknown[] = [];
  for (const s of stories) documents.push(withoutTimes((await store.getStoryDocument(s.id))?.document ?? null));
  return {
    articles,
    copyGroups: groups.map((g) => ({ original: g.original, members: g.members.map((m) => [m.id, m.relation]) })),
    stories: stories.map((s) => ({ id: s.id, title: s.title, articles: [...s.articles].sort() })),
    documents,
    unfinished: await store.unfinishedArticles(),
  };
}
