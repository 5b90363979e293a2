import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markCountable, uncountable, type Uncountable } from './index.js';
import { storeTest } from '../test-support/stores.js';
import { placeArticles } from '../pipeline/stream.js';
import { storiesOfArticles } from '../stories/index.js';
import { makeArticle, QUAKE_A, quakeReport } from '../stories/testing.js';

const REPORT = 'The Velde council voted on Monday to close the harbour bridge for repairs after engineers found cracks in two of its piers, the mayor said.';
const LONG = Array.from({ length: 12 }, () => REPORT).join('\n\n');

const CASES: { name: string; title: string; text: string; expected: Uncountable | null }[] = [
  { name: 'no text, a headline', title: 'Harbour bridge to close', text: '', expected: 'empty' },
  { name: 'no text, no headline', title: '', text: '', expected: 'empty' },
  { name: 'a few words of text', title: 'Bridge', text: 'Read more on our site.', expected: 'near-empty' },
  { name: 'a date line only', title: 'June 06, 2013', text: 'Posted by admin', expected: 'near-empty' },
  { name: 'a one-line report', title: 'Border', text: 'Troops crossed the border into Tessaly on Sunday.', expected: null },
  { name: 'a paywall stub', title: 'Harbour bridge to close for repairs', text: `${REPORT}\n\nSubscribe to continue reading. Already a subscriber? Sign in.`, expected: 'paywall' },
  { name: 'a stub reserved for members', title: 'Harbour bridge to close', text: 'Engineers found cracks in two piers. This article is only available to subscribers.', expected: 'paywall' },
  { name: 'a page of links', title: 'Velde News', text: 'Home\nNews\nSport\nWeather\nHarbour bridge to close\nCouncil budget vote\nContact us\nPrivacy policy\nSubscribe\nArchive', expected: 'no-prose' },
  { name: 'a one-sentence brief with no text besides its headline', title: REPORT, text: '', expected: null },
  { name: 'a short report', title: 'Harbour bridge to close', text: REPORT, expected: null },
  { name: 'a full report that ends with a subscription prompt', title: 'Harbour bridge to close', text: `${LONG}\n\nSubscribe to continue reading our coverage of the council.`, expected: null },
];

for (const c of CASES) {
  test(`countable: ${c.name} → ${c.expected ?? 'counts'}`, () => {
    assert.equal(uncountable({ title: c.title, text: c.text }), c.expected);
  });
}

test('an article that cannot count carries its warning once; one that counts is left as it is', () => {
  const empty = makeArticle('e1', 'Harbour bridge to close', '');
  const marked = markCountable(empty);
  assert.deepEqual(marked.messages.map((m) => [m.severity, m.stage, m.code]), [['warning', 'countable', 'empty']]);
  assert.match(marked.messages[0]!.text, /joins no story/);
  assert.equal(markCountable(marked), marked);
  const real = makeArticle('r1', 'Harbour bridge to close', REPORT);
  assert.equal(markCountable(real), real);
});

storeTest('an empty article with the story\'s own headline joins no story and is no second source', async (db) => {
  const store = await db.open();
  const r = quakeReport(QUAKE_A, 0);
  const real = makeArticle('real', r.title, r.text, '2026-03-10', 'outlet-a');
  const empty = makeArticle('empty', r.title, '', '2026-03-10', 'outlet-b');
  await store.addArticles([real, empty]);
  await placeArticles(store, ['real', 'empty']);
  const stories = await storiesOfArticles(store, ['real', 'empty']);
  assert.deepEqual(stories.map((s) => [s.articles, s.sources]), [[['real'], 1]]);
  await store.close();
});
