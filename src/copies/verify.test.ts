import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fingerprint } from './fingerprint.js';
import { classify, flip, overlap, overlapWithText, overlapWithTokens, type CopyRelation } from './verify.js';
import { WordStore } from './wordstore.js';
import { EXCERPT_CONTAINMENT, NEAR_JACCARD, REWRITE_CONTAINMENT } from './params.js';
import { inventEvent, inventReport, rng, sentencesOf } from './testing.js';

// Texts for the verification properties: mostly a small vocabulary, so that pairs share shingles, and some arbitrary strings.
const words = ['dam', 'flood', 'river', 'the', 'of', 'said', 'minister', 'Village', 'water', 'rose', '14', 'people', 'é', '大'];
const textArb = fc.oneof(
  fc.array(fc.constantFrom(...words, '.', '\n\n', ','), { maxLength: 150 }).map((w) => w.join(' ')),
  fc.string({ maxLength: 200 }),
);

const relation = (a: string, b: string): CopyRelation | null => classify(overlap(fingerprint(a), fingerprint(b)));

const report = inventReport(101, 8);
const sentences = sentencesOf(report);
const chrome =
  'Share this article: Facebook, X, WhatsApp, Email.\n\nRead more: Council approves new budget for river works\n\n' +
  'Sign up for our morning newsletter. The day’s news in your inbox before breakfast. Subscribe now, it is free.';
const event = inventEvent(9);

/** Replaces `share` of the sentences: a third deleted, a third swapped for new ones, a third with words changed. */
function edit(text: string, share: number, seed: number): string {
  const r = rng(seed);
  const out = sentencesOf(text);
  const touched = new Set<number>();
  while (touched.size < Math.round(share * out.length)) touched.add(Math.floor(r() * out.length));
  let k = 0;
  for (const i of [...touched].sort((a, b) => a - b)) {
    const kind = k++ % 3;
    if (kind === 0) out[i] = '';
    else if (kind === 1) out[i] = sentencesOf(inventReport(seed * 31 + i, 1))[0]!;
    else out[i] = out[i]!.split(' ').map((w, j) => (j % 3 === 1 ? 'changed' : w)).join(' ');
  }
  return out.filter(Boolean).join(' ');
}

const cases: { name: string; a: string; b: string; expected: CopyRelation | null }[] = [
  { name: 'the same text', a: report, b: report, expected: 'identical' },
  { name: 'the same words, other case, quotes and line breaks', a: report, b: report.toUpperCase().replace(/\n\n/g, ' — '), expected: 'identical' },
  { name: 'with share prompts, a read-more line and a newsletter box', a: report, b: `${report}\n\n${chrome}`, expected: 'near-identical' },
  { name: 'chrome above and below', a: report, b: `Breaking | Local news\n\n${report}\n\n${chrome}`, expected: 'near-identical' },
  { name: 'two words corrected', a: report, b: report.replace(/\bthe\b/, 'a').replace(/\bof\b/, 'for'), expected: 'near-identical' },
  { name: 'the first quarter', a: report, b: sentences.slice(0, Math.ceil(sentences.length / 4)).join(' '), expected: 'excerpt' },
  { name: 'a middle third', a: report, b: sentences.slice(8, 8 + Math.ceil(sentences.length / 3)).join(' '), expected: 'excerpt' },
  { name: 'an excerpt with a newsletter box', a: report, b: `${sentences.slice(0, 9).join(' ')}\n\n${chrome}`, expected: 'excerpt' },
  { name: '10 % of sentences edited', a: report, b: edit(report, 0.1, 1), expected: 'rewrite' },
  { name: '25 % of sentences edited', a: report, b: edit(report, 0.25, 2), expected: 'rewrite' },
  { name: '40 % of sentences edited', a: report, b: edit(report, 0.4, 3), expected: 'rewrite' },
  { name: 'half of another report inside a new one', a: report, b: `${inventReport(5, 4)}\n\n${sentences.slice(0, 14).join(' ')}`, expected: 'rewrite' },
  { name: 'two reports of one event: same names, figures and quote', a: inventReport(201, 8, event), b: inventReport(202, 8, event), expected: null },
  { name: 'unrelated reports', a: inventReport(301, 8), b: inventReport(302, 8), expected: null },
  { name: 'one shared sentence in long reports', a: report, b: `${inventReport(401, 8)} ${sentences[3]}`, expected: null },
  { name: 'two headlines that differ by a figure', a: 'Dam bursts in Dravania, 14 dead', b: 'Dam bursts in Dravania, 17 dead', expected: null },
  { name: 'the same headline', a: 'Dam bursts in Dravania, 14 dead', b: 'Dam bursts in Dravania, 14 dead.', expected: 'identical' },
  { name: 'a headline and the report that starts with it', a: 'Officials said', b: report, expected: null },
  { name: 'no text', a: '', b: '', expected: null },
  { name: 'no text against a report', a: '', b: report, expected: null },
  { name: 'punctuation only', a: '… — !!', b: '… — !!', expected: null },
];

