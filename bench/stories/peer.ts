/**
 * The peer: plain single-pass clustering on tf-idf cosine, the textbook baseline of topic
 * detection and tracking. Every word counts alike (lower case, English stopwords out), no
 * names, figures or dates; document frequencies kept online; each article joins the cluster
 * whose centroid is closest if the cosine clears the threshold. Compared against every
 * cluster (fine for ECB+'s 772 documents), so its misses are the features' and not a
 * candidate index's.
 */
import { STOPWORDS } from '../../src/stories/stopwords.js';

export interface PeerArticle {
  id: string;
  title: string;
  text: string;
}

/** Tuned like corroborate's own threshold: on the ECB+ train topics only (0.05 steps). */
export const PEER_THRESHOLD = 0.2;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

export function tfidfSinglePass(articles: readonly PeerArticle[], threshold = PEER_THRESHOLD): Map<string, string> {
  const df = new Map<string, number>();
  let docs = 0;
  const clusters: { id: string; centroid: Map<string, number>; norm: number }[] = [];
  const out = new Map<string, string>();
  for (const a of articles) {
    const tf = new Map<string, number>();
    for (const m of `${a.title}\n${a.text}`.toLowerCase().matchAll(WORD)) {
      const w = m[0];
      if (STOPWORDS.has(w) || w.length < 2) continue;
      tf.set(w, (tf.get(w) ?? 0) + 1);
    }
    const v = new Map<string, number>();
    let n = 0;
    for (const [w, c] of tf) {
      const x = (1 + Math.log(c)) * (Math.log((docs + 1) / ((df.get(w) ?? 0) + 1)) + 1);
      v.set(w, x);
      n += x * x;
    }
    n = Math.sqrt(n) || 1;
    for (const [w, x] of v) v.set(w, x / n);
    let best = -1;
    let bestScore = -1;
    clusters.forEach((c, i) => {
      if (c.norm === 0) return;
      let s = 0;
      for (const [w, x] of v) s += x * (c.centroid.get(w) ?? 0);
      s /= c.norm;
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    });
    let target: (typeof clusters)[number];
    if (best >= 0 && bestScore >= threshold) target = clusters[best]!;
    else clusters.push((target = { id: a.id, centroid: new Map(), norm: 0 }));
    for (const [w, x] of v) target.centroid.set(w, (target.centroid.get(w) ?? 0) + x);
    let sq = 0;
    for (const x of target.centroid.values()) sq += x * x;
    target.norm = Math.sqrt(sq);
    for (const w of tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
    docs++;
    out.set(a.id, target.id);
  }
  return out;
}
