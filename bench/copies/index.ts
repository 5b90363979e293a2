/**
 * Copy detection: quality on labelled pairs built from ECB+ and the example corpus, then
 * throughput and memory on 100,000 synthetic articles, the SQLite-backed incremental path
 * on 5,000, and a brute-force exact-Jaccard scan over 2,000 as the peer in the same run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bench, BenchEntry } from '../harness.js';
import { clock, collector, round } from '../harness.js';
import { CopyIndex, fingerprint, updateCopies, type CopyArticle, type Fingerprint } from '../../src/copies/index.js';
import { classify, overlap, overlapWithText, overlapWithTokens, type CopyRelation } from '../../src/copies/verify.js';
import { WordStore } from '../../src/copies/wordstore.js';
import { UnionFind } from '../../src/copies/groups.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Article } from '../../src/pipeline/record.js';
import { loadEcbPlus } from '../data/ecbplus.js';
import { buildLabelledSet, KINDS, type Kind, type LabelledSet } from './labelled.js';
import { sentencePool, syntheticCorpus, type SyntheticCorpus } from './synthetic.js';

const SYNTHETIC = 100_000;
const QUERIES = 20_000;
const SQLITE_SAMPLE = 5_000;
const PEER_SAMPLE = 2_000;

const EXPECTED: Record<Kind, readonly CopyRelation[]> = {
  exact: ['identical'],
  // The readers drop some chrome themselves (share rows, "Advertisement"), leaving the same text.
  chrome: ['near-identical', 'identical'],
  format: ['identical', 'near-identical'],
  edits: ['rewrite'],
  excerpt: ['excerpt'],
};



interface KindResult {
  pairs: number;
  truePositives: number;
  falsePositives: number;
  /** Matches to a same-story ECB+ document that shares running text with the source: reuse in the data, neither right nor wrong. */
  siblings: number;
  labels: Map<string, number>;
}

