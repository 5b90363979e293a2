import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryClusterer, storyIdFor, type ClusterArticle } from './online.js';
import { reclusterArticles } from './recluster.js';
import { makeArticle, QUAKE_A, QUAKE_B, quakeReport } from './testing.js';

const report = (id: string, quake: typeof QUAKE_A, style: number, published: string | null = '2026-03-10'): ClusterArticle => {
  const r = quakeReport(quake, style);
  return makeArticle(id, r.title, r.text, published);
};

async function cluster(articles: readonly ClusterArticle[]): Promise<{ groups: string[][]; of: Map<string, string>; clusterer: StoryClusterer }> {
  const clusterer = new StoryClusterer();
  for (const a of articles) await clusterer.add(a);
  const groups = [...(await clusterer.assignments()).values()].map((ids) => [...ids].sort());
  const of = new Map<string, string>();
  for (const [story, ids] of await clusterer.assignments()) for (const id of ids) of.set(id, story);
  return { groups, of, clusterer };
}

const quakes = (): ClusterArticle[] => [
  report('a0', QUAKE_A, 0),
  report('b0', QUAKE_B, 0),
  report('a1', QUAKE_A, 1),
  report('b1', QUAKE_B, 1),
  report('a2', QUAKE_A, 2),
  report('b2', QUAKE_B, 2),
  report('a3', QUAKE_A, 3),
  report('b3', QUAKE_B, 3),
];

test('reports of one quake form one story; a quake of the same kind elsewhere forms another', async () => {
  const { groups } = await cluster(quakes());
  assert.deepEqual(groups, [
    ['a0', 'a1', 'a2', 'a3'],
    ['b0', 'b1', 'b2', 'b3'],
  ]);
});

test('the same leaders, the same wording, a year apart: two stories', async () => {
  const { groups } = await cluster([report('y1', QUAKE_A, 0, '2025-03-10'), report('y1b', QUAKE_A, 1, '2025-03-11'), report('y2', QUAKE_A, 2, '2026-03-10'), report('y2b', QUAKE_A, 3, '2026-03-11')]);
  assert.deepEqual(groups, [
    ['y1', 'y1b'],
    ['y2', 'y2b'],
  ]);
});

test('deterministic: the same order gives the same stories and ids; ids come from the first article', async () => {
  const first = await cluster(quakes());
  const second = await cluster(quakes());
  assert.deepEqual([...first.of], [...second.of]);
  assert.equal(first.of.get('a2'), storyIdFor('a0'));
  assert.equal(first.of.get('b3'), storyIdFor('b0'));
});

test('every article is in exactly one story, and adding one twice changes nothing', async () => {
  const articles = quakes();
  const { clusterer } = await cluster(articles);
  const again = await clusterer.add(articles[3]!);
  assert.equal(again.created, false);
  const seen = new Map<string, number>();
  for (const ids of (await clusterer.assignments()).values()) for (const id of ids) seen.set(id, (seen.get(id) ?? 0) + 1);
  assert.equal(seen.size, articles.length);
  assert.ok([...seen.values()].every((n) => n === 1));
});

test('a story is titled by a member headline and knows its span and names', async () => {
  const { clusterer } = await cluster([report('a0', QUAKE_A, 0, '2026-03-10'), report('a1', QUAKE_A, 1, '2026-03-12'), report('a2', QUAKE_A, 2, null)]);
  const [story] = await clusterer.tx.stories([storyIdFor('a0')]);
  assert.ok(story);
  assert.ok(['a0', 'a1', 'a2'].includes(story.representative));
  assert.equal(story.title, quakeReport(QUAKE_A, ['a0', 'a1', 'a2'].indexOf(story.representative)).title);
  assert.equal(story.dayMax! - story.dayMin!, 2);
  const phrases = new Map(story.phrases);
  assert.equal(phrases.get('Kamenitsa'), 3);
  assert.equal(phrases.get('Civil Protection Office'), 3);
});

test('headline-only articles join nothing unrelated', async () => {
  const articles = [
    ...quakes(),
    makeArticle('h1', 'Quake kills 23 in Kamenitsa', ''),
    makeArticle('h2', 'Breaking news', ''),
    makeArticle('h3', 'Breaking news', ''),
    makeArticle('h4', 'Tram drivers in Lesk to strike on Monday', ''),
    makeArticle('h5', 'Pellan quake toll rises to 7', ''),
  ];
  const { of } = await cluster(articles);
  const a = of.get('a0');
  const b = of.get('b0');
  assert.notEqual(a, b);
  assert.equal(of.get('a3'), a);
  assert.equal(of.get('b3'), b);
  for (const id of ['h2', 'h3', 'h4']) assert.ok(of.get(id) !== a && of.get(id) !== b, id);
  // Two identical contentless briefs are not taken for one report.
  assert.notEqual(of.get('h2'), of.get('h3'));
  assert.notEqual(of.get('h1'), b);
  assert.notEqual(of.get('h5'), a);
});

