/**
 * Versioned schema. Each migration runs once, in order, and the database's user_version
 * records the last one applied; the pending ones run in one transaction that holds the
 * write lock (migrate in sqlite.ts), so concurrent openers never apply one twice. Never
 * edit a released migration: add the next one.
 */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

/**
 * Everything derived from the stories except the stories table itself: emptied when a
 * change to how stories are computed makes them unusable, so that the next update rebuilds
 * them from the stored articles (src/stories/index.ts).
 *
 * Frozen, like the migrations that use it (7 and 8): a table added later must not join
 * this list, or a fresh database would run migration 7 against a table it has not created
 * yet. A later migration that empties the story state writes its own list.
 */
const EMPTY_STORY_STATE = `
      DELETE FROM story_postings;
      DELETE FROM story_members;
      DELETE FROM story_terms;
      DELETE FROM story_state;
      DELETE FROM story_documents;
      DELETE FROM story_claims;`;

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
  {
    version: 3,
    description: 'copy detection: fingerprints, LSH and sentence keys, verified copy relations, copy groups',
    // IF NOT EXISTS: a database whose user_version was set back (as tests do to fake an old one) still migrates.
    sql: `
      CREATE TABLE IF NOT EXISTS copy_fingerprints (
        article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        text_hash TEXT NOT NULL,
        tokens INTEGER NOT NULL,
        shingles INTEGER NOT NULL,
        signature BLOB NOT NULL,
        filed INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS copy_fingerprints_text ON copy_fingerprints (text_hash, article_id);
      CREATE TABLE IF NOT EXISTS copy_keys (
        key INTEGER NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        PRIMARY KEY (key, article_id)
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS copy_keys_article ON copy_keys (article_id);
      CREATE TABLE IF NOT EXISTS copy_relations (
        a TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        b TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        relation TEXT NOT NULL,
        jaccard REAL NOT NULL,
        a_in_b REAL NOT NULL,
        b_in_a REAL NOT NULL,
        PRIMARY KEY (a, b)
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS copy_relations_b ON copy_relations (b);
      CREATE TABLE IF NOT EXISTS copy_groups (
        group_key TEXT PRIMARY KEY,
        original_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        size INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS copy_members (
        article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        group_key TEXT NOT NULL,
        against TEXT,
        relation TEXT,
        direct INTEGER,
        jaccard REAL,
        in_original REAL,
        original_in REAL
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS copy_members_group ON copy_members (group_key);
    `,
  },
  {
    version: 4,
    description: 'story clustering: stories with their centroids, memberships, term document frequencies, term postings',
    sql: `
      CREATE TABLE IF NOT EXISTS story_terms (
        id INTEGER PRIMARY KEY,
        term TEXT NOT NULL UNIQUE,
        df INTEGER NOT NULL
      );
      CREATE TABLE IF NOT EXISTS story_state (
        key TEXT PRIMARY KEY,
        value INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS stories (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,
        articles INTEGER NOT NULL,
        weight INTEGER NOT NULL,
        day_min INTEGER,
        day_max INTEGER,
        topic BLOB NOT NULL,
        identity BLOB NOT NULL,
        representative TEXT NOT NULL,
        representative_score REAL NOT NULL,
        representative_topic BLOB NOT NULL,
        representative_identity BLOB NOT NULL,
        title TEXT NOT NULL,
        phrases TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS story_members (
        article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        story_id TEXT NOT NULL,
        text_hash TEXT NOT NULL,
        source TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS story_members_story ON story_members (story_id, article_id);
      CREATE INDEX IF NOT EXISTS story_members_text ON story_members (text_hash);
      CREATE TABLE IF NOT EXISTS story_postings (
        term INTEGER NOT NULL,
        story_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        PRIMARY KEY (term, story_id)
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS story_postings_recent ON story_postings (term, seq);
    `,
  },
  {
    version: 5,
    description: 'analysis documents, kept as analyze printed them',
    sql: `
      CREATE TABLE IF NOT EXISTS analyses (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        generated TEXT NOT NULL,
        document TEXT NOT NULL
      );
    `,
  },
  {
    version: 6,
    description: 'search and the server: full-text indexes of articles and of claim groups, analysis documents kept per story',
    // The article index reads its text from the articles table (external content), kept in step by triggers;
    // the rebuild indexes what earlier versions stored.
    sql: `
      CREATE VIRTUAL TABLE IF NOT EXISTS article_search USING fts5(
        title, text, content = 'articles', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER IF NOT EXISTS articles_search_insert AFTER INSERT ON articles BEGIN
        INSERT INTO article_search (rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;
      CREATE TRIGGER IF NOT EXISTS articles_search_delete AFTER DELETE ON articles BEGIN
        INSERT INTO article_search (article_search, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
      END;
      CREATE TRIGGER IF NOT EXISTS articles_search_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO article_search (article_search, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO article_search (rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;
      INSERT INTO article_search (article_search) VALUES ('rebuild');
      CREATE TABLE IF NOT EXISTS story_documents (
        story_id TEXT PRIMARY KEY,
        key TEXT NOT NULL,
        generated TEXT NOT NULL,
        document TEXT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS story_claims (
        id INTEGER PRIMARY KEY,
        story_id TEXT NOT NULL,
        claim_id TEXT NOT NULL,
        text TEXT NOT NULL,
        status TEXT NOT NULL,
        sources INTEGER NOT NULL,
        evidence TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS story_claims_story ON story_claims (story_id);
      CREATE VIRTUAL TABLE IF NOT EXISTS claim_search USING fts5(
        text, content = 'story_claims', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER IF NOT EXISTS story_claims_search_insert AFTER INSERT ON story_claims BEGIN
        INSERT INTO claim_search (rowid, text) VALUES (new.id, new.text);
      END;
      CREATE TRIGGER IF NOT EXISTS story_claims_search_delete AFTER DELETE ON story_claims BEGIN
        INSERT INTO claim_search (claim_search, rowid, text) VALUES ('delete', old.id, old.text);
      END;
    `,
  },
  {
    version: 7,
    description: 'stories: weekdays join the identity terms (ids keep their kind in three bits) and stories keep the days their members name; the story state is rebuilt',
    // Vectors stored before read their kinds from two bits, so they cannot be kept: the
    // story state is emptied and rebuilt from the stored articles on the next update
    // (src/stories/index.ts). Dropping the table rather than altering it keeps this
    // migration safe to run again on a database whose user_version was set back.
    sql: `
${EMPTY_STORY_STATE}
      DROP TABLE IF EXISTS stories;
      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,
        articles INTEGER NOT NULL,
        weight INTEGER NOT NULL,
        day_min INTEGER,
        day_max INTEGER,
        ref_days TEXT NOT NULL,
        topic BLOB NOT NULL,
        identity BLOB NOT NULL,
        representative TEXT NOT NULL,
        representative_score REAL NOT NULL,
        representative_topic BLOB NOT NULL,
        representative_identity BLOB NOT NULL,
        title TEXT NOT NULL,
        phrases TEXT NOT NULL
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 8,
    description: 'stories: whole numbers up to a dozen become counts, a kind of their own; the story state is rebuilt',
    // Stored centroids hold those numbers as figures, which would no longer meet the counts of
    // new articles: the story state is emptied and rebuilt on the next update, as for 7.
    sql: `
${EMPTY_STORY_STATE}
      DELETE FROM stories;
    `,
  },
  {
    version: 9,
    description: 'resume: articles stored but not yet through a finished analysis are listed, so a killed run is finished by the next',
    // Earlier versions kept no such mark: an article without a story is the one sign they
    // leave of a run that stopped after storing it (or of a plain ingest), so those are listed.
    sql: `
      CREATE TABLE IF NOT EXISTS unfinished_articles (
        article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE
      ) WITHOUT ROWID;
      INSERT OR IGNORE INTO unfinished_articles (article_id)
        SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM story_members);
    `,
  },
  {
    version: 10,
    description: 'analyze keeps each story\'s document, as the server does, instead of one document of the whole run',
    // Nothing read the run documents back, and one of ten thousand articles was hundreds of megabytes.
    sql: `
      DROP TABLE IF EXISTS analyses;
    `,
  },
  {
    version: 11,
    description: 'stories: young stories keep their members\' vectors to be clustered again as they grow, and a story knows when it is one outlet\'s alone whether its days are publication dates, and its language; the story state is rebuilt',
    // Existing stories were built without these: the story state is emptied and rebuilt from
    // the stored articles on the next update, as for 7 and 8. Dropping the table rather than
    // altering it keeps this safe to run again on a database whose user_version was set back.
    sql: `
