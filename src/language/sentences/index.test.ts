import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitSentences, splitParagraph } from './index.js';

const split = (text: string): string[] => splitParagraph(text, 0, text.length).map((s) => text.slice(s.start, s.end));

test('sentence boundaries in news text', () => {
  const cases: [string, string[]][] = [
    ['The talks failed. Both sides left.', ['The talks failed.', 'Both sides left.']],
    ['U.S. President Donald Trump spoke. He left.', ['U.S. President Donald Trump spoke.', 'He left.']],
    ['Gen. Ivo Radek and Sen. Ana Ruiz met Dr. Selnik on Sept. 3 at No. 10 Main St. in Brodna.', ['Gen. Ivo Radek and Sen. Ana Ruiz met Dr. Selnik on Sept. 3 at No. 10 Main St. in Brodna.']],
    ['Martin Luther King Jr. was quoted. Then the vote came.', ['Martin Luther King Jr. was quoted.', 'Then the vote came.']],
    ['Council member R. J. Aalto voted no. The motion passed.', ['Council member R. J. Aalto voted no.', 'The motion passed.']],
    ['It was a blow to the U.S. The envoy said so.', ['It was a blow to the U.S.', 'The envoy said so.']],
    ['The dam broke at 4:40 a.m. Tuesday, officials said. Crews arrived at 6 a.m. Rescue began.', ['The dam broke at 4:40 a.m. Tuesday, officials said.', 'Crews arrived at 6 a.m.', 'Rescue began.']],
    ['“The tone became tense. Each side wanted more.” The diplomat left.', ['“The tone became tense.', 'Each side wanted more.”', 'The diplomat left.']],
    ['“Are you serious?” she asked. “Yes!” he said.', ['“Are you serious?” she asked.', '“Yes!” he said.']],
    ['He paused... Then he spoke again… and stopped.', ['He paused...', 'Then he spoke again… and stopped.']],
    ['Prices rose 1.2 percent. Shares fell 3.5%.', ['Prices rose 1.2 percent.', 'Shares fell 3.5%.']],
    ['KYIV, Oct. 21 (Reuters) - Russia said on Tuesday it would not move. Kyiv disagreed.', ['KYIV, Oct. 21 (Reuters) - Russia said on Tuesday it would not move.', 'Kyiv disagreed.']],
    ['Why Was the Summit Cancelled?', ['Why Was the Summit Cancelled?']],
    ['A headline without a stop', ['A headline without a stop']],
    ['The firm (Acme Inc.) grew. It hired 40 people.', ['The firm (Acme Inc.) grew.', 'It hired 40 people.']],
    ['He cited the 1990s. (The record says otherwise.) Then he left.', ['He cited the 1990s.', '(The record says otherwise.)', 'Then he left.']],
    ['Smith et al. found nothing. It rained.', ['Smith et al. found nothing.', 'It rained.']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(split(text), expected, text);
});

test('sentences stay inside paragraphs, with offsets into the whole text', () => {
  const text = 'First one. Second one.\n\n- a list item\n\nLast';
  const paragraphs = [
    { kind: 'paragraph' as const, start: 0, end: 22 },
    { kind: 'list-item' as const, start: 24, end: 37 },
    { kind: 'paragraph' as const, start: 39, end: 43 },
  ];
  const sentences = splitSentences(text, paragraphs);
  assert.deepEqual(sentences.map((s) => [text.slice(s.start, s.end), s.paragraph]), [
    ['First one.', 0],
    ['Second one.', 0],
    ['- a list item', 1],
    ['Last', 2],
  ]);
});

test('any text: sentences are ordered, non-empty, trimmed and within bounds', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 400 }), (text) => {
      const sentences = splitSentences(text, []);
      let previous = 0;
      for (const s of sentences) {
        assert.ok(s.start >= previous && s.end > s.start && s.end <= text.length);
        const slice = text.slice(s.start, s.end);
        assert.equal(slice, slice.trim());
        previous = s.end;
      }
    }),
    { numRuns: 500 },
  );
});

test('pathological inputs finish: a megabyte without punctuation, 10,000 words, thousands of paragraphs', () => {
  const mb = 'word '.repeat(200_000);
  assert.equal(splitSentences(mb, []).length, 1);
  const long = Array.from({ length: 10_000 }, (_, i) => (i % 50 === 49 ? 'end.' : 'W')).join(' ');
  assert.equal(splitSentences(long, []).length, 200);
  const paras = Array.from({ length: 20_000 }, () => 'word word');
  const text = paras.join('\n\n');
  const spans = paras.map((_, i) => ({ kind: 'paragraph' as const, start: i * 11, end: i * 11 + 9 }));
  assert.equal(splitSentences(text, spans).length, 20_000);
});
