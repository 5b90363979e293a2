// Written by bench/alignment/train.ts; do not edit by hand. Retrain: npm run train:events
// One weight per PAIR_FEATURES entry of event-pairs.ts, in order:
//    -4.7738  bias
//     5.9133  same lemma
//     2.7705  same family
//     3.4021  compound
//     1.8698  same class
//      4.192  cosine
//     4.2053  cosine of common words
//     0.1455  same doc
//    -1.2528  words near, same claim group
//     0.1869  words near, shared entities
//    -0.2309  words near, people differ
//     -0.073  words near, same date
//    -0.7728  words near, dates differ
//     0.7426  words near, figures differ
//     0.5148  words near, same figure
//     0.3882  words near, both in leads
//     0.0862  same lemma, people differ
//    -3.9793  same lemma, figures differ
//     2.7164  same lemma, same claim group
//     0.3743  same lemma, both in leads
export const EVENT_MODEL = {
  weights: [-4.7738, 5.9133, 2.7705, 3.4021, 1.8698, 4.192, 4.2053, 0.1455, -1.2528, 0.1869, -0.2309, -0.073, -0.7728, 0.7426, 0.5148, 0.3882, 0.0862, -3.9793, 2.7164, 0.3743] as readonly number[],
  threshold: 0.5,
  trainedOn: "ECB+ topics 1–35 without the dev topics (2, 5, 12, 18, 21, 23, 34, 35): 63485 candidate mention pairs, 19565 coreferent",
} as const;
