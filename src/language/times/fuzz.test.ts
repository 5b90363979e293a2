/**
 * Properties that hold for any input: findTimes never throws, returns sorted, non-overlapping
 * expressions whose offsets index the text, and is deterministic. Inputs are random strings,
 * random runs of time words, and mutated golden fixtures. Then the cost: long inputs without
 * punctuation finish in linear time.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import fc from 'fast-check';
import { findTimes } from './index.js';
import { scan } from './scan.js';
import { Stream, tokenize } from './tokens.js';

function check(text: string, publication: string | null): void {
  const found = findTimes(text, publication);
  let last = 0;
  for (const t of found) {
    assert.ok(Number.isInteger(t.start) && Number.isInteger(t.end), 'integer offsets');
    assert.ok(t.start >= last && t.end > t.start && t.end <= text.length, `offsets ${t.start}-${t.end} after ${last} in ${text.length}`);
    assert.equal(text.slice(t.start, t.end), t.text);
    if (t.anchor === 'publication') assert.notEqual(publication, null);
    if (t.value === null) assert.equal(t.anchor, 'unresolved');
    last = t.end;
  }
  assert.deepEqual(findTimes(text, publication), found, 'deterministic');
}

const WORDS = [
  'the', 'a', 'last', 'next', 'this', 'past', 'early', 'late', 'mid', '-', 'nearly', 'more', 'than', 'within', 'every', 'each',
  'year', 'years', 'month', 'quarter', 'third', 'week', 'weekend', 'day', 'days', 'hour', 'ago', 'earlier', 'later', 'old',
  'Monday', 'Tuesday', 'evening', 'night', 'morning', 'May', 'March', 'Oct', '.', ',', "'", 's', 'Sept', '21', '2025', '1990s',
  '4', ':', '40', 'a.m.', 'p.m.', 'noon', 'midnight', 'two', 'twenty', 'four', 'and', 'half', 'now', 'recently', 'daily',
  'fiscal', 'of', 'its', 'fourth', 'summer', 'winter', 'coming', 'following', 'previous', 'year-earlier', '\n', 'times', 'twice',
];
const publications = fc.constantFrom<string | null>(null, '2025-10-22T07:11:26Z', '2026-03-11', '1989-10-30', '2000-02-29', 'not a date');

test('random strings', () => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), publications, (text, pub) => check(text, pub)), { numRuns: 400 });
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), publications, (text, pub) => check(text, pub)), { numRuns: 300 });
});

test('random runs of time words', () => {
  const words = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 });
  const seps = fc.constantFrom(' ', '', '  ', '\n', ', ');
  fc.assert(fc.property(words, seps, publications, (ws, sep, pub) => check(ws.join(sep), pub)), { numRuns: 1500 });
});

test('mutated fixtures', () => {
  const dir = fileURLToPath(new URL('./fixtures', import.meta.url));
  // The fixtures' bodies, without their "publication:" header line.
  const texts = readdirSync(dir).map((name) => readFileSync(join(dir, name, 'input.txt'), 'utf8').replace(/^[^\n]*\n/, ''));
  const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 12 }), insert: fc.string({ maxLength: 8 }) });
  fc.assert(
    fc.property(fc.constantFrom(...texts), fc.array(edit, { maxLength: 8 }), publications, (text, edits, pub) => {
      let t = text;
      for (const e of edits) {
        const at = e.at % (t.length + 1);
        t = t.slice(0, at) + e.insert + t.slice(at + e.cut);
      }
      check(t, pub);
    }),
    { numRuns: 500 },
  );
});

test('skipping words no rule starts with changes nothing', () => {
  const spans = (text: string, everywhere: boolean): number[][] => scan(new Stream(tokenize(text)), everywhere).map((m) => [m.start, m.end]);
  const dir = fileURLToPath(new URL('./fixtures', import.meta.url));
  for (const name of readdirSync(dir)) {
    const text = readFileSync(join(dir, name, 'input.txt'), 'utf8');
    assert.deepEqual(spans(text, false), spans(text, true), name);
  }
  const words = fc.array(fc.constantFrom(...WORDS, 'said', 'troops', 'Reuters', 'up', 'in', 'on', 'for'), { maxLength: 40 });
  fc.assert(fc.property(words, (ws) => assert.deepEqual(spans(ws.join(' '), false), spans(ws.join(' '), true))), { numRuns: 2000 });
});

/** Milliseconds findTimes takes on `text`. */
function ms(text: string): number {
  const start = process.hrtime.bigint();
  findTimes(text, '2025-10-22');
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Deterministic pseudo-random words, so the inputs are the same on every run. */
function words(count: number): string {
  let seed = 7;
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    out.push(WORDS[seed % WORDS.length]!.replace(/[.,:'\n-]/g, 'x'));
  }
  return out.join(' ');
}

test('a 1 MB text without punctuation finishes, in time linear in its length', () => {
  const big = words(170_000).slice(0, 1_000_000);
  const quarter = big.slice(0, 250_000);
  ms(quarter); // warm up
  const small = ms(quarter);
  const large = ms(big);
  assert.ok(large < 20_000, `1 MB took ${Math.round(large)} ms`);
  // Four times the text should cost about four times as much; quadratic would be sixteen.
  assert.ok(large < small * 8 + 200, `250 kB ${Math.round(small)} ms, 1 MB ${Math.round(large)} ms`);
  for (const text of ['a'.repeat(1_000_000), '1'.repeat(1_000_000), '-'.repeat(500_000), '12 '.repeat(300_000), 'a.m. '.repeat(100_000)]) {
    assert.ok(ms(text) < 20_000, `degenerate input of ${text.length} characters`);
  }
});

test('a 10,000-word sentence finishes', () => {
  const sentence = words(10_000);
  assert.ok(ms(sentence) < 5_000);
});
