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

test('a fighter\'s record, said in two different statements, with its phrase from the name to the figure', async () => {
  const outlets = ['Arlen Courier', 'Perth Ledger'];
  const reports = ['Rahel Osk (31-2, 20 KOs) stopped Ines Lind in the fifth round in Morvel on Saturday.', "The win took Rahel Osk's record to 31-2 and extended her streak to nine fights."];
  const story = await inventStory(reports.map((text, i) => ({ outlet: outlets[i]!, text })));
  const record = story.analysis.claims.find((g) => g.detail?.startsWith('n:record:') && g.status === 'corroborated');
  assert.ok(record, story.analysis.claims.map((g) => g.detail ?? g.text).join(' | '));
  assert.equal(record.text, 'Rahel Osk (31-2, 20 KOs)');
});

test('"no one was injured", said by three outlets in their own words, is one fact', async () => {
  const outlets = ['Arlen Courier', 'Perth Ledger', 'Valley Radio'];
  const reports = [
    'Fire destroyed the Velde warehouse on Tuesday night. No-one was injured in the fire.',
    'A blaze gutted a warehouse in Velde overnight. Nobody is believed to have been injured, police said.',
    'Crews fought the Velde warehouse fire for six hours. No one was hurt.',
  ];
  const story = await inventStory(reports.map((text, i) => ({ outlet: outlets[i]!, text })));
  const none = story.analysis.claims.find((g) => g.status === 'corroborated' && g.evidence.some((e) => /no-one was injured/iu.test(e.text)));
  assert.ok(none, story.analysis.claims.map((g) => `${g.status}: ${g.text}`).join(' | '));
  assert.ok(none.independentSources >= 2);
  assert.equal(none.polarity, 'negative');
});

test('a thing and where it stands, in two different statements', async () => {
  const found = await details([
    'Four robbers entered the store on the chic Rue Selline late on Thursday and took watches.',
    'Police sealed off the store on Rue Selline after the raid, the prosecutor said.',
  ]);
  assert.ok(found.some((d) => d === 'at:store:on:place:rue-selline'), found.join(', '));
});

test('a place that names a kind of thing ("a Velde business") or a word of a name is no place a thing stands', async () => {
  const found = await details([
    'A man opened fire at a Velde business on Friday night. Traffic on High Street in Velde was stopped.',
    'The gunman opened fire at a Velde business on Friday. Shops on High Street in Velde closed early.',
  ]);
  assert.deepEqual(found.filter((d) => d.startsWith('at:') && !d.startsWith('at:shop')), []);
});

test('"the store near a square" and "the flagship stores in the square" are two facts', async () => {
  const found = await details([
    'Thieves rammed a car into the Orvo store, near the famous Place Tessel, early on Monday.',
    'Many jewellers have their flagship stores in the Place Tessel, and police patrols there were stepped up.',
  ]);
  assert.deepEqual(found.filter((d) => d.startsWith('at:')), []);
});

test('the story\'s own event on a weekday, in undated reports that say it in different statements', async () => {
  const outlets = ['Arlen Courier', 'Perth Ledger'];
  const reports = [
    ['Four masked men rammed their van into the Orvo store in Velde on Monday.', 'Four masked men rammed their van into the Orvo store on Monday, grabbing rings and watches worth two million euros.'],
    ['Four men raided a jewellery store in Velde, police said.', 'The shop owner, Ilse Marn, was asleep upstairs when the thieves rammed the building on Monday.'],
  ];
  const story = await inventStory(reports.map((text, i) => ({ outlet: outlets[i]!, text, published: null })));
  const found = story.analysis.claims.filter((g) => g.detail?.startsWith('ed:') && g.status === 'corroborated').map((g) => g.detail!);
  assert.ok(found.some((d) => d.includes(':monday')), found.join(', '));
});

test('"police said Saturday" dates the saying, and a day said of another event is no day of the story\'s', async () => {
  const outlets = ['Arlen Courier', 'Perth Ledger'];
  const reports = [
    'A gunman killed the owner of the Orvo bakery in Velde on Friday. The man who killed the baker has been charged with murder, police said Saturday.',
    'A gunman killed a baker in Velde on Friday. Neighbours were mourning Saturday over the death of the baker.',
  ];
  const story = await inventStory(reports.map((text, i) => ({ outlet: outlets[i]!, text, published: null })));
  const found = story.analysis.claims.filter((g) => g.detail?.startsWith('ed:') && g.status === 'corroborated').map((g) => g.detail!);
  assert.deepEqual(found.filter((d) => d.includes('saturday')), []);
});

