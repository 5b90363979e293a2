/**
 * The PostgreSQL store: the same `Store` as SQLite's, for many processes on many machines
 * against one database. Each call is one statement or one transaction on a pooled
 * connection. Copy and story transactions hold an advisory lock each for their length, so
 * that however many workers run, copy detection sees one consistent index and story
 * clustering one set of centroids, as they do in a single process.
 */
import type pg from 'pg';
import type { Article } from '../../pipeline/record.js';
import type {
  AddResult,
  AnnotationRecord,
  ArticleSummary,
  ClaimIndexEntry,
  ClaimSearchHit,
  CopyTx,
  SearchPage,
  Store,
  StoryDocumentRecord,
  StoryTx,
  TransactionOptions,
  WatchSource,
} from '../store.js';
import { claimHitFromRow, fromRow, summaryFromRow, toRow, watchFromRow, watchToRow, type ArticleRow, type ClaimHitRow, type SummaryRow, type WatchRow } from '../rows.js';
import { LOCKS, LOCK_SPACE, openPool, type PostgresOptions } from './connection.js';
import { PG_LATEST_VERSION } from './migrations.js';
import { articleVectorSql, indexedText, RANK_WEIGHTS, tsQuery, foldForSearch } from './search.js';
import { PgCopyTx } from './copy-tx.js';
import { PgStoryTx } from './story-tx.js';

export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<PostgresStore> {
  const { pool, schema } = await openPool(url, options);
  return new PostgresStore(pool, schema);
}

const ARTICLE_COLUMNS = [
  'id', 'format', 'origin', 'title', 'text', 'paragraphs', 'byline', 'source_name', 'source_domain', 'source_origin',
  'url', 'canonical_url', 'published', 'published_origin', 'modified', 'language', 'description', 'partial', 'messages', 'ingested_at',
] as const;

const SUMMARY_COLUMNS = `id, format, origin, title, byline, source_name, source_domain, source_origin, url, canonical_url, published,
  published_origin, modified, language, description, partial, ingested_at, length(text) AS chars, warnings`;

const LANGUAGE_FILTER = "($1::text IS NULL OR language = $1 OR language LIKE $1 || '-%')";

export class PostgresStore implements Store {
  constructor(
    readonly pool: pg.Pool,
    /** The schema the tables are in (the URL's `schema`), or null for the search path's. */
    readonly schema: string | null,
  ) {}

  /** Runs `work` in one transaction on one connection: committed when it resolves, rolled back when it throws. */
  async transaction<T>(work: (client: pg.PoolClient) => Promise<T>, lock?: number, readOnly = false): Promise<T> {
    const client = await this.pool.connect();
    try {
      // A reader takes one snapshot for its whole transaction, so its statements agree with each other without a lock.
      await client.query(readOnly ? 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY' : 'BEGIN');
      try {
        if (lock !== undefined) await client.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_SPACE, lock]);
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    } finally {
      client.release();
    }
  }

  async addArticles(articles: readonly Article[]): Promise<AddResult> {
    const ingestedAt = new Date().toISOString();
    const result: AddResult = { added: [], existing: [] };
    const placeholders = ARTICLE_COLUMNS.map((_, i) => `$${i + 1}`).join(', ');
    const n = ARTICLE_COLUMNS.length;
    const insert = `INSERT INTO articles (${ARTICLE_COLUMNS.join(', ')}, warnings, search)
      VALUES (${placeholders}, $${n + 1}, ${articleVectorSql(`$${n + 2}`, `$${n + 3}`)})
      ON CONFLICT (id) DO NOTHING RETURNING seq`;
    await this.transaction(async (client) => {
      for (const article of articles) {
        const { fetched, ...row } = toRow(article, ingestedAt);
        const values = ARTICLE_COLUMNS.map((c) => (c === 'partial' ? row.partial === 1 : row[c]));
        const inserted = await client.query(insert, [...values, article.messages.length, foldForSearch(article.title), indexedText(article.text)]);
        const added = (inserted.rowCount ?? 0) > 0;
        if (added) {
          await client.query('INSERT INTO unfinished_articles (article_id) VALUES ($1) ON CONFLICT DO NOTHING', [article.id]);
          if (article.fetched) {
            await client.query('INSERT INTO article_fetches (article_id, url, record) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [article.id, article.fetched.url, fetched]);
          }
        }
        (added ? result.added : result.existing).push(article.id);
      }
    });
    return result;
  }

  async unfinishedArticles(): Promise<string[]> {
    const { rows } = await this.pool.query<{ id: string }>('SELECT a.id FROM unfinished_articles u JOIN articles a ON a.id = u.article_id ORDER BY a.seq');
    return rows.map((r) => r.id);
  }

  async finishArticles(articleIds: readonly string[]): Promise<void> {
    await this.pool.query('DELETE FROM unfinished_articles WHERE article_id = ANY($1::text[])', [articleIds]);
  }

  async getArticle(id: string): Promise<Article | null> {
    const { rows } = await this.pool.query<ArticleRow>(
      `SELECT ${ARTICLE_COLUMNS.map((c) => `a.${c}`).join(', ')}, f.record AS fetched FROM articles a LEFT JOIN article_fetches f ON f.article_id = a.id WHERE a.id = $1`,
      [id],
    );
    return rows[0] ? fromRow(rows[0]) : null;
  }

  async findIds(prefix: string, limit = 10): Promise<string[]> {
    const { rows } = await this.pool.query<{ id: string }>('SELECT id FROM articles WHERE id >= $1 ORDER BY id LIMIT $2', [prefix, limit]);
    return rows.map((r) => r.id).filter((id) => id.startsWith(prefix));
  }

  async listArticles(options: { limit?: number; offset?: number; language?: string } = {}): Promise<ArticleSummary[]> {
    const { rows } = await this.pool.query<SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE ${LANGUAGE_FILTER} ORDER BY coalesce(published, ingested_at), seq LIMIT $2 OFFSET $3`,
      [options.language?.toLowerCase() ?? null, options.limit === undefined || options.limit < 0 ? null : options.limit, options.offset ?? 0],
    );
    return rows.map(summaryFromRow);
  }

  async countArticles(options: { language?: string } = {}): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM articles WHERE ${LANGUAGE_FILTER}`, [options.language?.toLowerCase() ?? null]);
    return rows[0]!.n;
  }

