/**
 * Shared test machinery for the structured readers: golden runs that record an
 * `InputError` as data, and fuzzing that holds every reader to its contract (an array of
 * well-formed articles, or an `InputError`; nothing else escapes).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { InputError } from '../../../pipeline/errors.js';
import { FORMATS, type Extracted } from '../../../pipeline/record.js';
import type { Reader } from '../../reader.js';
import { goldenCases, goldenSuite, type GoldenCase } from '../../../test-support/golden.js';

/** Golden cases of a fixtures folder; a thrown `InputError` becomes `{ error }` in expected.json. */
export function readerGoldens(fixturesDir: string, reader: Reader): void {
  goldenSuite(fixturesDir, (c: GoldenCase) => {
    const text = readFileSync(c.inputPath, 'utf8');
    try {
      return { articles: reader({ name: basename(c.inputPath), text }) };
    } catch (e) {
      if (e instanceof InputError) return { error: { code: e.code, message: e.message } };
      throw e;
    }
  });
}

/** The inputs of a fixtures folder, for mutation. */
export function fixtureTexts(fixturesDir: string): string[] {
  return goldenCases(fixturesDir).map((c) => readFileSync(c.inputPath, 'utf8'));
}

const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z?)?$/;

/** Runs a reader and checks its contract; returns the articles, or null for an `InputError`. */
export function checkedRun(reader: Reader, text: string): Extracted[] | null {
  let out: Extracted[];
  try {
    out = reader({ name: 'fuzz', text });
  } catch (e) {
    if (e instanceof InputError) {
      assert.equal(e.input, 'fuzz');
      assert.ok(e.message.length > 0);
      return null;
    }
    throw e;
  }
  assert.ok(Array.isArray(out), 'a reader returns an array');
  for (const a of out) {
    assert.ok(FORMATS.includes(a.format));
    assert.ok(a.origin.startsWith('fuzz'));
    for (const b of a.blocks) assert.ok(b.text.length > 0 && b.text === b.text.trim(), `block text is trimmed and non-empty: ${JSON.stringify(b.text)}`);
    for (const d of [a.published, a.modified]) assert.ok(d === null || ISO.test(d), `date shape: ${d}`);
    for (const m of a.messages) assert.equal(m.stage, 'extract');
  }
  return out;
}

/** Tokens that steer random input into the readers' interesting paths. */
const XML_TOKENS = [
  '<?xml version="1.0"?>', '<rss version="2.0">', '</rss>', '<channel>', '</channel>', '<item>', '</item>',
  '<feed xmlns="http://www.w3.org/2005/Atom">', '</feed>', '<entry>', '</entry>', '<title>', '</title>',
  '<content type="html">', '<content type="xhtml">', '</content>', '<summary>', '</summary>', '<description>',
  '</description>', '<content:encoded>', '</content:encoded>', '<![CDATA[', ']]>', '<pubDate>', '</pubDate>',
  '<link href="x"/>', '<link>', '</link>', '&amp;', '&lt;p&gt;', '&#8217;', '&bogus;', '<p>', '</p>', '<!--', '-->',
  'Wed, 22 Oct 2031 07:11:26 GMT', 'text', ' ', '\n', '"', "'", '<', '>', '&', '<rdf:RDF>', '</rdf:RDF>',
  '<dc:creator>', '</dc:creator>', '<author><name>', '</name></author>', 'xml:lang="en"', '<div xmlns="http://www.w3.org/1999/xhtml">',
];
const JSON_TOKENS = [
  '{', '}', '[', ']', ',', ':', '"', '"title"', '"content"', '{"rendered":', '"date_gmt"', '"2031-03-14T07:05:00"', '"link"',
  '"https://x.example/a"', '"items"', '"version"', '"https://jsonfeed.org/version/1.1"', '"content_html"', '"<p>a</p>"',
  '"text"', '"body"', '"author"', '"authors"', '"source"', '{"name":"N"}', 'null', 'true', '0', '-1.5e3', '\n', ' ',
  '"\\u00e9"', '"\\"', '"&#8217;"', '"summary"', '"date"', '"url"', '"headline"',
];

export interface FuzzOptions {
  /** Which token vocabulary suits the reader's input. */
  vocabulary: 'xml' | 'json';
  /** Fixture inputs to mutate. */
  seeds: readonly string[];
  runs?: number;
}

/** Registers the fuzz tests of one reader. */
export function fuzzReader(label: string, reader: Reader, options: FuzzOptions): void {
  const runs = options.runs ?? 300;
  const tokens = options.vocabulary === 'xml' ? XML_TOKENS : JSON_TOKENS;
  const property = (text: string): void => {
    checkedRun(reader, text);
  };

  test(`${label} fuzz: random strings`, () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 })), property), { numRuns: runs });
  });

  test(`${label} fuzz: random bytes read as latin1`, () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }).map((b) => Buffer.from(b).toString('latin1')), property), { numRuns: runs });
  });

  test(`${label} fuzz: random sequences of format tokens`, () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...tokens), { maxLength: 80 }).map((t) => t.join('')), property), { numRuns: runs * 2 });
  });

  test(`${label} fuzz: every prefix of every fixture`, () => {
    for (const seed of options.seeds) {
      const step = Math.max(1, Math.floor(seed.length / 1500));
      for (let n = 0; n <= seed.length; n += step) checkedRun(reader, seed.slice(0, n));
    }
  });

  const seedArb = fc.constantFrom(...options.seeds);
  test(`${label} fuzz: fixtures with flipped, deleted and inserted characters`, () => {
    const edit = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom('flip', 'delete', 'insert', 'token'),
      length: fc.integer({ min: 1, max: 40 }),
      char: fc.integer({ min: 0, max: 0xff }),
      token: fc.constantFrom(...tokens),
    });
    fc.assert(
      fc.property(seedArb, fc.array(edit, { minLength: 1, maxLength: 6 }), (seed, edits) => {
        let text = seed;
        for (const e of edits) {
          const at = text.length === 0 ? 0 : e.at % text.length;
          if (e.kind === 'flip') text = text.slice(0, at) + String.fromCharCode(text.charCodeAt(at) ^ e.char) + text.slice(at + 1);
          else if (e.kind === 'delete') text = text.slice(0, at) + text.slice(at + e.length);
          else if (e.kind === 'insert') text = text.slice(0, at) + String.fromCharCode(e.char) + text.slice(at);
          else text = text.slice(0, at) + e.token + text.slice(at);
        }
        property(text);
      }),
      { numRuns: runs * 2 },
    );
  });
}
