/**
 * Quote and attribution extraction on the PolNeAR dev split (84 political news articles,
 * one annotator each): our quote finder against a quotes-plus-nearest-"said" baseline,
 * same texts, same run, same matching rule (README.md).
 */
import type { Bench, BenchEntry } from '../harness.js';
import { median, round, timeMs } from '../harness.js';
import { loadSplit, type PolnearDoc, type Split } from './data.js';
import { add, prf, scoreDoc, ZERO, type Counts, type Prediction } from './metric.js';
import { baseline, entityLayer, ours, prepare, type Prepared } from './systems.js';

interface System {
  name: string;
  predict(p: Prepared): Prediction[];
}

export interface RunResult {
  name: string;
  withSource: Counts;
  contentOnly: Counts;
  strict: Counts;
  times: number[];
  chars: number;
}

/** Articles each system sees before timing starts, so JIT warm-up is not measured. */
const WARMUP = 5;

export function runSystem(system: System, docs: readonly PolnearDoc[], prepared: readonly Prepared[]): RunResult {
  for (const p of prepared.slice(0, WARMUP)) system.predict(p);
  let withSource = ZERO;
  let contentOnly = ZERO;
  let strict = ZERO;
  const times: number[] = [];
  let chars = 0;
  docs.forEach((doc, i) => {
    const p = prepared[i]!;
    let predictions: Prediction[] = [];
    times.push(timeMs(() => (predictions = system.predict(p))));
    chars += doc.text.length;
    const s = scoreDoc(doc.text, predictions, doc.gold);
    withSource = add(withSource, s.withSource);
    contentOnly = add(contentOnly, s.contentOnly);
    strict = add(strict, s.strict);
  });
  return { name: system.name, withSource, contentOnly, strict, times, chars };
}

function row(r: RunResult): Record<string, string | number> {
  const a = prf(r.withSource);
  const c = prf(r.contentOnly);
  const s = prf(r.strict);
  const total = r.times.reduce((x, y) => x + y, 0);
  return {
    system: r.name,
    'P source': round(a.precision),
    'R source': round(a.recall),
    'F1 source': round(a.f1),
    'P content': round(c.precision),
    'R content': round(c.recall),
    'F1 content': round(c.f1),
    'F1 strict': round(s.f1),
    predicted: r.withSource.predicted,
    'median ms/article': round(median(r.times), 2),
    'kchars/s': round(r.chars / total, 0),
  };
}

export function evaluate(split: Split): { docs: PolnearDoc[]; results: RunResult[]; withoutEntities: RunResult } {
  const docs = loadSplit(split);
  const prepared = docs.map((d) => prepare(d.text, entityLayer));
  const bare = docs.map((d) => prepare(d.text, null));
  const results = [runSystem({ name: 'corroborate quotes', predict: ours }, docs, prepared), runSystem({ name: 'baseline: quotes + nearest "said" name', predict: baseline }, docs, prepared)];
  const withoutEntities = runSystem({ name: 'corroborate quotes, no entity layer', predict: ours }, docs, bare);
  return { docs, results, withoutEntities };
}

export const attributionBench: Bench = {
  name: 'attribution',
  async run(): Promise<BenchEntry> {
    const { docs, results, withoutEntities } = evaluate('dev');
    const [a, b] = results as [RunResult, RunResult];
    const ra = row(a);
    const rb = row(b);
    return {
      name: 'attribution',
      description:
        `quote and attribution extraction on PolNeAR dev (${docs.length} articles, ${a.withSource.gold} gold attributions, ` +
        'first annotator of each article); a prediction matches when its content overlaps the gold Content and its speaker the gold Source ' +
        '(bench/attribution/README.md); timing is findQuotes alone, sentences and entities precomputed',
      rows: [ra, rb],
      summary: {
        'f1 with source': ra['F1 source']!,
        'f1 content only': ra['F1 content']!,
        'f1 strict (content Dice >= 0.5, with source)': ra['F1 strict']!,
        'f1 with source, baseline': rb['F1 source']!,
        'f1 content only, baseline': rb['F1 content']!,
        'f1 ours - baseline (with source)': round(Number(ra['F1 source']) - Number(rb['F1 source'])),
        'f1 with source, no entity layer': round(prf(withoutEntities.withSource).f1),
        'split': 'dev, never inspected article by article; rules were designed on the train split',
      },
    };
  },
};
