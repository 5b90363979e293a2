import { test } from 'node:test';
import assert from 'node:assert/strict';
import { casingOf, headlineFrame, hedgingSource, isTitleCase, sentenceCase } from './headline.js';
import { annotateLanguage } from '../language/index.js';
import { canonicalize } from '../language/entities/canonical.js';
import { extractClaims } from './extract.js';
import { invent } from './testing.js';

const running = ['The dam near Brodna gave way on Tuesday and the water reached the village.', 'Officials said the village was evacuated before the dam failed, and Teodor Halas visited it.'];
const lower = casingOf(running);

test('casing: words written lower case in running text are common words; names are not', () => {
  assert.equal(lower('dam'), true);
  assert.equal(lower('village'), true);
  assert.equal(lower('brodna'), false);
  assert.equal(lower('halas'), false);
});

test('sentence case: a title-case headline keeps its names and its length', () => {
  const title = 'Dam Near Brodna Gives Way, Village Evacuated';
  assert.equal(isTitleCase(title), true);
  const s = sentenceCase(title, lower);
  assert.equal(s, 'Dam near Brodna Gives way, village evacuated');
  assert.equal(s.length, title.length);
  // A headline in sentence case already is left as it is, but capitals are lowered.
  assert.equal(sentenceCase('Halas visits the VILLAGE after the dam failed', lower), 'Halas visits the village after the dam failed');
});

test('frame: labels, source prefixes and suffixes, questions', () => {
  const labelled = headlineFrame('EXCLUSIVE: Dam near Brodna gives way');
  assert.equal(labelled.source, null);
  assert.deepEqual(labelled.frame, [{ start: 0, end: 11 }]);
  const prefixed = headlineFrame('Report: Dam near Brodna gives way');
  assert.equal(prefixed.source?.name, 'Report');
  assert.equal(prefixed.source?.kind, 'document');
  const claimed = 'Dam gave way because of neglect, engineers claim';
  const suffixed = headlineFrame(claimed);
  assert.equal(suffixed.source?.name, 'engineers');
  assert.equal(hedgingSource(claimed, suffixed.source), 'claim');
  assert.equal(headlineFrame('Dam report a fabrication: Halas').source?.name, 'Halas');
  assert.equal(headlineFrame('Could the Veyra dam fail again?').question, true);
  assert.equal(headlineFrame('Dam near Brodna gives way').source, null);
});

test('a verbless headline is a claim; its source prefix is its attribution', () => {
  for (const [title, kind] of [
    ['Three villagers missing near Brodna dam', 'outlet'],
    ['Report: Three villagers missing near Brodna dam', 'unnamed'],
  ] as const) {
    const article = invent({ outlet: 'Headline Desk', text: title });
    const a = { article, language: annotateLanguage(article) };
    const canonical = canonicalize([{ articleId: article.id, entities: a.language.entities }]);
    assert.equal(extractClaims(a, canonical).length, 0, 'not a claim in running text: it has no verb');
    const claims = extractClaims(a, canonical, { headline: true });
    assert.equal(claims.length, 1, title);
    assert.equal(claims[0]!.attribution.kind, kind);
    assert.ok(!claims[0]!.terms.includes('c:report'), 'the source is no part of what is claimed');
  }
});
