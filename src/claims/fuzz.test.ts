/** Random reports, made of news words, numbers, quote marks and dashes: analysis never throws and every span is valid. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { annotateLanguage } from '../language/index.js';
import { canonicalize } from '../language/entities/canonical.js';
import { analyzeStory } from './index.js';
import { invent } from './testing.js';

const TOKENS = [
  'The', 'dam', 'collapsed', 'killed', '14', '17', 'people', 'at least', 'more than', 'about', '2,300', 'were', 'evacuated', 'not',
  'because of', 'rain', 'after', 'on Tuesday', 'last Thursday', 'said', 'Anna Kovac', 'Brodna', 'who', 'which', ',', ';', '—', '“',
  '”', '"', 'the', 'inquiry', 'cancelled', 'called off', 'summit', 'reportedly', 'could', 'productive', 'unproductive', 'call',
  'no plans', 'a 32-month', 'war', 'its fourth year', 'and', 'but', 'according to', 'officials', '.', '?', '(', ')', 'é', '\u00a0',
];

const sentence = fc.array(fc.constantFrom(...TOKENS), { minLength: 0, maxLength: 30 }).map((t) => t.join(' '));
const report = fc.record({
  paragraphs: fc.array(sentence, { minLength: 1, maxLength: 4 }),
  outlet: fc.constantFrom('Alpha', 'Beta', 'Gamma'),
  dated: fc.boolean(),
});

test('random reports: analysis never throws, spans index the texts', () => {
  fc.assert(
    fc.property(fc.array(report, { minLength: 1, maxLength: 4 }), (reports) => {
      const articles = reports.map((r) => invent({ outlet: r.outlet, text: r.paragraphs.map((p) => p || 'x'), published: r.dated ? '2026-03-11T09:00:00Z' : null }));
      const annotated = articles.map((article) => ({ article, language: annotateLanguage(article) }));
      const canonical = canonicalize(annotated.map((a) => ({ articleId: a.article.id, entities: a.language.entities })));
      const analysis = analyzeStory(annotated, canonical, []);
      const text = new Map(articles.map((a) => [a.id, a.text]));
      for (const g of analysis.claims) {
        assert.ok(g.evidence.length > 0 && g.independentSources >= 1);
        for (const e of g.evidence) assert.equal(text.get(e.articleId)!.slice(e.start, e.end), e.text);
      }
      for (const c of analysis.contradictions) {
        assert.ok(c.sides.length >= 2);
        for (const s of c.sides) assert.ok(s.start >= 0 && s.end > s.start && s.end <= text.get(s.articleId)!.length);
      }
    }),
    { numRuns: 60, seed: 20260311 },
  );
});
