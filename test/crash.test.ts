/**
 * Crash tests: `analyze` and `ingest` of part of the example corpus are killed with SIGKILL
 * at seeded random moments of their work, then the work is run again (`analyze` after a
 * killed ingest); the store and the result must be those of a run never interrupted. The
 * moments are times, not hooks in the code, so they fall where a real kill would.
 * CRASH_SEED=n explores other moments.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rng } from '../src/test-support/random.js';
import { cliRun, killedRun, root, storeState, type StoreState } from './crash-support.js';

const seed = Number(process.env['CRASH_SEED'] ?? 13);
const ANALYZE_KILLS = 2;
const dir = mkdtempSync(join(tmpdir(), 'corroborate-crash-'));

/**
 * Part of examples/news, so that each run takes a second or two: three stories, a copy
 * group (the wire's report, identical in a WordPress export), five formats, a gzip.
 */
const corpus = join(dir, 'in');
mkdirSync(corpus);
for (const name of ['continental-wire-dump.jsonl', 'oskel-courier-wp-post.json', 'radio-dravania-news-rss.xml', 'brodna-today-breaking-utf8-bom.txt', 'lesk-business-journal-dravhydro-shares.html.gz']) {
  copyFileSync(join(root, 'examples/news', name), join(corpus, name));
}

/** The analysis document without what differs from one run to the next: when it was made. */
function withoutTimes(stdout: string): unknown {
  const doc = JSON.parse(stdout) as Record<string, unknown>;
  delete doc['generated'];
  return doc;
}

function assertSound(state: StoreState, label: string): void {
  assert.equal(state.integrity, 'ok', `${label}: integrity_check`);
  assert.equal(state.duplicateIds, 0, `${label}: an article stored twice`);
}

function assertFinished(state: StoreState, clean: StoreState, label: string): void {
  assertSound(state, label);
  assert.deepEqual(state.articles, clean.articles, `${label}: articles lost or added`);
  assert.deepEqual(state.unplaced, [], `${label}: articles in no story`);
  assert.deepEqual(state.orphanMembers, [], `${label}: members of a story that is not stored`);
  assert.deepEqual(state.stories, clean.stories, `${label}: stories and their members`);
  assert.deepEqual(state.unfinished, [], `${label}: articles left unfinished`);
}

test(`killed with SIGKILL at ${ANALYZE_KILLS + 1} seeded moments (seed ${seed}), a rerun ends as a clean run does`, async (t) => {
  const cleanDb = join(dir, 'clean.db');
  const clean = await cliRun(['analyze', corpus, '--db', cleanDb, '--json']);
  const cleanState = storeState(cleanDb);
  assert.equal(cleanState.unplaced.length, 0);
  assert.ok(cleanState.articles.length > 5 && cleanState.stories.length > 1, 'the corpus gives several stories to lose');
  const cleanDoc = withoutTimes(clean.stdout);
  const random = rng(seed);
  // Kills land anywhere from just after the database is opened to past the clean run's end
  // (runs side by side are slower), so some find the work done and must change nothing.
  const moment = (share = 1): number => Math.round(clean.workMs * share * (0.05 + 1.5 * random()));

  const analyzeKills = Array.from({ length: ANALYZE_KILLS }, async (_, i) => {
    const db = join(dir, `analyze-${i}.db`);
    const args = ['analyze', corpus, '--db', db, '--json'];
    const at = moment();
    const killed = await killedRun(args, at);
    const label = `analyze killed ${at} ms in (${killed.phase})`;
    assertSound(storeState(db), label);
    const rerun = await cliRun(args);
    assertFinished(storeState(db), cleanState, label);
    assert.deepEqual(withoutTimes(rerun.stdout), cleanDoc, `${label}: the analysis`);
    t.diagnostic(label);
  });

  // The rerun is `analyze`, which reads the inputs again: what the killed ingest stored is kept, the rest added.
  const ingestKill = (async () => {
    const db = join(dir, 'ingest.db');
    // Reading the inputs is the first fifth or so of analyze's work.
    const at = moment(0.2);
    const killed = await killedRun(['ingest', corpus, '--db', db], at);
    const label = `ingest killed ${at} ms in (${killed.phase})`;
    assertSound(storeState(db), label);
    const analysed = await cliRun(['analyze', corpus, '--db', db, '--json']);
    assertFinished(storeState(db), cleanState, label);
    assert.deepEqual(withoutTimes(analysed.stdout), cleanDoc, `${label}: the analysis`);
    t.diagnostic(label);
  })();

  await Promise.all([...analyzeKills, ingestKill]);
});
