/**
 * Attribution scoring on PolNeAR. A prediction is a content span (in pieces) and the spans
 * that stand for its speaker; it matches a gold attribution when the contents overlap and,
 * for the "with source" figure, when the speaker matches the gold Source (README.md states
 * the rule). Precision counts predictions that match some gold attribution, recall counts
 * gold attributions that some prediction matches.
 */
import type { Span } from '../../src/pipeline/record.js';
import type { GoldAttribution } from './data.js';

export interface Prediction {
  content: Span[];
  /** Where the speaker is named for this quote, then what it resolved to; empty when there is no speaker. */
  speaker: Span[];
}

export interface Counts {
  predicted: number;
  predictedHits: number;
  gold: number;
  goldHits: number;
}

export interface DocScores {
  withSource: Counts;
  contentOnly: Counts;
  /** With source, and the contents overlap by at least half (Dice ≥ 0.5). */
  strict: Counts;
}

const WORD = /[\p{L}\p{N}]/u;

/** Two span lists share at least one letter or digit of the text. */
export function overlaps(text: string, a: readonly Span[], b: readonly Span[]): boolean {
  for (const x of a) {
    for (const y of b) {
      const start = Math.max(x.start, y.start);
      const end = Math.min(x.end, y.end);
      for (let i = start; i < end; i++) if (WORD.test(text[i]!)) return true;
    }
  }
  return false;
}

function length(spans: readonly Span[]): number {
  return spans.reduce((n, s) => n + Math.max(0, s.end - s.start), 0);
}

function intersection(a: readonly Span[], b: readonly Span[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

/** Dice coefficient of two span lists, over characters. */
export function dice(a: readonly Span[], b: readonly Span[]): number {
  const total = length(a) + length(b);
  return total === 0 ? 0 : (2 * intersection(a, b)) / total;
}

export function sourceMatches(text: string, p: Prediction, g: GoldAttribution): boolean {
  if (g.source === null || g.source.length === 0) return p.speaker.length === 0;
  return overlaps(text, p.speaker, g.source);
}

export function scoreDoc(text: string, predictions: readonly Prediction[], gold: readonly GoldAttribution[]): DocScores {
  const rules: Record<keyof DocScores, (p: Prediction, g: GoldAttribution) => boolean> = {
    withSource: (p, g) => overlaps(text, p.content, g.content) && sourceMatches(text, p, g),
    contentOnly: (p, g) => overlaps(text, p.content, g.content),
    strict: (p, g) => dice(p.content, g.content) >= 0.5 && sourceMatches(text, p, g),
  };
  const out = {} as DocScores;
  for (const key of Object.keys(rules) as (keyof DocScores)[]) {
    const match = rules[key];
    const goldHit = new Array<boolean>(gold.length).fill(false);
    let predictedHits = 0;
    for (const p of predictions) {
      let hit = false;
      gold.forEach((g, i) => {
        if (match(p, g)) {
          hit = true;
          goldHit[i] = true;
        }
      });
      if (hit) predictedHits++;
    }
    out[key] = { predicted: predictions.length, predictedHits, gold: gold.length, goldHits: goldHit.filter(Boolean).length };
  }
  return out;
}

export function add(a: Counts, b: Counts): Counts {
  return { predicted: a.predicted + b.predicted, predictedHits: a.predictedHits + b.predictedHits, gold: a.gold + b.gold, goldHits: a.goldHits + b.goldHits };
}

export const ZERO: Counts = { predicted: 0, predictedHits: 0, gold: 0, goldHits: 0 };

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.predicted === 0 ? 0 : c.predictedHits / c.predicted;
  const recall = c.gold === 0 ? 0 : c.goldHits / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
