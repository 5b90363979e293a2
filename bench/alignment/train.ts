/**
 * Trains the event pair model (src/claims/event-pairs.ts) on ECB+ cross-document
 * coreference of the train topics only, and writes its weights and linkage threshold to
 * src/claims/event-model.ts. The dev topics (bench/stories/data.ts) are never seen here, so
 * the alignment bench's dev row is a fair check. Run: npm run train:events
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isDevTopic, loadAlignment, type AlignmentDoc } from './data.js';
import { runStory, type StoryRun } from './systems.js';
import { eventWordFeatures } from '../../src/claims/event-words.js';
import { isContent, wordsOf } from '../../src/claims/words.js';
import { goldContexts, type GoldContexts } from './events.js';
import { PAIR_FEATURES, candidatePair, logistic, pairFeatures, type WordLink } from '../../src/claims/event-pairs.js';
import type { MentionContext } from '../../src/claims/event-context.js';
import { linkEvents } from '../../src/claims/events.js';
import { pairwise } from './metric.js';
import { fitLogistic } from '../fit.js';
import { DEV_TOPICS } from '../stories/data.js';

const THRESHOLDS = Array.from({ length: 15 }, (_, i) => 0.15 + i * 0.05);

interface Half {
  key: string;
  gold: GoldContexts;
  pairs: { i: number; j: number; x: number[]; y: number }[];
}

function pairsOf(gold: GoldContexts): Half['pairs'] {
  const out: Half['pairs'] = [];
  const { contexts, mentions } = gold;
  for (let i = 0; i < contexts.length; i++) {
    for (let j = i + 1; j < contexts.length; j++) {
      if (!candidatePair(contexts[i]!, contexts[j]!)) continue;
      out.push({ i, j, x: pairFeatures(contexts[i]!, contexts[j]!), y: mentions[i]!.chain === mentions[j]!.chain ? 1 : 0 });
    }
  }
  return out;
}

function clusterF1(halves: readonly Half[], weights: readonly number[], threshold: number): { f1: number; precision: number; recall: number } {
  const items: { id: string; doc: string; topic: number }[] = [];
  const gold = new Map<string, string | null>();
  const predicted = new Map<string, string | null>();
  const score = (a: MentionContext, b: MentionContext, link: WordLink): number => logistic(weights, pairFeatures(a, b, link));
  for (const h of halves) {
    linkEvents(h.gold.contexts, threshold, score).forEach((cluster, k) => {
      for (const i of cluster) predicted.set(h.gold.mentions[i]!.id, `${h.key}|${k}`);
    });
    for (const m of h.gold.mentions) {
      items.push({ id: m.id, doc: m.doc, topic: m.topic });
      gold.set(m.id, m.chain);
    }
  }
  return pairwise(items, gold, predicted);
}

/**
 * The words that name events, by their vectors: every content word of a train document's
 * sentence that holds an annotated event mention is an example, an event when it is a
 * mention's head. Words are pooled by lemma, the model sees only meaning.
 */
function trainEventWords(runs: readonly StoryRun[]): { weights: number[]; threshold: number; words: number; tokens: number; f1: number } {
  const tally = new Map<string, { pos: number; neg: number }>();
  for (const run of runs) {
    for (const d of run.docs) {
      const heads = d.mentions.filter((m) => m.start !== null);
      const a = run.annotated.find((x) => x.article.id === d.article.id);
      if (!a) continue;
      for (const s of a.language.sentences) {
        const inside = heads.filter((m) => m.start! >= s.start && m.end! <= s.end);
        if (inside.length === 0) continue;
        for (const w of wordsOf(a.article.text, s.start, s.end)) {
          if (w.kind !== 'word' || !isContent(w)) continue;
          const t = tally.get(w.lemma) ?? { pos: 0, neg: 0 };
          if (inside.some((m) => m.start! < w.end && w.start < m.end!)) t.pos++;
          else t.neg++;
          tally.set(w.lemma, t);
        }
      }
    }
  }
  const xs: number[][] = [];
  const ys: number[] = [];
  const counts: number[] = [];
  const seen: { x: number[]; pos: number; neg: number }[] = [];
  for (const [lemma, t] of [...tally].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const x = eventWordFeatures(lemma);
    if (!x) continue;
    seen.push({ x, ...t });
    if (t.pos > 0) {
      xs.push(x);
      ys.push(1);
      counts.push(t.pos);
    }
    if (t.neg > 0) {
      xs.push(x);
      ys.push(0);
      counts.push(t.neg);
    }
  }
  const weights = fitLogistic(xs, ys, { counts });
  let best = { threshold: 0.5, f1: -1 };
  for (let threshold = 0.2; threshold <= 0.9; threshold += 0.05) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const s of seen) {
      if (logistic(weights, s.x) >= threshold) {
        tp += s.pos;
        fp += s.neg;
      } else fn += s.pos;
    }
    const f1 = (2 * tp) / Math.max(1, 2 * tp + fp + fn);
    if (f1 > best.f1) best = { threshold: Math.round(threshold * 100) / 100, f1 };
  }
  return { weights, threshold: best.threshold, words: seen.length, tokens: seen.reduce((n, s) => n + s.pos + s.neg, 0), f1: best.f1 };
}