function evaluateLabelled(set: LabelledSet): { rows: Record<string, string | number>[]; summary: Record<string, string | number> } {
  // Background: every source (all of ECB+ and the example corpus); variants are looked up against it.
  const index = new CopyIndex();
  for (const s of set.sources) index.add(s.article);

  const results = new Map<Kind, KindResult>(KINDS.map((k) => [k, { pairs: 0, truePositives: 0, falsePositives: 0, siblings: 0, labels: new Map() }]));
  const reusePairs = new Set(set.reuse.flatMap((n) => [`${n.a.id} ${n.b.id}`, `${n.b.id} ${n.a.id}`]));
  for (const p of set.positives) {
    const r = results.get(p.kind)!;
    r.pairs++;
    const matches = index.lookup(p.variant);
    let label = 'not found';
    for (const m of matches) {
      if (m.id === p.source.article.id || index.sameGroup(m.id, p.source.article.id)) {
        r.truePositives++;
        // The label is the relation to the labelled source, measured directly when the match was a sibling of it.
        label = m.id === p.source.article.id ? m.relation : (classify(overlap(fingerprint(p.variant.text), fingerprint(p.source.article.text))) ?? 'none');
      } else if (reusePairs.has(`${p.source.article.id} ${m.id}`)) r.siblings++;
      else r.falsePositives++;
    }
    r.labels.set(label, (r.labels.get(label) ?? 0) + 1);
  }

  // Negatives: is the pair itself declared a copy?
  let flagged = 0;
  const flaggedLabels = new Map<string, number>();
  const pairRelation = (a: CopyArticle, b: CopyArticle): string | null => {
    const one = new CopyIndex();
    one.add(b);
    return one.lookup(a)[0]?.relation ?? null;
  };
  for (const n of set.negatives) {
    const rel = pairRelation(n.a, n.b);
    if (rel) {
      flagged++;
      flaggedLabels.set(rel, (flaggedLabels.get(rel) ?? 0) + 1);
    }
  }
  const reuseLabels = new Map<string, number>();
  for (const n of set.reuse) {
    const rel = pairRelation(n.a, n.b) ?? 'not a copy';
    reuseLabels.set(rel, (reuseLabels.get(rel) ?? 0) + 1);
  }

  const rows: Record<string, string | number>[] = [];
  let tp = 0;
  let fp = flagged;
  let positives = 0;
  for (const kind of KINDS) {
    const r = results.get(kind)!;
    tp += r.truePositives;
    fp += r.falsePositives;
    positives += r.pairs;
    const agreeing = [...r.labels].filter(([l]) => (EXPECTED[kind] as readonly string[]).includes(l)).reduce((s, [, c]) => s + c, 0);
    rows.push({
      kind,
      pairs: r.pairs,
      precision: round(r.truePositives / Math.max(1, r.truePositives + r.falsePositives)),
      recall: round(r.truePositives / r.pairs),
      'expected label': EXPECTED[kind].join(' or '),
      'label agreement': round(agreeing / r.pairs),
      'labels given': describe(r.labels),
      'ECB+ reuse siblings matched': r.siblings,
    });
  }
  rows.push({
    kind: 'same-story negatives',
    pairs: set.negatives.length,
    precision: '—',
    recall: '—',
    'expected label': 'not a copy',
    'label agreement': round(1 - flagged / set.negatives.length),
    'labels given': flagged === 0 ? `not a copy ${set.negatives.length}` : `not a copy ${set.negatives.length - flagged}, ${describe(flaggedLabels)}`,
  });
  return {
    rows,
    summary: {
      'labelled pairs': `${positives} copies (${KINDS.map((k) => `${k} ${results.get(k)!.pairs}`).join(', ')}) + ${set.negatives.length} same-story negatives (${set.negatives.filter((n) => n.origin === 'examples').length} from examples/news)`,
      'overall precision': round(tp / Math.max(1, tp + fp)),
      'overall recall': round(tp / positives),
      'same-story negatives flagged': flagged,
      'ECB+ reuse (same-story pairs sharing ≥ 15 % of 8-word runs, unlabelled)': `${set.reuse.length} pairs: ${describe(reuseLabels)}`,
    },
  };
}

function describe(counts: Map<string, number>): string {
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
}

