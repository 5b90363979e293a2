/**
 * Time expressions on TempEval-3's training data (TBAQ-cleaned): TimeBank, the half whose
 * failures were studied while developing the rules, and AQUAINT, the check half left
 * alone; our rules against chrono-node alone, same documents, same run, TempEval-3 measures.
 */
import type { Bench, BenchEntry } from '../harness.js';
import { median, round } from '../harness.js';
import { CORPORA, loadDocs, type Corpus, type TmlDoc } from './data.js';
import { add, scoreDoc, scores, zero, type Counts } from './metric.js';
import { chrono, ours, type System } from './systems.js';

/** Timed passes over the whole corpus; the median is reported. */
const PASSES = 3;

interface Run {
  system: System;
  counts: Record<Corpus | 'total', Counts>;
  /** Median wall time of one pass over all documents, ms. */
  ms: number;
  expressions: number;
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

export function evaluate(system: System, docs: readonly TmlDoc[]): Run {
  const counts = { TimeBank: zero(), AQUAINT: zero(), total: zero() };
  let expressions = 0;
  for (const doc of docs) {
    const found = system.run(doc.text, doc.dct);
    expressions += found.length;
    const c = scoreDoc(doc.gold, found).counts;
    counts[doc.corpus] = add(counts[doc.corpus], c);
    counts.total = add(counts.total, c);
  }
  const times: number[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    const start = process.hrtime.bigint();
    for (const doc of docs) system.run(doc.text, doc.dct);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { system, counts, ms: median(times), expressions };
}

function rows(r: Run, tokens: number): Record<string, string | number>[] {
  return (['TimeBank', 'AQUAINT', 'total'] as const).map((corpus) => {
    const s = scores(r.counts[corpus]);
    const row: Record<string, string | number> = {
      system: r.system.name,
      corpus: corpus === 'TimeBank' ? 'TimeBank (dev)' : corpus === 'AQUAINT' ? 'AQUAINT (check)' : 'total',
      gold: r.counts[corpus].gold,
      found: r.counts[corpus].system,
      'strict P': round(s.strictP),
      'strict R': round(s.strictR),
      'strict F1': round(s.strictF1),
      'relaxed P': round(s.relaxedP),
      'relaxed R': round(s.relaxedR),
      'relaxed F1': round(s.relaxedF1),
      'value acc': round(s.valueAccuracy),
      'value F1': round(s.valueF1),
      'type acc': round(s.typeAccuracy),
    };
    if (corpus === 'total') {
      row['expr/s'] = Math.round(r.expressions / (r.ms / 1000));
      row['tokens/s'] = Math.round(tokens / (r.ms / 1000));
    }
    return row;
  });
}

export const timesBench: Bench = {
  name: 'times',
  async run(): Promise<BenchEntry> {
    const docs = loadDocs();
    const tokens = docs.reduce((n, d) => n + wordCount(d.text), 0);
    const a = evaluate(ours, docs);
    const b = evaluate(chrono, docs);
    const total = (r: Run, c: Corpus | 'total') => scores(r.counts[c]);
    const counts = Object.fromEntries(CORPORA.map((c) => [c, docs.filter((d) => d.corpus === c).length]));
    return {
      name: 'times',
      description:
        `time expressions on TempEval-3's training data TBAQ-cleaned (TimeBank ${counts['TimeBank']} docs, AQUAINT ${counts['AQUAINT']} docs, ` +
        `${tokens} tokens, DCT as anchor), TempEval-3 measures; chrono-node alone as the peer`,
      rows: [...rows(a, tokens), ...rows(b, tokens)],
      summary: {
        'value F1 ours (total)': round(total(a, 'total').valueF1),
        'value F1 ours (TimeBank dev)': round(total(a, 'TimeBank').valueF1),
        'value F1 ours (AQUAINT check)': round(total(a, 'AQUAINT').valueF1),
        'value F1 chrono-node (total)': round(total(b, 'total').valueF1),
        'relaxed F1 ours / chrono-node': `${round(total(a, 'total').relaxedF1)} / ${round(total(b, 'total').relaxedF1)}`,
        'strict F1 ours / chrono-node': `${round(total(a, 'total').strictF1)} / ${round(total(b, 'total').strictF1)}`,
        'published, TempEval-3 test set (not this data)': 'HeidelTime value F1 0.776, SUTime 0.674',
        'halves': 'TimeBank = dev (failures studied while writing the rules); AQUAINT = check (only its aggregate watched)',
      },
    };
  },
};
