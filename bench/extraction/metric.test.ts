import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aggregate, pageCounts, pagePrecision, pageRecall, scorePage, shingles, tokenize } from './metric.js';

const close = (a: number, b: number): void => assert.ok(Math.abs(a - b) < 1e-9, `${a} != ${b}`);

test('tokens are runs of Unicode word characters, case kept, punctuation dropped', () => {
  assert.deepEqual(tokenize("Héllo, wörld! It's 2019_x — 東京 ١٢"), ['Héllo', 'wörld', 'It', 's', '2019_x', '東京', '١٢']);
  assert.deepEqual(tokenize('  ... --- '), []);
});

test('shingles are a multiset of 4-token windows', () => {
  const s = shingles(['a', 'b', 'c', 'd', 'a', 'b', 'c', 'd']);
  assert.equal([...s.values()].reduce((x, y) => x + y, 0), 5);
  assert.equal(s.get(['a', 'b', 'c', 'd'].join('\u0000')), 2);
});

test('a text shorter than 4 tokens gives one shingle of all its tokens; empty gives none', () => {
  assert.deepEqual([...shingles(['a', 'b']).entries()], [['a\u0000b', 1]]);
  assert.equal(shingles([]).size, 0);
});

test('per-page counts are normalised to sum to 1', () => {
  const c = pageCounts('one two three four five', 'one two three four six');
  // gold shingles: [1234, 2345]; predicted: [1234, 2346] -> tp 1, fp 1, fn 1
  close(c.tp, 1 / 3);
  close(c.fp, 1 / 3);
  close(c.fn, 1 / 3);
});

test('a perfect page scores 1 and 1', () => {
  const c = pageCounts('a b c d e', 'a  b, c. d e');
  assert.equal(pagePrecision(c), 1);
  assert.equal(pageRecall(c), 1);
});

test('nothing predicted: left out of precision, recall 0', () => {
  const c = pageCounts('a b c d e', '');
  assert.equal(pagePrecision(c), null);
  assert.equal(pageRecall(c), 0);
});

test('both empty: FP = FN = 0 gives recall 1, and no precision since nothing was predicted', () => {
  const c = pageCounts('', '');
  assert.equal(pagePrecision(c), null);
  assert.equal(pageRecall(c), 1);
});

test('empty gold with a prediction: precision 0, no recall to speak of', () => {
  const c = pageCounts('', 'a b c d');
  assert.equal(pagePrecision(c), 0);
  assert.equal(pageRecall(c), null);
});

test('F1 is the harmonic mean of mean precision and mean recall, not a mean of page F1s', () => {
  const pages = [
    // gold: 4 shingles, all predicted; prediction: 8 shingles -> P 0.5, R 1
    scorePage('a b c d e f g', 'a b c d e f g x y z w'),
    scorePage('a b c d e f g', ''),
  ];
  close(pagePrecision(pages[0]!.counts)!, 0.5);
  close(pageRecall(pages[0]!.counts)!, 1);
  const s = aggregate(pages);
  close(s.precision, 0.5); // the empty prediction takes no part in precision
  close(s.recall, 0.5);
  close(s.f1, (2 * s.precision * s.recall) / (s.precision + s.recall));
  assert.equal(s.pages, 2);
});

test('accuracy counts pages whose token sequence matches exactly', () => {
  const s = aggregate([scorePage('Hello, world: a test.', 'hello world a test'), scorePage('Hello world', 'Hello — world!')]);
  close(s.accuracy, 0.5); // case is kept, so the first page does not match
});

test('no pages at all score zeros rather than NaN', () => {
  const s = aggregate([]);
  assert.equal(s.f1, 0);
  assert.equal(s.precision, 0);
});
