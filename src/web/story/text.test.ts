import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { renderText } from './text.js';

const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&#96;/g, '`').replace(/&amp;/g, '&');
const plain = (markup: string): string => unescape(markup.replace(/<\/p><p>/g, '\n').replace(/<[^>]+>/g, ''));

test('paragraphs and overlapping marks', () => {
  const text = 'One two three.\n\nFour five six.';
  const out = renderText(text, [
    { start: 4, end: 20, keys: ['c1'] },
    { start: 8, end: 13, keys: ['x0'] },
  ]).value;
  assert.equal(out, '<p>One <span class="m" data-k="c1">two </span><span class="m" data-k="c1 x0">three</span><span class="m" data-k="c1">.</span></p><p><span class="m" data-k="c1">Four</span> five six.</p>');
});

test('article text is data: markup in it is escaped', () => {
  const out = renderText('<img src=x onerror=alert(1)> and "more"', [{ start: 0, end: 5, keys: ['c0'] }]).value;
  assert.ok(!out.includes('<img'));
  assert.ok(out.includes('&lt;img'));
});

test('any text with any marks comes back whole, tags balanced, in linear time', () => {
  fc.assert(
    fc.property(
      fc.string({ maxLength: 300 }).map((s) => s.replace(/\n+/g, '\n').replace(/^\n|\n$/g, '')),
      fc.array(fc.tuple(fc.integer({ min: -5, max: 320 }), fc.integer({ min: -5, max: 320 }), fc.constantFrom('c0', 'c1', 'x2', 'q3')), { maxLength: 20 }),
      (text, raw) => {
        const marks = raw.map(([a, b, key]) => ({ start: Math.min(a, b), end: Math.max(a, b), keys: [key] }));
        const out = renderText(text, marks).value;
        assert.equal(plain(out), text.split('\n').filter((p) => p !== '').join('\n'));
        assert.equal((out.match(/<span /g) ?? []).length, (out.match(/<\/span>/g) ?? []).length);
      },
    ),
  );
  const big = 'word '.repeat(200_000);
  const marks = Array.from({ length: 20_000 }, (_, i) => ({ start: i * 50, end: i * 50 + 30, keys: [`c${i % 50}`] }));
  assert.ok(renderText(big, marks).value.length > big.length);
});
