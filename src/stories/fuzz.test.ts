/**
 * Any input: features never throw, every article lands in exactly one story online and
 * after a re-cluster, the two paths agree on which articles they hold, and pathological
 * sizes finish quickly.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { storyFeatures } from './features.js';
import { StoryClusterer, type ClusterArticle } from './online.js';
import { reclusterArticles } from './recluster.js';

const WORDS = ['dam', 'flood', 'Brodna', 'Lind', 'quake', 'the', 'said', 'May 3, 2013', '5.6', '2011', 'U.S.', 'NATO', '—', '“', 'ÄÖÜ', 'Zelenškyy', '…', '\n\n', '\n', '.', ',', '12,000', '7:15'];
const text = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }).map((w) => w.join(' ')),
);
const date = fc.option(
  fc.oneof(
    fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString()),
    fc.constantFrom('2026-03-10', 'not a date', '', '2026-02-30'),
  ),
  { nil: null },
);
const article = fc.record({ title: text, text, published: date });

test('features never throw and stay well formed on any text', () => {
  fc.assert(
    fc.property(article, (a) => {
      const f = storyFeatures({ title: a.title, text: a.text, published: { value: a.published } });
      for (const map of [f.topic, f.identity]) for (const w of map.values()) assert.ok(Number.isFinite(w) && w > 0);
      assert.ok(f.day === null || Number.isInteger(f.day));
      assert.match(f.hash, /^[0-9a-f]{16}$/);
    }),
    { numRuns: 300 },
  );
});

test('online and re-clustered: every article in exactly one story, whatever the articles', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(article, { minLength: 1, maxLength: 25 }), async (raw) => {
      const articles: ClusterArticle[] = raw.map((a, i) => ({ id: `a${i}`, title: a.title, text: a.text, published: { value: a.published } }));
      const c = new StoryClusterer();
      for (const a of articles) await c.add(a);
      const seen = new Map<string, number>();
      for (const ids of (await c.assignments()).values()) {
        assert.ok(ids.length > 0, 'no empty story');
        for (const id of ids) seen.set(id, (seen.get(id) ?? 0) + 1);
      }
      assert.deepEqual([...seen.keys()].sort(), articles.map((a) => a.id).sort());
      assert.ok([...seen.values()].every((n) => n === 1));
      const r = await reclusterArticles(articles);
      assert.deepEqual(r.members.map((m) => m.articleId), articles.map((a) => a.id));
      const storyIds = new Set(r.stories.map((s) => s.id));
      assert.ok(r.members.every((m) => storyIds.has(m.storyId)));
      for (const s of r.stories) {
        for (const w of s.topic.w) assert.ok(Number.isFinite(w));
        for (const w of s.identity.w) assert.ok(Number.isFinite(w));
      }
    }),
    { numRuns: 60 },
  );
});

test('pathological sizes finish quickly', async () => {
  const huge = 'Lind said the dam broke. '.repeat(40_000);
  const oneWord = 'a'.repeat(500_000);
  const names = Array.from({ length: 20_000 }, (_, i) => `Name${i}`).join(' and ');
  const started = performance.now();
  const c = new StoryClusterer();
  for (const [i, t] of [huge, oneWord, names, huge].entries()) await c.add({ id: `p${i}`, title: t.slice(0, 5000), text: t, published: { value: null } });
  assert.ok(performance.now() - started < 5000, `${performance.now() - started} ms`);
});
