/**
 * Every tunable of copy detection in one place, each with the reason for its value. The
 * figures quoted come from ECB+ (772 news documents, 66 stories) and from the labelled
 * pairs that `bench/copies` builds; the bench prints them again, so a change here can be
 * checked against the same numbers.
 */

/**
 * Words per shingle. Two independent reports of one event share names and stock phrases
 * ("the interior ministry said"), which are 2–4 words long; five-word runs are mostly
 * whole clauses, so shared 5-grams mean shared sentences. Longer shingles lose more to
 * every edit (one substituted word kills `n` shingles): at n = 5 a report with 40 % of its
 * sentences edited still keeps ≥ 0.39 of its shingles in the original, while same-story
 * ECB+ reports that only quote the same statement stay below ~0.15.
 */
export const SHINGLE_WORDS = 5;

/**
 * Below this many distinct shingles (~25 words, a headline or a one-line brief) a text
 * is only ever `identical` to another: two short texts agreeing on a few words are more
 * likely two outlets writing the same headline than a copy.
 */
export const MIN_RELATION_SHINGLES = 20;

/**
 * One-permutation MinHash bins. One-permutation hashing costs one hash per shingle
 * instead of one per shingle per function; 128 bins estimate a Jaccard of 0.18 (a
 * rewrite at the threshold, equal sizes) with σ ≈ 0.034, for the candidate filter.
 */
export const MINHASH_BINS = 128;
/** LSH bands × rows, over the first 96 bins. With 32 bands of 3 rows a pair is a candidate with probability 1 − (1 − J³)³²: 0.88 at J = 0.4, 0.986 at J = 0.5, > 0.999 at J ≥ 0.6, and 2.6·10⁻⁴ at J = 0.02 (two unrelated reports of one story). Lower Jaccard (excerpts, heavy rewrites) is found through sentences. */
export const BANDS = 32;
export const ROWS = 3;

/** Signature bytes kept per article: the low byte of a hash of each bin's minimum (b-bit MinHash), enough to estimate Jaccard and to recompute band keys. */
export const SIGNATURE_BYTES = MINHASH_BINS;

/**
 * Sentences shorter than this are not fingerprinted: "Read more", datelines, bylines and
 * short quotes recur across unrelated reports, while a copied sentence of 8+ words is
 * rarely a coincidence.
 */
export const MIN_SENTENCE_TOKENS = 8;
/**
 * At most this many sentences of an article are filed in the index: the ones with the
 * smallest hashes, a consistent sample. A lookup still queries all of its own sentences,
 * so an excerpt added after its original is found through the original's sampled
 * sentences, and an original added after its excerpt through all of the excerpt's (an
 * excerpt of ≤ 16 qualifying sentences is filed whole). Keeps memory bounded by article
 * count, not length.
 */
export const MAX_INDEXED_SENTENCES = 16;

/**
 * Bucket caps. A bucket holding thousands of copies of one report (or a boilerplate
 * sentence) would make every lookup quadratic; once a bucket is full, later articles
 * are not filed in it. They are still found: a copy matching any filed member joins that
 * member's group, and the group is what counts.
 */
export const BAND_BUCKET_CAP = 16;
export const SENTENCE_BUCKET_CAP = 8;

/** Exact verifications per lookup, at most, each against a different group: the best-estimated candidates first. Bounds the worst case; a real report has copies in few groups. */
export const MAX_VERIFICATIONS = 8;

/**
 * Candidate filter before exact verification: the estimated containment of the smaller
 * text in the larger, from the signatures and shingle counts. Exact verification rebuilds
 * the candidate's shingles, the dearest step of a lookup per candidate, and reports
 * of one story often share 10–20 % of their shingles (quotes, common sentences), so the
 * filter sits at two thirds of the rewrite threshold: with 128 bins a pair exactly at the
 * threshold (0.3) is estimated below 0.2 about 2 % of the time, a pair at 0.35 about 0.1 %,
 * and edited copies keep ≥ 0.39.
 */
export const CANDIDATE_MIN_CONTAINMENT = 0.2;
/** Small texts skip the estimate: below this many shingles the b-bit estimate is too coarse, and verifying a small text is cheap. */
export const ESTIMATE_MIN_SHINGLES = 64;

/**
 * Relation thresholds, on distinct shingle sets A (the smaller) and B.
 * - near-identical: Jaccard ≥ 0.9 (a few words changed, or a different frame of chrome),
 *   or A almost wholly inside B (≥ 0.93) and not much shorter (≥ 0.75 of B's shingles):
 *   the same report with share prompts, a newsletter box or another format's extras.
 *   Chrome placed inside the text breaks the SHINGLE_WORDS − 1 shingles that span each
 *   insertion point, so two insertions in a 120-shingle report leave 1 − 8/120 ≈ 0.93.
 *   Edited copies (10 % of words in edited sentences) have Jaccard 0.65–0.8 and lose
 *   more than that, so most stay rewrites; a copy that only drops 10–25 % of the
 *   sentences has the shape of a chrome copy and is called near-identical.
 * - excerpt: A mostly inside B (≥ 0.75) and much shorter (< 0.75 of B). A contiguous cut
 *   has containment 1; 0.75 tolerates its own chrome.
 * - rewrite: at least 0.3 of A's shingles are B's. Edits of 10–40 % of the sentences keep
 *   ≥ 0.39; independent reports sharing a quoted statement stay ≤ ~0.15–0.2.
 */
export const NEAR_JACCARD = 0.9;
export const NEAR_CONTAINMENT = 0.93;
export const NEAR_LENGTH_RATIO = 0.75;
export const EXCERPT_CONTAINMENT = 0.75;
export const REWRITE_CONTAINMENT = 0.3;

/** Bumped whenever tokens, shingles, signatures or keys change, so stored fingerprints are recomputed. */
export const FINGERPRINT_VERSION = 1;
