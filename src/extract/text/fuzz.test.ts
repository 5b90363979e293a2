import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readPlainText, readScrapedText } from './reader.js';

const fixtures = fileURLToPath(new URL('./fixtures', import.meta.url));
const samples = readdirSync(fixtures).map((d) => readFileSync(join(fixtures, d, 'input.txt'), 'utf8'));

function check(text: string): void {
  for (const reader of [readPlainText, readScrapedText]) {
    const [article, ...rest] = reader({ name: 'fuzz', text });
    assert.equal(rest.length, 0);
    assert.ok(article);
    for (const block of article.blocks) assert.ok(block.text.trim() === block.text && block.text !== '');
  }
}

test('text readers: random strings and chrome-shaped lines', () => {
  const line = fc.oneof(fc.string(), fc.constantFrom('Published by', 'By Jane Doe', 'March 3, 2026', 'Also Read:', 'Categories: X', '- item', '➤ Head', '', '   '));
  fc.assert(fc.property(fc.array(line, { maxLength: 60 }), (lines) => check(lines.join('\n'))), { numRuns: 400 });
});

test('text readers: fixtures cut and scrambled', () => {
  fc.assert(
    fc.property(fc.nat(samples.length - 1), fc.nat(), fc.string({ maxLength: 8 }), (i, at, insert) => {
      const s = samples[i]!;
      const cut = at % (s.length + 1);
      check(s.slice(0, cut) + insert + s.slice(cut + 1));
    }),
    { numRuns: 300 },
  );
});
