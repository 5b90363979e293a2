/**
 * The analysis document against schema/analysis.schema.json, for the seeds and the
 * example corpus; and every offset in it against the text `show --json` would return.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { processInput } from '../src/pipeline/run.js';
import { analyzeArticles } from '../src/pipeline/analyze.js';
import { buildDocument, type AnalysisDocument } from '../src/report/document.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import type { Article } from '../src/pipeline/record.js';

const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../schema/analysis.schema.json', import.meta.url)), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

function read(dir: string): Article[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => processInput({ name: f, bytes: readFileSync(join(dir, f)) }).articles);
}

async function documentOf(articles: Article[]): Promise<AnalysisDocument> {
  const store = openSqliteStore(':memory:');
  await store.addArticles(articles);
  const doc = buildDocument('test', await analyzeArticles(store, articles), articles.length, []);
  await store.close();
  return JSON.parse(JSON.stringify(doc)) as AnalysisDocument;
}

function assertOffsets(doc: AnalysisDocument, articles: Article[]): void {
  const text = new Map(articles.map((a) => [a.id, a.text]));
  const check = (s: { articleId: string; start: number; end: number }) => {
    const t = text.get(s.articleId);
    assert.ok(t !== undefined, `unknown article ${s.articleId}`);
    assert.ok(s.start <= s.end && s.end <= t.length, `span ${s.start}-${s.end} outside ${s.articleId}`);
  };
  doc.quotes.forEach(check);
  for (const story of doc.stories) {
    story.claims.forEach((c) => c.evidence.forEach(check));
    story.contradictions.forEach((c) => c.sides.forEach(check));
    story.quotes.forEach(check);
  }
}

for (const [name, dir] of [
  ['seeds', fileURLToPath(new URL('../../shared/seeds/', import.meta.url))],
  ['examples', fileURLToPath(new URL('../examples/news/', import.meta.url))],
] as const) {
  test(`the analysis document for the ${name} validates against its schema, offsets inside the texts`, async () => {
    const articles = read(dir);
    const doc = await documentOf(articles);
    const valid = validate(doc);
    assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    assertOffsets(doc, articles);
  });
}

test('the schema rejects a document that breaks the contract', async () => {
  const doc = (await documentOf(read(fileURLToPath(new URL('../../shared/seeds/', import.meta.url)))) as unknown) as Record<string, unknown>;
  const broken = { ...doc, stories: [{ id: 'x', title: 't', articleIds: ['a'], claims: [{ id: 'c', text: 't', status: 'maybe', independentSources: 1, evidence: [] }], contradictions: [], quotes: [], sources: [], timeline: [] }] };
  assert.equal(validate(broken), false);
});
