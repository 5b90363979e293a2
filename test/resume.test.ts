import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliRun, root, storeState } from './crash-support.js';

const example = (name: string): string => join(root, 'examples/news', name);

test('analyze also finishes what an earlier ingest (or a killed run) stored, and says so', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'corroborate-resume-')), 'r.db');
  await cliRun(['ingest', example('radio-dravania-news-rss.xml'), '--db', db]);
  assert.equal(storeState(db).unfinished.length, 3, 'the feed holds three articles, none analysed yet');

  const r = await cliRun(['analyze', example('brodna-today-breaking-utf8-bom.txt'), '--db', db, '--json']);
  assert.match(r.stderr, /also analysing 3 articles stored earlier but never analysed/);
  const doc = JSON.parse(r.stdout) as { articles: { id: string }[] };
  const state = storeState(db);
  assert.deepEqual(doc.articles.map((a) => a.id).sort(), state.articles);
  assert.equal(state.articles.length, 4);
  assert.deepEqual(state.unplaced, []);
  assert.deepEqual(state.unfinished, [], 'once finished, the next run does not take them up again');
});
