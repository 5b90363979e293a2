import type { Article } from '../pipeline/record.js';

/** A listing row: what `corroborate articles` shows, without the text. */
export type ArticleSummary = Omit<Article, 'text' | 'paragraphs' | 'messages'> & { ingestedAt: string; chars: number; warnings: number };

export interface AddResult {
  added: string[];
  existing: string[];
}

/** One stage's output for one article, e.g. layer "language". */
export interface AnnotationRecord<T = unknown> {
  articleId: string;
  layer: string;
  version: number;
  data: T;
}

/** Copy detection's fingerprint of one article (src/copies). */
export interface CopyFingerprintRecord {
  articleId: string;
  /** Fingerprint scheme version: a stale one is recomputed. */
  version: number;
  /** 64-bit hash of the comparable text, hex. */
  textHash: string;
  tokens: number;
  shingles: number;
  signature: Uint8Array;
  /** Sentences filed under keys. */
  filed: number;
}

/** A verified copy relation between two articles, `a` < `b`. */
export interface CopyRelationRecord {
  a: string;
  b: string;
  relation: string;
  jaccard: number;
  aInB: number;
  bInA: number;
}

/** An article's membership in a copy group, with its relation to the group's original once computed. */
export interface CopyMemberRecord {
  articleId: string;
  groupKey: string;
  /** The original `relation` was measured against; null until measured. */
  against: string | null;
  relation: string | null;
  direct: boolean | null;
  jaccard: number | null;
  inOriginal: number | null;
  originalIn: number | null;
}

export interface CopyGroupRecord {
  /** Internal key, stable while the group lives (the public id derives from the original). */
  groupKey: string;
  originalId: string;
  size: number;
}

/** What choosing an original and verifying a copy read from an article. */
export interface CopyArticleFacts {
  id: string;
  published: string | null;
  chars: number;
}

/**
 * Copy detection's operations inside one transaction. Keys are integers below 2^53
 * (LSH band keys and sentence hashes, tagged apart by src/copies).
 */
export interface CopyTx {
  fingerprints(articleIds: readonly string[]): Promise<CopyFingerprintRecord[]>;
  /** Up to `limit` ids whose comparable text has this hash, smallest first. */
  idsWithTextHash(textHash: string, limit: number): Promise<string[]>;
  /** For each key, in order, up to `perKey[i]` ids filed under it, smallest first (an index seek per key). */
  idsByKeys(keys: readonly number[], perKey: readonly number[]): Promise<string[][]>;
  /** Clean texts of articles, for exact verification. */
  texts(articleIds: readonly string[]): Promise<Map<string, string>>;
  facts(articleIds: readonly string[]): Promise<CopyArticleFacts[]>;
  /** Stores an article's fingerprint and replaces the keys it is filed under. */
  putFingerprint(record: CopyFingerprintRecord, keys: readonly number[]): Promise<void>;
  putRelations(records: readonly CopyRelationRecord[]): Promise<void>;
  memberships(articleIds: readonly string[]): Promise<CopyMemberRecord[]>;
  groupMembers(groupKey: string): Promise<CopyMemberRecord[]>;
  /** Inserts or replaces membership rows. */
  putMembers(records: readonly CopyMemberRecord[]): Promise<void>;
  /** Moves every member of `fromKey` into `toKey` and drops `fromKey`'s group row. */
  mergeGroup(fromKey: string, toKey: string): Promise<void>;
  groups(groupKeys: readonly string[]): Promise<CopyGroupRecord[]>;
  putGroup(record: CopyGroupRecord): Promise<void>;
}

/**
 * The store every command talks to. Async so that a server database can stand behind the
 * same interface as the embedded one.
 */
export interface Store {
  /** Adds articles in one transaction; ids already stored are left as they are. */
  addArticles(articles: readonly Article[]): Promise<AddResult>;
  getArticle(id: string): Promise<Article | null>;
  /** Ids that start with `prefix`, so users can type a short id. */
  findIds(prefix: string, limit?: number): Promise<string[]>;
  listArticles(options?: { limit?: number; offset?: number }): Promise<ArticleSummary[]>;
  countArticles(): Promise<number>;
  /** Writes annotations in one transaction, replacing what a layer had for those articles. */
  saveAnnotations(records: readonly AnnotationRecord[]): Promise<void>;
  /** A layer's annotations for the given articles; missing ones are absent from the map. */
  getAnnotations<T>(layer: string, articleIds: readonly string[]): Promise<Map<string, AnnotationRecord<T>>>;
  /**
   * Runs copy detection's reads and writes as one transaction: committed when `work`
   * resolves, rolled back when it throws. Copy transactions run one at a time; other
   * writes to the same store must not be interleaved while one is open.
   */
  copyTransaction<T>(work: (tx: CopyTx) => Promise<T>): Promise<T>;
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
}
