import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAtom } from './atom.js';
import { checkedRun, fixtureTexts, fuzzReader, readerGoldens } from './test-support/reader-tests.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'atom');

readerGoldens(fixtures, readAtom);

const atom = (entries: string, head = ''): string => `<feed xmlns="http://www.w3.org/2005/Atom">${head}${entries}</feed>`;

test('type="text" content keeps markup-looking text literally', () => {
  const [a] = readAtom({ name: 'f', text: atom('<entry><content type="text">Use &lt;p&gt; for paragraphs.</content></entry>') });
  assert.deepEqual(a?.blocks, [{ kind: 'paragraph', text: 'Use <p> for paragraphs.' }]);
});

test('feed-level authors stand in for entries without their own', () => {
  const [a] = readAtom({ name: 'f', text: atom('<entry><content type="html">&lt;p&gt;x&lt;/p&gt;</content></entry>', '<author><name>Desk</name></author>') });
  assert.equal(a?.byline, 'Desk');
});

test('updated stands in for a missing published date', () => {
  const [a] = readAtom({ name: 'f', text: atom('<entry><updated>2031-03-14T06:00:00Z</updated><summary>s</summary></entry>') });
  assert.equal(a?.published, '2031-03-14T06:00:00Z');
  assert.equal(a?.publishedOrigin, 'feed');
});

test('Atom 0.3 escaped content and issued dates are read', () => {
  const text = '<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old</title><entry><title>E</title><issued>2031-03-14T06:00:00Z</issued><content mode="escaped" type="text/html">&lt;p&gt;Old style.&lt;/p&gt;</content></entry></feed>';
  const [a] = readAtom({ name: 'f', text });
  assert.deepEqual(a?.blocks, [{ kind: 'paragraph', text: 'Old style.' }]);
  assert.equal(a?.published, '2031-03-14T06:00:00Z');
  assert.equal(a?.siteName, 'Old');
});

test('100,000 nested xhtml elements complete without overflowing the stack', () => {
  const n = 100_000;
  const text = atom(`<entry><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${'<div>'.repeat(n)}deep${'</div>'.repeat(n)}</div></content></entry>`);
  const out = checkedRun(readAtom, text);
  assert.equal(out?.[0]?.blocks[0]?.text, 'deep');
});

fuzzReader('atom', readAtom, { vocabulary: 'xml', seeds: fixtureTexts(fixtures) });
