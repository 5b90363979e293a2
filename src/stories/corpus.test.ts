/**
 * Real inputs: the five seed reports of one event (../shared/seeds, read in place, asserted
 * on derived properties only) and the example corpus (examples/manifest.json): its 14
 * "main" articles are one story, the flood elsewhere and the tram strike are two others.
 * Online clustering is checked in several orders, re-clustering once, and the store path end
 * to end with copy detection counting sources.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processInput } from '../pipeline/run.js';
import type { Article } from '../pipeline/record.js';
import { openSqliteStore } from '../store/sqlite.js';
import { updateCopies } from '../copies/index.js';
import { reclusterArticles } from './recluster.js';
import { StoryClusterer } from './online.js';
import { listStories, updateStories } from './index.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const seedsDir = join(repo, '..', 'shared', 'seeds');
const examples = join(repo, 'examples');

function read(dir: string, name: string): Article[] {
  const outcome = processInput({ name, bytes: readFileSync(join(dir, name)) });
  assert.equal(outcome.error, null, name);
  return outcome.articles;
}

const seeds = readdirSync(seedsDir)
  .filter((f) => /^\d{3}_/.test(f))
  .sort()
  .flatMap((f) => read(seedsDir, f));

interface Manifest {
  files: { id: string; path: string; story: string }[];
  copies: { original: string; copy: string }[];
}
const manifest = JSON.parse(readFileSync(join(examples, 'manifest.json'), 'utf8')) as Manifest;
const byOrigin = new Map<string, Article>();
for (const path of new Set(manifest.files.map((f) => f.path))) for (const a of read(examples, path)) byOrigin.set(a.origin, a);
const exampleArticle = (id: string): Article => byOrigin.get(id) ?? byOrigin.get(id.replace(/#1$/, '')) ?? byOrigin.get(`${id}#1`) ?? assert.fail(`no article for ${id}`);
const examplesList = manifest.files.map((f) => ({ article: exampleArticle(f.id), story: f.story }));

/** A fixed-seed shuffle, so each run sees the same orders. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  let s = seed;
  const r = (): number => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

async function online(articles: readonly Article[]): Promise<string[][]> {
  const c = new StoryClusterer();
  for (const a of articles) await c.add(a);
  return [...(await c.assignments()).values()];
}

/** Gold label sets of each predicted story. */
const labelsOf = (groups: readonly string[][], label: Map<string, string>): string[][] => groups.map((g) => [...new Set(g.map((id) => label.get(id)!))].sort());

test('seeds: the five reports of the cancelled summit form one story, in any order', async () => {
  assert.equal(seeds.length, 5);
  for (const seed of [0, 1, 2, 3, 4, 5]) {
    const order = seed === 0 ? seeds : shuffle(seeds, seed);
    const groups = await online(order);
    assert.equal(groups.length, 1, `order ${seed}: ${groups.length} stories`);
    assert.equal(groups[0]!.length, 5);
  }
  const r = await reclusterArticles(seeds);
  assert.equal(new Set(r.members.map((m) => m.storyId)).size, 1);
});

test('examples: the 14 main articles are one story; the flood elsewhere and the tram strike are apart, in any order', async () => {
  const label = new Map(examplesList.map((e) => [e.article.id, e.story]));
  assert.equal(examplesList.filter((e) => e.story === 'main').length, 14);
  const expected = [['main'], ['unrelated-lesk-tram-strike'], ['unrelated-pellan-floods']];
  for (const seed of [0, 1, 2, 3, 4, 5, 6, 7]) {
    const order = seed === 0 ? examplesList.map((e) => e.article) : shuffle(examplesList.map((e) => e.article), seed);
    const groups = await online(order);
    assert.deepEqual(labelsOf(groups, label).sort(), expected, `order ${seed}`);
  }
  const r = await reclusterArticles(examplesList.map((e) => e.article));
  const groups = new Map<string, string[]>();
  for (const m of r.members) groups.set(m.storyId, [...(groups.get(m.storyId) ?? []), m.articleId]);
  assert.deepEqual(labelsOf([...groups.values()], label).sort(), expected);
});

test('seeds and examples together: three stories of the examples and one of the seeds', async () => {
  const all = [...examplesList.map((e) => e.article), ...seeds];
  for (const seed of [1, 2, 3]) assert.equal((await online(shuffle(all, seed))).length, 4, `order ${seed}`);
});

test('examples through the store: one main story titled by a main headline, its sources counting the planted copy once', async () => {
  const store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'corroborate-stories-')), 'e.db'));
  const articles = examplesList.map((e) => e.article);
  await store.addArticles(articles);
  await updateCopies(store, articles);
  await updateStories(store, articles);
  const stories = await listStories(store);
  assert.equal(stories.length, 3);
  const main = stories[0]!;
  const mainIds = new Set(examplesList.filter((e) => e.story === 'main').map((e) => e.article.id));
  assert.deepEqual(new Set(main.articles), mainIds);
  assert.ok(articles.some((a) => a.id === main.representative && a.title === main.title));
  // Distinct outlets of the main articles, less one for each planted copy from another outlet.
  const mainArticles = articles.filter((a) => mainIds.has(a.id));
  const outlets = new Set(mainArticles.map((a) => a.source.name));
  const crossOutletCopies = manifest.copies.filter((c) => exampleArticle(c.original).source.name !== exampleArticle(c.copy).source.name).length;
  assert.equal(main.sources, outlets.size - crossOutletCopies);
  assert.ok(main.span.start !== null && main.span.end !== null && main.span.start <= main.span.end);
  assert.ok(main.entities.length > 0);
  await store.close();
});
