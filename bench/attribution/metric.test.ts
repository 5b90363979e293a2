import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAnn } from './data.js';
import { dice, overlaps, prf, scoreDoc, sourceMatches, type Prediction } from './metric.js';
import { baseline, quotePrediction } from './systems.js';
import { blankLineParagraphs } from '../../src/language/quotes/index.js';
import type { Quote } from '../../src/language/types.js';

const text = 'Trump said the talks failed. "It is over," he added. Some polls show a tie.';
//            0    5    10   15   20   25   30   35   40   45   50

test('brat standoff: discontinuous spans, Content2, no-source events and continuation lines', () => {
  const ann = [
    'T1\tSource 0 5\tTrump',
    'T2\tCue 6 10\tsaid',
    'T3\tContent 11 27\tthe talks failed',
    'T4\tAttribution 6 10\tsaid',
    'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
    'T5\tContent 29 41;44 46\t"It is over," he',
    'continued surface text',
    'T6\tCue 47 52\tadded',
    'T7\tAttribution-no-source 47 52\tadded',
    'E2\tAttribution-no-source:T7 Content:T5 Cue:T6',
    '#1\tAnnotatorNotes T1\ta note',
  ].join('\n');
  const gold = parseAnn(ann);
  assert.equal(gold.length, 2);
  assert.deepEqual(gold[0], { content: [{ start: 11, end: 27 }], source: [{ start: 0, end: 5 }], cue: [{ start: 6, end: 10 }] });
  assert.deepEqual(gold[1]!.content, [{ start: 29, end: 41 }, { start: 44, end: 46 }]);
  assert.equal(gold[1]!.source, null);
});

test('overlap needs a shared letter or digit; Dice is over characters', () => {
  assert.ok(overlaps(text, [{ start: 11, end: 20 }], [{ start: 15, end: 27 }]));
  assert.ok(!overlaps(text, [{ start: 0, end: 5 }], [{ start: 5, end: 10 }]));
  assert.ok(!overlaps(text, [{ start: 27, end: 29 }], [{ start: 27, end: 30 }]), 'only ". " is shared');
  assert.equal(dice([{ start: 0, end: 10 }], [{ start: 5, end: 15 }]), 0.5);
});

test('source matching: overlap with the gold source, or no speaker for a no-source event', () => {
  const g = { content: [{ start: 11, end: 27 }], source: [{ start: 0, end: 5 }], cue: [] };
  assert.ok(sourceMatches(text, { content: [], speaker: [{ start: 0, end: 5 }] }, g));
  assert.ok(sourceMatches(text, { content: [], speaker: [{ start: 44, end: 46 }, { start: 0, end: 5 }] }, g), 'a pronoun resolved to the gold source');
  assert.ok(!sourceMatches(text, { content: [], speaker: [] }, g));
  assert.ok(sourceMatches(text, { content: [], speaker: [] }, { ...g, source: null }));
});

test('precision over predictions, recall over gold', () => {
  const gold = parseAnn('T1\tSource 0 5\tTrump\nT3\tContent 11 27\tx\nE1\tAttribution:T3 Content:T3 Source:T1\nT5\tContent 62 74\ty\nT6\tSource 53 63\tz\nE2\tAttribution:T6 Content:T5 Source:T6');
  const predictions: Prediction[] = [
    { content: [{ start: 11, end: 27 }], speaker: [{ start: 0, end: 5 }] },
    { content: [{ start: 30, end: 40 }], speaker: [{ start: 44, end: 46 }] },
    { content: [{ start: 62, end: 74 }], speaker: [] },
  ];
  const s = scoreDoc(text, predictions, gold);
  assert.deepEqual(s.withSource, { predicted: 3, predictedHits: 1, gold: 2, goldHits: 1 });
  assert.deepEqual(s.contentOnly, { predicted: 3, predictedHits: 2, gold: 2, goldHits: 2 });
  const p = prf(s.withSource);
  assert.ok(Math.abs(p.f1 - (2 * (1 / 3) * 0.5) / (1 / 3 + 0.5)) < 1e-12);
});

test('a quote becomes a prediction: its parts, its speaker span and what that resolved to', () => {
  const q: Quote = {
    start: 29, end: 52, kind: 'direct', content: { start: 30, end: 40 }, parts: [{ start: 30, end: 40 }],
    cue: { start: 47, end: 52, verb: 'added', lemma: 'add' }, closed: true,
    speaker: { name: 'Trump', entity: null, kind: 'person', span: { start: 44, end: 46 }, text: 'he', resolution: 'pronoun', antecedent: { start: 0, end: 5 } },
  };
  assert.deepEqual(quotePrediction(q), { content: [{ start: 30, end: 40 }], speaker: [{ start: 44, end: 46 }, { start: 0, end: 5 }] });
  const none = { ...q, speaker: { ...q.speaker, resolution: 'none' as const, span: null, antecedent: null } };
  assert.deepEqual(quotePrediction(none).speaker, []);
});

test('the baseline takes double-quoted spans and the name next to the nearest "said"', () => {
  const sample = 'Lavrov said nothing. "We are ready," Peskov said.';
  const p = baseline({ text: sample, paragraphs: blankLineParagraphs(sample), sentences: [], mentions: [], entities: [] });
  assert.equal(p.length, 1);
  assert.equal(sample.slice(p[0]!.content[0]!.start, p[0]!.content[0]!.end), 'We are ready,');
  assert.equal(sample.slice(p[0]!.speaker[0]!.start, p[0]!.speaker[0]!.end), 'Peskov');
});
