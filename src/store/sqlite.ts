import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Article, Paragraph, Message, Format, TimeOrigin, OutletOrigin } from '../pipeline/record.js';
import { RunError } from '../pipeline/errors.js';
import type { AddResult, AnnotationRecord, ArticleSummary, Store } from './store.js';
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

  async schemaVersion(): Promise<number> {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  async close(): Promise<void> {
    this.db.close();
    return ;
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
