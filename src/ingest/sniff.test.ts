import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sniff } from './sniff.js';
import { InputError } from '../pipeline/errors.js';

test('formats are told apart by content', () => {
  const cases: [string, string][] = [
    ['Harbour Reopens\n\nThe harbour reopened on Monday.', 'text'],
    ['Categories: World\n\nHarbour Reopens\n\nPublished by\nAna Ruiz\n\nThe harbour reopened.', 'scraped-text'],
    ['{"id":1,"title":{"rendered":"A"},"content":{"rendered":"<p>b</p>"},"date_gmt":"2026-01-01T00:00:00"}', 'wordpress'],
    ['[{"id":1,"date_gmt":"2026-01-01T00:00:00","title":{"rendered":"A"},"content":{"rendered":"<p>b</p>"}}]', 'wordpress'],
    ['{"version":"https://jsonfeed.org/version/1.1","title":"F","items":[]}', 'json-feed'],
    ['{"title":"A","text":"b"}\n{"title":"C","text":"d"}\n', 'jsonl'],
    ['[{"title":"A","text":"b"}]', 'jsonl'],
    ['<?xml version="1.0"?>\n<!-- c --><rss version="2.0"><channel/></rss>', 'rss'],
    ['<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"></rdf:RDF>', 'rss'],
    ['<feed xmlns="http://www.w3.org/2005/Atom"></feed>', 'atom'],
    ['<!DOCTYPE html><html><body><p>x</p></body></html>', 'html'],
    ['<div class="story"><p>Only a fragment.</p></div>', 'html'],
    ['  \n<html lang="en"><p>x</p></html>', 'html'],
  ];
  for (const [text, format] of cases) assert.equal(sniff('in', text), format, text.slice(0, 40));
});

test('JSON Lines with a truncated last line is still JSON Lines', () => {
  assert.equal(sniff('in', '{"title":"A","text":"b"}\n{"title":"C","text":"d"}\n{"title":"E","te'), 'jsonl');
});

test('truncated or meaningless JSON is refused with its position', () => {
  assert.throws(() => sniff('post.json', '{"id":1,"title":{"rendered":"A"'), (e: unknown) => e instanceof InputError && /-json$/.test(e.code));
  assert.throws(() => sniff('post.json', '{"a":\n  1,,}'), (e: unknown) => e instanceof InputError && /line 2/.test(e.message));
  assert.throws(() => sniff('x.json', '[]'), (e: unknown) => e instanceof InputError && e.code === 'not-an-article');
  assert.throws(() => sniff('x.json', '   \n\t '), (e: unknown) => e instanceof InputError && e.code === 'empty');
});

test('markup that is neither HTML nor a feed is an unknown format', () => {
  assert.throws(() => sniff('map.svg', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>'), (e: unknown) => e instanceof InputError && e.code === 'unknown-format' && /<svg>/.test(e.message));
  assert.throws(() => sniff('data.xml', '<records><record id="1"/></records>'), (e: unknown) => e instanceof InputError && e.code === 'unknown-format');
});
