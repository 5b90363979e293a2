import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storyOf, invent } from '../claims/testing.js';
import { buildDocument, type AnalysisDocument } from './document.js';
import { briefingSources, type BriefingSources } from './briefing.js';
import { renderTerminal, wrap, visibleWidth, inert } from './terminal.js';
import { useColor, outputWidth } from '../cli/format.js';

const ESC = '\u001b';

async function hostile(): Promise<{ doc: AnalysisDocument; sources: BriefingSources }> {
  const story = await storyOf([
    invent({
      outlet: `Red ${ESC}[31mAlert${ESC}[0m News`,
      title: `Dam fails ${ESC}]0;pwned${ESC}\\ in the night`,
      published: '2026-03-10T08:00:00Z',
      text: [
        `The Veyra Dam collapsed on Tuesday and 14 people died in Brodna, the ministry said. ${ESC}[2J${ESC}[H`,
        `“We saw the wall of water coming,” said Mayor Ana Novak, \u202eevil reversed\u202c text.`,
        'Rescue boats from Tarvel reached the flooded school before noon, and volunteers handed out blankets at the station.',
      ],
    }),
    invent({
      outlet: 'Plain Wire',
      title: 'Dam collapse kills 17 in Brodna',
      published: '2026-03-10T09:30:00Z',
      text: [
        'At least 17 people died in Brodna after the Veyra Dam collapsed early on Tuesday, according to the ministry.',
        'Engineers had warned for years that the embankment was leaking, a former inspector told Plain Wire.',
        '“We saw the wall of water coming,” said Mayor Ana Novak.',
      ],
    }),
  ]);
  return {
    doc: buildDocument('test', story, 2, [{ input: `bad${ESC}[1m.json`, code: 'truncated-json', message: 'the JSON ends early' }] as never),
    sources: briefingSources(story),
  };
}

const built = hostile();

test('colour codes appear only when asked for', async () => {
  const { doc, sources } = await built;
  const plain = renderTerminal(doc, { ...sources, color: false });
  assert.ok(!plain.includes(ESC), 'no escape character at all in plain output: the articles’ own are made inert');
  const coloured = renderTerminal(doc, { ...sources, color: true });
  assert.match(coloured, /\u001b\[[0-9;]+m/u);
  for (const m of coloured.matchAll(/\u001b(.{0,12})/gsu)) assert.match(m[1]!, /^\[[0-9;]*m/u, 'only colour codes, never a screen or title command');
  assert.equal(coloured.replace(/\u001b\[[0-9;]*m/gu, ''), plain, 'colour changes nothing but colour');
});

test('control characters and bidirectional overrides from the articles never reach the terminal', async () => {
  const { doc, sources } = await built;
  const out = renderTerminal(doc, { ...sources, color: false });
  assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u.test(out));
  assert.match(out, /Alert/u, 'the text around them stays');
  assert.equal(inert(`a${ESC}[31mb\u202ec\td`), 'a\ufffd[31mb\ufffdc d');
});

test('every line fits the width, at any width', async () => {
  const { doc, sources } = await built;
  for (const width of [40, 57, 80, 100, 131]) {
    const out = renderTerminal(doc, { ...sources, width, color: true });
    for (const line of out.split('\n')) assert.ok(visibleWidth(line) <= width, `${width}: ${JSON.stringify(line)}`);
  }
});

test('the briefing shows what sources agree on, what they contradict and who said what', async () => {
  const { doc, sources } = await built;
  const out = renderTerminal(doc, { ...sources, width: 100 });
  assert.match(out, /^━━ 1\. /mu);
  assert.match(out, /^SOURCES \(2\)$/mu);
  assert.match(out, /^CONTRADICTIONS/mu);
  assert.match(out, /▸ 14 people/u);
  assert.match(out, /▸ (At least )?17 people/u);
  assert.match(out, /Ana Novak/u);
  assert.match(out, /word for word also in Plain Wire|word for word also in Red/u);
  assert.match(out, /^FAILED INPUTS \(1\)$/mu);
  assert.match(out, /bad\ufffd\[1m\.json: the JSON ends early/u);
});

test('wrap breaks at spaces, cuts words longer than a line, and carries colour across the break', () => {
  assert.deepEqual(wrap('one two three four', 9, '', '  '), ['one two', '  three', '  four']);
  assert.deepEqual(wrap('abcdefghij', 4), ['abcd', 'efgh', 'ij']);
  const red = wrap('\u001b[31mone two three\u001b[0m', 8, '> ', '  ');
  assert.deepEqual(red, ['> \u001b[31mone\u001b[0m', '  \u001b[31mtwo\u001b[0m', '  \u001b[31mthree\u001b[0m']);
  assert.equal(visibleWidth('日本 é'), 6);
});

test('colour follows the terminal, NO_COLOR and FORCE_COLOR', () => {
  assert.equal(useColor({ isTTY: true }, {}), true);
  assert.equal(useColor({ isTTY: false }, {}), false);
  assert.equal(useColor({}, {}), false);
  assert.equal(useColor({ isTTY: true }, { NO_COLOR: '1' }), false);
  assert.equal(useColor({ isTTY: true }, { NO_COLOR: '' }), true, 'an empty NO_COLOR is unset');
  assert.equal(useColor({ isTTY: false }, { FORCE_COLOR: '1' }), true);
  assert.equal(useColor({ isTTY: false }, { FORCE_COLOR: '' }), true);
  assert.equal(useColor({ isTTY: true }, { FORCE_COLOR: '0' }), false);
  assert.equal(useColor({ isTTY: false }, { FORCE_COLOR: '1', NO_COLOR: '1' }), true);
  assert.equal(outputWidth({}), 100);
  assert.equal(outputWidth({ columns: 72 }), 72);
});