  async saveAnnotations(records: readonly AnnotationRecord[]): Promise<void> {
    if (records.length === 0) return;
    // One statement: unnest keeps the rows in order, and a layer's row is replaced whole.
    await this.pool.query(
      `INSERT INTO annotations (article_id, layer, version, data)
       SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[])
       ON CONFLICT (article_id, layer) DO UPDATE SET version = excluded.version, data = excluded.data`,
      [records.map((r) => r.articleId), records.map((r) => r.layer), records.map((r) => r.version), records.map((r) => JSON.stringify(r.data))],
    );
  }

  async getAnnotations<T>(layer: string, articleIds: readonly string[]): Promise<Map<string, AnnotationRecord<T>>> {
    const { rows } = await this.pool.query<{ article_id: string; version: number; data: string }>(
      'SELECT article_id, version, data FROM annotations WHERE layer = $1 AND article_id = ANY($2::text[])',
      [layer, articleIds],
    );
    const found = new Map(rows.map((r) => [r.article_id, r]));
    const out = new Map<string, AnnotationRecord<T>>();
    for (const articleId of articleIds) {
      const row = found.get(articleId);
      if (row && !out.has(articleId)) out.set(articleId, { articleId, layer, version: row.version, data: JSON.parse(row.data) as T });
    }
    return out;
  }

  async copyTransaction<T>(work: (tx: CopyTx) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    const readOnly = options.readOnly === true;
    return this.transaction((client) => work(new PgCopyTx(client, readOnly)), readOnly ? undefined : LOCKS.copies, readOnly);
  }

  async storyTransaction<T>(work: (tx: StoryTx) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    const readOnly = options.readOnly === true;
    return this.transaction((client) => work(new PgStoryTx(client)), readOnly ? undefined : LOCKS.stories, readOnly);
  }

  async saveStoryDocument(record: StoryDocumentRecord, claims: readonly ClaimIndexEntry[]): Promise<void> {
    await this.transaction(async (client) => {
      await client.query(
        `INSERT INTO story_documents (story_id, key, generated, document) VALUES ($1, $2, $3, $4)
         ON CONFLICT (story_id) DO UPDATE SET key = excluded.key, generated = excluded.generated, document = excluded.document`,
        [record.storyId, record.key, record.generated, JSON.stringify(record.document)],
      );
      await client.query('DELETE FROM story_claims WHERE story_id = $1', [record.storyId]);
      if (claims.length === 0) return;
      await client.query(
        `INSERT INTO story_claims (story_id, claim_id, text, status, sources, evidence, search)
         SELECT $1, c.claim_id, c.text, c.status, c.sources, c.evidence, to_tsvector('simple', c.folded)
         FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::text[], $7::text[]) WITH ORDINALITY
           AS c (claim_id, text, status, sources, evidence, folded, ord)
         ORDER BY c.ord`,
        [
          record.storyId,
          claims.map((c) => c.claimId),
          claims.map((c) => c.text),
          claims.map((c) => c.status),
          claims.map((c) => c.independentSources),
          claims.map((c) => JSON.stringify(c.evidence)),
          claims.map((c) => indexedText(c.text)),
        ],
      );
    });
  }

  async getStoryDocument<T>(storyId: string): Promise<StoryDocumentRecord<T> | null> {
    const { rows } = await this.pool.query<{ key: string; generated: string; document: string }>('SELECT key, generated, document FROM story_documents WHERE story_id = $1', [storyId]);
    const row = rows[0];
    return row ? { storyId, key: row.key, generated: row.generated, document: JSON.parse(row.document) as T } : null;
  }

