/**
 * Young stories: the packed member vectors, the split of a story that falls apart, and two
 * halves of one story that meet and merge online. Invented events.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CLUSTER_PARAMS, mergeThreshold, StoryClusterer, storyIdFor, weigh } from './online.js';
import { storyFeatures } from './features.js';
import { checkYoung, packMember, unpackMember } from './young.js';
import { makeArticle, QUAKE_A, QUAKE_B, quakeReport } from './testing.js';
import { MemoryStoryTx } from './memory.js';

const d = '2026-05-12';
const A = [
  ['a1', 'Rescuers search rubble in Kamenitsa after quake', 'Rescue teams searched collapsed homes in Kamenitsa on Tuesday after an earthquake shook the Oskel valley. Petra Lind of the Civil Protection Office said dogs and thermal cameras were used. "We are still reaching the villages," Lind said.'],
  ['a2', 'Kamenitsa rescue teams work through the night', 'In Kamenitsa, rescue teams worked through the night in the rubble of collapsed homes. Petra Lind, who leads the Civil Protection Office, said volunteers from the Oskel valley had joined the search.'],
  ['a3', 'Search for survivors goes on in Kamenitsa', 'The search for survivors went on in Kamenitsa, the Civil Protection Office said. Petra Lind said rescue dogs had found two people alive under a collapsed school.'],
];
const B = [
  ['b1', 'Oskel Power counts cost of damaged dam and lines', 'Oskel Power said the earthquake cracked the Veyra dam wall and brought down forty power lines, leaving 12,000 homes without electricity. Chief executive Tomas Reiner said repairs would cost 40 million euros.'],
  ['b2', 'Quake leaves 12,000 homes without power', 'About 12,000 homes had no electricity after the quake brought down forty lines, Oskel Power said. Tomas Reiner, its chief executive, put the cost of repairs to the Veyra dam and the lines at 40 million euros.'],
  ['b3', 'Insurers brace for Oskel quake claims', 'Insurers expect claims for the damaged Veyra dam and forty fallen lines, which Oskel Power chief Tomas Reiner said would cost 40 million euros to repair. 12,000 homes were still without power.'],
];
const bridge = [
  ['c1', 'Kamenitsa quake: rescuers search rubble as 12,000 homes lose power', 'An earthquake in the Oskel valley on Tuesday collapsed homes in Kamenitsa, where Petra Lind of the Civil Protection Office said rescue teams were searching the rubble. Oskel Power chief Tomas Reiner said the quake cracked the Veyra dam and brought down forty lines, leaving 12,000 homes without electricity.'],
  ['c2', 'Oskel valley quake: search goes on, power cut to 12,000 homes', 'Rescue teams led by Petra Lind of the Civil Protection Office searched collapsed homes in Kamenitsa after the Oskel valley earthquake. Tomas Reiner of Oskel Power said forty lines were down and 12,000 homes had no power; repairs to the Veyra dam will cost 40 million euros.'],
];

const mk = (x: string[], i: number): ReturnType<typeof makeArticle> => makeArticle(x[0]!, x[1]!, x[2]!, d, `outlet-${i}`);
const groups = async (c: StoryClusterer): Promise<string[][]> => [...(await c.assignments()).values()].map((ids) => [...ids].sort()).sort();

test('a member packs into a few bytes an entry and unpacks to the same vectors, within a byte of weight', async () => {
  const tx = new MemoryStoryTx(32);
  const a = mk(A[0]!, 0);
  const w = await weigh(tx, storyFeatures(a), DEFAULT_CLUSTER_PARAMS, 1, 'outlet-0');
  const bytes = packMember(7, { ...w.vectors, refDays: [20_000, 20_001] }, a.title, ['Petra Lind', 'Kamenitsa']);
  const entries = w.vectors.topic.ids.length + w.vectors.identity.ids.length;
  assert.ok(bytes.length < 4 * entries + a.title.length + 64, `${bytes.length} bytes for ${entries} entries`);
  const back = unpackMember('a1', bytes);
  assert.equal(back.seq, 7);
  assert.equal(back.title, a.title);
  assert.deepEqual(back.phrases, ['Petra Lind', 'Kamenitsa']);
  assert.deepEqual(back.vectors.refDays, [20_000, 20_001]);
  assert.equal(back.vectors.day, w.vectors.day);
  for (const key of ['topic', 'identity'] as const) {
    assert.deepEqual([...back.vectors[key].ids], [...w.vectors[key].ids]);
    const max = Math.max(...w.vectors[key].w);
    w.vectors[key].w.forEach((x, i) => assert.ok(Math.abs(back.vectors[key].w[i]! - x) <= max / 255 + 1e-6));
  }
});

test('two halves of one story that first stand apart merge online when a report joins them', async () => {
  const c = new StoryClusterer();
  for (const [i, x] of [...A, ...B].entries()) await c.add(mk(x, i));
  assert.deepEqual(await groups(c), [['a1', 'a2', 'a3'], ['b1', 'b2', 'b3']], 'apart before the bridging reports');
  for (const [i, x] of bridge.entries()) await c.add(mk(x, 10 + i));
  assert.deepEqual(await groups(c), [['a1', 'a2', 'a3', 'b1', 'b2', 'b3', 'c1', 'c2']]);
});

test('a young story that mixes two quakes splits into them, each story with its own members, title and names', async () => {
  // Joins forced with no thresholds at all, then the check run as the clusterer runs it.
  const loose = new StoryClusterer({ threshold: 0, pairThreshold: 0, mergeBase: -1, mergeGrowth: 0 });
  const reports = [0, 1, 2, 3].flatMap((s) => [
    makeArticle(`a${s}`, quakeReport(QUAKE_A, s).title, quakeReport(QUAKE_A, s).text, d, `outlet-a${s}`),
    makeArticle(`b${s}`, quakeReport(QUAKE_B, s).title, quakeReport(QUAKE_B, s).text, d, `outlet-b${s}`),
  ]);
  for (const a of reports) await loose.add(a);
  const [mixed] = await loose.tx.stories(await loose.tx.storyIds());
  assert.equal(mixed!.weight, 8, 'one story of eight texts to begin with');
  const after = await checkYoung(loose.tx, mixed!, DEFAULT_CLUSTER_PARAMS, (a, b) => mergeThreshold(a, b, DEFAULT_CLUSTER_PARAMS), storyIdFor);
  assert.ok(after, 'it split');
  assert.deepEqual(after.map((s) => s.id), [storyIdFor('a0'), storyIdFor('b0')], 'the founder keeps the id; the other group takes its first member');
  assert.deepEqual(await groups(loose), [['a0', 'a1', 'a2', 'a3'], ['b0', 'b1', 'b2', 'b3']]);
  assert.deepEqual(after.map((s) => s.weight), [4, 4]);
  assert.ok(after[1]!.title.includes(QUAKE_B.place) || after[1]!.title.includes('Maravia'), after[1]!.title);
  assert.ok(after[1]!.phrases.some(([p]) => p.includes('Horvat')));
  assert.ok(!after[0]!.phrases.some(([p]) => p.includes('Horvat')));
  const strict = new StoryClusterer();
  for (const a of reports) await strict.add(a);
  assert.deepEqual(await groups(strict), [['a0', 'a1', 'a2', 'a3'], ['b0', 'b1', 'b2', 'b3']], 'the clusterer with its own thresholds keeps them apart too');
});

test('a story of one coherent event does not split at its checks', async () => {
  const c = new StoryClusterer();
  for (const s of [0, 1, 2, 3, 4, 5, 6, 7]) await c.add(makeArticle(`a${s}`, quakeReport(QUAKE_A, s).title, `${quakeReport(QUAKE_A, s).text}\n\nReport ${s}.`, d, `outlet-${s}`));
  assert.deepEqual(await groups(c), [['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7']]);
});
