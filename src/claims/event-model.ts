// Written by bench/alignment/train.ts; do not edit by hand. Retrain: npm run train:events
// One weight per PAIR_FEATURES entry of event-pairs.ts, in order:
//     -5.079  bias
//     6.2392  same lemma
//     2.7704  same family
//     2.4905  compound
//     1.8794  same class
//      4.729  cosine
//     4.6506  cosine of common words
//     0.1381  same doc
//    -1.2123  words near, same claim group
//     0.1816  words near, shared entities
//     -0.298  words near, people differ
//    -0.0571  words near, same date
//    -0.7635  words near, dates differ
//     0.7099  words near, figures differ
//     0.5868  words near, same figure
//     0.3068  words near, both in leads
//     0.1292  same lemma, people differ
//     -3.965  same lemma, figures differ
//     2.4107  same lemma, same claim group
//     0.4549  same lemma, both in leads
export const EVENT_MODEL = {
  weights: [-5.079, 6.2392, 2.7704, 2.4905, 1.8794, 4.729, 4.6506, 0.1381, -1.2123, 0.1816, -0.298, -0.0571, -0.7635, 0.7099, 0.5868, 0.3068, 0.1292, -3.965, 2.4107, 0.4549] as readonly number[],
  threshold: 0.5,
  trainedOn: "ECB+ topics 1–35 without the dev topics (2, 5, 12, 18, 21, 23, 34, 35): 63448 candidate mention pairs, 19535 coreferent",
} as const;
