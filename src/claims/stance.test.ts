import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateLanguage } from '../language/index.js';
import { canonicalize } from '../language/entities/canonical.js';
import type { AnnotatedArticle } from '../pipeline/annotate.js';
import { readStance, refutationsIn } from './stance.js';
import { invent } from './testing.js';

function annotated(outlet: string, text: string | string[]): AnnotatedArticle {
  const article = invent({ outlet, text });
  return { article, language: annotateLanguage(article) } as AnnotatedArticle;
}

function read(headline: string, body: string[]): ReturnType<typeof readStance> {
  const h = annotated('Headline Desk', headline);
  const b = annotated('Body Outlet', body);
  const canonical = canonicalize([h, b].map((a) => ({ articleId: a.article.id, entities: a.language.entities })));
  return readStance(h, b, canonical);
}

test('refuting words, each once', () => {
  assert.deepEqual(refutationsIn('The photo was FAKE, a hoax; officials denied it. Fake!'), ['fake', 'hoax', 'denied']);
  assert.deepEqual(refutationsIn('The dam was built in 1974.'), []);
});

test('a body restating the headline: its claim is the closest, in the outlet’s voice', () => {
  const r = read('Veyra dam collapses near Brodna', ['The Veyra dam collapsed near Brodna on Tuesday.', 'Rescue teams arrived in the afternoon.']);
  assert.ok(r.claims.length >= 1);
  const best = [...r.source].sort((x, y) => y.score - x.score)[0]!;
  assert.match(best.claim.text, /collapsed/u);
  assert.ok(best.score > 0.3);
  assert.equal(best.claim.attribution.kind, 'outlet');
  assert.deepEqual(r.claimRefutes, []);
});

test('a body that calls the story a hoax, and a headline that reports a claim', () => {
  const r = read('Veyra dam collapsed, villagers claim', ['Officials said reports that the Veyra dam collapsed were a hoax.', 'The dam is intact.']);
  assert.ok(r.claims.every((c) => c.attribution.kind !== 'outlet' || c.hedges.length > 0), 'the headline voices a claim');
  assert.ok(r.source.some((m) => m.refutes.includes('hoax')));
});

test('an unrelated body shares nothing with the headline', () => {
  const r = read('Veyra dam collapses near Brodna', ['The central bank kept interest rates unchanged.', 'Markets rose on the news.']);
  assert.ok(r.source.every((m) => m.score < 0.2 && !m.aligned));
  assert.deepEqual(r.contradictions, []);
});
