import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../pipeline/errors.js';
import { fixtureTexts, fuzzReader, readerGoldens } from '../feeds/test-support/reader-tests.js';
import { readWordpress } from './wordpress.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, 'fixtures');

readerGoldens(fixtures, readWordpress);

test('a single post: entities decoded, empty paragraphs and scripts dropped, metadata mapped', () => {
  const text = readFileSync(join(fixtures, 'single-post-entities', 'input.json'), 'utf8');
  const [post, ...rest] = readWordpress({ name: 'post.json', text });
  assert.ok(post);
  assert.equal(rest.length, 0);
  assert.equal(post.origin, 'post.json');
  assert.equal(post.title, 'Velmora’s Harbor Bridge closed after storm – ferries & buses step in');
  assert.equal(post.published, '2031-03-14T07:05:00Z');
  assert.equal(post.publishedOrigin, 'metadata');
  assert.equal(post.modified, '2031-03-14T09:20:41Z');
  assert.equal(post.siteName, 'The Velmora Ledger');
  assert.equal(post.byline, 'Petra Oswin');
  assert.equal(post.language, 'en-GB');
  assert.ok(post.blocks.every((b) => b.text.trim() !== '' && !/[<>]|&\w+;|&#\d+;/.test(b.text)));
  assert.ok(!post.blocks.some((b) => b.text.includes('adSlot')));
  assert.deepEqual(post.blocks.map((b) => b.kind), ['paragraph', 'heading', 'paragraph', 'list-item', 'list-item', 'quote', 'paragraph']);
});

test('an error response from the REST API is an InputError that quotes it', () => {
  assert.throws(
    () => readWordpress({ name: 'x.json', text: '{"code":"rest_forbidden","message":"Sorry, you are not allowed to do that.","data":{"status":401}}' }),
    (e: unknown) => e instanceof InputError && e.code === 'wordpress-error' && e.message.includes('HTTP 401'),
  );
});

test('truncated JSON names the line and column', () => {
  assert.throws(
    () => readWordpress({ name: 'x.json', text: '{\n  "title": {"rendered": "A"},\n  "content": {"rendered": "<p>B' }),
    (e: unknown) => e instanceof InputError && e.code === 'truncated-json' && /line 3, column \d+/.test(e.message),
  );
});

// A real post from the shared seeds; only derived properties are asserted, none of its text.
const seed = join(here, '../../../../shared/seeds/001_164d541aab43c96b.txt');
// No skip when it is missing: ../shared is part of every checkout this runs in.
test('the real WordPress seed post reads cleanly', () => {
  const text = readFileSync(seed, 'utf8');
  const raw = JSON.parse(text) as { link: string };
  const [post, ...rest] = readWordpress({ name: 'seed.json', text });
  assert.ok(post);
  assert.equal(rest.length, 0);
  assert.ok(post.title && post.title.length > 0);
  assert.ok(!/&#?\w+;/.test(post.title), 'no entity left in the title');
  assert.equal(post.published, '2025-10-22T07:11:26Z');
  assert.equal(post.publishedOrigin, 'metadata');
  assert.equal(post.url, raw.link);
  assert.ok(post.blocks.length > 0);
  for (const b of post.blocks) {
    assert.ok(!/<\/?[a-z][^>]*>/i.test(b.text), 'no HTML tag in a block');
    assert.ok(b.text.trim().length > 0, 'no empty block');
  }
  assert.equal(post.partial, false);
});

fuzzReader('wordpress', readWordpress, { vocabulary: 'json', seeds: fixtureTexts(fixtures) });
