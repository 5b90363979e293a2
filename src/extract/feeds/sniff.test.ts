import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { xmlFeedFormat, xmlRootName } from './sniff.js';

const roots: Array<[text: string, root: string | null, format: 'rss' | 'atom' | null]> = [
  ['<rss version="2.0"><channel/></rss>', 'rss', 'rss'],
  ['\ufeff<?xml version="1.0"?>\n<rss>', 'rss', 'rss'],
  ['<?xml version="1.0"?><!-- a <comment> --><?xml-stylesheet href="s.xsl"?><feed xmlns="http://www.w3.org/2005/Atom">', 'feed', 'atom'],
  ['<?xml version="1.0"?><!DOCTYPE rss [ <!ENTITY x "<y>"> ]><rss>', 'rss', 'rss'],
  ['<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', 'rdf:RDF', 'rss'],
  ['<atom:feed xmlns:atom="http://www.w3.org/2005/Atom">', 'atom:feed', 'atom'],
  ['<!DOCTYPE html><html lang="en">', 'html', null],
  ['  \n<feed>', 'feed', 'atom'],
  ['<feed/>', 'feed', 'atom'],
  ['hello <rss>', null, null],
  ['{"a": 1}', null, null],
  ['', null, null],
  ['<!-- never closed', null, null],
  ['<?xml never closed', null, null],
  ['< rss>', null, null],
];

for (const [text, root, format] of roots) {
  test(`xmlRootName(${JSON.stringify(text).slice(0, 50)}) → ${root}, ${format}`, () => {
    assert.equal(xmlRootName(text), root);
    assert.equal(xmlFeedFormat(text), format);
  });
}

test('xmlRootName never throws', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
    const r = xmlRootName(s);
    assert.ok(r === null || r.length > 0);
  }), { numRuns: 1000 });
});
