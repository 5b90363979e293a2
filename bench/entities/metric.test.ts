import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyCounts, normalizeName, scoreDocument, scores } from './metric.js';
import { detokenize } from './data.js';

test('names are compared without titles, punctuation, possessives or case', () => {
  assert.equal(normalizeName('President Donald Trump'), 'donald trump');
  assert.equal(normalizeName('Minister Sergey Lavrov.'), 'sergey lavrov');
  assert.equal(normalizeName('Russia’s'), 'russia');
  assert.equal(normalizeName('the Kremlin'), 'kremlin');
  assert.equal(normalizeName('U.S.'), 'us');
  // A title alone stays what it is.
  assert.equal(normalizeName('President'), 'president');
});

test('entity-level scoring: aliases, surnames, duplicates and types', () => {
  const totals = { people: emptyCounts(), places: emptyCounts(), organizations: emptyCounts(), all: emptyCounts(), untyped: emptyCounts() };
  scoreDocument(
    totals,
    { people: [['Putin'], ['Putin,'], ['Trump–Putin']], places: [['US'], ['White House']], organizations: [] },
    { people: ['Vladimir Putin', 'Donald Trump'], places: ['United States|U.S.|US'], organizations: ['White House'] },
  );
  // "Putin" and "Putin," are one prediction, and right by surname; "Trump–Putin" names nobody.
  assert.deepEqual(totals.people, { predicted: 2, predictedRight: 1, gold: 2, goldFound: 1 });
  assert.deepEqual(totals.places, { predicted: 2, predictedRight: 1, gold: 1, goldFound: 1 });
  assert.deepEqual(totals.organizations, { predicted: 0, predictedRight: 0, gold: 1, goldFound: 0 });
  // Without types, the White House counts.
  assert.deepEqual(totals.untyped, { predicted: 4, predictedRight: 3, gold: 4, goldFound: 3 });
  const s = scores(totals.all);
  assert.equal(s.precision, 2 / 4);
  assert.equal(s.recall, 2 / 4);
});

test('ECB+ tokens become running text with spans', () => {
  const { text, spans } = detokenize(['``', 'It', "'s", 'over', ',', "''", 'said', 'Lohan', '-LRB-', 'AP', '-RRB-', '.'], 10);
  assert.equal(text, '“It\'s over,” said Lohan (AP).');
  assert.deepEqual(spans[7], [10 + text.indexOf('Lohan'), 10 + text.indexOf('Lohan') + 5]);
});