async function scale(corpus: SyntheticCorpus, queries: SyntheticCorpus, gc: () => Promise<void>): Promise<Record<string, string | number>> {
  const n = corpus.articles.length;
  await gc();
  const before = process.memoryUsage();
  const index = new CopyIndex();
  // Built from text, as the pipeline would: fingerprint, look up, file, join groups.
  let t = clock();
  let found = 0;
  let planted = 0;
  const plantedFound = new Map<string, [number, number]>();
  for (let i = 0; i < n; i++) {
    const matches = index.add(corpus.articles[i]!);
    const from = corpus.source[i]!;
    if (from >= 0) {
      planted++;
      const hit = matches.some((m) => index.sameGroup(m.id, corpus.articles[from]!.id));
      if (hit) found++;
      const k = corpus.kind[i]!;
      const f = plantedFound.get(k) ?? [0, 0];
      plantedFound.set(k, [f[0] + (hit ? 1 : 0), f[1] + 1]);
    }
  }
  const addCpu = t.cpuMs();
  const addWall = t.wallMs();
  await gc();
  const after = process.memoryUsage();
  const memory = index.memory();
  const heapDelta = after.heapUsed - before.heapUsed + (after.arrayBuffers - before.arrayBuffers);

  // Lookups: fresh articles and new copies of indexed ones. Each query's fingerprint is
  // made first, as ingest makes it once per article; the lookup then gathers candidates,
  // filters them and verifies the survivors exactly against each candidate's text.
  t = clock();
  const prints: Fingerprint[] = queries.articles.map((a) => fingerprint(a.text));
  const fingerprintCpu = t.cpuMs();
  const fingerprintWall = t.wallMs();
  let candidates = 0;
  let verified = 0;
  let queryCopiesFound = 0;
  let queryCopies = 0;
  t = clock();
  for (let i = 0; i < queries.articles.length; i++) {
    const matches = index.lookup(queries.articles[i]!, prints[i]!);
    candidates += index.lastLookup.candidates;
    verified += index.lastLookup.verified;
    const from = queries.source[i]!;
    if (from >= 0) {
      queryCopies++;
      if (matches.some((m) => index.sameGroup(m.id, corpus.articles[from]!.id))) queryCopiesFound++;
    }
  }
  const lookupCpu = t.cpuMs();
  const lookupWall = t.wallMs();
  const q = queries.articles.length;
  // What one exact verification costs on these texts, to show where lookup time goes:
  // from the candidate's text, as the default index does, and from its kept words (keepWords).
  const pairs = 2000;
  const kept = new WordStore();
  const keptShingles: number[] = [];
  for (let i = 0; i < pairs; i++) {
    const f = fingerprint(corpus.articles[(i * 7919) % n]!.text);
    kept.push(f.tokenized);
    keptShingles.push(f.shingles);
  }
  t = clock();
  for (let i = 0; i < pairs; i++) overlapWithTokens(prints[i]!, kept.read(i), keptShingles[i]!);
  const verifyUs = (t.cpuMs() * 1000) / pairs;
  t = clock();
  for (let i = 0; i < pairs; i++) overlapWithText(prints[i]!, queries.articles[i]!.text, corpus.articles[(i * 7919) % n]!.text);
  const verifyTextUs = (t.cpuMs() * 1000) / pairs;
  const lookupUs = (lookupCpu * 1000) / q;

  // A/B in this process: the same lookups on an index that keeps words for verification
  // (faster, ~700 more bytes per article), interleaved with the default, medians: the machine is shared.
  const withWords = new CopyIndex({ keepWords: true });
  for (let i = 0; i < n; i++) withWords.add(corpus.articles[i]!);
  const rate = (ix: CopyIndex): number => {
    const c = clock();
    for (let i = 0; i < q; i++) ix.lookup(queries.articles[i]!, prints[i]!);
    return (q * 1000) / c.cpuMs();
  };
  const words: number[] = [];
  const texts: number[] = [];
  for (let pass = 0; pass < 5; pass++) {
    words.push(rate(withWords));
    texts.push(rate(index));
  }
  const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
  const ratio = median(words.map((w, i) => w / texts[i]!));

  return {
    'index lookups/s (CPU time; wall)': `${Math.round((q * 1000) / lookupCpu)}; ${Math.round((q * 1000) / lookupWall)}`,
    'lookup set': `${q} queries against ${n} indexed: ${queryCopies} new copies of indexed articles, ${q - queryCopies} new articles; mean ${round(candidates / q, 1)} candidates and ${round(verified / q, 2)} exact verifications per lookup`,
    'lookup time': `${round(lookupUs, 1)} µs CPU per lookup, of which exact verification ≈ ${round(((verified / q) * verifyTextUs * 100) / lookupUs, 0)} % (${round(verifyTextUs, 1)} µs each from the candidate's text; ${round(verifyUs, 1)} µs from kept words)`,
    'A/B, same lookups, 5 interleaved rounds: keepWords index vs the default (texts re-read) (lookups/s CPU, medians)': `${Math.round(median(words))} vs ${Math.round(median(texts))}; median ratio ${round(ratio, 2)}`,
    'fingerprints/s (from text, CPU time; wall)': `${Math.round((q * 1000) / fingerprintCpu)}; ${Math.round((q * 1000) / fingerprintWall)}`,
    'end-to-end lookups/s (fingerprint + lookup, CPU time)': Math.round((q * 1000) / (fingerprintCpu + lookupCpu)),
    'end-to-end adds/s building 100k (fingerprint + lookup + file + group; CPU time; wall)': `${Math.round((n * 1000) / addCpu)}; ${Math.round((n * 1000) / addWall)}`,
    'index bytes/article (typed arrays, allocated)': round(memory.bytesPerArticle, 1),
    'index bytes/article (heap + array-buffer delta after gc)': round(heapDelta / n, 1),
    'keepWords option: verification words bytes/article (allocated)': round(withWords.memory().wordBytesPerArticle, 1),
    'index bytes by part (per article)': Object.entries(memory.parts)
      .map(([k, v]) => `${k} ${round(v / n, 1)}`)
      .join(', '),
    'planted copies found while building 100k': `${round(found / planted, 4)} of ${planted} (${[...plantedFound].map(([k, [f, all]]) => `${k} ${round(f / all, 4)}`).join(', ')})`,
    'new copies found by lookup': round(queryCopiesFound / Math.max(1, queryCopies), 4),
  };
}