async function main(): Promise<void> {
  const data = loadAlignment();
  const byHalf = new Map<string, AlignmentDoc[]>();
  for (const d of data.docs) {
    const key = `${d.topic}/${d.half}`;
    byHalf.set(key, [...(byHalf.get(key) ?? []), d]);
  }
  const train: Half[] = [];
  const dev: Half[] = [];
  const trainRuns: StoryRun[] = [];
  for (const [key, docs] of byHalf) {
    const run = await runStory(key, docs);
    if (!isDevTopic(docs[0]!.topic)) trainRuns.push(run);
    const gold = goldContexts(run, docs.flatMap((d) => d.mentions).filter((m) => m.chain !== null));
    (isDevTopic(docs[0]!.topic) ? dev : train).push({ key, gold, pairs: pairsOf(gold) });
  }
  const pairs = train.flatMap((h) => h.pairs);
  const weights = fitLogistic(pairs.map((p) => p.x), pairs.map((p) => p.y));
  let best = { threshold: 0.5, f1: -1 };
  for (const threshold of THRESHOLDS) {
    const f1 = clusterF1(train, weights, threshold).f1;
    if (f1 > best.f1) best = { threshold, f1 };
  }
  const threshold = Math.round(best.threshold * 100) / 100;
  const trainedOn = `ECB+ topics 1–35 without the dev topics (${[...DEV_TOPICS].sort((a, b) => a - b).join(', ')}): ${pairs.length} candidate mention pairs, ${pairs.filter((p) => p.y).length} coreferent`;
  const round = (v: number): number => Math.round(v * 1e4) / 1e4;
  const body = [
    '// Written by bench/alignment/train.ts; do not edit by hand. Retrain: npm run train:events',
    '// One weight per PAIR_FEATURES entry of event-pairs.ts, in order:',
    ...PAIR_FEATURES.map((f, i) => `//   ${String(round(weights[i]!)).padStart(8)}  ${f}`),
    'export const EVENT_MODEL = {',
    `  weights: [${weights.map(round).join(', ')}] as readonly number[],`,
    `  threshold: ${threshold},`,
    `  trainedOn: ${JSON.stringify(trainedOn)},`,
    '} as const;',
    '',
  ].join('\n');
  writeFileSync(fileURLToPath(new URL('../../src/claims/event-model.ts', import.meta.url)), body);
  const words = trainEventWords(trainRuns);
  const wordsTrainedOn = `content words of the sentences holding an annotated event mention, ECB+ topics 1–35 without the dev topics: ${words.tokens} tokens of ${words.words} words`;
  writeFileSync(
    fileURLToPath(new URL('../../src/claims/event-word-model.ts', import.meta.url)),
    [
      '// Written by bench/alignment/train.ts; do not edit by hand. Retrain: npm run train:events',
      '// A bias, then one weight per dimension of the word vectors (vectors.ts, unit length).',
      'export const EVENT_WORD_MODEL = {',
      `  weights: [${words.weights.map(round).join(', ')}] as readonly number[],`,
      `  threshold: ${words.threshold},`,
      `  trainedOn: ${JSON.stringify(wordsTrainedOn)},`,
      '} as const;',
      '',
    ].join('\n'),
  );
  console.log(`event words: ${wordsTrainedOn}; threshold ${words.threshold}, token F1 on train ${words.f1.toFixed(3)}`);
  const fmt = (s: { precision: number; recall: number; f1: number }): string => `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`;
  console.log(`trained on ${trainedOn}; threshold ${threshold}`);
  console.log(`train ${fmt(clusterF1(train, weights, threshold))}`);
  console.log(`dev   ${fmt(clusterF1(dev, weights, threshold))}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
