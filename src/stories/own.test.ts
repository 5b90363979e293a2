import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { own } from './own.js';

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

function heapAfter(keep: (text: string) => string): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept: string[] = [];
  // 100 articles of 1 MB each, of which a 40-character phrase is kept.
  for (let i = 0; i < 100; i++) kept.push(keep(`${'w'.repeat(1 << 20)} ${i}`.slice(1000, 1040)));
  gc();
  const grown = process.memoryUsage().heapUsed - before;
  assert.equal(kept.length, 100);
  return grown;
}

test('own: a kept phrase does not keep its article alive, and reads the same', () => {
  const long = `${'x'.repeat(50)}Place Vendôme${'y'.repeat(50)}`.slice(50, 63);
  assert.equal(own(long), 'Place Vendôme');
  assert.equal(own('Paris'), 'Paris');
  assert.equal(own(''), '');
  // The slice alone holds on to 100 MB; the copy to a few kilobytes.
  assert.ok(heapAfter((s) => s) > 50 * (1 << 20), 'the plain slice keeps its article (if this fails, V8 changed and own() may be unnecessary)');
  assert.ok(heapAfter(own) < 5 * (1 << 20));
});
