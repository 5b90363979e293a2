// Written by bench/alignment/train.ts; do not edit by hand. Retrain: npm run train:events
// One weight per PAIR_FEATURES entry of event-pairs.ts, in order:
//     -5.099  bias
//     6.2442  same lemma
//     2.7722  same family
//     2.4487  compound
//     1.8791  same class
//     4.7717  cosine
//     4.6783  cosine of common words
//     0.1422  same doc
//     -1.287  words near, same claim group
//     0.1624  words near, shared entities
//    -0.3047  words near, people differ
//    -0.0863  words near, same date
//    -0.7884  words near, dates differ
//     0.7142  words near, figures differ
//      0.514  words near, same figure
//     0.3099  words near, both in leads
//      0.155  same lemma, people differ
//    -3.9464  same lemma, figures differ
//     2.7581  same lemma, same claim group
//     0.4553  same lemma, both in leads
export const EVENT_MODEL = {
  weights: [-5.099, 6.2442, 2.7722, 2.4487, 1.8791, 4.7717, 4.6783, 0.1422, -1.287, 0.1624, -0.3047, -0.0863, -0.7884, 0.7142, 0.514, 0.3099, 0.155, -3.9464, 2.7581, 0.4553] as readonly number[],
  threshold: 0.5,
  trainedOn: "ECB+ topics 1–35 without the dev topics (2, 5, 12, 18, 21, 23, 34, 35): 63448 candidate mention pairs, 19535 coreferent",
} as const;
