/**
 * The five real reports in ../shared/seeds and the example corpus, end to end. Assertions
 * are on derived properties (which entities exist, which ids they share), never on copied
 * passages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { processInput } from '../../pipeline/run.js';
import { splitSentences } from '../sentences/index.js';
import { findEntities } from './index.js';
import { canonicalize, type ArticleEntities } from './canonical.js';
import { personSkeleton } from './names.js';

const seedsDir = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));
const newsDir = fileURLToPath(new URL('../../../examples/news/', import.meta.url));
const goldPath = fileURLToPath(new URL('../../../bench/entities/gold/entities.json', import.meta.url));

function read(dir: string): ArticleEntities[] {
  const out: ArticleEntities[] = [];
  for (const file of readdirSync(dir).sort()) {
    const outcome = processInput({ name: file, bytes: readFileSync(join(dir, file)) });
    assert.equal(outcome.error, null, `${file}: ${outcome.error?.message}`);
    outcome.articles.forEach((a, i) => {
      const id = outcome.articles.length > 1 ? `${file}#${i + 1}` : file;
      out.push({ articleId: id, entities: findEntities(a.text, splitSentences(a.text, a.paragraphs)).entities });
    });
  }
  return out;
}

test('seeds: the main actors are people under their full names, and Lavrov’s two spellings are one', () => {
  const articles = read(seedsDir);
  assert.equal(articles.length, 5);
  const people = new Set(articles.flatMap((a) => a.entities.filter((e) => e.type === 'person').map((e) => e.name)));
  for (const name of ['Donald Trump', 'Vladimir Putin', 'Marco Rubio', 'Volodymyr Zelensky', 'Dmitry Peskov']) assert.ok(people.has(name), `${name} found as a person`);
  // Both spellings occur, in different seeds.
  assert.ok(people.has('Sergei Lavrov') && people.has('Sergey Lavrov'));
  const c = canonicalize(articles);
  const lavrov = new Set(
    articles.flatMap((a) => a.entities.filter((e) => /^Serge[iy] Lavrov$/.test(e.name)).map((e) => c.idOf(a.articleId, e.key))),
  );
  assert.equal(lavrov.size, 1);
  const id = [...lavrov][0]!;
  assert.equal(c.entities.find((e) => e.id === id)!.type, 'person');
  // Each of them is one canonical person across the seeds.
  for (const name of ['Donald Trump', 'Vladimir Putin', 'Marco Rubio', 'Volodymyr Zelensky']) {
    const idsOf = new Set(articles.flatMap((a) => a.entities.filter((e) => e.name === name).map((e) => c.idOf(a.articleId, e.key))));
    assert.equal(idsOf.size, 1, name);
  }
});

test('seeds: seats of government used for governments carry what they stand for', () => {
  const articles = read(seedsDir);
  const standsFor = new Map<string, string>();
  for (const a of articles) for (const e of a.entities) if (e.standsFor) standsFor.set(e.name, e.standsFor);
  assert.equal(standsFor.get('Kremlin'), 'Government of Russia');
  assert.equal(standsFor.get('Moscow'), 'Government of Russia');
  assert.equal(standsFor.get('Washington'), 'Government of the United States');
});

test('examples: Vereshin and Vereshyn are one entity, and no two named people are merged', () => {
  const articles = read(newsDir);
  const c = canonicalize(articles);
  const vereshin = new Set(
    articles.flatMap((a) => a.entities.filter((e) => /^Anatol(y|ii) Veresh(i|y)n$/.test(e.name)).map((e) => c.idOf(a.articleId, e.key))),
  );
  const spellings = new Set(articles.flatMap((a) => a.entities.filter((e) => /^Anatol(y|ii) Veresh(i|y)n$/.test(e.name)).map((e) => e.name)));
  assert.deepEqual([...spellings].sort(), ['Anatolii Vereshyn', 'Anatoly Vereshin']);
  assert.equal(vereshin.size, 1);

  // The cast, from the hand-made gold set: each canonical person may hold at most one of them.
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { documents: { file: string; people: string[] }[] };
  const cast = new Map<string, string>();
  for (const d of gold.documents) {
    if (!d.file.startsWith('examples/')) continue;
    for (const p of d.people) for (const name of p.split('|')) cast.set(personSkeleton(name), p.split('|')[0]!);
  }
  const byId = new Map<string, Set<string>>();
  for (const a of articles) {
    for (const e of a.entities) {
      if (e.type !== 'person') continue;
      const member = cast.get(personSkeleton(e.name));
      if (!member) continue;
      const id = c.idOf(a.articleId, e.key)!;
      const set = byId.get(id) ?? new Set<string>();
      set.add(member);
      byId.set(id, set);
    }
  }
  for (const [id, members] of byId) assert.equal(members.size, 1, `${id} merges ${[...members].join(', ')}`);
  // Everyone in the cast is found.
  const found = new Set([...byId.values()].flatMap((s) => [...s]));
  for (const member of new Set(cast.values())) assert.ok(found.has(member), `${member} found`);
});