function fullArticle(a: CopyArticle): Article {
  return {
    id: a.id,
    format: 'text',
    origin: `${a.id}.txt`,
    title: a.text.slice(0, 60),
    text: a.text,
    paragraphs: [],
    byline: null,
    source: { name: 'bench', domain: null, origin: 'input' },
    url: null,
    canonicalUrl: null,
    published: { value: a.published.value, origin: a.published.value ? 'metadata' : 'unknown' },
    modified: null,
    language: null,
    description: null,
    partial: false,
    messages: [],
  };
}

async function sqlite(corpus: SyntheticCorpus): Promise<Record<string, string | number>> {
  const sample = corpus.articles.slice(0, SQLITE_SAMPLE).map(fullArticle);
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-copies-bench-'));
  try {
    const store = openSqliteStore(join(dir, 'bench.db'));
    await store.addArticles(sample);
    const t = clock();
    const groups = await updateCopies(store, sample, { batchSize: 100 });
    const wall = t.wallMs();
    await store.close();
    const index = new CopyIndex();
    for (const a of sample) index.add(a);
    const key = (ids: string[]): string => [...ids].sort().join(' ');
    const memory = new Set(index.groups().map((g) => key(g.members.map((m) => m.id))));
    const same = groups.filter((g) => memory.has(key(g.members.map((m) => m.id)))).length;
    return {
      'sqlite incremental adds/s (5,000, batches of 100, wall)': Math.round((SQLITE_SAMPLE * 1000) / wall),
      'sqlite groups equal to the in-memory index': `${same} of ${groups.length} (in memory: ${memory.size})`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Sorted 53-bit shingle hashes: the brute-force peer compares these by merging. */
function sortedShingles(f: Fingerprint): Float64Array {
  const out = new Float64Array(f.set.size);
  let k = 0;
  for (let i = 0; i < f.set.used.length; i++) if (f.set.used[i] === 1) out[k++] = f.set.hi[i]! * 2097152 + (f.set.lo[i]! >>> 11);
  return out.sort();
}

function peer(corpus: SyntheticCorpus): Record<string, string | number> {
  const sample = corpus.articles.slice(0, PEER_SAMPLE);
  const prints = sample.map((a) => fingerprint(a.text));
  const sorted = prints.map(sortedShingles);

  // Brute force: every pair, exact Jaccard and containment by merging sorted shingles, same classifier.
  let t = clock();
  const pairs: [number, number, CopyRelation][] = [];
  for (let i = 0; i < sample.length; i++) {
    const a = sorted[i]!;
    for (let j = 0; j < i; j++) {
      const b = sorted[j]!;
      let x = 0;
      let y = 0;
      let shared = 0;
      while (x < a.length && y < b.length) {
        if (a[x]! < b[y]!) x++;
        else if (a[x]! > b[y]!) y++;
        else {
          shared++;
          x++;
          y++;
        }
      }
      const union = a.length + b.length - shared;
      const identical = prints[i]!.textHashHi === prints[j]!.textHashHi && prints[i]!.textHashLo === prints[j]!.textHashLo && prints[i]!.tokens === prints[j]!.tokens && prints[i]!.tokens > 0;
      const rel = classify({ sizeA: a.length, sizeB: b.length, shared, jaccard: union ? shared / union : 0, aInB: a.length ? shared / a.length : 0, bInA: b.length ? shared / b.length : 0, identical });
      if (rel) pairs.push([i, j, rel]);
    }
  }
  const bruteMs = t.cpuMs();

  t = clock();
  const index = new CopyIndex();
  for (let i = 0; i < sample.length; i++) index.add(sample[i]!, prints[i]!);
  const indexMs = t.cpuMs();

  // Recall against brute force: a brute-force copy pair counts as found when the index put both in one group.
  const position = new Map(sample.map((a, i) => [a.id, i]));
  const uf = new UnionFind(sample.length);
  for (let i = 0; i < sample.length; i++) uf.push();
  for (const g of index.groups()) for (const m of g.members) uf.union(position.get(g.members[0]!.id)!, position.get(m.id)!);
  const byRelation = new Map<string, [number, number]>();
  let found = 0;
  for (const [i, j, rel] of pairs) {
    const hit = uf.find(i) === uf.find(j);
    if (hit) found++;
    const f = byRelation.get(rel) ?? [0, 0];
    byRelation.set(rel, [f[0] + (hit ? 1 : 0), f[1] + 1]);
  }
  const bruteGroups = new UnionFind(sample.length);
  for (let i = 0; i < sample.length; i++) bruteGroups.push();
  for (const [i, j] of pairs) bruteGroups.union(i, j);
  let extra = 0;
  for (const g of index.groups()) for (const m of g.members) if (bruteGroups.find(position.get(m.id)!) !== bruteGroups.find(position.get(g.members[0]!.id)!)) extra++;

  const perArticleBrute = bruteMs / sample.length;
  return {
    'peer: brute-force exact Jaccard over 2,000 (all pairs)': `${pairs.length} copy pairs in ${round(bruteMs / 1000, 2)} s CPU`,
    'peer recall (index groups vs brute-force pairs)': `${round(found / Math.max(1, pairs.length))} (${[...byRelation].map(([k, [f, all]]) => `${k} ${f}/${all}`).join(', ')})`,
    'index members outside brute-force components': extra,
    'peer speed ratio (brute force / index, 2,000 adds, CPU)': round(bruteMs / indexMs, 1),
    'brute force extrapolated to 100k (quadratic)': `${round((perArticleBrute * (SYNTHETIC / PEER_SAMPLE) * SYNTHETIC) / 1000 / 3600, 1)} h CPU`,
  };
}

export const copiesBench: Bench = {
  name: 'copies',
  async run(): Promise<BenchEntry> {
    const gc = collector();
    const labelled = evaluateLabelled(buildLabelledSet());
    const pool = sentencePool(loadEcbPlus());
    const corpus = syntheticCorpus(pool, SYNTHETIC, 7);
    const queries = syntheticCorpus(pool, QUERIES, 8, 'q');
    // Query copies point into the query set itself; turn them into copies of indexed articles instead.
    for (let i = 0; i < queries.articles.length; i++) {
      if (queries.source[i]! >= 0) {
        const from = (i * 7919) % SYNTHETIC;
        queries.articles[i] = { ...corpus.articles[from]!, id: `q-copy-${i}`, text: `${corpus.articles[from]!.text}\n\nShare this article: Facebook | X | Email` };
        queries.source[i] = from;
      }
    }
    const peerFigures = peer(corpus);
    const scaled = await scale(corpus, queries, gc);
    const store = await sqlite(corpus);
    return {
      name: 'copies',
      description:
        'copy detection (identical, near-identical, excerpt, rewrite): precision/recall on labelled pairs from ECB+ and examples/news ' +
        '(variants read back through the readers; seeded), then 100,000 synthetic articles from ECB+ sentences for lookups/s and bytes/article, ' +
        'the SQLite path on 5,000, and brute-force exact Jaccard over 2,000 as the peer',
      rows: labelled.rows,
      summary: { ...labelled.summary, ...scaled, ...store, ...peerFigures },
    };
  },
};
