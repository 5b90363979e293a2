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
  /**
   * Members' relations measured while describing a group: a cache. A reader connection
   * does not write, so it leaves them for the writer to measure again.
   */
  keepRelations(records: readonly CopyMemberRecord[]): Promise<void>;
  /** Moves every member of `fromKey` into `toKey` and drops `fromKey`'s group row. */
  mergeGroup(fromKey: string, toKey: string): Promise<void>;
  groups(groupKeys: readonly string[]): Promise<CopyGroupRecord[]>;
  putGroup(record: CopyGroupRecord): Promise<void>;
}

/** A sparse vector of story clustering (src/stories): term ids ascending, float32 weights. */
export interface StoryVector {
  ids: Int32Array;
  w: Float32Array;
}

/** One story: its centroid and what names and dates it (src/stories). */
export interface StoryRecord {
  id: string;
  /** Creation order, so listings and ties are stable. */
  seq: number;
  /** Members, identical copies included. */
  articles: number;
  /** Distinct texts summed into the centroid. */
  weight: number;
  /** Earliest and latest event day (days since 1970-01-01) of dated members; null while none is dated. */
  dayMin: number | null;
  dayMax: number | null;
  /** Other days the members name in full (sorted, bounded): a trial's reports name the day of the crime. */
  refDays: number[];
  topic: StoryVector;
  identity: StoryVector;
  /** The member whose title names the story, its closeness to the centroid, and its vectors to re-measure it. */
  representative: string;
  representativeScore: number;
  representativeTopic: StoryVector;
  representativeIdentity: StoryVector;
  title: string;
  /** Name phrases as written, with the number of members using them, most used first. */
  phrases: [string, number][];
  /** The one outlet of every member, or '' when there are several or none is known: a single outlet's series is told from a story by it. */
  source: string;
  /** Every dated member is dated by its publication date, not by a date read from its text. */
  published: boolean;
  /** The language of its first report ('' when unknown): reports in another language join only on names and figures. */
  language: string;
}

export interface StoryMemberRecord {
  articleId: string;
  storyId: string;
  /** Hash of the comparable text: a later identical text joins the same story without being counted again. */
  textHash: string;
  /** The article's outlet, so a story counts its sources without reading its articles. */
  source: string;
}

export interface StoryTermRecord {
  id: number;
  term: string;
  /** Distinct texts using the term. */
  df: number;
}

/**
 * Story clustering's operations inside one transaction. Term ids are allocated 1, 2, 3…
 * in order of first use, so that a re-run from scratch allocates the same ones.
 */
export interface StoryTx {
  /** Distinct texts counted into document frequencies. */
  documents(): Promise<number>;
  /** Each term's record, in order; a missing term is created with df 0 when `create`, else null. */
  terms(terms: readonly string[], create: boolean): Promise<(StoryTermRecord | null)[]>;
  /** Adds one to the df of each id and one to the document count. */
  countDocument(termIds: readonly number[]): Promise<void>;
  /**
   * The `count` stories reached most strongly through `termIds`: each term reads up to
   * `limit` stories posted under it, most recently posted first, and adds its weight (in
   * `weights`, by position, and only if positive) to each. Strongest first, ties to the
   * smaller story id.
   */
  reach(termIds: readonly number[], weights: readonly number[], limit: number, count: number): Promise<string[]>;
  /** Posts a story under terms, as of `seq` (a re-post moves it to the front). */
  post(storyId: string, termIds: readonly number[], seq: number): Promise<void>;
  stories(ids: readonly string[]): Promise<StoryRecord[]>;
  putStory(record: StoryRecord): Promise<void>;
  /** Every story id, in creation order. */
  storyIds(): Promise<string[]>;
  members(articleIds: readonly string[]): Promise<StoryMemberRecord[]>;
  /** Members of a story, by article id. */
  membersOf(storyId: string): Promise<StoryMemberRecord[]>;
  /** The story of an already clustered article with this text hash, if any. */
  storyWithText(textHash: string): Promise<string | null>;
  putMember(record: StoryMemberRecord): Promise<void>;
  /** Moves every member of one story to another and drops the first story's row (its postings are left to go stale). */
  mergeStories(fromId: string, intoId: string): Promise<void>;
  /** A young story's members with their packed vectors (src/stories/young.ts), for members that have them. */
  youngOf(storyId: string): Promise<{ articleId: string; vectors: Uint8Array }[]>;
  putYoung(articleId: string, vectors: Uint8Array): Promise<void>;
  /** Drops the packed vectors of a story's members: the story is no longer young. */
  dropYoung(storyId: string): Promise<void>;
  /** Drops every story, membership, posting, term and count: a re-cluster rebuilds them. */
  clear(): Promise<void>;
  /** After `clear`: the terms with their ids and dfs, and the document count, as a re-cluster computed them. */
  restoreTerms(terms: readonly StoryTermRecord[], documents: number): Promise<void>;
}

/** A story's analysis document as the server keeps it: current while `key` still describes the story. */
export interface StoryDocumentRecord<T = unknown> {
  storyId: string;
  key: string;
  generated: string;
  document: T;
}

