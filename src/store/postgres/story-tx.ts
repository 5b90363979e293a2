/**
 * Story clustering's reads and writes on PostgreSQL, one statement per call, answering
 * exactly as SQLite's driver does: the same term ids, the same orders and ties, so that
 * both stores cluster a stream into the same stories.
 */
import type pg from 'pg';
import type { StoryMemberRecord, StoryRecord, StoryTermRecord, StoryTx } from '../store.js';
import { memberFromStoryRow, storyFromRow, vectorBlob, type StoryMemberRow, type StoryRow } from '../rows.js';
import { strongestReached } from '../reach.js';
import { inOrderOf } from './order.js';

export class PgStoryTx implements StoryTx {
  constructor(private readonly client: pg.PoolClient) {}

  async documents(): Promise<number> {
    const { rows } = await this.client.query<{ value: number }>("SELECT value FROM story_state WHERE key = 'documents'");
    return rows[0]?.value ?? 0;
  }

  /**
   * New terms take the next ids after the largest, in the order asked, as SQLite's integer
   * key allocates them; the story lock makes the largest stable while this runs.
   */
  async terms(terms: readonly string[], create: boolean): Promise<(StoryTermRecord | null)[]> {
    const { rows } = await this.client.query<StoryTermRecord>('SELECT id, term, df FROM story_terms WHERE term = ANY($1::text[])', [terms]);
    const known = new Map(rows.map((r) => [r.term, r]));
    const fresh: StoryTermRecord[] = [];
    if (create && known.size < new Set(terms).size) {
      let next = (await this.client.query<{ id: number }>('SELECT coalesce(max(id), 0) AS id FROM story_terms')).rows[0]!.id;
      for (const term of terms) {
        if (known.has(term)) continue;
        const record = { id: ++next, term, df: 0 };
        known.set(term, record);
        fresh.push(record);
      }
      await this.client.query('INSERT INTO story_terms (id, term, df) SELECT * FROM unnest($1::int[], $2::text[], $3::int[])', [
        fresh.map((t) => t.id),
        fresh.map((t) => t.term),
        fresh.map(() => 0),
      ]);
    }
    return terms.map((term) => {
      const record = known.get(term);
      return record ? { ...record } : null;
    });
  }

  async countDocument(termIds: readonly number[]): Promise<void> {
    if (termIds.length > 0) {
      await this.client.query(
        'UPDATE story_terms t SET df = t.df + c.n FROM (SELECT id, count(*)::int AS n FROM unnest($1::int[]) AS u (id) GROUP BY id) c WHERE t.id = c.id',
        [termIds],
      );
    }
    await this.client.query("INSERT INTO story_state (key, value) VALUES ('documents', 1) ON CONFLICT (key) DO UPDATE SET value = story_state.value + 1");
  }

  async reach(termIds: readonly number[], weights: readonly number[], limit: number, count: number): Promise<string[]> {
    if (termIds.length === 0) return [];
    const { rows } = await this.client.query<{ ord: string; story_id: string }>(
      `SELECT t.ord, p.story_id
       FROM unnest($1::int[]) WITH ORDINALITY AS t (term, ord)
       CROSS JOIN LATERAL (SELECT story_id FROM story_postings WHERE term = t.term ORDER BY seq DESC, story_id LIMIT $2) p`,
      [termIds, limit],
    );
    const lists: string[][] = termIds.map(() => []);
    for (const r of rows) lists[Number(r.ord) - 1]!.push(r.story_id);
    return strongestReached(lists, weights, count);
  }

  async post(storyId: string, termIds: readonly number[], seq: number): Promise<void> {
    if (termIds.length === 0) return;
    await this.client.query(
      `INSERT INTO story_postings (term, story_id, seq) SELECT DISTINCT unnest($1::int[]), $2, $3::int
       ON CONFLICT (term, story_id) DO UPDATE SET seq = excluded.seq`,
      [termIds, storyId, seq],
    );
  }

  async stories(ids: readonly string[]): Promise<StoryRecord[]> {
    const { rows } = await this.client.query<StoryRow>('SELECT * FROM stories WHERE id = ANY($1::text[])', [ids]);
    return inOrderOf(ids, rows, (r) => r.id).map(storyFromRow);
  }

