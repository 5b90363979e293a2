/**
 * What a reader sees first, in the terminal briefing, the Markdown and the story page alike:
 * a headline built from what sources agree on, whole names, the statements that matter, key
 * quotes without scare quotes or copies' repeats, and contradictions referred to by number.
 * The reports are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storyOf, invent } from '../src/claims/testing.js';
import { buildDocument } from '../src/report/document.js';
import { briefingSources } from '../src/report/briefing.js';
import { renderTerminal } from '../src/report/terminal.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderReport } from '../src/web/report.js';

const first = invent({
  outlet: 'Velm Courier',
  title: 'Estovian Trade Minister Ola Brenn has cancelled the planned Velmar trade summit with…',
  published: '2026-04-07T18:00:00Z',
  text: [
    'Estovian Trade Minister Ola Brenn cancelled the planned Velmar trade summit with Norland on Monday, officials said.',
    'Brenn described a call with Norland negotiators as “productive”, and said: “We will meet again when the time is right and both sides are ready.”',
    'The decision came after weeks of talks.',
    'A senior official, speaking on condition of anonymity, said 40 delegates had already booked rooms in Velmar.',
  ],
});

const built = (async () => {
  const story = await storyOf([
    first,
    // The same report, run by another outlet: one source, its quotes counted once.
    invent({ outlet: 'Harbour Daily', title: first.title, published: '2026-04-07T20:00:00Z', text: first.text.split('\n\n') }),
    invent({
      outlet: 'Norland Ledger',
      title: 'Velmar summit called off',
      published: '2026-04-08T07:00:00Z',
      text: [
        'Ola Brenn, the Estovian trade minister, called off the Velmar trade summit with Norland on Monday.',
        'Norland officials said the call with Estovia had been unproductive.',
        'Port workers in Velmar said 12 ships had been turned away since Sunday.',
      ],
    }),
    invent({
      outlet: 'Estovia Today',
      title: 'BREAKING: Brenn scraps Velmar summit',
      published: '2026-04-08T09:00:00Z',
      text: ['Deputy Trade Minister Ola Brenn scrapped the Velmar trade summit with Norland on Monday, his ministry confirmed.', 'Brenn said the talks had been “productive” before they stalled.'],
    }),
  ]);
  const doc = buildDocument('test', story, 4, []);
  const sources = briefingSources(story);
  return { doc, sources, terminal: renderTerminal(doc, { ...sources, width: 100 }), markdown: renderMarkdown(doc, sources), page: renderReport(doc, sources.texts) };
})();

test('each story opens with a headline built from a corroborated fact, the lead article’s title under it', async () => {
  const { doc, terminal, markdown, page } = await built;
  const headline = doc.stories[0]!.headline!;
  assert.ok(headline.claimId, `built from a fact: ${headline.text}`);
  assert.match(headline.text, /Brenn/u);
  assert.match(headline.text, /Velmar/u);
  assert.doesNotMatch(headline.text, /Minister|Ola |…/u, 'no title, no first name, not cut short');
  const lines = terminal.split('\n');
  const at = lines.findIndex((l) => l.startsWith('━━ 1. '));
  assert.ok(lines[at]!.startsWith(`━━ 1. ${headline.text}`), lines[at]);
  assert.match(lines[at + 1]!, /^ {3}Lead article: “Estovian Trade Minister/u);
  assert.match(markdown, new RegExp(`^## 1\\. ${headline.text.replace(/[()]/gu, '\\$&')}$`, 'mu'));
  assert.match(markdown, /^\*Lead article: “Estovian Trade Minister/mu);
  assert.ok(page.includes(`<h1>${headline.text}</h1>`), 'the story page’s heading');
  assert.match(page, /<p class="subtitle">Lead article: “Estovian Trade Minister/u);
});

test('main names are whole names, never the words of a title', async () => {
  const { terminal } = await built;
  const names = /^ {3}Names: (.*)$/mu.exec(terminal)?.[1] ?? '';
  assert.match(names, /Ola Brenn/u);
  for (const fragment of ['Estovian Trade', 'Deputy Trade', 'Trade', 'Deputy', 'Minister']) assert.ok(!names.split(', ').includes(fragment), `${fragment} in ${names}`);
});

test('single-source lists leave out clauses that only frame', async () => {
  const { terminal } = await built;
  assert.doesNotMatch(terminal, /• The decision came\b/u);
  assert.doesNotMatch(terminal, /• speaking on condition of anonymity/iu);
});

test('key quotes leave out scare quotes and count a copy’s repeat once', async () => {
  const { terminal, page } = await built;
  const section = terminal.slice(terminal.indexOf('KEY QUOTES'), terminal.indexOf('TIMELINE'));
  assert.ok(section.length > 0, 'the quotes are listed');
  assert.doesNotMatch(section, /“productive”/u);
  assert.equal(section.split('We will meet again').length - 1, 1, 'one quote, however many copies run it');
  assert.equal(section.split('copied by Harbour Daily').length - 1, 1);
  assert.doesNotMatch(page, /class="sel quote"[^>]*>“productive”</u, 'nor on the story page');
});

test('a contradicted fact names the contradiction it means, by the number it is listed under', async () => {
  const { terminal, markdown, page } = await built;
  const refs = [...terminal.replace(/\n +/gu, ' ').matchAll(/\[contradicted: see contradiction (\d+), ([^\]]+)\]/gu)];
  assert.ok(refs.length > 0, 'the invented reports disagree on how the call went');
  for (const [, n] of refs) assert.match(terminal, new RegExp(`^  ✗ ${n}\\. `, 'mu'));
  for (const [, n] of markdown.matchAll(/contradicted: see contradiction (\d+)/gu)) assert.match(markdown, new RegExp(`^#### ✗ ${n}\\. `, 'mu'));
  assert.doesNotMatch(terminal, /see below/u);
  for (const [, target] of page.matchAll(/<a href="#([^"]+)">see contradiction \d+<\/a>/gu)) assert.ok(page.includes(`id="${target}"`), `no ${target} on the page`);
});
