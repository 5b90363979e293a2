/**
 * FNC-1 stance (dev subset: even Body IDs of the competition test set, 13,305 pairs) with
 * the claims machinery, beside the all-unrelated NULL and a word-overlap baseline in the
 * same run. Annotations are cached per distinct body and headline; every row is scored.
 */
import type { Bench, BenchEntry } from '../harness.js';
import { clock, round } from '../harness.js';
import { loadFnc1, scoreFnc, STANCES, type Stance } from './data.js';
import { contentLemmas, decideStance, idfOver, overlapBaseline, sideOf, type Decision, type Side } from './systems.js';

function row(system: string, gold: readonly Stance[], predicted: readonly Stance[], seconds: number | null): Record<string, string | number> {
  const s = scoreFnc(gold, predicted);
  const out: Record<string, string | number> = { system, 'score %': round(s.relative, 2), test: round(s.test, 2), accuracy: round(s.accuracy, 3) };
  for (const c of STANCES) out[`F1 ${c}`] = round(s.perClass[c].f1, 3);
  out['rows/s'] = seconds ? Math.round(gold.length / seconds) : '';
  return out;
}

export const stanceBench: Bench = {
  name: 'stance',
  async run(): Promise<BenchEntry> {
    const { bodies, pairs } = loadFnc1();
    const gold = pairs.map((p) => p.stance);

    // Word-overlap baseline.
    const base = clock();
    const bodySentences = new Map<string, Set<string>[]>();
    const baseline = pairs.map((p) => {
      let sents = bodySentences.get(p.bodyId);
      if (!sents) {
        sents = (bodies.get(p.bodyId) ?? '').split(/(?<=[.!?])\s+|\n+/u).map(contentLemmas);
        bodySentences.set(p.bodyId, sents);
      }
      return overlapBaseline(contentLemmas(p.headline), sents);
    });
    const baseSeconds = base.wallMs() / 1000;

    // The claims machinery.
    const ours = clock();
    const bodySides = new Map<string, Side>();
    for (const [id, text] of bodies) bodySides.set(id, sideOf('body', text));
    const idf = idfOver([...bodySides.values()].map((b) => b.lemmas));
    const headlineSides = new Map<string, Side>();
    const rules = new Map<Decision['rule'], number>();
    const predicted = pairs.map((p) => {
      let h = headlineSides.get(p.headline);
      if (!h) {
        h = sideOf('headline', p.headline);
        headlineSides.set(p.headline, h);
      }
      const body = bodySides.get(p.bodyId);
      if (!body) throw new Error(`no body ${p.bodyId}`);
      const d = decideStance(h, body, idf);
      rules.set(d.rule, (rules.get(d.rule) ?? 0) + 1);
      return d.stance;
    });
    const oursSeconds = ours.wallMs() / 1000;
    const oursCpu = ours.cpuMs() / 1000;

    const all = scoreFnc(gold, predicted);
    return {
      name: 'stance',
      description: `FNC-1 stance on the even-Body-ID dev subset of the competition test set (${pairs.length} pairs, ${bodies.size} bodies): official score TEST/MAX %, no training`,
      rows: [row('claims machinery (ours)', gold, predicted, oursSeconds), row('word overlap (Jaccard ≥ 0.1 → discuss)', gold, baseline, baseSeconds), row('NULL (all unrelated)', gold, gold.map(() => 'unrelated'), null)],
      summary: {
        max: all.max,
        null: all.null,
        'ours test': round(all.test, 2),
        'ours score %': round(all.relative, 2),
        'ours precision/recall': STANCES.map((c) => `${c} ${round(all.perClass[c].precision, 3)}/${round(all.perClass[c].recall, 3)}`).join(', '),
        'ours confusion (gold → predicted a/d/di/u)': STANCES.map((g) => `${g} ${STANCES.map((p) => all.confusion[g][p]).join('/')}`).join('; '),
        'ours rules': [...rules].map(([k, v]) => `${k} ${v}`).join(', '),
        'ours wall s': round(oursSeconds, 1),
        'ours cpu s': round(oursCpu, 1),
        'distinct headlines': headlineSides.size,
        anchors: 'FNC-1 baseline 75.2 %, winner 82.0 % (learned models, full test set: not comparable with this subset)',
      },
    };
  },
};
