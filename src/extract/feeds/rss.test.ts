import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../pipeline/errors.js';
import { readRss } from './rss.js';
import { checkedRun, fixtureTexts, fuzzReader, readerGoldens } from './test-support/reader-tests.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'rss');

readerGoldens(fixtures, readRss);

const feed = (items: string, channel = '<title>T</title>'): string => `<rss version="2.0"><channel>${channel}${items}</channel></rss>`;

test('content:encoded wins over description, which becomes the description', () => {
  const [a] = readRss({ name: 'f', text: feed('<item><title>A</title><description>Short.</description><content:encoded><![CDATA[<p>Long one.</p><p>Two.</p>]]></content:encoded></item>') });
  assert.deepEqual(a?.blocks.map((b) => b.text), ['Long one.', 'Two.']);
  assert.equal(a?.description, 'Short.');
  assert.equal(a?.partial, false);
  assert.deepEqual(a?.messages, []);
});

test('a description alone gives a partial article with a summary-only warning', () => {
  const [a] = readRss({ name: 'f', text: feed('<item><title>A</title><description>Only this.</description></item>') });
  assert.equal(a?.partial, true);
  assert.deepEqual(a?.messages.map((m) => m.code), ['summary-only']);
});

test('a prefix other than "content" still finds content:encoded by its namespace', () => {
  const text = '<rss xmlns:c="http://purl.org/rss/1.0/modules/content/"><channel><item><c:encoded>&lt;p&gt;Full.&lt;/p&gt;</c:encoded></item></channel></rss>';
  const [a] = readRss({ name: 'f', text });
  assert.deepEqual(a?.blocks, [{ kind: 'paragraph', text: 'Full.' }]);
  assert.equal(a?.partial, false);
});

test('relative links resolve against the channel link; non-URL guids are not links', () => {
  const [a, b] = readRss({
    name: 'f',
    text: feed('<item><title>A</title><link>/a/1</link></item><item><title>B</title><guid>abc-123</guid></item>', '<link>https://ex.example/news/</link>'),
  });
  assert.equal(a?.url, 'https://ex.example/a/1');
  assert.equal(b?.url, null);
});

test('an Atom document handed to readRss is read as Atom', () => {
  const [a] = readRss({ name: 'f', text: '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>X</title><content type="text">Body.</content></entry></feed>' });
  assert.equal(a?.format, 'atom');
});

test('empty feeds, web pages and non-XML are InputErrors with their own codes', () => {
  const code = (text: string): string | null => {
    try {
      readRss({ name: 'f', text });
      return null;
    } catch (e) {
      assert.ok(e instanceof InputError);
      return e.code;
    }
  };
  assert.equal(code(feed('')), 'empty-feed');
  assert.equal(code('<html><body>x</body></html>'), 'not-a-feed');
  assert.equal(code('just words'), 'not-xml');
  assert.equal(code('   '), 'empty');
  assert.equal(code('<rss><channel><item><title>cut'), 'no-readable-items');
});

test('100,000 nested elements inside an item complete without overflowing the stack', () => {
  const n = 100_000;
  const text = feed(`<item><title>Deep</title><description>${'<span>'.repeat(n)}deep text${'</span>'.repeat(n)}</description></item>`);
  const out = checkedRun(readRss, text);
  assert.ok(out);
  assert.equal(out[0]?.blocks[0]?.text, 'deep text');
});

test('100,000 unclosed nested elements complete as well', () => {
  const out = checkedRun(readRss, feed(`<item><title>x</title></item><item>${'<x>'.repeat(100_000)}`));
  assert.equal(out?.length, 1);
});

fuzzReader('rss', readRss, { vocabulary: 'xml', seeds: fixtureTexts(fixtures) });
