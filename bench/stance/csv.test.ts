import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv, scoreFnc, type Stance } from './data.js';

test('CSV: quoted commas, doubled quotes, newlines inside quotes, CRLF, no empty trailing record', () => {
  const text = 'Headline,Body ID,Stance\n"A, B",1,agree\r\n"He said ""no""",2,discuss\n"line one\nline two\n\nline four",3,unrelated\n,4,\n';
  assert.deepEqual(parseCsv(text), [
    ['Headline', 'Body ID', 'Stance'],
    ['A, B', '1', 'agree'],
    ['He said "no"', '2', 'discuss'],
    ['line one\nline two\n\nline four', '3', 'unrelated'],
    ['', '4', ''],
  ]);
  assert.deepEqual(parseCsv('a,b'), [['a', 'b']]);
  assert.deepEqual(parseCsv('"x"'), [['x']]);
});

test('FNC-1 score: 0.25 for related/unrelated, +0.75 for the exact related stance', () => {
  const gold: Stance[] = ['agree', 'disagree', 'discuss', 'unrelated', 'unrelated', 'agree'];
  const pred: Stance[] = ['agree', 'discuss', 'unrelated', 'unrelated', 'agree', 'agree'];
  const s = scoreFnc(gold, pred);
  // agree✓ 1.0, disagree→discuss 0.25, discuss→unrelated 0, unrelated✓ 0.25, unrelated→agree 0, agree✓ 1.0
  assert.equal(s.test, 2.5);
  assert.equal(s.max, 4 + 0.5);
  assert.equal(s.null, 0.5);
  assert.equal(s.relative, (100 * 2.5) / 4.5);
  assert.equal(s.accuracy, 3 / 6);
  assert.deepEqual(s.perClass.agree, { precision: 2 / 3, recall: 1, f1: 0.8 });
  assert.equal(s.perClass.disagree.f1, 0);
  assert.equal(s.confusion.unrelated.agree, 1);
});
