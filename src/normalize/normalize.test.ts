import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalize } from './normalize.js';
import { matchForm, cleanInline, comparableText } from './text.js';
import { extracted } from '../pipeline/record.js';

test('paragraph offsets index the clean text exactly', () => {
  const n = normalize(
    extracted('text', 'x', {
      title: 'Bridge  Closed',
      blocks: [
        { kind: 'heading', text: 'Bridge Closed' },
        { kind: 'paragraph', text: '  The bridge\u00a0closed\u200b on “Monday”.  ' },
        { kind: 'paragraph', text: '   ' },
        { kind: 'list-item', text: 'Cafe\u0301 owners – angry' },
      ],
    }),
  );
  assert.equal(n.title, 'Bridge Closed');
  assert.equal(n.text, 'The bridge closed on “Monday”.\n\nCafé owners – angry');
  assert.deepEqual(n.paragraphs.map((p) => [p.kind, n.text.slice(p.start, p.end)]), [
    ['paragraph', 'The bridge closed on “Monday”.'],
    ['list-item', 'Café owners – angry'],
  ]);
});

test('the matching form keeps length, so offsets carry over', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (s) => {
      assert.equal(matchForm(s).length, s.length);
    }),
  );
  assert.equal(matchForm('“Don’t” — İstanbul'), '"don\'t" - İstanbul'.replace('İ', 'İ'));
});

test('comparable text ignores typography, case and punctuation', () => {
  assert.equal(comparableText('Trump–Putin “summit” called off.'), comparableText('trump-putin "Summit" called off'));
  assert.equal(cleanInline(' a\tb\r\nc '), 'a b c');
});
