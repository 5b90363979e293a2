import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { jsonShape, type JsonShape } from './sniff.js';

const post = { title: { rendered: 'T' }, content: { rendered: '<p>x</p>' }, date_gmt: '2031-03-14T07:05:00', link: 'https://wp.example/p' };

const shapes: Array<[label: string, text: string, shape: JsonShape]> = [
  ['a WordPress post', JSON.stringify(post), 'wordpress'],
  ['an array of WordPress posts', JSON.stringify([post, post]), 'wordpress'],
  ['a JSON Feed', JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'F', items: [] }), 'json-feed'],
  ['JSON Lines', '{"title":"a","text":"x"}\n{"title":"b","text":"y"}\n', 'jsonl'],
  ['JSON Lines with a bad first line', '{"title":"a","te\n{"title":"b","text":"y"}\n', 'jsonl'],
  ['an array of articles', JSON.stringify([{ headline: 'h', body: 'b' }]), 'jsonl'],
  ['one article object', JSON.stringify({ title: 't', text: 'x' }), 'jsonl'],
  ['a wrapper of articles', JSON.stringify({ status: 'ok', articles: [{ title: 't' }] }), 'jsonl'],
  ['a truncated object', '{"title": "a", "text": "b', 'invalid'],
  ['a broken pretty-printed object', '{\n  "title": "a",\n  "text": b\n}', 'invalid'],
  ['a truncated array', '[{"title": "a"}, {"ti', 'invalid'],
  ['an unrelated object', '{"views": 3, "ok": true}', 'other'],
  ['an array of numbers', '[1, 2, 3]', 'other'],
  ['a string', '"hello"', 'other'],
  ['plain text', 'The bridge closed on Thursday.', 'other'],
  ['an XML feed', '<rss version="2.0"></rss>', 'other'],
  ['empty input', '', 'other'],
];

for (const [label, text, shape] of shapes) {
  test(`jsonShape: ${label} → ${shape}`, () => assert.equal(jsonShape(text), shape));
}

test('jsonShape never throws', () => {
  const shapes = new Set(['wordpress', 'json-feed', 'jsonl', 'invalid', 'other']);
  fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), (s) => assert.ok(shapes.has(jsonShape(s)))), { numRuns: 1000 });
});
