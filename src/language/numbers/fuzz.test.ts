import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { findQuantities } from './index.js';

const fixtures = fileURLToPath(new URL('./fixtures', import.meta.url));
const samples = readdirSync(fixtures).map((d) => readFileSync(join(fixtures, d, 'input.txt'), 'utf8'));

function check(text: string): void {
  const found = findQuantities(text);
  let last = 0;
  for (const q of found) {
    assert.ok(Number.isInteger(q.start) && Number.isInteger(q.end), 'integer offsets');
    assert.ok(q.start >= last && q.start < q.end && q.end <= text.length, `span ${q.start}-${q.end} after ${last}`);
    assert.equal(text.slice(q.start, q.end), q.text);
    assert.ok(Number.isFinite(q.value), `finite value for ${q.text}`);
    if (q.range) assert.ok(Number.isFinite(q.range.low) && Number.isFinite(q.range.high) && q.range.low <= q.range.high);
    last = q.end;
  }
  assert.deepStrictEqual(findQuantities(text), found, 'deterministic');
}

const pieces = [
  '14', '2,300', '3 000', '1.2', '1,5', '0', '007', '2026', '1990s', '23rd', '4:40', '10/03', '½', '-', '–', '$', '€', '£', 'US', 'USD', '%',
  'per', 'cent', 'km', 'm', 'bn', 'million', 'thousand', 'hundred', 'and', 'a', 'an', 'half', 'third', 'thirds', 'one', 'two', 'twenty',
  'three', 'Seventeen', 'dozen', 'dozens', 'hundreds', 'tens', 'of', 'between', 'to', 'or', 'more', 'than', 'at', 'least', 'about', 'over',
  'people', 'troops', 'dead', 'hour', 'days', 'March', 'Jan', '.', ',', 'No', 'Article', 'LSX', 'a.m.', "'", '’', '+', '#', '°', 'C', '/',
  'in', 'out', 'the', 'odd', 'plus', 'so', 'euros', 'Czech', 'crowns', 'pounds', 'square', 'cubic', 'metres', 'first', 'second',
];
const separators = fc.constantFrom(' ', '', '\n', '\n\n', '-', ', ', '\u00a0');

test('fuzz: number-shaped token soup never breaks the invariants', () => {
  const soup = fc.array(fc.tuple(fc.constantFrom(...pieces), separators), { maxLength: 40 }).map((xs) => xs.map(([p, s]) => p + s).join(''));
  fc.assert(fc.property(soup, (text) => check(text)), { numRuns: 2000 });
});

test('fuzz: arbitrary strings', () => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => check(text)), { numRuns: 1000 });
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => check(text)), { numRuns: 1000 });
});

test('fuzz: fixtures cut and spliced', () => {
  fc.assert(
    fc.property(fc.nat(samples.length - 1), fc.nat(), fc.nat(), fc.constantFrom(...pieces, ''), (i, a, b, insert) => {
      const s = samples[i]!;
      const from = a % (s.length + 1);
      const to = Math.min(s.length, from + (b % 12));
      check(s.slice(0, from) + insert + s.slice(to));
    }),
    { numRuns: 1000 },
  );
});

test('scale: a megabyte of digits and words finishes', () => {
  const words = ['14', '2,300', 'people', 'about', 'two', 'hundred', 'and', 'forty', '3-2', 'of', 'March', '10', '1.5m', '$4bn', 'the'];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < 1_000_000; i++) {
    const w = words[(i * 7) % words.length]!;
    parts.push(w);
    size += w.length + 1;
  }
  const text = parts.join(' ');
  const found = findQuantities(text);
  assert.ok(found.length > 10_000);
  check(text.slice(0, 20_000));
});

test('scale: a megabyte of unbroken digits is one identifier, not a number', () => {
  assert.deepStrictEqual(findQuantities('7'.repeat(1_000_000)), []);
  const grouped = '1' + ',000'.repeat(250_000);
  assert.deepStrictEqual(findQuantities(grouped), []);
});

test('scale: a 10,000-word sentence finishes', () => {
  const sentence = Array.from({ length: 10_000 }, (_, i) => ['one', 'hundred', 'and', 'twenty', 'thousand', 'more', 'than', 'people'][i % 8]).join(' ');
  const found = findQuantities(sentence + '.');
  assert.ok(found.length > 0);
  const spelled = Array.from({ length: 10_000 }, () => 'twenty').join('-');
  assert.ok(findQuantities(spelled).length > 0);
  assert.deepStrictEqual(findQuantities('and '.repeat(10_000)), []);
});
