/**
 * Copy detection against the store, for the pipeline: after articles are ingested,
 *
 *     const groups = await updateCopies(store, summary.articles);
 *
 * files each article's fingerprint and keys, finds and verifies its copies among every
 * article already processed, records the relations and joins the groups, all inside
 * store transactions (one per batch; each article sees the ones before it). It returns the
 * copy groups the given articles belong to. `copyGroupsFor(store, ids)` reads groups later.
 *
 * Lookups are the in-memory index's, done in SQL: candidates by key through the primary
 * key of `copy_keys` (one index seek per band or sentence key, capped), never a scan; the
 * same estimate filter; exact verification against the stored texts.
 *
 * Articles must already be in the store. Re-running on processed articles does nothing;
 * an article fingerprinted by an older scheme is processed again.
 */
import type { Store, CopyTx, CopyMemberRecord, CopyArticleFacts } from '../store/store.js';
import { fingerprint, type Fingerprint } from './fingerprint.js';
import { bandKey, estimateContainment, estimateJaccard } from './minhash.js';
import { hex64 } from './hash.js';
import {
  BAND_BUCKET_CAP,
  BANDS,
  CANDIDATE_MIN_CONTAINMENT,
  ESTIMATE_MIN_SHINGLES,
  FINGERPRINT_VERSION,
  MAX_INDEXED_SENTENCES,
  MAX_VERIFICATIONS,
  MIN_RELATION_SHINGLES,
  SENTENCE_BUCKET_CAP,
} from './params.js';
import { classify, flip, overlapWithText, type CopyRelation, type Overlap } from './verify.js';
import { compareOriginal, groupId, memberRelation, originalMember, type CopyGroup, type CopyMember } from './groups.js';
import type { CopyArticle, CopyMatch } from './index.js';

export interface UpdateCopiesOptions {
  /** Articles per transaction. */
  batchSize?: number;
}

/** Keys are tagged so band keys and sentence hashes (each 32 bits) never collide in one table. */
const BAND_TAG = 1 * 2 ** 32;
const SENTENCE_TAG = 2 * 2 ** 32;

/** Files `articles` in copy groups and returns the groups that hold them. */
export async function updateCopies(store: Store, articles: readonly CopyArticle[], options: UpdateCopiesOptions = {}): Promise<CopyGroup[]> {
  await fileCopies(store, articles, options);
  return copyGroupsFor(
    store,
    articles.map((a) => a.id),
  );
}

/**
 * Files `articles` in copy groups, one transaction per batch, and returns nothing: a long
 * run files batch after batch, and describing the groups of each (every member's facts)
 * cost more than filing them.
 */
export async function fileCopies(store: Store, articles: readonly CopyArticle[], options: UpdateCopiesOptions = {}): Promise<void> {
  const batchSize = Math.max(1, options.batchSize ?? 100);
  for (let i = 0; i < articles.length; i += batchSize) {
    const batch = articles.slice(i, i + batchSize);
    await store.copyTransaction(async (tx) => {
      for (const article of batch) await addArticle(tx, article);
    });
  }
}

/** Those of `ids` already filed by the current fingerprint version: filing them again changes nothing. */
export async function filedIds(store: Store, ids: readonly string[]): Promise<Set<string>> {
  const prints = await store.copyTransaction((tx) => tx.fingerprints(ids), { readOnly: true });
  return new Set(prints.filter((p) => p.version === FINGERPRINT_VERSION).map((p) => p.articleId));
}

/**
 * The copy groups holding any of `ids`, each once, ordered by group id. Members' relations
 * to the original are measured when first asked for after the original changed, and kept
 * (by SQLite; a server database answers from a snapshot, without waiting for copy detection
 * under way in another process, and keeps nothing).
 */
export async function copyGroupsFor(store: Store, ids: readonly string[]): Promise<CopyGroup[]> {
  return store.copyTransaction(async (tx) => {
    const keys = [...new Set((await tx.memberships([...new Set(ids)])).map((m) => m.groupKey))];
    const groups: CopyGroup[] = [];
    for (const g of await tx.groups(keys)) groups.push(await describe(tx, g.groupKey, g.originalId));
    return groups.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }, { readOnly: true });
}

