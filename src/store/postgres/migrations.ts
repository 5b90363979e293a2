/**
 * PostgreSQL's schema, versioned apart from SQLite's: this driver began at SQLite's
 * version 13, so its first migration is that schema whole. Each runs once, in order, in
 * one transaction under an advisory lock (migrate in store.ts); `corroborate_schema`
 * records the last applied. Never edit a released migration: add the next one.
 *
 * Identifiers and every text that is ordered or compared for a result use COLLATE "C":
 * byte order, as SQLite compares, so that both drivers list and break ties alike whatever
 * locale the cluster was created with.
 */
import type { Migration } from '../migrations.js';

export const PG_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'the schema of SQLite version 13: articles with a tsvector search column, annotations, copies, stories, documents, claims, fetches, watched sources',
    sql: `
      CREATE TABLE articles (
        seq BIGSERIAL PRIMARY KEY,
        id TEXT COLLATE "C" NOT NULL UNIQUE,
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
        published TEXT COLLATE "C",
        published_origin TEXT NOT NULL,
        modified TEXT,
        language TEXT COLLATE "C",
        description TEXT,
        partial BOOLEAN NOT NULL,
        messages TEXT NOT NULL,
        warnings INTEGER NOT NULL,
        ingested_at TEXT COLLATE "C" NOT NULL,
        search TSVECTOR NOT NULL
      );
      CREATE INDEX articles_published ON articles (published);
      CREATE INDEX articles_source ON articles (source_name);
      CREATE INDEX articles_listing ON articles ((coalesce(published, ingested_at)), seq);
      CREATE INDEX articles_search ON articles USING GIN (search);

      CREATE TABLE unfinished_articles (
        article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE
      );

      CREATE TABLE annotations (
        article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        layer TEXT COLLATE "C" NOT NULL,
        version INTEGER NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (article_id, layer)
      );

      CREATE TABLE article_fetches (
        article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        url TEXT NOT NULL,
        record TEXT NOT NULL
      );
      CREATE INDEX article_fetches_url ON article_fetches (url);

      CREATE TABLE copy_fingerprints (
        article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        text_hash TEXT COLLATE "C" NOT NULL,
        tokens INTEGER NOT NULL,
        shingles INTEGER NOT NULL,
        signature BYTEA NOT NULL,
        filed INTEGER NOT NULL
      );
      CREATE INDEX copy_fingerprints_text ON copy_fingerprints (text_hash, article_id);
      CREATE TABLE copy_keys (
        key BIGINT NOT NULL,
        article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        PRIMARY KEY (key, article_id)
      );
      CREATE INDEX copy_keys_article ON copy_keys (article_id);
      CREATE TABLE copy_relations (
        a TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        b TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        relation TEXT NOT NULL,
        jaccard DOUBLE PRECISION NOT NULL,
        a_in_b DOUBLE PRECISION NOT NULL,
        b_in_a DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (a, b)
      );
      CREATE INDEX copy_relations_b ON copy_relations (b);
      CREATE TABLE copy_groups (
        group_key TEXT COLLATE "C" PRIMARY KEY,
        original_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        size INTEGER NOT NULL
      );
      CREATE TABLE copy_members (
        article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        group_key TEXT COLLATE "C" NOT NULL,
        against TEXT COLLATE "C",
        relation TEXT,
        direct BOOLEAN,
        jaccard DOUBLE PRECISION,
        in_original DOUBLE PRECISION,
        original_in DOUBLE PRECISION
      );
      CREATE INDEX copy_members_group ON copy_members (group_key, article_id);

      CREATE TABLE story_terms (
        id INTEGER PRIMARY KEY,
        term TEXT COLLATE "C" NOT NULL UNIQUE,
        df INTEGER NOT NULL
      );
      CREATE TABLE story_state (
        key TEXT COLLATE "C" PRIMARY KEY,
        value INTEGER NOT NULL
      );
      CREATE TABLE stories (
        id TEXT COLLATE "C" PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,
        articles INTEGER NOT NULL,
        weight INTEGER NOT NULL,
        day_min INTEGER,
        day_max INTEGER,
        ref_days TEXT NOT NULL,
        topic BYTEA NOT NULL,
        identity BYTEA NOT NULL,
        representative TEXT COLLATE "C" NOT NULL,
        representative_score DOUBLE PRECISION NOT NULL,
        representative_topic BYTEA NOT NULL,
        representative_identity BYTEA NOT NULL,
        title TEXT NOT NULL,
        phrases TEXT NOT NULL,
        source TEXT NOT NULL,
        published BOOLEAN NOT NULL,
        language TEXT NOT NULL
      );
      CREATE TABLE story_members (
        article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        story_id TEXT COLLATE "C" NOT NULL,
        text_hash TEXT COLLATE "C" NOT NULL,
        source TEXT NOT NULL
      );
      CREATE INDEX story_members_story ON story_members (story_id, article_id);
      CREATE INDEX story_members_text ON story_members (text_hash);
      CREATE TABLE story_postings (
        term INTEGER NOT NULL,
        story_id TEXT COLLATE "C" NOT NULL,
        seq INTEGER NOT NULL,
        PRIMARY KEY (term, story_id)
      );
      CREATE INDEX story_postings_recent ON story_postings (term, seq DESC, story_id);
      CREATE TABLE story_young (
        article_id TEXT COLLATE "C" PRIMARY KEY,
        vectors BYTEA NOT NULL
      );

      CREATE TABLE story_documents (
        story_id TEXT COLLATE "C" PRIMARY KEY,
        key TEXT NOT NULL,
        generated TEXT NOT NULL,
        document TEXT NOT NULL
      );
      CREATE TABLE story_claims (
        id BIGSERIAL PRIMARY KEY,
        story_id TEXT COLLATE "C" NOT NULL,
        claim_id TEXT NOT NULL,
        text TEXT NOT NULL,
        status TEXT NOT NULL,
        sources INTEGER NOT NULL,
        evidence TEXT NOT NULL,
        search TSVECTOR NOT NULL
      );
      CREATE INDEX story_claims_story ON story_claims (story_id);
      CREATE INDEX story_claims_search ON story_claims USING GIN (search);

      CREATE TABLE watch_sources (
        seq BIGSERIAL PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        etag TEXT,
        last_modified TEXT,
        last_success BIGINT,
        last_attempt BIGINT,
        failures INTEGER NOT NULL,
        last_error TEXT,
        next_poll BIGINT NOT NULL,
        via TEXT
      );
    `,
  },
  {
    version: 2,
    description: 'work as jobs: what each submission of inputs holds, slot by slot, and how far its articles are placed',
    // The jobs themselves live in pg-boss's own schema (src/jobs/queue.ts). These tables keep
    // the order of the inputs, so that articles read by many workers at once are placed in
    // copy groups and stories in the order a single process would have placed them.
    sql: `
      CREATE TABLE job_submissions (
        seq BIGSERIAL PRIMARY KEY,
        label TEXT NOT NULL,
        inputs INTEGER NOT NULL DEFAULT 0,
        sealed BOOLEAN NOT NULL DEFAULT false,
        placed INTEGER NOT NULL DEFAULT 0,
        created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        touched_at TIMESTAMPTZ NOT NULL DEFAULT now()
      );
      CREATE TABLE job_inputs (
        submission BIGINT NOT NULL REFERENCES job_submissions (seq) ON DELETE CASCADE,
        slot INTEGER NOT NULL,
        name TEXT NOT NULL,
        state TEXT NOT NULL,
        job_id TEXT,
        article_ids TEXT NOT NULL DEFAULT '[]',
        error TEXT,
        PRIMARY KEY (submission, slot)
      );
    `,
  },
];

export const PG_LATEST_VERSION = PG_MIGRATIONS[PG_MIGRATIONS.length - 1]!.version;
