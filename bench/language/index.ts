/**
 * Throughput of the whole language layer beside wink-nlp (tokens, sentences, entities)
 * on the same texts in the same run: the ECB+ documents rebuilt as news text.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Bench, BenchEntry } from '../harness.js';
import { median, round } from '../harness.js';
import { loadEcbPlus } from '../data/ecbplus.js';
import { annotateLanguage } from '../../src/language/index.js';
import { countTokens } from '../../src/language/tokens/index.js';
import { splitSentences } from '../../src/language/sentences/index.js';
import { findEntities } from '../../src/language/entities/index.js';
import { findQuotes } from '../../src/language/quotes/index.js';
import { findTimes } from '../../src/language/times/index.js';
import { findQuantities } from '../../src/language/numbers/index.js';
import type { Paragraph } from '../../src/pipeline/record.js';

const ROUNDS = 5;

interface Doc {
  text: string;
  paragraphs: Paragraph[];
  published: { value: string | null; origin: 'unknown' };
}

function asArticle(text: string): Doc {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line) paragraphs.push({ kind: 'paragraph', start, end: start + line.length });
    start += line.length + 1;
  }
  return { text, paragraphs, published: { value: '2010-06-01', origin: 'unknown' } };
}

/**
 * Median CPU seconds of `rounds` passes of `fn`. CPU time rather than wall time: these
 * machines are shared, and a neighbour's load stretches wall time for both systems alike
 * but unevenly across rounds.
 */
function timed(rounds: number, fn: () => void): number {
  const runs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    runs.push((used.user + used.system) / 1e6);
  }
  return median(runs);
}

export const languageBench: Bench = {
  name: 'language-speed',
  async run(): Promise<BenchEntry> {
    const docs = loadEcbPlus().map((d) => asArticle(d.text));
    const tokens = docs.reduce((n, d) => n + countTokens(d.text), 0);
    const nlp = winkNLP(model);
    const its = nlp.its;

    // Warm both up once so that neither pays for JIT compilation in the timed rounds.
    for (const d of docs.slice(0, 50)) {
      annotateLanguage(d);
      nlp.readDoc(d.text).entities().out(its.detail);
    }
    const ours = timed(ROUNDS, () => {
      for (const d of docs) annotateLanguage(d);
    });
    const wink = timed(ROUNDS, () => {
      for (const d of docs) {
        const doc = nlp.readDoc(d.text);
        doc.sentences().out();
        doc.entities().out(its.detail);
      }
    });

    // Where our time goes, stage by stage, on one pass.
    const parts: Record<string, number> = {};
    const stage = (name: string, fn: (d: Doc) => void): void => {
      parts[name] = timed(1, () => {
        for (const d of docs) fn(d);
      });
    };
    stage('sentences', (d) => splitSentences(d.text, d.paragraphs));
    const sentences = docs.map((d) => splitSentences(d.text, d.paragraphs));
    stage('entities', (d) => findEntities(d.text, sentences[docs.indexOf(d)]!));
    const found = docs.map((d, i) => findEntities(d.text, sentences[i]!));
    let i = 0;
    stage('quotes', (d) => {
      const f = found[i]!;
      findQuotes(d.text, sentences[i++]!, f.mentions, f.entities);
    });
    stage('times', (d) => findTimes(d.text, d.published.value));
    stage('numbers', (d) => findQuantities(d.text));

    const oursRate = tokens / ours;
    const winkRate = tokens / wink;
    return {
      name: 'language-speed',
      description: `whole language layer (sentences, entities, quotes, times, numbers) on the ${docs.length} ECB+ documents (${tokens} tokens), median CPU time of ${ROUNDS} passes, beside wink-nlp's tokens + sentences + entities`,
      rows: [
        { system: 'corroborate language layer', 'median CPU s': round(ours, 3), 'tokens/s': Math.round(oursRate) },
        { system: 'wink-nlp (eng-lite-web-model)', 'median CPU s': round(wink, 3), 'tokens/s': Math.round(winkRate) },
      ],
      summary: {
        'tokens/s ours': Math.round(oursRate),
        'tokens/s wink-nlp': Math.round(winkRate),
        'speed ratio ours/wink-nlp': round(oursRate / winkRate, 2),
        'goal tokens/s': 200000,
        'seconds per stage (one pass)': Object.entries(parts).map(([k, v]) => `${k} ${round(v, 3)}`).join(', '),
      },
    };
  },
};
