import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { goldenSuite } from '../../test-support/golden.js';
import { readPlainText, readScrapedText } from './reader.js';
import { parseDateLine, parseBylineLine, parsePublishedBy } from './header.js';
import { chromeKind } from './chrome.js';
import { looksLikeTitle, looksLikeHeading } from './lines.js';

const fixtures = fileURLToPath(new URL('./fixtures', import.meta.url));

goldenSuite(fixtures, (c) => {
  const text = readFileSync(c.inputPath, 'utf8');
  const reader = c.name.startsWith('scraped') ? readScrapedText : readPlainText;
  return reader({ name: `${c.name}/input.txt`, text });
});

test('plain text: title, byline and date block go to metadata', () => {
  const [a] = readPlainText({ name: 'x', text: readFileSync(`${fixtures}/plain-title-byline-date/input.txt`, 'utf8') });
  assert.equal(a!.title, 'Ferry Operators Halt Night Crossings After Engine Fire');
  assert.equal(a!.byline, 'Maren Holt and Dev Okafor');
  assert.equal(a!.published, '2026-04-14');
  assert.equal(a!.publishedOrigin, 'text');
  assert.equal(a!.blocks.length, 3);
  assert.ok(a!.blocks.every((b) => !b.text.startsWith('By ')));
});

test('plain text without a title line keeps its first paragraph as text', () => {
  const [a] = readPlainText({ name: 'x', text: readFileSync(`${fixtures}/plain-line-per-paragraph/input.txt`, 'utf8') });
  assert.equal(a!.title, null);
  assert.match(a!.blocks[0]!.text, /^The city council of Varno/);
  assert.deepEqual(
    a!.blocks.filter((b) => b.kind === 'list-item').map((b) => b.text),
    ['the northern yard at Kessel Road', 'the maintenance hall in the port district'],
  );
  assert.equal(a!.blocks.find((b) => b.kind === 'heading')?.text, '➤ What Happens Next');
});

test('hard-wrapped paragraphs are joined back together', () => {
  const [a] = readPlainText({ name: 'x', text: readFileSync(`${fixtures}/plain-hard-wrapped/input.txt`, 'utf8') });
  assert.equal(a!.blocks.length, 3);
  assert.match(a!.blocks[0]!.text, /over the weekend, organisers said/);
});

test('scraped text loses its chrome and keeps the author as byline', () => {
  const [a] = readScrapedText({ name: 'x', text: readFileSync(`${fixtures}/scraped-chrome/input.txt`, 'utf8') });
  assert.equal(a!.format, 'scraped-text');
  assert.equal(a!.title, 'Shipyard Wins Contract for Three Research Vessels');
  assert.equal(a!.byline, 'Sofia Lindgren');
  const body = a!.blocks.map((b) => b.text).join('\n');
  for (const chrome of ['Categories', 'Published by', 'Share this', 'Read more', 'Subscribe', 'Also Read', 'Fishing Quotas', 'Follow us']) {
    assert.ok(!body.includes(chrome), `chrome left in body: ${chrome}`);
  }
  assert.ok(!a!.blocks.some((b) => b.text === 'Sofia Lindgren'), 'trailing author block removed');
  assert.match(body, /polar research vessels/);
  assert.match(body, /Construction of the first hull/);
});

test('date lines: only whole-line dates with a year count', () => {
  const cases: [string, string | null][] = [
    ['March 3, 2026', '2026-03-03'],
    ['3 March 2026', '2026-03-03'],
    ['Published: 2026-03-03', '2026-03-03'],
    ['Updated: Tuesday, March 3, 2026 10:32 AM EST', '2026-03-03T15:32:00Z'],
    ['Oct. 21, 2025 at 4:05 p.m.', '2025-10-21T16:05:00'],
    ['March 3', null],
    ['The vote on March 3, 2026 was close.', null],
    ['On Tuesday the council met again to discuss the budget for next year', null],
    ['', null],
  ];
  for (const [line, expected] of cases) assert.equal(parseDateLine(line), expected, line);
});

test('byline lines', () => {
  assert.equal(parseBylineLine('By Jane Doe'), 'Jane Doe');
  assert.equal(parseBylineLine('by J. R. Okafor and Lee Min'), 'J. R. Okafor and Lee Min');
  assert.equal(parseBylineLine('By the time the ferry arrived, it was dark.'), null);
  assert.equal(parseBylineLine('Bystanders filmed the fire'), null);
  assert.deepEqual(parsePublishedBy('Published by', 'Sofia Lindgren'), { byline: 'Sofia Lindgren', consumed: 2 });
  assert.deepEqual(parsePublishedBy('Published by Sofia Lindgren', undefined), { byline: 'Sofia Lindgren', consumed: 1 });
  assert.equal(parsePublishedBy('Published by', 'the ministry on Monday, the report says that costs rose.'), null);
});

test('chrome lines, and prose that only mentions the same words', () => {
  const chrome = ['Categories: World', 'Also Read: Something else entirely', 'Read more', 'Share this article', 'Follow us on X', 'Subscribe to our newsletter', 'Advertisement', '5 min read'];
  for (const line of chrome) assert.ok(chromeKind(line), line);
  const prose = [
    'Readers who subscribe to the paper got the news first, the editor said, adding that circulation rose by a tenth last year.',
    'The minister said she would share the findings with parliament.',
    'Watchdogs have long criticised the plan.',
  ];
  for (const line of prose) assert.equal(chromeKind(line), null, line);
});

test('titles and headings', () => {
  assert.ok(looksLikeTitle('Was the Summit Ever Meant to Succeed?'));
  assert.ok(!looksLikeTitle('A long report sentence that ends with a full stop.'));
  assert.ok(looksLikeHeading('Why Was the Summit Cancelled?'));
  assert.ok(!looksLikeHeading('he said on Tuesday'));
});

test('sentence-case subheads are headings; short prose with a stop is not', () => {
  const cases: [string, boolean][] = [
    ['A sensor offline', true],
    ['What went wrong', true],
    ['Why Was the Summit Cancelled?', true],
    ['He left.', false],
    ['and then the rain came', false],
    ['The council voted on the proposal and the mayor said it would be reviewed next spring', false],
  ];
  for (const [line, heading] of cases) assert.equal(looksLikeHeading(line), heading, line);
});
