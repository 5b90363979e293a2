import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage, primaryLanguage } from './language.js';
import { annotateLanguage } from '../language/index.js';
import { invent, storyOf } from '../claims/testing.js';

const GERMAN = 'Die Polizei hat am Montag zwei Männer nach dem Überfall auf ein Juweliergeschäft in der Innenstadt festgenommen. Die Betriebsversammlung bei der Firma wurde abgesagt, sagte ein Sprecher.';
const PORTUGUESE = 'A polícia prendeu na segunda-feira dois homens depois do assalto a uma joalharia no centro da cidade. A greve nos transportes continua, disse um porta-voz do governo.';
const ENGLISH = 'Police arrested two men on Monday after the raid on a jewellery shop in the city centre, a spokesman said.';

test('an article\'s language comes from its words; English stays English with foreign names in it', () => {
  assert.equal(detectLanguage('Festnahmen nach Überfall', GERMAN), 'de');
  assert.equal(detectLanguage('Dois presos após assalto', PORTUGUESE), 'pt');
  assert.equal(detectLanguage('Raid in Munich: Schmidt und Partner jeweller robbed', ENGLISH), 'en');
  assert.equal(detectLanguage('', 'OK'), null, 'too little to tell');
  // franc scores English near the best for German prose thick with names and figures; English ranks far down its list.
  const namesAndFigures = 'Ein Erdbeben der Stärke 6.1 hat am Dienstag Kamenitsa im Oskel-Tal erschüttert. Mindestens 23 Menschen kamen ums Leben, wie Petra Lind vom Zivilschutzamt mitteilte. Die Rettungskräfte suchen weiter in den Trümmern der eingestürzten Häuser.';
  assert.equal(detectLanguage('Erdbeben der Stärke 6.1 in Kamenitsa: 23 Tote', namesAndFigures), 'de');
  for (const english of [
    'Bundesliga side Borussia Mönchengladbach sacked coach Gerardo Seoane on Sunday after a 0-3 defeat to Eintracht Frankfurt in Frankfurt am Main.',
    'São Paulo governor Tarcísio de Freitas said the Companhia de Saneamento Básico do Estado de São Paulo would be sold by June.',
  ]) assert.equal(detectLanguage('', english), 'en', english);
  assert.equal(primaryLanguage('en-GB'), 'en');
  assert.equal(primaryLanguage('  '), null);
});

test('a German and a Portuguese article get their language and no English analysis; an English one is read', async () => {
  for (const text of [GERMAN, PORTUGUESE]) {
    const language = detectLanguage('', text);
    const a = annotateLanguage({ text, paragraphs: [{ kind: 'paragraph', start: 0, end: text.length }], published: { value: '2026-03-09', origin: 'metadata' }, language });
    assert.ok(a.sentences.length >= 2, 'its sentences are kept');
    assert.deepEqual([a.mentions, a.quotes, a.times, a.quantities], [[], [], [], []], 'no English rules read it');
    assert.deepEqual(a.messages.map((m) => m.code), ['language-not-analysed']);
  }
  const [de, pt, en] = [GERMAN, PORTUGUESE, ENGLISH].map((text, i) => invent({ outlet: `Outlet ${i}`, text, title: ['Festnahmen nach Überfall', 'Dois presos após assalto', 'Two held after raid'][i]! }));
  assert.deepEqual([de!.language, pt!.language, en!.language], ['de', 'pt', 'en'], 'identified from the words and stored with the article');
  const story = await storyOf([de!, pt!, en!]);
  assert.ok(story.analysis.claims.length > 0);
  assert.ok(story.analysis.claims.every((g) => g.evidence.every((e) => e.articleId === en!.id)), 'claims come from the English article only');
});