/** One claim group of a story, as the claim search index keeps it. */
export interface ClaimIndexEntry {
  claimId: string;
  text: string;
  status: string;
  independentSources: number;
  evidence: { articleId: string; start: number; end: number }[];
}

export interface ClaimSearchHit extends ClaimIndexEntry {
  storyId: string;
  /** Lower is better (FTS5 bm25). */
  score: number;
}

export interface SearchPage<T> {
  total: number;
  hits: T[];
}

/**
 * The store every command talks to. Async so that a server database can stand behind the
 * same interface as the embedded one.
 */
/**
 * A source `watch` polls, and what it learnt from the last poll: the validators for a
 * conditional GET, when it last answered, how often it failed since, and when it is due.
 * Times are ms since the epoch.
 */
export interface WatchSource {
  url: string;
  etag: string | null;
  lastModified: string | null;
  /** The last answer that was not an error (200 or 304). */
  lastSuccess: number | null;
  lastAttempt: number | null;
  /** Failures in a row since the last success. */
  failures: number;
  lastError: string | null;
  nextPoll: number;
  /** The list (OPML, sitemap, file of URLs) it came from, or null when given itself. */
  via: string | null;
}

export interface TransactionOptions {
  /**
   * The work only reads. A server database then reads a consistent snapshot without waiting
   * for the lock that serializes copy detection or story clustering across processes, and
   * keeps no cache (`keepRelations`). SQLite, with one writer, runs it as any other.
   */
  readOnly?: boolean;
}

export interface Store {
  /**
   * Adds articles in one transaction; ids already stored are left as they are. The added
   * ones are unfinished, in the same transaction, until `finishArticles` names them: a run
   * killed after this call leaves that mark for the next run to find.
   */
  addArticles(articles: readonly Article[]): Promise<AddResult>;
  /** Ids of articles stored but not yet through a finished analysis, in the order they were stored. */
  unfinishedArticles(): Promise<string[]>;
  /** Clears the unfinished mark of these articles (ids not marked, or not stored, are ignored). */
  finishArticles(articleIds: readonly string[]): Promise<void>;
  getArticle(id: string): Promise<Article | null>;
  /** Ids that start with `prefix`, so users can type a short id. */
  findIds(prefix: string, limit?: number): Promise<string[]>;
  /** Stored articles by publication; `language` keeps those in it ("en" takes "en-GB" too). */
  listArticles(options?: { limit?: number; offset?: number; language?: string }): Promise<ArticleSummary[]>;
  countArticles(options?: { language?: string }): Promise<number>;
  /** Writes annotations in one transaction, replacing what a layer had for those articles. */
  saveAnnotations(records: readonly AnnotationRecord[]): Promise<void>;
  /** A layer's annotations for the given articles; missing ones are absent from the map. */
  getAnnotations<T>(layer: string, articleIds: readonly string[]): Promise<Map<string, AnnotationRecord<T>>>;
  /**
   * Runs copy detection's reads and writes as one transaction: committed when `work`
   * resolves, rolled back when it throws. Copy transactions run one at a time; other
   * writes to the same store must not be interleaved while one is open.
   */
  copyTransaction<T>(work: (tx: CopyTx) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /**
   * Runs story clustering's reads and writes as one transaction, as `copyTransaction`
   * does for copy detection; transactions of both kinds queue behind each other and must
   * not be nested.
   */
  storyTransaction<T>(work: (tx: StoryTx) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /** Keeps one story's analysis document, replacing the story's earlier one and its indexed claims, in one transaction. */
  saveStoryDocument(record: StoryDocumentRecord, claims: readonly ClaimIndexEntry[]): Promise<void>;
  getStoryDocument<T>(storyId: string): Promise<StoryDocumentRecord<T> | null>;
  /** The key of a story's kept document, without reading the document. */
  keptDocumentKey(storyId: string): Promise<string | null>;
  /** Drops kept documents and indexed claims of stories that no longer exist (merged, re-clustered); returns how many documents went. */
  pruneStoryDocuments(): Promise<number>;
  /**
   * Articles whose title or text holds every term (full-text, case and diacritics folded), best
   * first. Terms are words, matched literally: no query syntax reaches the index.
   */
  searchArticles(terms: readonly string[], options: { limit: number; offset: number }): Promise<SearchPage<{ id: string; score: number }>>;
  /** Indexed claim groups whose text holds every term, best first. */
  searchClaims(terms: readonly string[], options: { limit: number; offset: number }): Promise<SearchPage<ClaimSearchHit>>;
  /** Changes whenever another connection commits to the database, so a cache can tell when to look again. */
  /** Of these URLs, those an article was fetched from, with the article's id. */
  fetchedFrom(urls: readonly string[]): Promise<Map<string, string>>;
  /** Every watched source with its polling state (src/watch), in the order they were added. */
  watchSources(): Promise<WatchSource[]>;
  /** Adds a source or replaces its state. */
  putWatchSource(source: WatchSource): Promise<void>;
  dataVersion(): Promise<number>;
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
}