  async keptDocumentKey(storyId: string): Promise<string | null> {
    const { rows } = await this.pool.query<{ key: string }>('SELECT key FROM story_documents WHERE story_id = $1', [storyId]);
    return rows[0]?.key ?? null;
  }

  async pruneStoryDocuments(): Promise<number> {
    return this.transaction(async (client) => {
      const dropped = await client.query('DELETE FROM story_documents d WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = d.story_id)');
      await client.query('DELETE FROM story_claims c WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = c.story_id)');
      return dropped.rowCount ?? 0;
    });
  }

  async searchArticles(terms: readonly string[], options: { limit: number; offset: number }): Promise<SearchPage<{ id: string; score: number }>> {
    const query = tsQuery(terms, 3);
    if (query === null) return { total: 0, hits: [] };
    const { rows } = await this.pool.query<{ id: string; score: number; total: number }>(
      `WITH q AS (SELECT ${query.sql} AS q)
       SELECT a.id, -ts_rank('${RANK_WEIGHTS}', a.search, q.q) AS score, count(*) OVER ()::int AS total
       FROM articles a, q WHERE a.search @@ q.q ORDER BY score, a.seq LIMIT $1 OFFSET $2`,
      [options.limit, options.offset, ...query.params],
    );
    const total = rows[0]?.total ?? (await this.countMatches('articles', query));
    return { total, hits: rows.map((r) => ({ id: r.id, score: r.score })) };
  }

  async searchClaims(terms: readonly string[], options: { limit: number; offset: number }): Promise<SearchPage<ClaimSearchHit>> {
    const query = tsQuery(terms, 3);
    if (query === null) return { total: 0, hits: [] };
    const { rows } = await this.pool.query<ClaimHitRow & { total: number }>(
      `WITH q AS (SELECT ${query.sql} AS q)
       SELECT c.story_id, c.claim_id, c.text, c.status, c.sources, c.evidence, -ts_rank(c.search, q.q) AS score, count(*) OVER ()::int AS total
       FROM story_claims c, q WHERE c.search @@ q.q ORDER BY score, c.id LIMIT $1 OFFSET $2`,
      [options.limit, options.offset, ...query.params],
    );
    const total = rows[0]?.total ?? (await this.countMatches('story_claims', query));
    return {
      total,
      hits: rows.map(claimHitFromRow),
    };
  }

  /** The number of matches when the page asked for is past the last (the window count comes with rows only). */
  private async countMatches(table: 'articles' | 'story_claims', query: { sql: string; params: string[] }): Promise<number> {
    const shifted = tsQuery(query.params, 1)!;
    const { rows } = await this.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE search @@ (${shifted.sql})`, shifted.params);
    return rows[0]!.n;
  }

  async fetchedFrom(urls: readonly string[]): Promise<Map<string, string>> {
    const { rows } = await this.pool.query<{ url: string; article_id: string }>(
      'SELECT DISTINCT ON (url) url, article_id FROM article_fetches WHERE url = ANY($1::text[]) ORDER BY url, article_id',
      [urls],
    );
    const found = new Map(rows.map((r) => [r.url, r.article_id]));
    const out = new Map<string, string>();
    for (const url of urls) {
      const id = found.get(url);
      if (id !== undefined) out.set(url, id);
    }
    return out;
  }

  async watchSources(): Promise<WatchSource[]> {
    const { rows } = await this.pool.query<WatchRow>('SELECT url, etag, last_modified, last_success, last_attempt, failures, last_error, next_poll, via FROM watch_sources ORDER BY seq');
    return rows.map(watchFromRow);
  }

  async putWatchSource(source: WatchSource): Promise<void> {
    const r = watchToRow(source);
    await this.pool.query(
      `INSERT INTO watch_sources (url, etag, last_modified, last_success, last_attempt, failures, last_error, next_poll, via)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, last_success = excluded.last_success,
         last_attempt = excluded.last_attempt, failures = excluded.failures, last_error = excluded.last_error, next_poll = excluded.next_poll, via = excluded.via`,
      [r.url, r.etag, r.last_modified, r.last_success, r.last_attempt, r.failures, r.last_error, r.next_poll, r.via],
    );
  }

  /**
   * The next transaction id not yet assigned: it moves whenever any connection starts a
   * transaction that writes, so a cache keyed on it looks again after every commit (and
   * now and then after a rollback, which costs a needless look and nothing else).
   */
  async dataVersion(): Promise<number> {
    const { rows } = await this.pool.query<{ v: string }>('SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS v');
    return Number(rows[0]!.v);
  }

  async schemaVersion(): Promise<number> {
    const { rows } = await this.pool.query<{ version: number }>('SELECT version FROM corroborate_schema');
    return rows[0]?.version ?? PG_LATEST_VERSION;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
