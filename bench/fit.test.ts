import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fitLogistic, solve } from './fit.js';
import { logistic } from '../src/claims/event-pairs.js';

test('solve finds the one solution of a small system', () => {
  const w = solve([[4, 1, 0], [1, 3, 1], [0, 1, 2]], [6, 9.5, 7]);
  [1, 2, 2.5].forEach((v, i) => assert.ok(Math.abs(w[i]! - v) < 1e-9, `w[${i}] = ${w[i]}`));
});

test('the logistic fit weighs a feature by how well it predicts the label', () => {
  // Feature 1 predicts the label 90 % of the time, feature 2 is noise.
  const xs: number[][] = [];
  const ys: number[] = [];
  for (let i = 0; i < 400; i++) {
    const f = i % 2;
    xs.push([1, f, (i >> 1) % 2]);
    ys.push(i % 20 < 2 ? 1 - f : f);
  }
  const w = fitLogistic(xs, ys);
  assert.ok(w[1]! > 2, `predictive weight ${w[1]}`);
  assert.ok(Math.abs(w[2]!) < 0.2, `noise weight ${w[2]}`);
  assert.ok(Math.abs(logistic(w, [1, 1, 0]) - 0.9) < 0.02);
});
