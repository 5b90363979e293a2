/**
 * The five real reports in ../shared/seeds. Assertions are on properties derived from the
 * files themselves (lines, fields, counts), never on passages copied from them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { processInput } from '../src/pipeline/run.js';
import type { Article } from '../src/pipeline/record.js';
import { comparableText, cleanInline } from '../src/normalize/text.js';

const seedsDir = fileURLToPath(new URL('../../shared/seeds/', import.meta.url));
const files = readdirSync(seedsDir).filter((f) => /^\d{3}_/.test(f)).sort();
const raw = (prefix: string): string => readFileSync(join(seedsDir, files.find((f) => f.startsWith(prefix))!), 'utf8');
// Lines in the reading form (NFC, no-break spaces made plain), as the readers produce them.
const lines = (prefix: string): string[] => raw(prefix).split('\n').map(cleanInline).filter(Boolean);

function read(prefix: string): Article {
  const name = files.find((f) => f.startsWith(prefix))!;
  const outcome = processInput({ name, bytes: readFileSync(join(seedsDir, name)) });
  assert.equal(outcome.error, null, `${name}: ${outcome.error?.message}`);
  assert.equal(outcome.articles.length, 1);
  return outcome.articles[0]!;
}

test('all five seeds ingest, each as one article with text', () => {
  assert.equal(files.length, 5);
  for (const prefix of ['000', '001', '002', '003', '004']) {
    const a = read(prefix);
    assert.ok(a.text.length > 1000, `${prefix} has text`);
    assert.ok(a.title.length > 10, `${prefix} has a title`);
    for (const p of a.paragraphs) assert.equal(a.text.slice(p.start, p.end).trim(), a.text.slice(p.start, p.end));
  }
});

test('formats are sniffed from content: the .txt WordPress post is read as WordPress', () => {
  assert.deepEqual(
    ['000', '001', '002', '003', '004'].map((p) => read(p).format),
    ['text', 'wordpress', 'scraped-text', 'text', 'text'],
  );
});

test('plain-text seeds keep every line as a paragraph, list markers removed', () => {
  for (const prefix of ['000', '003', '004']) {
    const a = read(prefix);
    const expected = lines(prefix).map((l) => l.replace(/^- /, ''));
    assert.deepEqual(a.paragraphs.map((p) => a.text.slice(p.start, p.end)), expected, prefix);
    // No title line in these files: the title is derived from the opening words and flagged.
    assert.ok(a.messages.some((m) => m.code === 'title-derived'), prefix);
    assert.ok(comparableText(a.text).startsWith(comparableText(a.title.replace(/…$/, ''))), prefix);
  }
  const listItems = read('000').paragraphs.filter((p) => p.kind === 'list-item').length;
  assert.equal(listItems, lines('000').filter((l) => l.startsWith('- ')).length);
});

test('the WordPress post: title decoded, date and link read', () => {
  const post = JSON.parse(raw('001')) as { title: { rendered: string }; date_gmt: string; link: string };
  const a = read('001');
  assert.equal(a.title, decodeHTML(post.title.rendered));
  assert.doesNotMatch(a.title, /&#?\w+;/);
  assert.equal(a.url, post.link);
  assert.equal(a.published.origin, 'metadata');
  assert.equal(Date.parse(a.published.value!), Date.parse(post.date_gmt + 'Z'));
  assert.doesNotMatch(a.text, /<\/?[a-z][^>]*>/i);
  assert.equal(a.source.domain, new URL(post.link).hostname.replace(/^www\./, ''));
});

test('the WordPress post and the plain-text copy have the same text after normalization', () => {
  assert.equal(comparableText(read('001').text), comparableText(read('000').text));
});

test('the scraped page loses its chrome and keeps its author as byline', () => {
  const source = lines('002');
  const a = read('002');
  const publishedBy = source.findIndex((l) => /^published by$/i.test(l));
  assert.ok(publishedBy > 0, 'the seed has a "Published by" block');
  const author = source[publishedBy + 1]!;
  assert.equal(a.byline, author);
  const category = source[0]!;
  const teaser = source.find((l) => /^also read/i.test(l))!;
  const paragraphs = a.paragraphs.map((p) => a.text.slice(p.start, p.end));
  assert.ok(!paragraphs.includes(category), 'category line removed');
  assert.ok(!paragraphs.some((p) => /^published by/i.test(p)), '"Published by" block removed');
  assert.ok(!paragraphs.includes(author), 'trailing author block removed');
  assert.ok(!a.text.includes(teaser.replace(/^also read:?\s*/i, '')), 'teaser headline removed');
  assert.ok(!/also read/i.test(a.text));
  // The headline is the first line after the category; everything else of substance stays.
  assert.equal(a.title, source[1]);
  const kept = source.filter((l) => l !== category && l !== source[1] && !/^published by/i.test(l) && l !== author && l !== teaser);
  assert.deepEqual(paragraphs, kept);
});
