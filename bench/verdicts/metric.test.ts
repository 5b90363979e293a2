import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agreementReach, holds, judge, phraseForm, positions, type Located } from './metric.js';
import type { LabelledPair } from './data.js';

const side = (doc: string, sentence: string, value: string): Located => ({ doc, sentence: phraseForm(sentence), value });
const pair = (a: [string, string], b: [string, string]): LabelledPair => ({ about: '', type: 'numeric', a: { doc: a[0], phrase: a[1] }, b: { doc: b[0], phrase: b[1] } });

test('phrases match across case, punctuation and spacing, and a figure cut at its integer part', () => {
  assert.ok(holds(phraseForm('The quake measured 6.1 on the scale.'), 'measured 6'));
  assert.ok(holds(phraseForm('It is home to 120,000 people.'), 'Home to 120'));
  assert.ok(holds(phraseForm('a “mob-related” crime'), 'mob - related crime'));
  assert.ok(!holds(phraseForm('Nine were hurt.'), 'ten were hurt'));
});

test('a contradiction is genuine only with both phrases on sides of different values', () => {
  const c = [pair(['d1', '14 dead'], ['d2', '17 dead'])];
  const n = [pair(['d1', '14 dead'], ['d3', 'at least 15'])];
  const sides = [side('d1', 'Officials said 14 dead.', '14'), side('d2', 'Police counted 17 dead.', '17')];
  assert.equal(judge(sides, c, n).judgement, 'genuine');
  // The same value on both sides is no disagreement between them.
  assert.equal(judge([side('d1', 'Officials said 14 dead.', '14'), side('d2', 'Police counted 17 dead.', '14')], c, n).judgement, 'unjudged');
  assert.equal(judge([...sides, side('d3', 'At least 15 died.', 'at least 15')], c, n).judgement, 'mixed');
  assert.equal(judge([side('d1', 'Officials said 14 dead.', '14'), side('d3', 'At least 15 died.', '15')], c, n).judgement, 'false');
  assert.equal(judge([side('d4', 'Other text.', 'x'), side('d5', 'More text.', 'y')], c, n).judgement, 'unjudged');
});

test('an agreement is reached through the documents whose sentences hold its phrases', () => {
  const evidence = [side('d1', 'The store burned down on Friday.', ''), side('d2', 'A fire destroyed the store.', ''), side('d3', 'Nothing here.', '')];
  assert.equal(agreementReach(evidence, { about: '', evidence: { d1: 'burned down', d2: 'fire destroyed', d3: 'burned down' } }), 2);
});

test('positions count distinct values', () => {
  assert.equal(positions([side('a', 's', '14'), side('b', 's', '14 '), side('c', 's', '17')]), 2);
});