${EMPTY_STORY_STATE}
      DROP TABLE IF EXISTS stories;
      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,
        articles INTEGER NOT NULL,
        weight INTEGER NOT NULL,
        day_min INTEGER,
        day_max INTEGER,
        ref_days TEXT NOT NULL,
        topic BLOB NOT NULL,
        identity BLOB NOT NULL,
        representative TEXT NOT NULL,
        representative_score REAL NOT NULL,
        representative_topic BLOB NOT NULL,
        representative_identity BLOB NOT NULL,
        title TEXT NOT NULL,
        phrases TEXT NOT NULL,
        source TEXT NOT NULL,
        published INTEGER NOT NULL,
        language TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS story_young (
        article_id TEXT PRIMARY KEY,
        vectors BLOB NOT NULL
      ) WITHOUT ROWID;
      DELETE FROM story_young;
    `,
  },
  {
    version: 12,
    description: 'articles fetched from the web keep how the server answered (final URL, date, validators)',
    sql: `
      CREATE TABLE IF NOT EXISTS article_fetches (
        article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        url TEXT NOT NULL,
        record TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS article_fetches_url ON article_fetches (url);
    `,
  },
  {
    version: 13,
    description: 'sources that watch polls, with their validators and schedule',
    sql: `
      CREATE TABLE IF NOT EXISTS watch_sources (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        url TEXT NOT NULL UNIQUE,
        etag TEXT,
        last_modified TEXT,
        last_success INTEGER,
        last_attempt INTEGER,
        failures INTEGER NOT NULL,
        last_error TEXT,
        next_poll INTEGER NOT NULL,
        via TEXT
      );
    `,
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
