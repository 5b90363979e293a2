/**
 * readHtml on anything: random strings, tag soup, damaged versions of the fixture pages,
 * pathological nesting and a large page. It must return one article (or throw only an
 * InputError), and its blocks must be clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { InputError } from '../../pipeline/errors.js';
import type { Extracted } from '../../pipeline/record.js';
import { readHtml } from './reader.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const pages = readdirSync(fixtures).map((d) => readFileSync(join(fixtures, d, 'input.html'), 'utf8'));

function check(text: string): void {
  let out: Extracted[];
  try {
    out = readHtml({ name: 'fuzz.html', text });
  } catch (e) {
    assert.ok(e instanceof InputError, `threw ${String(e)}`);
    return;
  }
  assert.ok(Array.isArray(out));
  for (const a of out) {
    assert.equal(a.format, 'html');
    for (const b of a.blocks) {
      assert.equal(typeof b.text, 'string');
      assert.ok(b.text.length > 0 && b.text === b.text.trim(), `untrimmed block ${JSON.stringify(b.text)}`);
    }
    if (a.published !== null) assert.match(a.published, /^\d{4}-\d{2}-\d{2}/);
    if (a.blocks.length === 0) assert.ok(a.messages.some((m) => m.code === 'no-body'));
  }
}

const TOKENS = [
  '<html>', '</html>', '<body class="post">', '</body>', '<div>', '</div>', '<div class="sidebar">', '<div class="entry-content">',
  '<p>', '</p>', '<br>', '</br>', '<span>', '</span>', '<a href="/x">', '</a>', '<h1>', '</h1>', '<h2>', '<ul>', '<li>', '</ul>',
  '<table>', '<tr>', '<td>', '</td>', '</table>', '<blockquote>', '<pre>', '</pre>', '<script>', '</script>', '<style>',
  '<svg>', '<path/>', '</svg>', '<math>', '<template>', '<!--', '-->', '<![CDATA[', ']]>', '<!DOCTYPE html>', '<?xml ?>',
  '<article>', '</article>', '<nav>', '<footer>', '<figure><img src=x><figcaption>', '<time datetime="2019-02-30T25:61">',
  '<meta property="og:title" content="', '<meta name="author" content="By ', '<link rel="canonical" href="',
  '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":', '"articleBody":"', '}]}',
  '<html lang="', '&amp;', '&#0;', '&#x110000;', '&#55296;', '&nbsp;', '&notanentity;', '"', "'", '<', '>', '=', ',', '. ',
  'The council said, on Monday, that the bridge would reopen. ', '\u0000', '\ud800', '\u202e', '東京', '\n', '\t',
];

const soup = fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 12 })), { maxLength: 200 }).map((t) => t.join(''));

test('random strings never break the reader', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 })), (s) => check(s)),
    { numRuns: 300 },
  );
});

test('HTML-ish token soup never breaks the reader', () => {
  fc.assert(fc.property(soup, (s) => check(s)), { numRuns: 400 });
});

/** Fixture pages cut, spliced, duplicated and sprinkled with tokens. */
const mutated = fc
  .tuple(
    fc.constantFrom(...pages),
    fc.array(
      fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('cut', 'dup', 'insert', 'truncate'), fc.constantFrom(...TOKENS)),
      { minLength: 1, maxLength: 8 },
    ),
  )
  .map(([page, edits]) => {
    let s = page;
    for (const [a, b, op, token] of edits) {
      const i = a % (s.length + 1);
      const j = Math.min(s.length, i + (b % 400));
      if (op === 'cut') s = s.slice(0, i) + s.slice(j);
      else if (op === 'dup') s = s.slice(0, j) + s.slice(i, j) + s.slice(j);
      else if (op === 'insert') s = s.slice(0, i) + token + s.slice(i);
      else s = s.slice(0, i);
    }
    return s;
  });

test('damaged fixture pages never break the reader', () => {
  fc.assert(fc.property(mutated, (s) => check(s)), { numRuns: 300 });
});

test('200,000 nested divs finish without overflowing the stack', () => {
  const depth = 200_000;
  const html = `<html><body>${'<div>'.repeat(depth)}<p>At the bottom of the pile, a paragraph, with commas, still reads as text.</p>${'</div>'.repeat(depth)}</body></html>`;
  const [article] = readHtml({ name: 'deep.html', text: html });
  assert.deepEqual(article!.blocks.map((b) => b.text), ['At the bottom of the pile, a paragraph, with commas, still reads as text.']);
});

test('deep unclosed inline nesting and stray closing tags finish', () => {
  const html = `${'<span><b>'.repeat(60_000)}text${'</i></u>'.repeat(60_000)}${'<td>'.repeat(30_000)}`;
  check(html);
});

test('deeply nested headings, microdata and author links finish', () => {
  const html = `<title>t</title>${'<h1 itemprop="author headline"><a rel="author" href="/">x '.repeat(50_000)}end`;
  check(html);
});

test('a 2 MB page finishes', () => {
  const para = '<p>Members of the committee met on Tuesday and agreed, after a long debate, to publish the full report next month.</p>\n';
  let html = `<html><head><title>Long report | Example</title></head><body><nav>${'<a href="/s">Section</a> '.repeat(300)}</nav><article><h1>Long report</h1>`;
  const parts: string[] = [html];
  let size = html.length;
  while (size < 2_000_000) {
    parts.push(para, '<div class="share"><a href="#">Share</a></div>');
    size += para.length + 48;
  }
  parts.push('</article></body></html>');
  html = parts.join('');
  const [article] = readHtml({ name: 'big.html', text: html });
  assert.ok(article!.blocks.length > 10_000);
});