for (const c of cases) {
  test(`relation: ${c.name} → ${c.expected ?? 'not a copy'}`, () => {
    assert.equal(relation(c.a, c.b), c.expected);
    assert.equal(relation(c.b, c.a), c.expected, 'symmetric');
  });
}

test('an excerpt says which side is contained', () => {
  const o = overlap(fingerprint(report), fingerprint(sentences.slice(0, 6).join(' ')));
  assert.equal(classify(o), 'excerpt');
  assert.equal(o.bInA, 1);
  assert.ok(o.aInB < 0.5);
});

test('thresholds are ordered as the relations need', () => {
  assert.ok(REWRITE_CONTAINMENT < EXCERPT_CONTAINMENT);
  assert.ok(EXCERPT_CONTAINMENT < NEAR_JACCARD);
});

test('overlap and relation are symmetric for any pair of texts (property)', () => {
  const reportWords = ['dam', 'flood', 'river', 'the', 'of', 'said', 'minister', 'village', 'water', 'rose', '14', 'people'];
  const reportText = fc.array(fc.constantFrom(...reportWords, '.', '\n\n', ','), { maxLength: 120 }).map((w) => w.join(' '));
  fc.assert(
    fc.property(reportText, reportText, (a, b) => {
      const fa = fingerprint(a);
      const fb = fingerprint(b);
      const ab = overlap(fa, fb);
      const ba = overlap(fb, fa);
      assert.equal(ab.jaccard, ba.jaccard);
      assert.equal(ab.aInB, ba.bInA);
      assert.equal(ab.identical, ba.identical);
      assert.equal(classify(ab), classify(ba));
      assert.ok(ab.jaccard >= 0 && ab.jaccard <= 1);
    }),
    { numRuns: 300 },
  );
});

test('any text is identical to itself and never crashes the verifier (property)', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 300 }), fc.string({ maxLength: 300 }), (a, b) => {
      const fa = fingerprint(a);
      const self = classify(overlap(fa, fingerprint(a)));
      assert.equal(self, fa.tokens > 0 ? 'identical' : null);
      classify(overlap(fa, fingerprint(b)));
    }),
    { numRuns: 300 },
  );
});

test('streaming verification equals verification of two fingerprints (property)', () => {
  fc.assert(
    fc.property(textArb, textArb, (a, b) => {
      const fa = fingerprint(a);
      assert.deepEqual(overlapWithText(fa, a, b), overlap(fa, fingerprint(b)));
      assert.deepEqual(overlapWithText(fa, a, a), overlap(fa, fingerprint(a)));
      assert.deepEqual(flip(overlapWithText(fa, a, b)), overlap(fingerprint(b), fa));
    }),
    { numRuns: 300 },
  );
  // A large candidate after small ones, and the reverse: the scratch set is resized, not misused.
  const big = inventReport(8, 200);
  const small = inventReport(9, 2);
  const fs = fingerprint(small);
  for (const text of [big, small, big]) assert.deepEqual(overlapWithText(fs, small, text), overlap(fs, fingerprint(text)));
});

test('verification from stored words equals verification from the text, but for identical (property)', () => {
  fc.assert(
    fc.property(fc.array(textArb, { minLength: 2, maxLength: 6 }), (texts) => {
      // One store for all texts: word numbers are shared, and each article reads back its own.
      const store = new WordStore();
      const prints = texts.map((t) => fingerprint(t));
      for (const f of prints) store.push(f.tokenized);
      const query = prints[0]!;
      texts.forEach((text, i) => {
        const stored = store.read(i);
        assert.deepEqual([...stored.hashA.subarray(0, stored.count)], [...prints[i]!.tokenized.hashA]);
        assert.deepEqual([...stored.hashB.subarray(0, stored.count)], [...prints[i]!.tokenized.hashB]);
        const fromWords = overlapWithTokens(query, stored, prints[i]!.shingles);
        assert.deepEqual(fromWords, { ...overlapWithText(query, texts[0]!, text), identical: false });
      });
    }),
    { numRuns: 200 },
  );
});

test('the word store keeps word numbers beyond one and two bytes', () => {
  const store = new WordStore();
  const count = 20_000;
  const hashA = new Uint32Array(count).map((_, i) => i * 2654435761);
  const hashB = new Uint32Array(count).map((_, i) => i ^ 0x5bd1e995);
  store.push({ count, hashA, hashB });
  store.push(null);
  store.push({ count: 3, hashA: hashA.slice(19_997), hashB: hashB.slice(19_997) });
  assert.equal(store.vocabulary, count);
  assert.deepEqual([...store.read(0).hashA.subarray(0, count)], [...hashA]);
  assert.equal(store.read(1).count, 0);
  const last = store.read(2);
  assert.deepEqual([...last.hashB.subarray(0, last.count)], [...hashB.slice(19_997)]);
});
