/**
 * Any input: the finder never throws, its offsets are valid and sorted, every mention's
 * entity is listed; pathological sizes finish quickly.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import fc from 'fast-check';
import { splitSentences } from '../sentences/index.js';
import { findEntities, indexEntities, type EntityResult } from './index.js';
import { canonicalize } from './canonical.js';

function run(text: string): EntityResult {
  return findEntities(text, splitSentences(text, []));
}

function check(text: string, r: EntityResult): void {
  const keys = new Set(r.entities.map((e) => e.key));
  assert.equal(keys.size, r.entities.length, 'unique entity keys');
  let prev = -1;
  for (const m of r.mentions) {
    assert.ok(Number.isInteger(m.start) && Number.isInteger(m.end), 'integer offsets');
    assert.ok(m.start >= 0 && m.start < m.end && m.end <= text.length, `offsets ${m.start}-${m.end} within ${text.length}`);
    assert.ok(m.start >= prev, 'sorted by start');
    prev = m.start;
    assert.ok(keys.has(m.entity), `mention entity ${m.entity} listed`);
    if (m.role) assert.ok(m.role.start >= 0 && m.role.start < m.role.end && m.role.end <= text.length && text.slice(m.role.start, m.role.end) === m.role.text);
  }
  for (const e of r.entities) {
    assert.ok(e.name.length > 0, 'named');
    assert.ok(r.mentions.some((m) => m.entity === e.key), `${e.key} has a mention`);
  }
}

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const samples = readdirSync(fixtures).map((d) => readFileSync(join(fixtures, d, 'input.txt'), 'utf8'));

const newsy = fc.constantFrom(
  'Russian', 'Foreign', 'Minister', 'Sergei', 'Lavrov', 'Mr.', 'the', 'The', 'Kremlin', 'White', 'House', 'said', 'U.S.', 'President', '’s', "'s",
  '–', '-', ',', '.', '“', '”', 'of', 'Secretary', 'State', 'in', 'Moscow', 'minister', 'leader', 'Ukrainian', 'a', 'company', 'BRODNA', '—', 'Dr',
  'Trump–Putin', 'Rubio-Lavrov', '\n\n', 'Veyra', 'Dam', 'River', 'he', 'she', 'who', '54', 'Jan', 'May', 'St', '&', 'Co', '(', ')', 'NATO',
);

test('random strings never break the invariants', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 300 }), (text) => check(text, run(text))),
    { numRuns: 500 },
  );
  fc.assert(
    fc.property(fc.array(newsy, { maxLength: 60 }), fc.array(fc.constantFrom(' ', '', '  ', '\n'), { minLength: 60, maxLength: 60 }), (words, gaps) => {
      const text = words.map((w, i) => w + gaps[i]).join('');
      check(text, run(text));
    }),
    { numRuns: 1000 },
  );
});

test('mutated articles never break the invariants', () => {
  const mutation = fc.record({
    sample: fc.nat(samples.length - 1),
    at: fc.nat(),
    cut: fc.nat(40),
    insert: fc.oneof(fc.string({ maxLength: 20 }), newsy),
    upper: fc.boolean(),
  });
  fc.assert(
    fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
      let text = samples[mutations[0]!.sample]!;
      for (const m of mutations) {
        const at = m.at % (text.length + 1);
        const middle = m.upper ? text.slice(at, at + m.cut).toUpperCase() : m.insert;
        text = text.slice(0, at) + middle + text.slice(at + m.cut);
      }
      const r = run(text);
      check(text, r);
      const ix = indexEntities(r);
      for (const probe of [0, text.length >> 1, text.length]) {
        ix.mentionAt(probe);
        ix.personBefore(probe, { gender: 'female' });
      }
      canonicalize([{ articleId: 'x', entities: r.entities }, { articleId: 'y', entities: r.entities }]);
    }),
    { numRuns: 300 },
  );
});

function timed(label: string, text: string, budgetMs: number): EntityResult {
  const start = process.hrtime.bigint();
  const sentences = splitSentences(text, []);
  const r = findEntities(text, sentences);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  assert.ok(ms < budgetMs, `${label}: ${ms.toFixed(0)} ms`);
  check(text, r);
  return r;
}

test('pathological sizes finish', () => {
  const words = ['Russian', 'minister', 'Sergei', 'Lavrov', 'said', 'the', 'Kremlin', 'in', 'Moscow', 'and', 'Brodna', 'Dam', 'company', 'of', 'President', 'Trump'];
  let big = '';
  for (let i = 0; big.length < 1_000_000; i++) big += words[(i * 7 + (i >> 3)) % words.length] + ' ';
  timed('1 MB without punctuation', big, 20_000);
  const long = Array.from({ length: 10_000 }, (_, i) => (i % 5 === 0 ? 'Anna' : i % 7 === 0 ? 'Smith' : 'word')).join(' ') + '.';
  timed('a 10,000-word sentence', long, 10_000);
  const caps = samples.join('\n\n').toUpperCase().repeat(20);
  timed('all capitals', caps, 10_000);
  const names = Array.from({ length: 20_000 }, (_, i) => `Name${i % 997} Surname${i % 991}`).join(' ');
  timed('one long run of capitalised words', names, 10_000);
});
