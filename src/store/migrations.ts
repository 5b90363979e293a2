/**
 * Versioned schema. Each migration runs once, in order, inside a transaction, and the
 * database's user_version records the last one applied. Never edit a released migration:
 * add the next one.
 */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'articles',
    sql: `
      CREATE TABLE articles (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        format TEXT NOT NULL,
        origin TEXT NOT NULL,
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        paragraphs TEXT NOT NULL,
        byline TEXT,
        source_name TEXT NOT NULL,
        source_domain TEXT,
        source_origin TEXT NOT NULL,
        url TEXT,
        canonical_url TEXT,
        published TEXT,
        published_origin TEXT NOT NULL,
        modified TEXT,
        language TEXT,
        description TEXT,
        partial INTEGER NOT NULL,
        messages TEXT NOT NULL,
        ingested_at TEXT NOT NULL
      );
      CREATE INDEX articles_published ON articles (published);
      CREATE INDEX articles_source ON articles (source_name);
    `,
  },
  {
    version: 2,
    description: 'per-article annotations from later stages, versioned so stale ones are recomputed',
    sql: `
      CREATE TABLE annotations (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        layer TEXT NOT NULL,
        version INTEGER NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (article_id, layer)
      );
    `,
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
