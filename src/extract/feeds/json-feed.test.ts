import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../pipeline/errors.js';
import { readJsonFeed } from './json-feed.js';
import { fixtureTexts, fuzzReader, readerGoldens } from './test-support/reader-tests.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'json-feed');

readerGoldens(fixtures, readJsonFeed);

test('JSON that is not a JSON Feed is an InputError', () => {
  assert.throws(() => readJsonFeed({ name: 'f', text: '{"title":"x"}' }), (e: unknown) => e instanceof InputError && e.code === 'not-a-feed');
  assert.throws(() => readJsonFeed({ name: 'f', text: '{"version":"https://jsonfeed.org/version/1.1","items":[]}' }), (e: unknown) => e instanceof InputError && e.code === 'empty-feed');
});

fuzzReader('json-feed', readJsonFeed, { vocabulary: 'json', seeds: fixtureTexts(fixtures) });
