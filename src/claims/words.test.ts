/** Lemmas: the inflections of one word meet, whatever its length. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lemmaOf } from './words.js';

const SAME: string[][] = [
  ['move', 'moved', 'moving', 'moves'],
  ['live', 'lived', 'living'],
  ['hope', 'hoped', 'hoping'],
  ['cite', 'cited', 'citing'],
  ['evacuate', 'evacuated', 'evacuating'],
  ['make', 'made', 'making'],
];
const APART: [string, string][] = [
  ['aimed', 'aime'],
  ['ended', 'ende'],
  ['added', 'adde'],
  ['rowed', 'rowe'],
  ['mixed', 'mixe'],
];

for (const forms of SAME) {
  test(`one lemma: ${forms.join(', ')}`, () => {
    assert.deepEqual(new Set(forms.map(lemmaOf)).size, 1, forms.map((f) => `${f}→${lemmaOf(f)}`).join(' '));
  });
}

for (const [form, not] of APART) {
  test(`"${form}" keeps its stem: ${lemmaOf(form)}`, () => {
    assert.notEqual(lemmaOf(form), not);
  });
}
