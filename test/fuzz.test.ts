/**
 * Every input, however broken, ends in articles or in one InputError that names it. A
 * crash inside a reader would surface here as the "internal" code.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { processInput } from '../src/pipeline/run.js';

function filesUnder(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

const corpus = [
  ...filesUnder(fileURLToPath(new URL('../examples/news', import.meta.url))),
  ...filesUnder(fileURLToPath(new URL('../../shared/seeds', import.meta.url))),
].map((p) => readFileSync(p));

function assertClean(bytes: Uint8Array): void {
  const outcome = processInput({ name: 'fuzz', bytes });
  if (outcome.error) {
    assert.notEqual(outcome.error.code, 'internal', outcome.error.message);
    assert.equal(outcome.error.input, 'fuzz');
  } else {
    assert.ok(outcome.articles.length > 0);
    for (const a of outcome.articles) {
      for (const p of a.paragraphs) assert.ok(p.start >= 0 && p.end <= a.text.length && p.start < p.end);
      assert.match(a.id, /^[0-9a-f]{16}$/);
    }
  }
}

test('random bytes', () => {
  fc.assert(fc.property(fc.uint8Array({ maxLength: 4096 }), assertClean), { numRuns: 300 });
});

test('random text with markup and JSON tokens', () => {
  const token = fc.constantFrom('<', '>', '</p>', '<p>', '<html>', '<rss>', '<item>', '<![CDATA[', ']]>', '{', '}', '[', ']', '"', ':', ',', '\n', '\n\n', 'title', 'By ', 'Published by', 'Also Read:', '&amp;', '&#8220;', '“', '\u0000', '\ufeff', 'é', 'text', ' ');
  fc.assert(fc.property(fc.array(fc.oneof(token, fc.string()), { maxLength: 200 }), (parts) => assertClean(Buffer.from(parts.join('')))), { numRuns: 300 });
});

test('mutated real and example inputs: truncations and byte flips', () => {
  assert.ok(corpus.length >= 5);
  fc.assert(
    fc.property(fc.nat(corpus.length - 1), fc.double({ min: 0, max: 1, noNaN: true }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), (i, cut, flips) => {
      const source = corpus[i]!;
      const bytes = Buffer.from(source.subarray(0, Math.floor(source.length * cut)));
      for (const [at, value] of flips) if (bytes.length > 0) bytes[at % bytes.length] = value;
      assertClean(bytes);
    }),
    { numRuns: 200 },
  );
});

test('pathological sizes finish: a megabyte without punctuation, one 10,000-word line, 100,000 short lines', () => {
  const words = Array.from({ length: 180_000 }, (_, i) => `word${i % 97}`).join(' ');
  assertClean(Buffer.from(words));
  assertClean(Buffer.from('Title\n\n' + Array.from({ length: 10_000 }, () => 'word').join(' ')));
  assertClean(Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i % 3 === 0 ? '' : `line ${i}`)).join('\n')));
  assertClean(Buffer.from('"'.repeat(200_000)));
});
