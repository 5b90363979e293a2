import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Article } from '../pipeline/record.js';
import type {
  AddResult,
  AnnotationRecord,
  ArticleSummary,
  CopyArticleFacts,
  CopyFingerprintRecord,
  CopyGroupRecord,
  CopyMemberRecord,
  CopyRelationRecord,
  CopyTx,
  ClaimIndexEntry,
  ClaimSearchHit,
  SearchPage,
  Store,
  StoryDocumentRecord,
  StoryMemberRecord,
  StoryRecord,
  StoryTermRecord,
  StoryTx,
  WatchSource,
} from './store.js';
import { cannotOpen, prepareDatabase } from './open.js';
import { strongestReached } from './reach.js';
import {
  claimHitFromRow,
  fingerprintFromRow,
  fromRow,
  memberFromRow,
  memberFromStoryRow,
  storyFromRow,
  summaryFromRow,
  toRow,
  vectorBlob,
  watchFromRow,
  watchToRow,
  type ArticleRow,
  type ClaimHitRow,
  type CopyFingerprintRow,
  type CopyMemberRow,
  type StoryMemberRow,
  type StoryRow,
  type SummaryRow,
  type WatchRow,
} from './rows.js';

export const DEFAULT_DB = '.corroborate/corroborate.db';

export interface OpenOptions {
  /**
   * A connection that only reads, beside a writer on another connection (WAL lets both
   * run at once). Its transactions take no write lock, so they never wait for the
   * writer's; a write through it fails at once instead of waiting.
   */
  reader?: boolean;
}

/** Opens (creating if needed) the embedded store: WAL mode, migrations applied. */
export function openSqliteStore(path: string = DEFAULT_DB, options: OpenOptions = {}): Store {
  let db: Database.Database;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
  } catch (error) {
    throw cannotOpen(path, error);
  }
  try {
    prepareDatabase(db, path);
    if (options.reader) db.pragma('query_only = ON');
  } catch (error) {
    db.close();
    throw error;
  }
  return new SqliteStore(db, options.reader ?? false);
}

