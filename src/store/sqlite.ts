import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Article, Paragraph, Message, Format, TimeOrigin, OutletOrigin } from '../pipeline/record.js';
import { RunError } from '../pipeline/errors.js';
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
  Store,
} from './store.js';
import { MIGRATIONS, LATEST_VERSION } from './migrations.js';

export const DEFAULT_DB = '.corroborate/corroborate.db';

interface ArticleRow {
  id: string;
  format: string;
  origin: string;
  title: string;
  text: string;
  paragraphs: string;
  byline: string | null;
  source_name: string;
  source_domain: string | null;
  source_origin: string;
  url: string | null;
  canonical_url: string | null;
  published: string | null;
  published_origin: string;
  modified: string | null;
  language: string | null;
  description: string | null;
  partial: number;
  messages: string;
  ingested_at: string;
}

type SummaryRow = Omit<ArticleRow, 'text' | 'paragraphs' | 'messages'> & { chars: number; warnings: number };

/** Opens (creating if needed) the embedded store: WAL mode, migrations applied. */
export function openSqliteStore(path: string = DEFAULT_DB): Store {
  let db: Database.Database;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
  } catch (error) {
    throw new RunError(`cannot open the database ${path}: ${(error as Error).message}`, 'check the --db path, its folder permissions, and that it is a corroborate database');
  }
  migrate(db, path);
  return new SqliteStore(db);
}

function migrate(db: Database.Database, path: string): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > LATEST_VERSION) {
    throw new RunError(`${path} has schema version ${current}, newer than this corroborate (${LATEST_VERSION})`, 'upgrade corroborate, or use another --db');
  }
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}

class SqliteStore implements Store {
  private readonly insert: Database.Statement;
  private readonly byId: Database.Statement<[string], ArticleRow>;
  private readonly prefix: Database.Statement<[string, number], { id: string }>;
  private readonly list: Database.Statement<[number, number], SummaryRow>;
  private readonly count: Database.Statement<[], { n: number }>;
  private readonly putAnnotation: Database.Statement;
  private readonly annotation: Database.Statement<[string, string], { version: number; data: string }>;
  private copyTx: SqliteCopyTx | null = null;
  private copyQueue: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: Database.Database) {
    this.insert = db.prepare(`
      INSERT INTO articles (id, format, origin, title, text, paragraphs, byline, source_name, source_domain, source_origin,
        url, canonical_url, published, published_origin, modified, language, description, partial, messages, ingested_at)
      VALUES (@id, @format, @origin, @title, @text, @paragraphs, @byline, @source_name, @source_domain, @source_origin,
        @url, @canonical_url, @published, @published_origin, @modified, @language, @description, @partial, @messages, @ingested_at)
      ON CONFLICT (id) DO NOTHING`);
    this.byId = db.prepare('SELECT * FROM articles WHERE id = ?');
    this.prefix = db.prepare("SELECT id FROM articles WHERE id >= ? ORDER BY id LIMIT ?");
    this.list = db.prepare(`
      SELECT id, format, origin, title, byline, source_name, source_domain, source_origin, url, canonical_url, published,
        published_origin, modified, language, description, partial, ingested_at, length(text) AS chars,
        json_array_length(messages) AS warnings
      FROM articles ORDER BY coalesce(published, ingested_at), seq LIMIT ? OFFSET ?`);
    this.count = db.prepare('SELECT count(*) AS n FROM articles');
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
        const info = this.insert.run(toRow(article, ingestedAt));
        (info.changes > 0 ? result.added : result.existing).push(article.id);
      }
    })();
    return result;
  }

  async getArticle(id: string): Promise<Article | null> {
    const row = this.byId.get(id);
    return row ? fromRow(row) : null;
  }

  async findIds(prefix: string, limit = 10): Promise<string[]> {
    const rows = this.prefix.all(prefix, limit);
    return rows.map((r) => r.id).filter((id) => id.startsWith(prefix));
  }

  async listArticles(options: { limit?: number; offset?: number } = {}): Promise<ArticleSummary[]> {
    const rows = this.list.all(options.limit ?? -1, options.offset ?? 0);
    return rows.map(summaryFromRow);
  }

  async countArticles(): Promise<number> {
    return this.count.get()!.n;
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
    const tx = (this.copyTx ??= new SqliteCopyTx(this.db));
    // better-sqlite3's own transaction() takes only synchronous work, so this one is opened
    // by hand; copy transactions queue behind each other instead of nesting.
    const run = async (): Promise<T> => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(tx);
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    };
    const next = this.copyQueue.then(run, run);
    this.copyQueue = next.catch(() => undefined);
    return next;
  }

  async schemaVersion(): Promise<number> {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  async close(): Promise<void> {
    this.db.close();
    return ;
  }
}

interface CopyFingerprintRow {
  article_id: string;
  version: number;
  text_hash: string;
  tokens: number;
  shingles: number;
  signature: Buffer;
  filed: number;
}

interface CopyMemberRow {
  article_id: string;
  group_key: string;
  against: string | null;
  relation: string | null;
  direct: number | null;
  jaccard: number | null;
  in_original: number | null;
  original_in: number | null;
}

const memberFromRow = (r: CopyMemberRow): CopyMemberRecord => ({
  articleId: r.article_id,
  groupKey: r.group_key,
  against: r.against,
  relation: r.relation,
  direct: r.direct === null ? null : r.direct === 1,
  jaccard: r.jaccard,
  inOriginal: r.in_original,
  originalIn: r.original_in,
});

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

  constructor(db: Database.Database) {
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
      if (r) out.push({ articleId: r.article_id, version: r.version, textHash: r.text_hash, tokens: r.tokens, shingles: r.shingles, signature: new Uint8Array(r.signature), filed: r.filed });
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

function toRow(a: Article, ingestedAt: string): ArticleRow {
  return {
    id: a.id,
    format: a.format,
    origin: a.origin,
    title: a.title,
    text: a.text,
    paragraphs: JSON.stringify(a.paragraphs),
    byline: a.byline,
    source_name: a.source.name,
    source_domain: a.source.domain,
    source_origin: a.source.origin,
    url: a.url,
    canonical_url: a.canonicalUrl,
    published: a.published.value,
    published_origin: a.published.origin,
    modified: a.modified,
    language: a.language,
    description: a.description,
    partial: a.partial ? 1 : 0,
    messages: JSON.stringify(a.messages),
    ingested_at: ingestedAt,
  };
}

function summaryFromRow(r: SummaryRow): ArticleSummary {
  return {
    id: r.id,
    format: r.format as Format,
    origin: r.origin,
    title: r.title,
    byline: r.byline,
    source: { name: r.source_name, domain: r.source_domain, origin: r.source_origin as OutletOrigin },
    url: r.url,
    canonicalUrl: r.canonical_url,
    published: { value: r.published, origin: r.published_origin as TimeOrigin },
    modified: r.modified,
    language: r.language,
    description: r.description,
    partial: r.partial === 1,
    ingestedAt: r.ingested_at,
    chars: r.chars,
    warnings: r.warnings,
  };
}

function fromRow(r: ArticleRow): Article {
  const { ingestedAt: _ingestedAt, chars: _chars, warnings: _warnings, ...summary } = summaryFromRow({ ...r, chars: 0, warnings: 0 });
  return {
    ...summary,
    text: r.text,
    paragraphs: JSON.parse(r.paragraphs) as Paragraph[],
    messages: JSON.parse(r.messages) as Message[],
  };
}
