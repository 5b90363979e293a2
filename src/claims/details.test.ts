/** Details that sources agree on inside statements that differ, on invented reports. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inventStory } from './testing.js';

const details = async (reports: string[]): Promise<string[]> => {
  const outlets = ['Arlen Courier', 'Perth Ledger', 'Valley Radio'];
  const story = await inventStory(reports.map((text, i) => ({ outlet: outlets[i]!, text })));
  return story.analysis.claims.filter((g) => g.detail && g.status === 'corroborated').map((g) => g.detail!);
};

test('a place and the month an earlier event happened there, in two different statements', async () => {
  const found = await details([
    'Talks between the two prime ministers collapsed in Velmar on Tuesday. The talks were meant to follow up their first meeting in Kestrel Bay in August.',
    'The prime ministers broke off their talks in Velmar on Tuesday. Since the August summit in Kestrel Bay the two governments have traded accusations over fishing rights.',
  ]);
  assert.ok(found.some((d) => d.startsWith('pt:')), found.join(', '));
});

test('three uncommon words two reports share inside different statements', async () => {
  const found = await details([
    'Parliament debated the defence budget late into the night, and the minister hinted that the navy could receive long-range patrol drones.',
    'The coast guard, which lost two boats in the storm, has asked for long-range patrol drones of its own.',
  ]);
  assert.ok(found.some((d) => d.startsWith('w:')), found.join(', '));
});

test('the ages of two different unnamed people are no detail in common', async () => {
  const found = await details(['A 48-year-old man was arrested near the harbour on Monday.', 'A 48-year-old woman was injured when the roof fell in on Monday.']);
  assert.deepEqual(found.filter((d) => d.startsWith('d:')), []);
});

test('two figures that disagree are never one detail', async () => {
  const found = await details(['The 6.1-magnitude quake struck the island of Tessin on Sunday.', 'The 5.9-magnitude quake struck the island of Tessin on Sunday.']);
  assert.deepEqual(found, []);
});
