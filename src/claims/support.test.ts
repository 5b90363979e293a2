/** Independent support: a sentence reused word for word from a wire story counts once. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupWith, inventStory } from './testing.js';

const WIRE = 'The Ferro steel plant in Morvel will close its two blast furnaces by the end of next year, the company told shareholders on Monday.';

// Each outlet's own reporting around the wire paragraph: enough that the reports are no copies.
const COURIER = [
  'Unions in Morvel reacted angrily to the news from the steel works on Monday evening.',
  'About 1,400 people work at the plant, most of them on shifts that keep the furnaces running day and night.',
  'The mayor of Morvel called an emergency council meeting and asked the regional government for help.',
  'Several workers outside the main gate said they had heard rumours of a closure for more than a year.',
];
const LEDGER = [
  'Shares in Ferro rose four percent in early trading in Tessaly after the announcement.',
  'Analysts at two banks said the company had been losing money on its older furnaces since the spring.',
  'The board also approved a new dividend policy and a share buyback worth 200 million euros.',
  'Ferro plans to invest in electric arc furnaces at its coastal plant instead, according to its annual report.',
];

test('two outlets running one wire paragraph are one source for its claims, though their own reports differ', async () => {
  const story = await inventStory([
    { outlet: 'Arlen Courier', text: [...COURIER, WIRE] },
    { outlet: 'Perth Ledger', text: [...LEDGER, WIRE] },
  ]);
  const [courier, ledger] = story.articles;
  assert.equal(story.copyGroups.length, 0, 'the reports are no copies of each other');
  const g = groupWith(story, courier!.id, 'will close its two blast furnaces');
  assert.ok(g);
  assert.ok(g.evidence.some((e) => e.articleId === ledger!.id), 'both outlets carry it');
  assert.equal(g.independentSources, 1);
  assert.equal(g.status, 'single-source');
});

test('an outlet that states the fact in its own words counts for itself beside the wire', async () => {
  const story = await inventStory([
    { outlet: 'Arlen Courier', text: [...COURIER, WIRE] },
    { outlet: 'Perth Ledger', text: [...LEDGER, WIRE] },
    { outlet: 'Valley Radio', text: 'Ferro will close the two blast furnaces at its Morvel steel plant by the end of next year, the company told shareholders on Monday.' },
  ]);
  const g = groupWith(story, story.articles[2]!.id, 'will close the two blast furnaces');
  assert.ok(g);
  assert.equal(g.independentSources, 2, g.evidence.map((e) => e.text).join(' | '));
  assert.equal(g.status, 'corroborated');
});
