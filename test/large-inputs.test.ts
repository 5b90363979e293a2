import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { ARTICLE_LIMITS } from '../src/pipeline/limits.js';
import { cliBundle } from './cli-bundle.js';

// A call takes as many arguments as fit on the stack, about 120,000 by default: spreading
// more articles or paragraphs into push() once aborted the whole run with a RangeError.
// A CLI started with a tenth of the stack meets that limit at inputs small enough for a
// test; `npm run bench hostile` runs the full-size ones (200,000 articles, 500,000 paragraphs).
const STACK_KB = 100;
const ARTICLES = 20_000;
const PARAGRAPHS = 30_000;

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = cliBundle();

function ingest(input: string, db: string): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [`--stack-size=${STACK_KB}`, bin, 'ingest', input, '--db', db], { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { status: r.status, stderr: r.stderr };
}

function query(db: string, sql: string): unknown {
  const raw = new Database(db, { readonly: true });
  try {
    return raw.prepare(sql).pluck().get();
  } finally {
    raw.close();
  }
}

test(`a text of ${PARAGRAPHS} paragraphs and a JSON array of ${ARTICLES} articles ingest, on a small stack`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-large-'));
  const db = join(dir, 'c.db');

  const text = join(dir, 'long.txt');
  writeFileSync(text, `A Long File\n\n${Array.from({ length: PARAGRAPHS }, (_, i) => `Paragraph ${i} of a very long file.`).join('\n\n')}\n`);
  const t = ingest(text, db);
  assert.equal(t.status, 0, t.stderr);
  // Read whole, then cut to the per-article limits (src/pipeline/limits.ts), with a warning.
  assert.equal((JSON.parse(query(db, 'SELECT paragraphs FROM articles') as string) as unknown[]).length, ARTICLE_LIMITS.paragraphs);
  assert.match(query(db, 'SELECT messages FROM articles') as string, new RegExp(`"code":"article-cut","text":"only the first ${ARTICLE_LIMITS.paragraphs} of`));

  const array = join(dir, 'items.json');
  writeFileSync(array, JSON.stringify(Array.from({ length: ARTICLES }, (_, i) => ({ title: `Item ${i}`, text: `Short report number ${i} about a ferry.`, source: `Outlet ${i % 50}` }))));
  const a = ingest(array, db);
  assert.equal(a.status, 0, a.stderr);
  assert.equal(query(db, 'SELECT count(*) FROM articles'), ARTICLES + 1);
});