/** Processes one article inside the caller's transaction; returns its verified matches. */
export async function addArticle(tx: CopyTx, article: CopyArticle): Promise<CopyMatch[]> {
  const [stored] = await tx.fingerprints([article.id]);
  if (stored && stored.version === FINGERPRINT_VERSION) return [];
  const print = fingerprint(article.text);
  const textHash = hex64(print.textHashHi, print.textHashLo);
  const record = { articleId: article.id, version: FINGERPRINT_VERSION, textHash, tokens: print.tokens, shingles: print.shingles, signature: print.signature, filed: 0 };
  if (print.tokens === 0) {
    await tx.putFingerprint(record, []);
    return [];
  }

  // Identical text already stored: that is the match; the article is not filed under keys.
  for (const twin of await tx.idsWithTextHash(textHash, 2)) {
    if (twin === article.id) continue;
    const text = (await tx.texts([twin])).get(twin);
    if (text === undefined) continue;
    const o = overlapWithText(print, article.text, text);
    if (!o.identical) continue;
    await tx.putFingerprint(record, []);
    const match = toMatch(twin, 'identical', o);
    await joinGroups(tx, article.id, [match]);
    return [match];
  }
  if (print.shingles < MIN_RELATION_SHINGLES) {
    await tx.putFingerprint(record, []);
    return [];
  }

  const bands: number[] = [];
  for (let b = 0; b < BANDS; b++) bands.push(BAND_TAG + bandKey(print.signature, 0, b));
  const sentences = Array.from(print.sentences, (h) => SENTENCE_TAG + h);
  const keys = [...bands, ...sentences];
  const caps = keys.map((_, i) => (i < bands.length ? BAND_BUCKET_CAP : SENTENCE_BUCKET_CAP));
  const buckets = await tx.idsByKeys(keys, caps);

  const candidates = new Set(buckets.flat());
  candidates.delete(article.id);
  const matches = await verifyCandidates(tx, print, article, [...candidates]);

  // File under the keys whose buckets have room: all bands, the smallest sentence hashes.
  const filedKeys: number[] = [];
  bands.forEach((key, i) => {
    if (buckets[i]!.length < BAND_BUCKET_CAP) filedKeys.push(key);
  });
  let filed = 0;
  for (let i = 0; i < Math.min(MAX_INDEXED_SENTENCES, sentences.length); i++) {
    if (buckets[bands.length + i]!.length >= SENTENCE_BUCKET_CAP) continue;
    filedKeys.push(sentences[i]!);
    filed++;
  }
  await tx.putFingerprint({ ...record, filed }, filedKeys);
  await joinGroups(tx, article.id, matches);
  return matches;
}

async function verifyCandidates(tx: CopyTx, print: Fingerprint, article: CopyArticle, candidates: readonly string[]): Promise<CopyMatch[]> {
  const self = article.id;
  const prints = await tx.fingerprints(candidates);
  const scored: { id: string; score: number }[] = [];
  for (const p of prints) {
    if (p.shingles < MIN_RELATION_SHINGLES) continue;
    const score = estimateContainment(estimateJaccard(print.signature, 0, p.signature, 0), print.shingles, p.shingles);
    if (Math.min(print.shingles, p.shingles) >= ESTIMATE_MIN_SHINGLES && score < CANDIDATE_MIN_CONTAINMENT) continue;
    scored.push({ id: p.articleId, score });
  }
  scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const groupOf = new Map((await tx.memberships(scored.map((s) => s.id))).map((m) => [m.articleId, m.groupKey]));
  const matchedGroups = new Set<string>();
  const matches: CopyMatch[] = [];
  let verified = 0;
  for (const { id } of scored) {
    if (verified >= MAX_VERIFICATIONS) break;
    const group = groupOf.get(id) ?? `single:${id}`;
    if (matchedGroups.has(group)) continue;
    verified++;
    const text = (await tx.texts([id])).get(id);
    if (text === undefined || id === self) continue;
    const o = overlapWithText(print, article.text, text);
    const relation = classify(o);
    if (!relation) continue;
    matchedGroups.add(group);
    matches.push(toMatch(id, relation, o));
  }
  return matches;
}

