import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isFragment, rankStatements } from './statements.js';
import { isScareQuote, keyQuotes } from './key-quotes.js';
import { mainNames } from './main-names.js';
import type { ClaimGroup, ClaimNumber, QuoteReport } from '../claims/types.js';
import type { EntityEntry } from './document.js';
import { claimGroup } from '../claims/testing.js';

function group(text: string, o: Partial<ClaimGroup> = {}): ClaimGroup {
  return claimGroup({ ...o, text });
}

const figure: ClaimNumber = { start: 0, end: 2, text: '40', value: 40, unit: 'delegate', qualifier: null, predicate: null, property: 'u:delegate', referent: null, scope: 'main', low: 40, high: 40 };

test('clauses with nothing beyond a frame are fragments; statements with content are not', () => {
  const cases: [ClaimGroup, boolean][] = [
    [group('The decision came'), true],
    [group('speaking on condition of anonymity'), true],
    [group('A diplomat familiar with the situation told reporters'), true],
    [group('The move came'), true],
    [group('Ola Brenn cancelled the Velmar summit', { predicate: 'cancel', participants: ['person:ola-brenn'] }), false],
    [group('40 delegates had booked rooms', { numbers: [figure] }), false],
    [group('Port workers in Velmar turned away ships from the harbour'), false],
    [group('Each side wanted to dominate the agenda'), false],
  ];
  for (const [g, fragment] of cases) assert.equal(isFragment(g), fragment, g.text);
});

test('statements naming who, how many and what happened come before hedged and unnamed ones', () => {
  const named = group('Ola Brenn cancelled the Velmar summit', { predicate: 'cancel', participants: ['person:ola-brenn', 'place:velmar'] });
  const figures = group('Port workers said 12 ships were turned away', { numbers: [figure], predicate: 'refuse' });
  const hedged = group('The summit could be held later in Velmar', { predicate: 'meet', hedged: true, hedges: ['could'], participants: ['place:velmar'] });
  const unnamed = group('something went wrong with the plans for the venue', { attribution: { kind: 'unnamed', name: 'an official', entityId: null, speakerKind: 'unnamed-official' } });
  const ranked = rankStatements([unnamed, hedged, group('The decision came'), figures, named], (g) => g);
  assert.deepEqual(ranked.map((g) => g.text), [named.text, figures.text, hedged.text, unnamed.text]);
});

function quote(text: string, kind: 'direct' | 'partial', articleId = 'a', source = 'a'): QuoteReport {
  return { text, kind, speaker: { name: 'Ola Brenn', entityId: 'person:ola-brenn', kind: 'person' }, articleId, start: 0, end: text.length, source, spread: 'single', elsewhere: [], elsewhereTotal: 0 };
}

test('one- and two-word partial quotes are scare quotes; a full quote of one word is still a quote', () => {
  const cases: [QuoteReport, boolean][] = [
    [quote('productive', 'partial'), true],
    [quote('maximalist', 'partial'), true],
    [quote('precise timeframe', 'partial'), true],
    [quote('a reflection of unwillingness', 'partial'), false],
    [quote('No.', 'direct'), false],
  ];
  for (const [q, scare] of cases) assert.equal(isScareQuote(q), scare, q.text);
});

test('a quote repeated in a copy of its article is one key quote, the original’s', () => {
  const original = quote('We will meet again when the time is right.', 'direct', 'orig', 'velm');
  const copied = quote('“We will meet again when the time is right”', 'direct', 'copy', 'velm');
  const elsewhere = quote('We will meet again when the time is right.', 'direct', 'other', 'norland');
  const kept = keyQuotes([copied, original, elsewhere, quote('productive', 'partial', 'orig', 'velm')], (id) => id !== 'copy');
  assert.deepEqual(kept.map((q) => q.articleId), ['orig', 'other']);
});

test('main names: whole canonical names by how many sources name them, without the outlets themselves', () => {
  const entity = (id: string, name: string, type: string, articleIds: string[]): EntityEntry => ({ id, name, type, aliases: [], articleIds });
  const entities = [
    entity('person:ola-brenn', 'Ola Brenn', 'person', ['a', 'b', 'c']),
    entity('place:velmar', 'Velmar', 'place', ['a', 'b']),
    entity('organization:velm-courier', 'Velm Courier', 'organization', ['a', 'b', 'c']),
    entity('organization:courier', 'Courier', 'organization', ['a']),
    entity('place:velm', 'Velm', 'place', ['b']),
    entity('place:elsewhere', 'Tarn', 'place', ['z']),
  ];
  const names = mainNames({ articleIds: ['a', 'b', 'c'], claims: [], outlets: ['Velm Courier', 'Norland Ledger'] }, entities, (id) => id);
  assert.deepEqual(names, ['Ola Brenn', 'Velmar', 'Velm']);
});
