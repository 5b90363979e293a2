import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storyFeatures } from './features.js';

test('a story’s name phrases are whole names, not the words of a title or two names run together', () => {
  const cases: [string, string[], string[]][] = [
    ['Estovian Trade Minister Ola Brenn met Velmar officials. Ola Brenn left.', ['Ola Brenn'], ['Estovian Trade']],
    ['Deputy Foreign Minister Karel Vodnik spoke. Karel Vodnik said no.', ['Karel Vodnik'], ['Deputy Foreign']],
    ['Storms hit Estovia’s Velmar hills. Velmar was cut off.', ['Velmar'], ['Estovia’s Velmar']],
  ];
  for (const [text, present, absent] of cases) {
    const phrases = storyFeatures({ title: '', text }).phrases;
    for (const p of present) assert.ok(phrases.has(p), `${p} in ${[...phrases.keys()].join(', ')}`);
    for (const p of absent) assert.ok(!phrases.has(p), `${p} is no name (${[...phrases.keys()].join(', ')})`);
  }
});
