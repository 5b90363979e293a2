import { test } from 'node:test';
import assert from 'node:assert/strict';
import { identify, articleId } from './identify.js';
import { domainOf, identifyOutlet } from './outlet.js';
import { normalize } from '../normalize/normalize.js';
import { extracted, type Extracted } from '../pipeline/record.js';

const run = (e: Extracted) => identify(e, normalize(e));

test('outlets come from metadata, then the URL, then the input', () => {
  assert.deepEqual(identifyOutlet({ siteName: 'Harbour Times', url: 'https://www.harbourtimes.example/a', canonicalUrl: null, origin: 'f', fromFeed: false }), {
    name: 'Harbour Times',
    domain: 'harbourtimes.example',
    origin: 'metadata',
  });
  assert.deepEqual(identifyOutlet({ siteName: null, url: 'https://news.bbc.co.uk/x', canonicalUrl: null, origin: 'f', fromFeed: false }), { name: 'bbc.co.uk', domain: 'bbc.co.uk', origin: 'url' });
  assert.deepEqual(identifyOutlet({ siteName: null, url: null, canonicalUrl: null, origin: 'in/003_report.txt.gz', fromFeed: false }), { name: '003_report', domain: null, origin: 'input' });
  assert.equal(domainOf('not a url'), null);
});

test('ids depend on content and address, not on the file name', () => {
  const base = { title: 'T', blocks: [{ kind: 'paragraph' as const, text: 'Body “text”.' }] };
  const a = run(extracted('text', 'one.txt', base));
  const b = run(extracted('html', 'two.html', { ...base, blocks: [{ kind: 'paragraph', text: 'Body "TEXT".' }] }));
  assert.equal(a.id, b.id, 'the matching form makes typography and case irrelevant');
  const c = run(extracted('html', 'two.html', { ...base, url: 'https://other.example/x' }));
  assert.notEqual(a.id, c.id);
  assert.match(articleId('', '', null), /^[0-9a-f]{16}$/);
});

test('publication time keeps its provenance; a missing title is derived and flagged', () => {
  const a = run(extracted('wordpress', 'p.json', { published: '2025-10-22T07:11:26Z', publishedOrigin: 'metadata', blocks: [{ kind: 'paragraph', text: 'The talks collapsed on Tuesday after a tense call. More followed.' }] }));
  assert.deepEqual(a.published, { value: '2025-10-22T07:11:26Z', origin: 'metadata' });
  assert.equal(a.title, 'The talks collapsed on Tuesday after a tense call.');
  assert.ok(a.messages.some((m) => m.code === 'title-derived'));
  const b = run(extracted('text', 'p.txt', { published: 'garbage', publishedOrigin: 'text', blocks: [{ kind: 'paragraph', text: 'x' }] }));
  assert.deepEqual(b.published, { value: null, origin: 'unknown' });
  assert.ok(b.messages.some((m) => m.code === 'bad-date'));
});

test('a section or slogan after the outlet name is dropped when the domain says which part is the outlet', () => {
  assert.equal(identifyOutlet({ siteName: 'The Harbour Times – Politics', url: 'https://harbourtimes.example/x', canonicalUrl: null, origin: 'f', fromFeed: true }).name, 'The Harbour Times');
  assert.equal(identifyOutlet({ siteName: 'News | Coast FM', url: 'https://coastfm.example/x', canonicalUrl: null, origin: 'f', fromFeed: true }).name, 'Coast FM');
  assert.equal(identifyOutlet({ siteName: 'Rock & Roll – A Blog', url: 'https://other.example/x', canonicalUrl: null, origin: 'f', fromFeed: true }).name, 'Rock & Roll – A Blog');
});
