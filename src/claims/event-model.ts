// Written by bench/alignment/train.ts; do not edit by hand. Retrain: npm run train:events
// One weight per PAIR_FEATURES entry of event-pairs.ts, in order:
//    -4.9394  bias
//     6.0832  same lemma
//     2.7729  same family
//     2.7192  compound
//     1.8736  same class
//     4.4892  cosine
//      4.438  cosine of common words
//     0.1421  same doc
//    -1.2605  words near, same claim group
//     0.1681  words near, shared entities
//    -0.2612  words near, people differ
//    -0.0826  words near, same date
//    -0.7805  words near, dates differ
//      0.726  words near, figures differ
//     0.5147  words near, same figure
//     0.3614  words near, both in leads
//     0.1127  same lemma, people differ
//    -3.9591  same lemma, figures differ
//       2.73  same lemma, same claim group
//     0.4032  same lemma, both in leads
export const EVENT_MODEL = {
  weights: [-4.9394, 6.0832, 2.7729, 2.7192, 1.8736, 4.4892, 4.438, 0.1421, -1.2605, 0.1681, -0.2612, -0.0826, -0.7805, 0.726, 0.5147, 0.3614, 0.1127, -3.9591, 2.73, 0.4032] as readonly number[],
  threshold: 0.5,
  trainedOn: "ECB+ topics 1–35 without the dev topics (2, 5, 12, 18, 21, 23, 34, 35): 63477 candidate mention pairs, 19550 coreferent",
} as const;