test('"no contest" is a result, not a negation: the record said beside it is still corroborated', async () => {
  const outlets = ['Arlen Courier', 'Perth Ledger'];
  const reports = ['Ines Lind fell to 28-5 and has one no contest since her title loss.', 'Ines Lind (28-5) was stopped by Rahel Osk in the fifth round in Morvel.'];
  const story = await inventStory(reports.map((text, i) => ({ outlet: outlets[i]!, text })));
  const record = story.analysis.claims.find((g) => g.detail?.startsWith('n:record:') && g.status === 'corroborated');
  assert.ok(record, story.analysis.claims.map((g) => `${g.detail ?? ''} ${g.polarity} ${g.text}`).join(' | '));
  const claims = story.analysis.claims.filter((g) => g.evidence.some((e) => e.text.includes('no contest')));
  assert.ok(claims.every((g) => g.polarity === 'positive'));
});

test('one tally of votes in two different statements', async () => {
  const found = await details([
    'After four days of deliberations the jury deadlocked at 9-3 on the death penalty for Orvin Dale.',
    'Two jurors said the majority were stunned after reporting their 9-3 deadlock to Judge Ines Marn.',
  ]);
  assert.ok(found.includes('n:tally:deadlock:9003000'), found.join(', '));
});

test('a length most sources give is what they agree on most, not the setting', async () => {
  const outlets = ['Arlen Courier', 'Perth Ledger', 'Valley Radio', 'Morvel Post', 'Tessaly Times'];
  const reports = [
    'After two hours a 61-year-old man surrendered to police in Velde and was charged on Saturday with murder.',
    'The gunman, who had been fired on Thursday, surrendered after two hours of talks with officers.',
    'Neighbours watched as the suspect surrendered after two hours, waving a white shirt from the window.',
    'Armed officers stayed outside until the man surrendered after two hours, police spokesman Tim Orr said.',
    'The Velde office where the shooting happened was closed on Saturday.',
  ];
  const story = await inventStory(reports.map((text, i) => ({ outlet: outlets[i]!, text })));
  const length = story.analysis.claims.find((g) => g.status === 'corroborated' && g.detail?.startsWith('d:'));
  assert.ok(length, story.analysis.claims.map((g) => `${g.status} ${g.detail ?? ''}: ${g.text}`).join(' | '));
  assert.ok(length.independentSources >= 4);
});

test('two kinds of one thing in a place are two things; a name before the thing is no kind', async () => {
  const kinds = await details([
    'Vodafone said its cell phone service in Tessaly had been affected by the cable failure on Friday.',
    'Internet service in Tessaly was interrupted on Friday, the ministry said.',
  ]);
  assert.deepEqual(kinds.filter((d) => d.startsWith('at:')), []);
  const named = await details([
    'Thieves rammed a van into the Orvo store, near the famous Place Tessel, before dawn.',
    'Police sealed off an upmarket jewellery store near the famous Place Tessel after the raid.',
  ]);
  assert.ok(named.some((d) => d.startsWith('at:store:near:')), named.join(', '));
});

test('one speaker refusing one uncommon act in other words is one detail; an assertion or another speaker is not', async () => {
  const refusal = await details([
    '“I don’t want a squandered summit,” Prime Minister Ines Lind told reporters in Velmar.',
    'Prime Minister Ines Lind said she was not prepared to squander another day on the talks.',
  ]);
  assert.ok(refusal.some((d) => d.startsWith('sw:') && d.endsWith(':squander')), refusal.join(', '));
  const asserted = await details([
    'Prime Minister Ines Lind said she was surprised to learn of the delay in Velmar.',
    'Prime Minister Ines Lind said the government had learned a lot from the floods.',
  ]);
  assert.deepEqual(asserted.filter((d) => d.startsWith('sw:')), []);
  const others = await details([
    '“I don’t want a squandered summit,” Prime Minister Ines Lind told reporters in Velmar.',
    'Opposition leader Tomas Vell said he would not squander another day on the talks.',
  ]);
  assert.deepEqual(others.filter((d) => d.startsWith('sw:')), []);
});
