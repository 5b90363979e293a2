import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalize, type ArticleEntities } from './canonical.js';
import type { EntityType, LocalEntity } from '../types.js';

let n = 0;
function local(type: EntityType, name: string, aliases: string[] = [], extra: Partial<LocalEntity> = {}): LocalEntity {
  return { key: `${type}:${n++}`, type, name, aliases, roles: [], ...extra };
}

/** One article per entity list; returns each input name's canonical id. */
function ids(articles: LocalEntity[][]): Map<string, string> {
  const input: ArticleEntities[] = articles.map((entities, i) => ({ articleId: `a${i}`, entities }));
  const c = canonicalize(input);
  const out = new Map<string, string>();
  input.forEach((a) => {
    for (const e of a.entities) out.set(`${a.articleId}/${e.name}`, c.idOf(a.articleId, e.key)!);
  });
  return out;
}

function sameId(articles: LocalEntity[][], names: string[]): boolean {
  const m = ids(articles);
  const found = names.map((name) => [...m].find(([k]) => k.endsWith(`/${name}`))?.[1]);
  assert.ok(found.every((x) => x !== undefined), `all of ${names.join(', ')} present`);
  return new Set(found).size === 1;
}

test('transliteration variants of one person get one id', () => {
  const cases: string[][] = [
    ['Sergei Lavrov', 'Sergey Lavrov'],
    ['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Volodymyr Zelenskiy'],
    ['Anatoly Vereshin', 'Anatolii Vereshyn'],
    ['Dmitry Peskov', 'Dmitri Peskov', 'Dmitriy Peskov'],
    ['Donald J. Trump', 'Donald Trump'],
    ['Renée Castell', 'Renee Castell'],
  ];
  for (const names of cases) assert.ok(sameId(names.map((x) => [local('person', x)]), names), names.join(' / '));
});

test('a surname alone joins the one full name that has it, and stays apart when several do', () => {
  assert.ok(sameId([[local('person', 'Sergei Lavrov')], [local('person', 'Lavrov')]], ['Sergei Lavrov', 'Lavrov']));
  assert.ok(sameId([[local('person', 'Volodymyr Zelenskyy')], [local('person', 'Zelensky')]], ['Volodymyr Zelenskyy', 'Zelensky']));
  const m = ids([[local('person', 'Donald Trump')], [local('person', 'Melania Trump')], [local('person', 'Trump')]]);
  const [donald, melania, trump] = [m.get('a0/Donald Trump'), m.get('a1/Melania Trump'), m.get('a2/Trump')];
  assert.notEqual(donald, melania, 'different people sharing a surname are not merged');
  assert.notEqual(trump, donald);
  assert.notEqual(trump, melania);
  // A longer form of a name joins its two-word form.
  assert.ok(sameId([[local('person', 'Donald John Trump')], [local('person', 'Donald Trump')]], ['Donald John Trump', 'Donald Trump']));
});

test('places and organizations: listed variants, aliases and abbreviations', () => {
  assert.ok(sameId([[local('place', 'United States', ['U.S.'])], [local('place', 'US')], [local('place', 'America')], [local('place', 'USA')], [local('place', 'United States of America')]], ['United States', 'US', 'America', 'USA', 'United States of America']));
  assert.ok(sameId([[local('organization', 'State Emergency Service')], [local('organization', 'SES')]], ['State Emergency Service', 'SES']));
  assert.ok(sameId([[local('organization', 'Northern Standard', ['Standard'])], [local('organization', 'Standard')]], ['Northern Standard', 'Standard']));
  assert.ok(sameId([[local('organization', 'North Atlantic Treaty Organization')], [local('organization', 'NATO')]], ['North Atlantic Treaty Organization', 'NATO']));
  // An abbreviation two organizations could have stays apart.
  const m = ids([[local('organization', 'State Emergency Service')], [local('organization', 'Southern Energy Supply')], [local('organization', 'SES')]]);
  assert.equal(new Set([m.get('a0/State Emergency Service'), m.get('a1/Southern Energy Supply'), m.get('a2/SES')]).size, 3);
  // Same name, different type: the type most articles give wins.
  assert.ok(sameId([[local('organization', 'Northern Rim')], [local('organization', 'Northern Rim')], [local('place', 'Northern Rim')]], ['Northern Rim']));
});

test('canonical names, aliases, standsFor and deterministic ids', () => {
  const articles: ArticleEntities[] = [
    { articleId: 'x', entities: [local('person', 'Sergei Lavrov', ['Lavrov']), local('place', 'Moscow', [], { standsFor: 'Government of Russia' })] },
    { articleId: 'y', entities: [local('person', 'Sergey Lavrov'), local('place', 'Moscow')] },
    { articleId: 'z', entities: [local('person', 'Sergei Lavrov')] },
  ];
  const a = canonicalize(articles);
  const b = canonicalize([...articles].reverse());
  const lavrov = a.entities.find((e) => e.type === 'person')!;
  assert.equal(lavrov.name, 'Sergei Lavrov');
  assert.deepEqual(lavrov.aliases, ['Lavrov', 'Sergey Lavrov']);
  assert.equal(lavrov.id, 'person:sergei-lavrov');
  assert.equal(a.entities.find((e) => e.name === 'Moscow')!.standsFor, 'Government of Russia');
  assert.deepEqual(a.entities.map((e) => e.id).sort(), b.entities.map((e) => e.id).sort(), 'ids do not depend on input order');
  assert.equal(a.links.length, 5);
  for (const l of a.links) assert.equal(b.idOf(l.articleId, l.key), l.id);
});

test('scales to many entities without pairwise comparison', () => {
  const articles: ArticleEntities[] = [];
  for (let i = 0; i < 2000; i++) {
    articles.push({
      articleId: `a${i}`,
      entities: [local('person', `Person${i} Surname${i % 500}`), local('person', `Surname${i}`), local('organization', `Org ${i} Agency`), local('place', `Town${i % 300}`)],
    });
  }
  const start = process.hrtime.bigint();
  const c = canonicalize(articles);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  assert.equal(c.links.length, 8000);
  assert.ok(ms < 2000, `8,000 entities took ${ms} ms`);
});