class SqliteStore implements Store {
  private readonly insert: Database.Statement;
  private readonly markUnfinished: Database.Statement<[string]>;
  private readonly unfinished: Database.Statement<[], { id: string }>;
  private readonly finish: Database.Statement<[string]>;
  private readonly byId: Database.Statement<[string], ArticleRow>;
  private readonly insertFetch: Database.Statement<[string, string, string]>;
  private readonly fetchedByUrl: Database.Statement<[string], { article_id: string }>;
  private readonly watchRows: Database.Statement<[], WatchRow>;
  private readonly putWatchRow: Database.Statement;
  private readonly prefix: Database.Statement<[string, number], { id: string }>;
  private readonly list: Database.Statement<[{ limit: number; offset: number; language: string | null }], SummaryRow>;
  private readonly count: Database.Statement<[{ language: string | null }], { n: number }>;
  private readonly putAnnotation: Database.Statement;
  private readonly annotation: Database.Statement<[string, string], { version: number; data: string }>;
  private copyTx: SqliteCopyTx | null = null;
  private storyTx: SqliteStoryTx | null = null;
  /** Copy and story transactions, one at a time: better-sqlite3 has one connection and no nesting. */
  private txQueue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Database.Database,
    /** A reader's transactions take no write lock, and it keeps no cache in the store. */
    private readonly reader: boolean,
  ) {
    this.insert = db.prepare(`
      INSERT INTO articles (id, format, origin, title, text, paragraphs, byline, source_name, source_domain, source_origin,
        url, canonical_url, published, published_origin, modified, language, description, partial, messages, ingested_at)
      VALUES (@id, @format, @origin, @title, @text, @paragraphs, @byline, @source_name, @source_domain, @source_origin,
        @url, @canonical_url, @published, @published_origin, @modified, @language, @description, @partial, @messages, @ingested_at)
      ON CONFLICT (id) DO NOTHING`);
    this.markUnfinished = db.prepare('INSERT OR IGNORE INTO unfinished_articles (article_id) VALUES (?)');
    this.unfinished = db.prepare('SELECT a.id AS id FROM unfinished_articles u JOIN articles a ON a.id = u.article_id ORDER BY a.seq');
    this.finish = db.prepare('DELETE FROM unfinished_articles WHERE article_id = ?');
    this.byId = db.prepare('SELECT a.*, f.record AS fetched FROM articles a LEFT JOIN article_fetches f ON f.article_id = a.id WHERE a.id = ?');
    this.insertFetch = db.prepare('INSERT OR IGNORE INTO article_fetches (article_id, url, record) VALUES (?, ?, ?)');
    this.fetchedByUrl = db.prepare('SELECT article_id FROM article_fetches WHERE url = ? LIMIT 1');
    this.watchRows = db.prepare('SELECT * FROM watch_sources ORDER BY seq');
    this.putWatchRow = db.prepare(`
      INSERT INTO watch_sources (url, etag, last_modified, last_success, last_attempt, failures, last_error, next_poll, via)
      VALUES (@url, @etag, @last_modified, @last_success, @last_attempt, @failures, @last_error, @next_poll, @via)
      ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, last_success = excluded.last_success,
        last_attempt = excluded.last_attempt, failures = excluded.failures, last_error = excluded.last_error, next_poll = excluded.next_poll, via = excluded.via`);
    this.prefix = db.prepare("SELECT id FROM articles WHERE id >= ? ORDER BY id LIMIT ?");
    this.list = db.prepare(`
      SELECT id, format, origin, title, byline, source_name, source_domain, source_origin, url, canonical_url, published,
        published_origin, modified, language, description, partial, ingested_at, length(text) AS chars,
        json_array_length(messages) AS warnings
      FROM articles WHERE @language IS NULL OR language = @language OR language LIKE @language || '-%'
      ORDER BY coalesce(published, ingested_at), seq LIMIT @limit OFFSET @offset`);
    this.count = db.prepare("SELECT count(*) AS n FROM articles WHERE @language IS NULL OR language = @language OR language LIKE @language || '-%'");
    this.putAnnotation = db.prepare(
      'INSERT INTO annotations (article_id, layer, version, data) VALUES (?, ?, ?, ?) ON CONFLICT (article_id, layer) DO UPDATE SET version = excluded.version, data = excluded.data',
    );
    this.annotation = db.prepare('SELECT version, data FROM annotations WHERE article_id = ? AND layer = ?');
  }

  async addArticles(articles: readonly Article[]): Promise<AddResult> {
    const ingestedAt = new Date().toISOString();
    const result: AddResult = { added: [], existing: [] };
    this.db.transaction(() => {
      for (const article of articles) {
        const { fetched, ...row } = toRow(article, ingestedAt);
        const info = this.insert.run(row);
        if (info.changes > 0) this.markUnfinished.run(article.id);
        if (info.changes > 0 && article.fetched) this.insertFetch.run(article.id, article.fetched.url, fetched!);
        (info.changes > 0 ? result.added : result.existing).push(article.id);
      }
    })();
    return result;
  }

  async unfinishedArticles(): Promise<string[]> {
    return this.unfinished.all().map((r) => r.id);
  }

  async finishArticles(articleIds: readonly string[]): Promise<void> {
    this.db.transaction(() => {
      for (const id of articleIds) this.finish.run(id);
    })();
  }

  async getArticle(id: string): Promise<Article | null> {
    const row = this.byId.get(id);
    return row ? fromRow(row) : null;
  }

  async findIds(prefix: string, limit = 10): Promise<string[]> {
    const rows = this.prefix.all(prefix, limit);
    return rows.map((r) => r.id).filter((id) => id.startsWith(prefix));
  }

  async listArticles(options: { limit?: number; offset?: number; language?: string } = {}): Promise<ArticleSummary[]> {
    const rows = this.list.all({ limit: options.limit ?? -1, offset: options.offset ?? 0, language: options.language?.toLowerCase() ?? null });
    return rows.map(summaryFromRow);
  }

  async countArticles(options: { language?: string } = {}): Promise<number> {
    return this.count.get({ language: options.language?.toLowerCase() ?? null })!.n;
  }

  async saveAnnotations(records: readonly AnnotationRecord[]): Promise<void> {
    this.db.transaction(() => {
      for (const r of records) this.putAnnotation.run(r.articleId, r.layer, r.version, JSON.stringify(r.data));
    })();
  }

  async getAnnotations<T>(layer: string, articleIds: readonly string[]): Promise<Map<string, AnnotationRecord<T>>> {
    const out = new Map<string, AnnotationRecord<T>>();
    for (const articleId of articleIds) {
      const row = this.annotation.get(articleId, layer);
      if (row) out.set(articleId, { articleId, layer, version: row.version, data: JSON.parse(row.data) as T });
    }
    return out;
  }

  async copyTransaction<T>(work: (tx: CopyTx) => Promise<T>): Promise<T> {
    const tx = (this.copyTx ??= new SqliteCopyTx(this.db, this.reader));
    return this.queued(() => work(tx));
  }

  async storyTransaction<T>(work: (tx: StoryTx) => Promise<T>): Promise<T> {
    const tx = (this.storyTx ??= new SqliteStoryTx(this.db));
    return this.queued(() => work(tx));
  }

  private async queued<T>(work: () => Promise<T>): Promise<T> {
    // better-sqlite3's own transaction() takes only synchronous work, so this one is opened
    // by hand; transactions queue behind each other instead of nesting.
    const run = async (): Promise<T> => {
      this.db.exec(this.reader ? 'BEGIN' : 'BEGIN IMMEDIATE');
      try {
        const result = await work();
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    };
    const next = this.txQueue.then(run, run);
    this.txQueue = next.catch(() => undefined);
    return next;
  }

  async saveStoryDocument(record: StoryDocumentRecord, claims: readonly ClaimIndexEntry[]): Promise<void> {
    const putDocument = this.db.prepare(
      'INSERT INTO story_documents (story_id, key, generated, document) VALUES (?, ?, ?, ?) ON CONFLICT (story_id) DO UPDATE SET key = excluded.key, generated = excluded.generated, document = excluded.document',
    );
    const dropClaims = this.db.prepare('DELETE FROM story_claims WHERE story_id = ?');
    const putClaim = this.db.prepare('INSERT INTO story_claims (story_id, claim_id, text, status, sources, evidence) VALUES (?, ?, ?, ?, ?, ?)');
    this.db.transaction(() => {
      putDocument.run(record.storyId, record.key, record.generated, JSON.stringify(record.document));
      dropClaims.run(record.storyId);
      for (const c of claims) putClaim.run(record.storyId, c.claimId, c.text, c.status, c.independentSources, JSON.stringify(c.evidence));
    })();
  }

  async getStoryDocument<T>(storyId: string): Promise<StoryDocumentRecord<T> | null> {
    const row = this.db.prepare('SELECT key, generated, document FROM story_documents WHERE story_id = ?').get(storyId) as
      | { key: string; generated: string; document: string }
      | undefined;
    return row ? { storyId, key: row.key, generated: row.generated, document: JSON.parse(row.document) as T } : null;
  }

  async keptDocumentKey(storyId: string): Promise<string | null> {
    const row = this.db.prepare('SELECT key FROM story_documents WHERE story_id = ?').get(storyId) as { key: string } | undefined;
    return row?.key ?? null;
  }

  async pruneStoryDocuments(): Promise<number> {
    let dropped = 0;
    this.db.transaction(() => {
      dropped = this.db.prepare('DELETE FROM story_documents WHERE story_id NOT IN (SELECT id FROM stories)').run().changes;
      this.db.prepare('DELETE FROM story_claims WHERE story_id NOT IN (SELECT id FROM stories)').run();
    })();
    return dropped;
  }

  async searchArticles(terms: readonly string[], options: { limit: number; offset: number }): Promise<SearchPage<{ id: string; score: number }>> {
    const match = ftsQuery(terms);
    if (match === null) return { total: 0, hits: [] };
    const total = (this.db.prepare('SELECT count(*) AS n FROM article_search WHERE article_search MATCH ?').get(match) as { n: number }).n;
    // The title weighs more than the body: a word in the headline says more about the article.
    const rows = this.db
      .prepare(
        `SELECT a.id AS id, bm25(article_search, 4.0, 1.0) AS score FROM article_search JOIN articles a ON a.seq = article_search.rowid
         WHERE article_search MATCH ? ORDER BY score, a.seq LIMIT ? OFFSET ?`,
      )
      .all(match, options.limit, options.offset) as { id: string; score: number }[];
    return { total, hits: rows };
  }

  async searchClaims(terms: readonly string[], options: { limit: number; offset: number }): Promise<SearchPage<ClaimSearchHit>> {
    const match = ftsQuery(terms);
    if (match === null) return { total: 0, hits: [] };
    const total = (this.db.prepare('SELECT count(*) AS n FROM claim_search WHERE claim_search MATCH ?').get(match) as { n: number }).n;
    const rows = this.db
      .prepare(
        `SELECT c.story_id, c.claim_id, c.text, c.status, c.sources, c.evidence, bm25(claim_search) AS score
         FROM claim_search JOIN story_claims c ON c.id = claim_search.rowid
         WHERE claim_search MATCH ? ORDER BY score, c.id LIMIT ? OFFSET ?`,
      )
      .all(match, options.limit, options.offset) as ClaimHitRow[];
    return {
      total,
      hits: rows.map(claimHitFromRow),
    };
  }

  async fetchedFrom(urls: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const url of urls) {
      const row = this.fetchedByUrl.get(url);
      if (row) out.set(url, row.article_id);
    }
    return out;
  }

  async watchSources(): Promise<WatchSource[]> {
    return this.watchRows.all().map(watchFromRow);
  }

  async putWatchSource(s: WatchSource): Promise<void> {
    this.putWatchRow.run(watchToRow(s));
  }

  async dataVersion(): Promise<number> {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  async schemaVersion(): Promise<number> {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  async close(): Promise<void> {
    this.db.close();
    return ;
  }
}

/** Copy detection's statements (src/copies), prepared once per store. */
class SqliteCopyTx implements CopyTx {
  private readonly fingerprint: Database.Statement<[string], CopyFingerprintRow>;
  private readonly byTextHash: Database.Statement<[string, number], { article_id: string }>;
  private readonly byKey: Database.Statement<[number, number], { article_id: string }>;
  private readonly text: Database.Statement<[string], { text: string }>;
  private readonly fact: Database.Statement<[string], { id: string; published: string | null; chars: number }>;
  private readonly putPrint: Database.Statement;
  private readonly dropKeys: Database.Statement<[string]>;
  private readonly putKey: Database.Statement<[number, string]>;
  private readonly putRelation: Database.Statement;
  private readonly member: Database.Statement<[string], CopyMemberRow>;
  private readonly membersOf: Database.Statement<[string], CopyMemberRow>;
  private readonly putMember: Database.Statement;
  private readonly moveMembers: Database.Statement<[string, string]>;
  private readonly group: Database.Statement<[string], { group_key: string; original_id: string; size: number }>;
  private readonly putGroupRow: Database.Statement<[string, string, number]>;
  private readonly dropGroup: Database.Statement<[string]>;

  constructor(
    db: Database.Database,
    private readonly reader: boolean,
  ) {
    this.fingerprint = db.prepare('SELECT * FROM copy_fingerprints WHERE article_id = ?');
    this.byTextHash = db.prepare('SELECT article_id FROM copy_fingerprints WHERE text_hash = ? ORDER BY article_id LIMIT ?');
    this.byKey = db.prepare('SELECT article_id FROM copy_keys WHERE key = ? ORDER BY article_id LIMIT ?');
    this.text = db.prepare('SELECT text FROM articles WHERE id = ?');
    this.fact = db.prepare('SELECT id, published, length(text) AS chars FROM articles WHERE id = ?');
    this.putPrint = db.prepare(
      'INSERT OR REPLACE INTO copy_fingerprints (article_id, version, text_hash, tokens, shingles, signature, filed) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.dropKeys = db.prepare('DELETE FROM copy_keys WHERE article_id = ?');
    this.putKey = db.prepare('INSERT OR IGNORE INTO copy_keys (key, article_id) VALUES (?, ?)');
    this.putRelation = db.prepare('INSERT OR REPLACE INTO copy_relations (a, b, relation, jaccard, a_in_b, b_in_a) VALUES (?, ?, ?, ?, ?, ?)');
    this.member = db.prepare('SELECT * FROM copy_members WHERE article_id = ?');
    this.membersOf = db.prepare('SELECT * FROM copy_members WHERE group_key = ? ORDER BY article_id');
    this.putMember = db.prepare(
      'INSERT OR REPLACE INTO copy_members (article_id, group_key, against, relation, direct, jaccard, in_original, original_in) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.moveMembers = db.prepare('UPDATE copy_members SET group_key = ? WHERE group_key = ?');
    this.group = db.prepare('SELECT * FROM copy_groups WHERE group_key = ?');
    this.putGroupRow = db.prepare('INSERT OR REPLACE INTO copy_groups (group_key, original_id, size) VALUES (?, ?, ?)');
    this.dropGroup = db.prepare('DELETE FROM copy_groups WHERE group_key = ?');
  }

  async fingerprints(articleIds: readonly string[]): Promise<CopyFingerprintRecord[]> {
    const out: CopyFingerprintRecord[] = [];
    for (const id of articleIds) {
      const r = this.fingerprint.get(id);
      if (r) out.push(fingerprintFromRow(r));
    }
    return out;
  }

  async idsWithTextHash(textHash: string, limit: number): Promise<string[]> {
    return this.byTextHash.all(textHash, limit).map((r) => r.article_id);
  }

  async idsByKeys(keys: readonly number[], perKey: readonly number[]): Promise<string[][]> {
    return keys.map((key, i) => this.byKey.all(key, perKey[i] ?? 0).map((r) => r.article_id));
  }

  async texts(articleIds: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const id of articleIds) {
      const r = this.text.get(id);
      if (r) out.set(id, r.text);
    }
    return out;
  }

  async facts(articleIds: readonly string[]): Promise<CopyArticleFacts[]> {
    const out: CopyArticleFacts[] = [];
    for (const id of articleIds) {
      const r = this.fact.get(id);
      if (r) out.push(r);
    }
    return out;
  }

  async putFingerprint(record: CopyFingerprintRecord, keys: readonly number[]): Promise<void> {
    const r = record;
    this.putPrint.run(r.articleId, r.version, r.textHash, r.tokens, r.shingles, Buffer.from(r.signature), r.filed);
    this.dropKeys.run(r.articleId);
    for (const key of keys) this.putKey.run(key, r.articleId);
  }

  async putRelations(records: readonly CopyRelationRecord[]): Promise<void> {
    for (const r of records) this.putRelation.run(r.a, r.b, r.relation, r.jaccard, r.aInB, r.bInA);
  }

  async memberships(articleIds: readonly string[]): Promise<CopyMemberRecord[]> {
    const out: CopyMemberRecord[] = [];
    for (const id of articleIds) {
      const r = this.member.get(id);
      if (r) out.push(memberFromRow(r));
    }
    return out;
  }

  async groupMembers(groupKey: string): Promise<CopyMemberRecord[]> {
    return this.membersOf.all(groupKey).map(memberFromRow);
  }

  async keepRelations(records: readonly CopyMemberRecord[]): Promise<void> {
    if (!this.reader) await this.putMembers(records);
  }

  async putMembers(records: readonly CopyMemberRecord[]): Promise<void> {
    for (const r of records) {
      this.putMember.run(r.articleId, r.groupKey, r.against, r.relation, r.direct === null ? null : r.direct ? 1 : 0, r.jaccard, r.inOriginal, r.originalIn);
    }
  }

  async mergeGroup(fromKey: string, toKey: string): Promise<void> {
    this.moveMembers.run(toKey, fromKey);
    this.dropGroup.run(fromKey);
  }

  async groups(groupKeys: readonly string[]): Promise<CopyGroupRecord[]> {
    const out: CopyGroupRecord[] = [];
    for (const key of groupKeys) {
      const r = this.group.get(key);
      if (r) out.push({ groupKey: r.group_key, originalId: r.original_id, size: r.size });
    }
    return out;
  }

  async putGroup(record: CopyGroupRecord): Promise<void> {
    this.putGroupRow.run(record.groupKey, record.originalId, record.size);
  }
}

/** Story clustering's statements (src/stories), prepared once per store. */
class SqliteStoryTx implements StoryTx {
  private readonly docs: Database.Statement<[], { value: number }>;
  private readonly bumpDocs: Database.Statement;
  private readonly term: Database.Statement<[string], { id: number; df: number }>;
  private readonly newTerm: Database.Statement<[string]>;
  private readonly bumpDf: Database.Statement<[number]>;
  private readonly posting: Database.Statement<[number, number], { story_id: string }>;
  private readonly putPosting: Database.Statement<[number, string, number]>;
  private readonly story: Database.Statement<[string], StoryRow>;
  private readonly putStoryRow: Database.Statement;
  private readonly ids: Database.Statement<[], { id: string }>;
  private readonly member: Database.Statement<[string], StoryMemberRow>;
  private readonly membersOfStory: Database.Statement<[string], StoryMemberRow>;
  private readonly withText: Database.Statement<[string], { story_id: string }>;
  private readonly putMemberRow: Database.Statement<[string, string, string, string]>;
  private readonly moveMembers: Database.Statement<[string, string]>;
  private readonly putTerm: Database.Statement<[number, string, number]>;
  private readonly setDocs: Database.Statement<[number]>;
  private readonly dropStory: Database.Statement<[string]>;
  private readonly young: Database.Statement<[string], { article_id: string; vectors: Buffer }>;
  private readonly putYoungRow: Database.Statement<[string, Buffer]>;
  private readonly dropYoungRows: Database.Statement<[string]>;

  constructor(private readonly db: Database.Database) {
    this.docs = db.prepare("SELECT value FROM story_state WHERE key = 'documents'");
    this.bumpDocs = db.prepare("INSERT INTO story_state (key, value) VALUES ('documents', 1) ON CONFLICT (key) DO UPDATE SET value = value + 1");
    this.term = db.prepare('SELECT id, df FROM story_terms WHERE term = ?');
    this.newTerm = db.prepare('INSERT INTO story_terms (term, df) VALUES (?, 0)');
    this.bumpDf = db.prepare('UPDATE story_terms SET df = df + 1 WHERE id = ?');
    this.posting = db.prepare('SELECT story_id FROM story_postings WHERE term = ? ORDER BY seq DESC, story_id LIMIT ?');
    this.putPosting = db.prepare('INSERT INTO story_postings (term, story_id, seq) VALUES (?, ?, ?) ON CONFLICT (term, story_id) DO UPDATE SET seq = excluded.seq');
    this.story = db.prepare('SELECT * FROM stories WHERE id = ?');
    this.putStoryRow = db.prepare(`
      INSERT OR REPLACE INTO stories (id, seq, articles, weight, day_min, day_max, ref_days, topic, identity, representative, representative_score,
        representative_topic, representative_identity, title, phrases, source, published, language)
      VALUES (@id, @seq, @articles, @weight, @day_min, @day_max, @ref_days, @topic, @identity, @representative, @representative_score,
        @representative_topic, @representative_identity, @title, @phrases, @source, @published, @language)`);
    this.ids = db.prepare('SELECT id FROM stories ORDER BY seq');
    this.member = db.prepare('SELECT * FROM story_members WHERE article_id = ?');
    this.membersOfStory = db.prepare('SELECT * FROM story_members WHERE story_id = ? ORDER BY article_id');
    this.withText = db.prepare('SELECT story_id FROM story_members WHERE text_hash = ? LIMIT 1');
    this.putMemberRow = db.prepare('INSERT OR REPLACE INTO story_members (article_id, story_id, text_hash, source) VALUES (?, ?, ?, ?)');
    this.moveMembers = db.prepare('UPDATE story_members SET story_id = ? WHERE story_id = ?');
    this.dropStory = db.prepare('DELETE FROM stories WHERE id = ?');
    this.young = db.prepare('SELECT y.article_id, y.vectors FROM story_young y JOIN story_members m ON m.article_id = y.article_id WHERE m.story_id = ? ORDER BY y.article_id');
    this.putYoungRow = db.prepare('INSERT OR REPLACE INTO story_young (article_id, vectors) VALUES (?, ?)');
    this.dropYoungRows = db.prepare('DELETE FROM story_young WHERE article_id IN (SELECT article_id FROM story_members WHERE story_id = ?)');
    this.putTerm = db.prepare('INSERT INTO story_terms (id, term, df) VALUES (?, ?, ?)');
    this.setDocs = db.prepare("INSERT INTO story_state (key, value) VALUES ('documents', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
  }

  async documents(): Promise<number> {
    return this.docs.get()?.value ?? 0;
  }

  async terms(terms: readonly string[], create: boolean): Promise<(StoryTermRecord | null)[]> {
    return terms.map((term) => {
      const row = this.term.get(term);
      if (row) return { id: row.id, term, df: row.df };
      if (!create) return null;
      return { id: Number(this.newTerm.run(term).lastInsertRowid), term, df: 0 };
    });
  }

  async countDocument(termIds: readonly number[]): Promise<void> {
    for (const id of termIds) this.bumpDf.run(id);
    this.bumpDocs.run();
  }

  async reach(termIds: readonly number[], weights: readonly number[], limit: number, count: number): Promise<string[]> {
    return strongestReached(
      termIds.map((id) => this.posting.all(id, limit).map((r) => r.story_id)),
      weights,
      count,
    );
  }

  async post(storyId: string, termIds: readonly number[], seq: number): Promise<void> {
    for (const id of termIds) this.putPosting.run(id, storyId, seq);
  }

  async stories(ids: readonly string[]): Promise<StoryRecord[]> {
    const out: StoryRecord[] = [];
    for (const id of ids) {
      const r = this.story.get(id);
      if (r) out.push(storyFromRow(r));
    }
    return out;
  }

  async putStory(r: StoryRecord): Promise<void> {
    this.putStoryRow.run({
      id: r.id,
      seq: r.seq,
      articles: r.articles,
      weight: r.weight,
      day_min: r.dayMin,
      day_max: r.dayMax,
      ref_days: JSON.stringify(r.refDays),
      topic: vectorBlob(r.topic),
      identity: vectorBlob(r.identity),
      representative: r.representative,
      representative_score: r.representativeScore,
      representative_topic: vectorBlob(r.representativeTopic),
      representative_identity: vectorBlob(r.representativeIdentity),
      title: r.title,
      phrases: JSON.stringify(r.phrases),
      source: r.source,
      published: r.published ? 1 : 0,
      language: r.language,
    });
  }

  async storyIds(): Promise<string[]> {
    return this.ids.all().map((r) => r.id);
  }

  async members(articleIds: readonly string[]): Promise<StoryMemberRecord[]> {
    const out: StoryMemberRecord[] = [];
    for (const id of articleIds) {
      const r = this.member.get(id);
      if (r) out.push(memberFromStoryRow(r));
    }
    return out;
  }

  async membersOf(storyId: string): Promise<StoryMemberRecord[]> {
    return this.membersOfStory.all(storyId).map(memberFromStoryRow);
  }

  async storyWithText(textHash: string): Promise<string | null> {
    return this.withText.get(textHash)?.story_id ?? null;
  }

  async putMember(r: StoryMemberRecord): Promise<void> {
    this.putMemberRow.run(r.articleId, r.storyId, r.textHash, r.source);
  }

  async mergeStories(fromId: string, intoId: string): Promise<void> {
    this.moveMembers.run(intoId, fromId);
    this.dropStory.run(fromId);
  }

  async youngOf(storyId: string): Promise<{ articleId: string; vectors: Uint8Array }[]> {
    return this.young.all(storyId).map((r) => ({ articleId: r.article_id, vectors: new Uint8Array(r.vectors) }));
  }

  async putYoung(articleId: string, vectors: Uint8Array): Promise<void> {
    this.putYoungRow.run(articleId, Buffer.from(vectors.buffer, vectors.byteOffset, vectors.byteLength));
  }

  async dropYoung(storyId: string): Promise<void> {
    this.dropYoungRows.run(storyId);
  }

  async clear(): Promise<void> {
    this.db.exec('DELETE FROM story_young; DELETE FROM story_postings; DELETE FROM story_members; DELETE FROM stories; DELETE FROM story_terms; DELETE FROM story_state;');
  }

  async restoreTerms(terms: readonly StoryTermRecord[], documents: number): Promise<void> {
    for (const t of terms) this.putTerm.run(t.id, t.term, t.df);
    this.setDocs.run(documents);
  }
}

/**
 * Every term as a quoted FTS5 string, all required: quoting keeps operators, column filters
 * and stray quotes in user input from being read as query syntax.
 */
function ftsQuery(terms: readonly string[]): string | null {
  const quoted = terms.filter((t) => t.length > 0).map((t) => `"${t.replaceAll('"', '""')}"`);
  return quoted.length > 0 ? quoted.join(' AND ') : null;
}