/** Writes the relations and merges the article with its matches' groups (union by size, so a merge moves the smaller group). */
async function joinGroups(tx: CopyTx, id: string, matches: readonly CopyMatch[]): Promise<void> {
  if (matches.length === 0) return;
  await tx.putRelations(
    matches.map((m) => {
      const [a, b] = id < m.id ? [id, m.id] : [m.id, id];
      const aInB = a === id ? m.queryInMatch : m.matchInQuery;
      const bInA = a === id ? m.matchInQuery : m.queryInMatch;
      return { a, b, relation: m.relation, jaccard: m.jaccard, aInB, bInA };
    }),
  );

  const involved = [id, ...matches.map((m) => m.id)];
  const memberships = await tx.memberships(involved);
  const groupKeyOf = new Map(memberships.map((m) => [m.articleId, m.groupKey]));
  const groups = await tx.groups([...new Set(memberships.map((m) => m.groupKey))]);
  const singles = involved.filter((x) => !groupKeyOf.has(x));

  // The largest group absorbs the others; with none, the group is keyed by its first match.
  groups.sort((a, b) => b.size - a.size || (a.groupKey < b.groupKey ? -1 : 1));
  const target = groups[0]?.groupKey ?? matches[0]!.id;
  let size = singles.length;
  const originals: string[] = [...singles];
  for (const g of groups) {
    size += g.size;
    originals.push(g.originalId);
    if (g.groupKey !== target) await tx.mergeGroup(g.groupKey, target);
  }
  await tx.putMembers(singles.map((articleId) => ({ articleId, groupKey: target, against: null, relation: null, direct: null, jaccard: null, inOriginal: null, originalIn: null })));
  const facts = await tx.facts(originals);
  const original = facts.sort(compareOriginal)[0]!.id;
  await tx.putGroup({ groupKey: target, originalId: original, size });
}

/** A group with every member's relation to the original, measuring the ones not yet measured against it. */
async function describe(tx: CopyTx, groupKey: string, originalId: string): Promise<CopyGroup> {
  const rows = await tx.groupMembers(groupKey);
  const facts = new Map<string, CopyArticleFacts>((await tx.facts(rows.map((r) => r.articleId))).map((f) => [f.id, f]));
  let original: { text: string; print: Fingerprint } | null = null;
  const stale: CopyMemberRecord[] = [];
  const members: CopyMember[] = [];
  for (const row of rows) {
    const f = facts.get(row.articleId);
    if (!f) continue;
    if (row.articleId === originalId) {
      members.push(originalMember(f));
      continue;
    }
    let r = row;
    if (row.against !== originalId || row.relation === null) {
      if (!original) {
        const text = (await tx.texts([originalId])).get(originalId) ?? '';
        original = { text, print: fingerprint(text) };
      }
      const text = (await tx.texts([row.articleId])).get(row.articleId) ?? '';
      const rel = memberRelation(flip(overlapWithText(original.print, original.text, text)));
      r = { ...row, against: originalId, relation: rel.relation, direct: rel.direct, jaccard: rel.jaccard, inOriginal: rel.inOriginal, originalIn: rel.originalIn };
      stale.push(r);
    }
    members.push({
      ...f,
      relation: r.relation as CopyRelation,
      direct: r.direct ?? false,
      jaccard: r.jaccard ?? 0,
      inOriginal: r.inOriginal ?? 0,
      originalIn: r.originalIn ?? 0,
    });
  }
  if (stale.length > 0) await tx.keepRelations(stale);
  members.sort((x, y) => (x.relation === 'original' ? -1 : y.relation === 'original' ? 1 : compareOriginal(x, y)));
  return { id: groupId(originalId), original: originalId, members };
}

function toMatch(id: string, relation: CopyRelation, o: Overlap): CopyMatch {
  return { id, relation, jaccard: o.jaccard, queryInMatch: o.aInB, matchInQuery: o.bInA };
}