test('articles with no names at all stay apart from unrelated ones', async () => {
  const lower = (id: string, text: string): ClusterArticle => makeArticle(id, '', text);
  const { of } = await cluster([
    ...quakes(),
    lower('n1', 'the council approved a new budget for schools and roads after a long debate on tuesday evening.'),
    lower('n2', 'farmers said the dry summer had cut the harvest by a third and prices for feed were rising.'),
    lower('n3', 'the council approved a new budget for schools and roads after a long debate, members said.'),
  ]);
  assert.notEqual(of.get('n1'), of.get('n2'));
  assert.equal(of.get('n1'), of.get('n3'));
  for (const id of ['n1', 'n2']) assert.ok(of.get(id) !== of.get('a0') && of.get(id) !== of.get('b0'));
});

test('thousands of identical copies join one story in constant time each, counted once in the document frequencies', async () => {
  const clusterer = new StoryClusterer();
  for (const a of quakes()) await clusterer.add(a);
  const docs = await clusterer.tx.documents();
  const r = quakeReport(QUAKE_A, 0);
  const started = performance.now();
  for (let i = 0; i < 3000; i++) await clusterer.add(makeArticle(`copy${i}`, r.title, r.text, '2026-03-10', 'wire'));
  const ms = performance.now() - started;
  assert.equal(await clusterer.tx.documents(), docs, 'copies add no documents');
  const assignments = await clusterer.assignments();
  assert.equal(assignments.get(storyIdFor('a0'))!.length, 4 + 3000);
  assert.equal(assignments.get(storyIdFor('b0'))!.length, 4);
  const [story] = await clusterer.tx.stories([storyIdFor('a0')]);
  assert.equal(story!.articles, 3004);
  assert.equal(story!.weight, 4);
  // A later report of the other quake still finds its own story.
  const late = await clusterer.add(report('b9', QUAKE_B, 2));
  assert.equal(late.storyId, storyIdFor('b0'));
  assert.ok(ms < 20_000, `${ms} ms`);
});

test('undated articles join dated reports of their event and keep unrelated ones apart', async () => {
  const { groups } = await cluster([report('a0', QUAKE_A, 0, null), report('b0', QUAKE_B, 0, '2026-03-10'), report('a1', QUAKE_A, 1, '2026-03-10'), report('b1', QUAKE_B, 1, null), report('a2', QUAKE_A, 2, null)]);
  assert.deepEqual(groups, [
    ['a0', 'a1', 'a2'],
    ['b0', 'b1'],
  ]);
});

test('articles in another language join no unrelated story and stay apart from each other', async () => {
  const german = (id: string, text: string): ClusterArticle => makeArticle(id, '', text, '2026-03-10');
  const { of } = await cluster([
    ...quakes(),
    german('de1', 'Die Regierung in Berlin hat am Dienstag neue Regeln für den Wohnungsbau beschlossen. Der Minister sagte, die Mieten würden sinken.'),
    german('de2', 'Der Fußballverein aus München gewann am Samstag das Spiel gegen Dortmund mit drei zu eins. Der Trainer lobte die Mannschaft.'),
  ]);
  assert.notEqual(of.get('de1'), of.get('de2'));
  for (const id of ['de1', 'de2']) assert.ok(of.get(id) !== of.get('a0') && of.get(id) !== of.get('b0'), id);
});

test('re-clustering gives the same stories here, whatever the order, with ids from the first article in that order', async () => {
  const articles = quakes();
  const r = await reclusterArticles(articles);
  const groups = new Map<string, string[]>();
  for (const m of r.members) groups.set(m.storyId, [...(groups.get(m.storyId) ?? []), m.articleId]);
  assert.deepEqual([...groups.entries()].sort(), [
    [storyIdFor('a0'), ['a0', 'a1', 'a2', 'a3']],
    [storyIdFor('b0'), ['b0', 'b1', 'b2', 'b3']],
  ]);
  const reversed = await reclusterArticles([...articles].reverse());
  assert.deepEqual(new Set(reversed.members.map((m) => m.storyId)), new Set([storyIdFor('b3'), storyIdFor('a3')]));
  assert.deepEqual(await reclusterArticles(articles), r, 'deterministic');
});

test('across languages, a report joins a story only when its names and figures agree with it', async () => {
  const german = (id: string, title: string, text: string): ClusterArticle => makeArticle(id, title, text, '2026-03-10', `outlet-${id}`);
  const sameQuake = german(
    'de-same',
    'Erdbeben der Stärke 6.1 in Kamenitsa: 23 Tote',
    'Ein Erdbeben der Stärke 6.1 hat am Dienstag Kamenitsa im Oskel-Tal erschüttert. Mindestens 23 Menschen kamen ums Leben, wie Petra Lind vom Zivilschutzamt mitteilte. Die Rettungskräfte suchen weiter in den Trümmern der eingestürzten Häuser.',
  );
  const sameName = german(
    'de-name',
    'Kamenitsa feiert sein Weinfest',
    'In Kamenitsa im Oskel-Tal beginnt am Wochenende das jährliche Weinfest. Petra Lind, die das Fest seit Jahren leitet, erwartet viele Besucher aus der ganzen Region und lädt alle Familien ein.',
  );
  const { of } = await cluster([...quakes(), sameQuake, sameName]);
  assert.equal(sameQuake.language, 'de');
  assert.equal(of.get('de-same'), of.get('a0'), 'names and figures agree: the same quake');
  assert.notEqual(of.get('de-name'), of.get('a0'), 'names alone are no link across languages');
  assert.notEqual(of.get('de-name'), of.get('de-same'));
});
