import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { Quote } from '../types.js';
import { findMarked } from './marks.js';
import { blankLineParagraphs } from './index.js';
import { quotesOf } from './test-helpers.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const fixtureTexts = readdirSync(fixtures).map((name) => readFileSync(join(fixtures, name, 'input.txt'), 'utf8'));

function assertValid(text: string, quotes: readonly Quote[]): void {
  let previous = 0;
  for (const q of quotes) {
    const where = JSON.stringify(q);
    assert.ok(q.start >= previous || q.start >= 0, where);
    previous = q.start;
    assert.ok(0 <= q.start && q.start < q.end && q.end <= text.length, `quote span ${where}`);
    assert.ok(q.start <= q.content.start && q.content.start < q.content.end && q.content.end <= q.end, `content inside quote ${where}`);
    assert.ok(q.parts.length > 0, where);
    for (const p of q.parts) assert.ok(q.content.start <= p.start && p.start < p.end && p.end <= q.content.end, `part ${where}`);
    if (q.cue) assert.ok(0 <= q.cue.start && q.cue.start < q.cue.end && q.cue.end <= text.length, `cue ${where}`);
    const s = q.speaker;
    if (s.span) assert.ok(0 <= s.span.start && s.span.start < s.span.end && s.span.end <= text.length, `speaker ${where}`);
    if (s.antecedent) assert.ok(0 <= s.antecedent.start && s.antecedent.start < s.antecedent.end && s.antecedent.end <= text.length, `antecedent ${where}`);
    if (s.resolution === 'none') assert.equal(s.span, null, where);
  }
}

/** Text drawn from the characters that matter here: marks, apostrophes, cue words, names, breaks. */
const newsish = fc
  .array(
    fc.oneof(
      fc.constantFrom('“', '”', '‘', '’', '"', "'", '«', '»', '„', "''", '``', ',', '.', ':', '?', '!', ' ', ' ', ' ', '\n\n', '—', '(', ')'),
      fc.constantFrom('said', 'told', 'says', 'according to', 'he', 'she', 'who', 'that', 'added', 'saying', 'the', 'a', 'official', 'officials', 'reporters'),
      fc.constantFrom('Radek', 'Ana Ruiz', 'Mr.', 'J.', 'Dr.', 'Lavrov', 'Kremlin', 'The', 'Officials', 'It'),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(''));

test('any string: never throws, every span is valid and content sits inside its quote', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 300 }), newsish), (text) => {
      assertValid(text, quotesOf(text));
    }),
    { numRuns: 2000 },
  );
});

test('mutated fixtures: marks dropped, added and swapped, still valid', () => {
  const marks = ['“', '”', '"', "'", '‘', '’', '«', '»', '\n\n', ':', ','];
  fc.assert(
    fc.property(
      fc.constantFrom(...fixtureTexts),
      fc.array(fc.tuple(fc.nat(), fc.nat({ max: 2 }), fc.constantFrom(...marks)), { maxLength: 12 }),
      (base, edits) => {
        let text = base;
        for (const [at, op, mark] of edits) {
          const i = at % (text.length + 1);
          if (op === 0) text = text.slice(0, i) + mark + text.slice(i);
          else if (op === 1) text = text.slice(0, i) + text.slice(i + 1);
          else text = text.slice(0, i) + mark + text.slice(i + 1);
        }
        assertValid(text, quotesOf(text));
      },
    ),
    { numRuns: 300 },
  );
});

test('marks: quoted stretches never overlap and stay within their paragraphs', () => {
  fc.assert(
    fc.property(newsish, (text) => {
      const paragraphs = blankLineParagraphs(text);
      const marked = findMarked(text, paragraphs);
      let previous = -1;
      for (const m of marked) {
        assert.ok(m.start >= previous, 'ordered and disjoint');
        assert.ok(m.start <= m.content.start && m.content.end <= m.end && m.end <= text.length);
        assert.ok(m.firstParagraph <= m.lastParagraph);
        previous = m.end;
      }
    }),
    { numRuns: 1000 },
  );
});

function timed(name: string, text: string, budgetMs: number): void {
  const start = process.hrtime.bigint();
  const quotes = quotesOf(text);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  assertValid(text, quotes);
  assert.ok(ms < budgetMs, `${name}: ${Math.round(ms)} ms`);
}

const words = ['said', 'he', 'the', 'official', 'Radek', 'told', 'reporters', 'that', 'according', 'to', 'a', 'source', 'who', 'and', 'added', 'Lavrov', 'Officials', 'say', 'saying'];

test('pathological sizes finish in linear time', { timeout: 120_000 }, () => {
  let noPunctuation = '';
  for (let i = 0; noPunctuation.length < 1_000_000; i++) noPunctuation += words[(i * 7 + (i >> 3)) % words.length] + ' ';
  timed('1 MB without punctuation', noPunctuation, 20_000);
  let long = '';
  for (let i = 0; i < 10_000; i++) long += words[(i * 5) % words.length] + (i % 40 === 0 ? ', ' : ' ');
  timed('a 10,000-word sentence', long + '.', 5_000);
  timed('100,000 opening marks', '“'.repeat(100_000), 5_000);
  timed('100,000 straight marks', '"'.repeat(100_000), 5_000);
  timed('100,000 mixed marks', Array.from({ length: 100_000 }, (_, i) => '“”‘’"\'«»'[i % 8]).join(''), 5_000);
  timed('100,000 quotes with attributions', '“Yes, we will,” he said. '.repeat(25_000), 20_000);
  timed('80,000 "according to"', 'according to '.repeat(80_000), 20_000);
  timed('50,000 paragraphs that reopen a quote', '“Open\n\n'.repeat(50_000), 10_000);
});
