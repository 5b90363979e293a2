import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../pipeline/errors.js';
import { checkedRun, fixtureTexts, fuzzReader, readerGoldens } from '../feeds/test-support/reader-tests.js';
import { readJsonl } from './jsonl.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

readerGoldens(fixtures, readJsonl);

const lines = (...objects: unknown[]): string => objects.map((o) => (typeof o === 'string' ? o : JSON.stringify(o))).join('\n');

test('a bad line warns on the next good article and costs only itself', () => {
  const out = readJsonl({ name: 'd.jsonl', text: lines({ title: 'A', text: 'a' }, '{"title": "B", "te', { title: 'C', text: 'c' }) });
  assert.deepEqual(out.map((a) => a.origin), ['d.jsonl#1', 'd.jsonl#3']);
  assert.deepEqual(out[1]?.messages.map((m) => m.code), ['bad-line']);
  assert.match(out[1]?.messages[0]?.text ?? '', /^line 2 is not valid JSON \(truncated JSON, column \d+/);
});

test('a bad last line warns on the last good article', () => {
  const out = readJsonl({ name: 'd.jsonl', text: lines({ title: 'A', text: 'a' }, { title: 'B', text: 'b' }, '{oops}') });
  assert.equal(out.length, 2);
  assert.deepEqual(out[1]?.messages.map((m) => m.code), ['bad-line']);
});

test('plain text splits on blank lines, or on newlines when there are none', () => {
  const [a] = readJsonl({ name: 'd', text: JSON.stringify({ title: 't', text: 'The council met\nand voted.\n\nTwo more votes follow.' }) });
  assert.deepEqual(a?.blocks.map((b) => b.text), ['The council met and voted.', 'Two more votes follow.']);
  const [b] = readJsonl({ name: 'd', text: JSON.stringify({ title: 't', text: 'One\nTwo' }) });
  assert.deepEqual(b?.blocks.map((x) => x.text), ['One', 'Two']);
});

test('WordPress posts inside a dump are read as WordPress posts', () => {
  const post = { title: { rendered: 'It&#8217;s here' }, content: { rendered: '<p>Body</p>' }, date_gmt: '2031-03-14T07:05:00', link: 'https://wp.example/p' };
  const [a] = readJsonl({ name: 'd', text: lines(post, post) });
  assert.equal(a?.format, 'wordpress');
  assert.equal(a?.title, 'It’s here');
  assert.equal(a?.published, '2031-03-14T07:05:00Z');
});

test('a JSON Feed, a titled wrapper and a BOM are all read sensibly', () => {
  const feed = readJsonl({ name: 'd', text: JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'F', items: [{ id: '1', content_text: 'x' }] }) });
  assert.equal(feed[0]?.format, 'json-feed');
  const wrapped = readJsonl({ name: 'd', text: JSON.stringify({ title: 'Search results', results: [{ title: 'A', text: 'a' }, { title: 'B', text: 'b' }] }) });
  assert.deepEqual(wrapped.map((a) => a.title), ['A', 'B']);
  const bom = readJsonl({ name: 'd', text: '\ufeff' + lines({ title: 'A', text: 'a' }, { title: 'B', text: 'b' }) });
  assert.equal(bom.length, 2);
  assert.deepEqual(bom[0]?.messages, []);
});

test('inputs without any article are InputErrors', () => {
  const code = (text: string): string => {
    try {
      readJsonl({ name: 'd', text });
    } catch (e) {
      assert.ok(e instanceof InputError);
      return e.code;
    }
    return 'none';
  };
  assert.equal(code('{"views": 3}'), 'not-an-article');
  assert.equal(code('[]'), 'empty');
  assert.equal(code('42'), 'not-an-article');
  assert.equal(code('{"a":1}\n{"b":2}'), 'no-readable-lines');
  assert.equal(code('[{"title": "x"'), 'truncated-json');
  assert.equal(code('{"title": x}'), 'invalid-json');
});

test('a 5 MB JSON Lines dump completes', () => {
  const paragraph = 'The ferry crossed the harbor in nine minutes, the operator said on Friday. ';
  const line = (i: number): string => JSON.stringify({ title: `Report ${i}`, text: `<p>${paragraph.repeat(4)}</p><p>${paragraph.repeat(3)}</p>`, date: '2031-03-14T08:00:00Z', source: 'Port News' });
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < 5 * 1024 * 1024; i++) {
    const l = i % 997 === 5 ? '{"title": "broken' : line(i);
    parts.push(l);
    size += l.length + 1;
  }
  const out = checkedRun(readJsonl, parts.join('\n'));
  assert.ok(out && out.length > 5000);
  assert.ok(out.some((a) => a.messages.some((m) => m.code === 'bad-line')));
});

test('deeply nested JSON completes without overflowing the stack', () => {
  const deep = `{"title": "Deep", "text": "t", "extra": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
  assert.equal(checkedRun(readJsonl, deep)?.length, 1);
  assert.equal(checkedRun(readJsonl, `{"title": "Deep", "extra": ${'['.repeat(100_000)}`), null);
});

fuzzReader('jsonl', readJsonl, { vocabulary: 'json', seeds: fixtureTexts(fixtures) });
