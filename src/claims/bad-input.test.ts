/** Odd stories: one article, hundreds of near-identical copies, articles with nothing to claim, nothing at all. */
import { test } from 'node:test';
import { MAX_ANALYSED_ARTICLES } from '../pipeline/story-sample.js';
import assert from 'node:assert/strict';
import { analyzeStory } from './index.js';
import { canonicalize } from '../language/entities/canonical.js';
import { invent, inventStory, storyOf } from './testing.js';

const REPORT = [
  'BRODNA — Part of the Veyra Dam gave way at about 4:40 a.m. on Tuesday, sending water into the lower districts of Brodna.',
  'By Tuesday evening the Interior Ministry had confirmed 14 deaths and said nine people were still missing.',
  'About 2,300 residents were evacuated from the riverside streets of Brodna during the day.',
  '“The rainfall we saw over the weekend was beyond anything this dam was designed to hold,” said Anatoly Vereshin, the chief executive of Dravhydro.',
  'Prime Minister Teodor Halas, who cancelled a trip to Sorvik, ordered an independent inquiry into the collapse.',
  'The work on the drainage pumps was pushed back by three months after a supplier missed its delivery date.',
];

test('a story of one article: every fact single-source, no contradiction between sources', async () => {
  const story = await inventStory([{ outlet: 'Valley Courier', text: REPORT }]);
  const { analysis } = story;
  assert.ok(analysis.claims.length >= 6);
  assert.ok(analysis.claims.every((g) => g.status === 'single-source' && g.independentSources === 1));
  assert.ok(analysis.contradictions.every((c) => c.internal));
  assert.equal(analysis.sources.length, 1);
  assert.ok(analysis.quotes.every((q) => q.spread === 'single'));
});

// How fast is for npm run bench (claims-speed); a timed assertion here only fails on a busy machine.
test('500 near-identical copies: one source, no contradictions', async () => {
  const copies = Array.from({ length: 500 }, (_, i) =>
    invent({
      outlet: `Syndicate ${i}`,
      // Each copy changes a little: its own dateline line, and every tenth drops a paragraph.
      text: [...REPORT.filter((_, p) => i % 10 !== 0 || p !== 5), `Distributed by partner desk ${i}.`],
      published: `2026-03-10T${String(10 + (i % 10)).padStart(2, '0')}:00:00Z`,
    }),
  );
  const story = await storyOf(copies);
  const groups = story.copyGroups.filter((g) => g.members.length > 1);
  assert.ok(groups.length >= 1 && groups[0]!.members.length > 450, `copy groups: ${groups.map((g) => g.members.length).join(', ')}`);
  const analysis = analyzeStory(story.annotated, story.canonical, story.copyGroups);
  assert.deepEqual(analysis.contradictions.filter((c) => !c.internal), []);
  assert.equal(story.annotated.length, MAX_ANALYSED_ARTICLES, 'a story of 500 is read through a sample of its members');
  const evidence = analysis.claims.reduce((n, g) => n + g.evidence.length, 0);
  assert.ok(evidence > story.annotated.length * 6, `${evidence} evidence spans`);
  // The copies are one report: whatever they state, they state it once.
  const ungrouped = analysis.claims.filter((g) => g.independentSources > 1);
  assert.ok(ungrouped.every((g) => g.independentSources <= 500 - groups[0]!.members.length + 1));
});

test('articles with nothing to claim: captions, lists, headings', async () => {
  const story = await inventStory([
    { outlet: 'Picture Desk', text: ['Photo: Residents of Brodna on Tuesday.', 'Gallery', 'Credit: Valley Courier'] },
    { outlet: 'List Desk', text: ['Brodna', 'Zelov', 'Kamenitsa', 'Tarvel'] },
  ]);
  assert.deepEqual(story.analysis.contradictions, []);
  assert.ok(story.analysis.claims.length <= 1);
});

test('no articles, empty and broken inputs: an empty analysis, never an exception', () => {
  const empty = canonicalize([]);
  const none = analyzeStory([], empty, []);
  assert.deepEqual(none, { claims: [], events: [], contradictions: [], quotes: [], sources: [], timeline: [], estimatedPublication: [] });
  const blank = invent({ outlet: 'Blank', text: ' ' });
  const broken = { article: { ...blank, text: '' }, language: { sentences: [{ start: 0, end: 40, paragraph: 0 }], mentions: [], entities: [], quotes: [], times: [], quantities: [], messages: [] } };
  const odd = analyzeStory([broken, broken, null as never, { article: blank } as never], empty, []);
  assert.deepEqual(odd.claims, []);
  assert.deepEqual(odd.contradictions, []);
});

test('undated articles are placed through an estimated date; a story with no date at all stays unplaced', async () => {
  const dated = await inventStory([
    { outlet: 'Valley Courier', text: 'The Veyra Dam collapsed on Tuesday, officials said.', published: '2026-03-11T08:00:00Z' },
    { outlet: 'Hill Post', text: 'The Veyra Dam collapsed on Tuesday, engineers said.', published: null },
  ]);
  assert.equal(dated.analysis.estimatedPublication.length, 1);
  assert.equal(dated.analysis.estimatedPublication[0]!.date, '2026-03-11');
  const entry = dated.analysis.timeline.find((t) => t.date === '2026-03-10');
  assert.ok(entry && entry.articleIds.length === 2 && entry.estimated === undefined);
  const undated = await inventStory([{ outlet: 'Hill Post', text: 'The Veyra Dam collapsed on Tuesday.', published: null }]);
  assert.deepEqual(undated.analysis.estimatedPublication, []);
  assert.ok(undated.analysis.timeline.every((t) => !/^\d{4}-\d\d-\d\d/u.test(t.date) || t.date.startsWith('XXXX')));
});
