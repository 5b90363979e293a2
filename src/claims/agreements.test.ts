/**
 * The same fact in other words, from two outlets, must be one corroborated fact: a table of
 * invented pairs, one per kind of rewording seen on real multi-outlet news.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inventStory, type Story } from './testing.js';
import type { ClaimGroup } from './types.js';

interface Case {
  name: string;
  reports: [string, string];
  /** A phrase of each report that the corroborated fact's evidence must hold. */
  phrases: [string, string];
}

const CASES: Case[] = [
  {
    name: '"denied an offer" is a refusal, as "turned down an offer" is',
    reports: ['The prosecutor gambled on a verdict when he denied an offer from Orvin Dale a year ago to plead guilty in exchange for a life sentence.', 'Prosecutors turned down an offer from Orvin Dale to plead guilty in exchange for a life sentence.'],
    phrases: ['denied an offer', 'turned down an offer'],
  },
  {
    name: '"moved from their homes" is an evacuation',
    reports: ['Sixty residents were moved from their homes near the Velde depot on Friday night.', 'Sixty local residents had to be evacuated from their homes near the Velde depot on Friday night.'],
    phrases: ['moved from their homes', 'evacuated from their homes'],
  },
  {
    name: '"found guilty" is a conviction',
    reports: ['Orvin Dale was found guilty of murder by a jury in Velde on Monday.', 'A Velde jury convicted Orvin Dale of murder on Monday.'],
    phrases: ['found guilty', 'convicted Orvin Dale'],
  },
  {
    name: 'the subject is the name nearest the verb',
    reports: ['Velde Courthouse gunman Orvin Dale was sentenced on Saturday to life in prison without parole.', 'Orvin Dale was sentenced on Saturday to life in prison without parole.'],
    phrases: ['gunman Orvin Dale was sentenced', 'Orvin Dale was sentenced'],
  },
  {
    name: 'no one hurt, in two wordings',
    reports: ['A fire gutted the Velde depot overnight. No-one was injured in the blaze.', 'The Velde depot burned down on Friday. Nobody is believed to have been injured.'],
    phrases: ['No-one was injured', 'Nobody is believed'],
  },
];

/** Two invented outlets' reports, analysed as one story. */
function twoOutlets(reports: readonly string[], published?: null): ReturnType<typeof inventStory> {
  const outlets = ['Arlen Courier', 'Perth Ledger'];
  return inventStory(reports.map((text, i) => ({ outlet: outlets[i]!, text, ...(published === null ? { published } : {}) })));
}

/** The corroborated fact whose evidence holds the first phrase in the first report and the second in the second. */
function factWith(story: Story, phrases: Case['phrases'], withDetails: boolean): ClaimGroup | undefined {
  const [a, b] = story.articles;
  const holds = (articleId: string, phrase: string) => (e: { articleId: string; text: string }) => e.articleId === articleId && e.text.includes(phrase);
  return story.analysis.claims.find((g) => g.status === 'corroborated' && (withDetails || !g.detail) && g.evidence.some(holds(a!.id, phrases[0])) && g.evidence.some(holds(b!.id, phrases[1])));
}

/** What two reports corroborate as whole facts, details aside. */
const wholeFacts = (story: Story): string[] => story.analysis.claims.filter((g) => g.status === 'corroborated' && !g.detail).map((g) => g.text);

for (const c of CASES) {
  test(`one fact: ${c.name}`, async () => {
    const story = await twoOutlets(c.reports);
    assert.ok(factWith(story, c.phrases, true), story.analysis.claims.map((g) => `${g.status}: ${g.text}`).join(' | '));
  });
}

/** Stages of one case, and other neighbours that are two facts, must stay apart. */
const APART: Case[] = [
  {
    name: 'charged is not convicted',
    reports: ['In 2019 Orvin Dale was charged with assault on his neighbour in Velde.', 'In 2019 Orvin Dale was convicted of assault on his neighbour in Velde.'],
    phrases: ['was charged with assault', 'was convicted of assault'],
  },
  {
    name: 'convicted is not sentenced',
    reports: ['Orvin Dale was convicted of the Velde bank robbery on Monday.', 'Orvin Dale was sentenced for the Velde bank robbery on Monday.'],
    phrases: ['was convicted', 'was sentenced'],
  },
];

for (const c of APART) {
  test(`two facts: ${c.name}`, async () => {
    const merged = factWith(await twoOutlets(c.reports), c.phrases, false);
    assert.equal(merged, undefined, merged?.text);
  });
}

test('two facts: a day without its year and a weekday, in undated reports, cannot be told to agree', async () => {
  const story = await twoOutlets(['Police said Orvin Dale was let go from the Velde depot on Dec. 11.', 'Orvin Dale had been let go from the Velde depot on Thursday, police said.'], null);
  assert.deepEqual(wholeFacts(story), []);
});

test('two facts: two effects of one cause are not one fact because both say "caused"', async () => {
  const story = await twoOutlets(['The cut cables caused internet outages across the Gulf on Friday.', 'Rerouting the traffic has caused network congestion in the Gulf, engineers said.']);
  assert.deepEqual(wholeFacts(story), []);
});

test('two facts: what a kind of thing can do is not what happened', async () => {
  const story = await twoOutlets(['A magnitude 6 quake can cause severe damage in the Varga valley.', 'The quake hit the Varga valley on Sunday, causing severe damage.']);
  assert.deepEqual(wholeFacts(story), []);
});
