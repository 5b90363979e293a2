/**
 * Copy detection's reads and writes on PostgreSQL. Each call is one statement, however
 * many ids or keys it is given: a round trip to a server costs more than the lookup.
 * Answers come in the order of the ids asked for, as SQLite's per-id lookups give them.
 */
import type pg from 'pg';
import type { CopyArticleFacts, CopyFingerprintRecord, CopyGroupRecord, CopyMemberRecord, CopyRelationRecord, CopyTx } from '../store.js';
import { fingerprintFromRow, memberFromRow, type CopyFingerprintRow, type CopyMemberRow } from '../rows.js';
import { inOrderOf } from './order.js';

export class PgCopyTx implements CopyTx {
  constructor(
    private readonly client: pg.PoolClient,
    /** A read-only transaction keeps no measured relations: the next writer measures them again. */
    private readonly readOnly = false,
  ) {}

  async fingerprints(articleIds: readonly string[]): Promise<CopyFingerprintRecord[]> {
    const { rows } = await this.client.query<CopyFingerprintRow>('SELECT * FROM copy_fingerprints WHERE article_id = ANY($1::text[])', [articleIds]);
    return inOrderOf(articleIds, rows, (r) => r.article_id).map(fingerprintFromRow);
  }

  async idsWithTextHash(textHash: string, limit: number): Promise<string[]> {
    const { rows } = await this.client.query<{ article_id: string }>('SELECT article_id FROM copy_fingerprints WHERE text_hash = $1 ORDER BY article_id LIMIT $2', [textHash, limit]);
    return rows.map((r) => r.article_id);
  }

  async idsByKeys(keys: readonly number[], perKey: readonly number[]): Promise<string[][]> {
    if (keys.length === 0) return [];
    const { rows } = await this.client.query<{ ord: string; article_id: string }>(
      `SELECT k.ord, c.article_id
       FROM unnest($1::bigint[], $2::int[]) WITH ORDINALITY AS k (key, cap, ord)
       CROSS JOIN LATERAL (SELECT article_id FROM copy_keys WHERE key = k.key ORDER BY article_id LIMIT k.cap) c
       ORDER BY k.ord, c.article_id`,
      [keys, keys.map((_, i) => perKey[i] ?? 0)],
    );
    const out: string[][] = keys.map(() => []);
    for (const r of rows) out[Number(r.ord) - 1]!.push(r.article_id);
    return out;
  }

  async texts(articleIds: readonly string[]): Promise<Map<string, string>> {
    const { rows } = await this.client.query<{ id: string; text: string }>('SELECT id, text FROM articles WHERE id = ANY($1::text[])', [articleIds]);
    return new Map(inOrderOf(articleIds, rows, (r) => r.id).map((r) => [r.id, r.text]));
  }

  async facts(articleIds: readonly string[]): Promise<CopyArticleFacts[]> {
    const { rows } = await this.client.query<CopyArticleFacts>('SELECT id, published, length(text) AS chars FROM articles WHERE id = ANY($1::text[])', [articleIds]);
    return inOrderOf(articleIds, rows, (r) => r.id);
  }

  async putFingerprint(r: CopyFingerprintRecord, keys: readonly number[]): Promise<void> {
    await this.client.query(
      `INSERT INTO copy_fingerprints (article_id, version, text_hash, tokens, shingles, signature, filed) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (article_id) DO UPDATE SET version = excluded.version, text_hash = excluded.text_hash, tokens = excluded.tokens,
         shingles = excluded.shingles, signature = excluded.signature, filed = excluded.filed`,
      [r.articleId, r.version, r.textHash, r.tokens, r.shingles, Buffer.from(r.signature), r.filed],
    );
    await this.client.query('DELETE FROM copy_keys WHERE article_id = $1', [r.articleId]);
    if (keys.length > 0) {
      await this.client.query('INSERT INTO copy_keys (key, article_id) SELECT DISTINCT unnest($1::bigint[]), $2 ON CONFLICT DO NOTHING', [keys, r.articleId]);
    }
  }