  async putStory(r: StoryRecord): Promise<void> {
    await this.client.query(
      `INSERT INTO stories (id, seq, articles, weight, day_min, day_max, ref_days, topic, identity, representative, representative_score,
         representative_topic, representative_identity, title, phrases, source, published, language)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
       ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, articles = excluded.articles, weight = excluded.weight, day_min = excluded.day_min,
         day_max = excluded.day_max, ref_days = excluded.ref_days, topic = excluded.topic, identity = excluded.identity,
         representative = excluded.representative, representative_score = excluded.representative_score,
         representative_topic = excluded.representative_topic, representative_identity = excluded.representative_identity,
         title = excluded.title, phrases = excluded.phrases, source = excluded.source, published = excluded.published, language = excluded.language`,
      [
        r.id,
        r.seq,
        r.articles,
        r.weight,
        r.dayMin,
        r.dayMax,
        JSON.stringify(r.refDays),
        vectorBlob(r.topic),
        vectorBlob(r.identity),
        r.representative,
        r.representativeScore,
        vectorBlob(r.representativeTopic),
        vectorBlob(r.representativeIdentity),
        r.title,
        JSON.stringify(r.phrases),
        r.source,
        r.published,
        r.language,
      ],
    );
  }

  async storyIds(): Promise<string[]> {
    const { rows } = await this.client.query<{ id: string }>('SELECT id FROM stories ORDER BY seq');
    return rows.map((r) => r.id);
  }

  async members(articleIds: readonly string[]): Promise<StoryMemberRecord[]> {
    const { rows } = await this.client.query<StoryMemberRow>('SELECT * FROM story_members WHERE article_id = ANY($1::text[])', [articleIds]);
    return inOrderOf(articleIds, rows, (r) => r.article_id).map(memberFromStoryRow);
  }

  async membersOf(storyId: string): Promise<StoryMemberRecord[]> {
    const { rows } = await this.client.query<StoryMemberRow>('SELECT * FROM story_members WHERE story_id = $1 ORDER BY article_id', [storyId]);
    return rows.map(memberFromStoryRow);
  }

  async storyWithText(textHash: string): Promise<string | null> {
    const { rows } = await this.client.query<{ story_id: string }>('SELECT story_id FROM story_members WHERE text_hash = $1 ORDER BY article_id LIMIT 1', [textHash]);
    return rows[0]?.story_id ?? null;
  }

  async putMember(r: StoryMemberRecord): Promise<void> {
    await this.client.query(
      `INSERT INTO story_members (article_id, story_id, text_hash, source) VALUES ($1, $2, $3, $4)
       ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, text_hash = excluded.text_hash, source = excluded.source`,
      [r.articleId, r.storyId, r.textHash, r.source],
    );
  }

  async mergeStories(fromId: string, intoId: string): Promise<void> {
    await this.client.query('UPDATE story_members SET story_id = $1 WHERE story_id = $2', [intoId, fromId]);
    await this.client.query('DELETE FROM stories WHERE id = $1', [fromId]);
  }

  async youngOf(storyId: string): Promise<{ articleId: string; vectors: Uint8Array }[]> {
    const { rows } = await this.client.query<{ article_id: string; vectors: Buffer }>(
      'SELECT y.article_id, y.vectors FROM story_young y JOIN story_members m ON m.article_id = y.article_id WHERE m.story_id = $1 ORDER BY y.article_id',
      [storyId],
    );
    return rows.map((r) => ({ articleId: r.article_id, vectors: new Uint8Array(r.vectors) }));
  }

  async putYoung(articleId: string, vectors: Uint8Array): Promise<void> {
    await this.client.query('INSERT INTO story_young (article_id, vectors) VALUES ($1, $2) ON CONFLICT (article_id) DO UPDATE SET vectors = excluded.vectors', [
      articleId,
      Buffer.from(vectors.buffer, vectors.byteOffset, vectors.byteLength),
    ]);
  }

  async dropYoung(storyId: string): Promise<void> {
    await this.client.query('DELETE FROM story_young WHERE article_id IN (SELECT article_id FROM story_members WHERE story_id = $1)', [storyId]);
  }

  async clear(): Promise<void> {
    await this.client.query('TRUNCATE story_young, story_postings, story_members, stories, story_terms, story_state');
  }

  async restoreTerms(terms: readonly StoryTermRecord[], documents: number): Promise<void> {
    if (terms.length > 0) {
      await this.client.query('INSERT INTO story_terms (id, term, df) SELECT * FROM unnest($1::int[], $2::text[], $3::int[])', [
        terms.map((t) => t.id),
        terms.map((t) => t.term),
        terms.map((t) => t.df),
      ]);
    }
    await this.client.query("INSERT INTO story_state (key, value) VALUES ('documents', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [documents]);
  }
}
