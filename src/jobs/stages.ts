/**
 * What each job does. Every stage's output is keyed by content (article ids, story ids,
 * document keys), so a job run twice, or retried after its worker was killed half way,
 * writes nothing new the second time: articles already stored are left, annotations of the
 * current version are reused, placed articles are passed over, a current document is kept.
 */
import type pg from 'pg';
import type PgBoss from 'pg-boss';
import type { Store } from '../store/store.js';
import type { Article } from '../pipeline/record.js';
import { processInput, processLines, type InputOutcome } from '../pipeline/run.js';
import { LinesInput, type LineBatch } from '../ingest/lines.js';
import { annotateArticles } from '../pipeline/annotate.js';
import { placeArticles } from '../pipeline/stream.js';
import { analyzeStoredStory, keepStoryDocument, storyCopyGroups, storyDocumentKey } from '../pipeline/story-document.js';
import { getStory, placedIds, storiesOfArticles } from '../stories/index.js';
import { LOCK_SPACE } from '../store/postgres/connection.js';
import type { Ledger } from './ledger.js';
import { QUEUES } from './queue.js';

/** An input handed to the workers: a whole file, or a batch of a JSON Lines file's lines. */
export interface IngestJob {
  submission: number;
  slot: number;
  name: string;
  /** The file's bytes, base64. */
  bytes?: string;
  lines?: LineBatch;
  maxBytes: number;
}

export interface AnalyzeJob {
  storyId: string;
}

export interface StageContext {
  store: Store;
  pool: pg.Pool;
  boss: PgBoss;
  ledger: Ledger;
  version: string;
}

/** Articles placed per round of the placing job: one story transaction's worth. */
const PLACE_ROUND = 200;
/** Session lock of the placing job: one placer at a time, even past a job's timeout. */
const PLACER_LOCK = 10;

async function outcomesOf(job: IngestJob): Promise<InputOutcome[]> {
  if (job.bytes !== undefined) return [processInput({ name: job.name, bytes: Buffer.from(job.bytes, 'base64') }, job.maxBytes)];
  const lines = job.lines ?? [];
  async function* one(): AsyncGenerator<LineBatch> {
    yield lines;
  }
  const out: InputOutcome[] = [];
  for await (const o of processLines(new LinesInput(job.name, one()))) out.push(o);
  return out;
}

/** Reads one input, stores its articles and their language annotations, and settles its slot. */
export async function ingestStage(ctx: StageContext, job: IngestJob): Promise<void> {
  const outcomes = await outcomesOf(job);
  const articles = [...new Map(outcomes.flatMap((o) => o.articles).map((a) => [a.id, a])).values()];
  const error = outcomes.find((o) => o.error)?.error ?? (outcomes.some((o) => o.list) ? listError(job.name) : null);
  if (articles.length > 0) {
    await ctx.store.addArticles(articles);
    // The language layer is per article, and the costliest stage before claims: done here,
    // on whichever worker is free, so that placing and analysing only read it back.
    await annotateArticles(ctx.store, await storedVersions(ctx.store, articles));
  }
  const state = articles.length > 0 || error === null ? 'read' : 'failed';
  await ctx.ledger.settle(job.submission, job.slot, state, articles.map((a) => a.id), error ? error.describe() : null);
  await ctx.boss.send(QUEUES.place, {});
}

const listError = (name: string): { describe(): string } => ({
  describe: () => `${name}: a list of sources, which workers do not fetch; give it to \`corroborate watch\`, or to \`analyze\` with --fetch`,
});

/** Each article as the store holds it: one stored earlier under the same id is what later stages read, so it is what gets annotated. */
async function storedVersions(store: Store, articles: readonly Article[]): Promise<Article[]> {
  const out: Article[] = [];
  for (const a of articles) out.push((await store.getArticle(a.id)) ?? a);
  return out;
}

/**
 * Places the inputs read so far in submission order (ledger.ts), a round at a time, and
 * asks for the analysis of every story a round touched. Stops at the first input still
 * being read: the job its reader sends when done goes on from there.
 */
export async function placeStage(ctx: StageContext): Promise<void> {
  const client = await ctx.pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1, $2)', [LOCK_SPACE, PLACER_LOCK]);
    try {
      for (;;) {
        const ready = await ctx.ledger.ready(client, PLACE_ROUND);
        if (!ready) {
          if (await settleDeadInput(ctx, client)) continue;
          break;
        }
        const ids = [...new Set(ready.articleIds)];
        // Articles read ahead of this round are stored and unfinished: not stories lost to a migration.
        await placeArticles(ctx.store, ids, PLACE_ROUND, undefined, [...ids, ...(await ctx.store.unfinishedArticles())]);
        const stories = await storiesOfArticles(ctx.store, ids);
        await ctx.store.pruneStoryDocuments();
        for (const story of stories) await ctx.boss.send(QUEUES.analyze, { storyId: story.id } satisfies AnalyzeJob, { singletonKey: story.id });
        // Articles no story takes (not countable as a source) are finished here: no analysis will name them.
        const placed = await placedIds(ctx.store, ids);
        await ctx.store.finishArticles(ids.filter((id) => !placed.has(id)));
        await ctx.ledger.placed(client, ready.submission, ready.next);
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1, $2)', [LOCK_SPACE, PLACER_LOCK]);
    }
  } finally {
    client.release();
  }
}

/**
 * An input whose job failed for good without settling its slot (its worker was killed on
 * the last attempt, so no handler saw the failure) is settled as failed here, or placing
 * would wait for it for ever. True when one was.
 */
async function settleDeadInput(ctx: StageContext, client: pg.PoolClient): Promise<boolean> {
  const waiting = await ctx.ledger.waitingFor(client);
  if (!waiting?.jobId) return false;
  const job = await ctx.boss.getJobById(QUEUES.ingest, waiting.jobId, { includeArchive: true });
  if (job && job.state !== 'failed' && job.state !== 'cancelled') return false;
  const why = job ? ((job.output as { message?: string } | null)?.message ?? job.state) : 'its job is gone';
  await ctx.ledger.settle(waiting.submission, waiting.slot, 'failed', [], `${waiting.name}: ${why}`);
  return true;
}

/** Analyses one story and keeps its document, unless the kept one is current; then its members are finished. */
export async function analyzeStage(ctx: StageContext, job: AnalyzeJob): Promise<'analysed' | 'kept' | 'missing'> {
  const story = await getStory(ctx.store, job.storyId);
  if (!story) return 'missing';
  const groups = await storyCopyGroups(ctx.store, story);
  const key = storyDocumentKey(ctx.version, story, groups);
  let outcome: 'analysed' | 'kept' = 'kept';
  if ((await ctx.store.keptDocumentKey(story.id)) !== key) {
    const computed = await analyzeStoredStory(ctx.store, ctx.version, story, groups);
    if (!computed) return 'missing';
    await keepStoryDocument(ctx.store, story.id, key, computed.doc);
    outcome = 'analysed';
  }
  await ctx.store.finishArticles(story.articles);
  return outcome;
}