  async putRelations(records: readonly CopyRelationRecord[]): Promise<void> {
    if (records.length === 0) return;
    // A later record for the same pair wins, as a run of INSERT OR REPLACE would have it.
    const last = [...new Map(records.map((r) => [`${r.a}\n${r.b}`, r])).values()];
    await this.client.query(
      `INSERT INTO copy_relations (a, b, relation, jaccard, a_in_b, b_in_a)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::float8[], $6::float8[])
       ON CONFLICT (a, b) DO UPDATE SET relation = excluded.relation, jaccard = excluded.jaccard, a_in_b = excluded.a_in_b, b_in_a = excluded.b_in_a`,
      [last.map((r) => r.a), last.map((r) => r.b), last.map((r) => r.relation), last.map((r) => r.jaccard), last.map((r) => r.aInB), last.map((r) => r.bInA)],
    );
  }

  async memberships(articleIds: readonly string[]): Promise<CopyMemberRecord[]> {
    const { rows } = await this.client.query<CopyMemberRow>('SELECT * FROM copy_members WHERE article_id = ANY($1::text[])', [articleIds]);
    return inOrderOf(articleIds, rows, (r) => r.article_id).map(memberFromRow);
  }

  async groupMembers(groupKey: string): Promise<CopyMemberRecord[]> {
    const { rows } = await this.client.query<CopyMemberRow>('SELECT * FROM copy_members WHERE group_key = $1 ORDER BY article_id', [groupKey]);
    return rows.map(memberFromRow);
  }

  async keepRelations(records: readonly CopyMemberRecord[]): Promise<void> {
    if (!this.readOnly) await this.putMembers(records);
  }

  async putMembers(records: readonly CopyMemberRecord[]): Promise<void> {
    if (records.length === 0) return;
    const last = [...new Map(records.map((r) => [r.articleId, r])).values()];
    await this.client.query(
      `INSERT INTO copy_members (article_id, group_key, against, relation, direct, jaccard, in_original, original_in)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bool[], $6::float8[], $7::float8[], $8::float8[])
       ON CONFLICT (article_id) DO UPDATE SET group_key = excluded.group_key, against = excluded.against, relation = excluded.relation,
         direct = excluded.direct, jaccard = excluded.jaccard, in_original = excluded.in_original, original_in = excluded.original_in`,
      [
        last.map((r) => r.articleId),
        last.map((r) => r.groupKey),
        last.map((r) => r.against),
        last.map((r) => r.relation),
        last.map((r) => r.direct),
        last.map((r) => r.jaccard),
        last.map((r) => r.inOriginal),
        last.map((r) => r.originalIn),
      ],
    );
  }

  async mergeGroup(fromKey: string, toKey: string): Promise<void> {
    await this.client.query('UPDATE copy_members SET group_key = $1 WHERE group_key = $2', [toKey, fromKey]);
    await this.client.query('DELETE FROM copy_groups WHERE group_key = $1', [fromKey]);
  }

  async groups(groupKeys: readonly string[]): Promise<CopyGroupRecord[]> {
    const { rows } = await this.client.query<{ group_key: string; original_id: string; size: number }>('SELECT * FROM copy_groups WHERE group_key = ANY($1::text[])', [groupKeys]);
    return inOrderOf(groupKeys, rows, (r) => r.group_key).map((r) => ({ groupKey: r.group_key, originalId: r.original_id, size: r.size }));
  }

  async putGroup(record: CopyGroupRecord): Promise<void> {
    await this.client.query(
      'INSERT INTO copy_groups (group_key, original_id, size) VALUES ($1, $2, $3) ON CONFLICT (group_key) DO UPDATE SET original_id = excluded.original_id, size = excluded.size',
      [record.groupKey, record.originalId, record.size],
    );
  }
}
