/**
 * The ledger of submissions: which inputs each `ingest` (or POST, or poll) handed to the
 * workers, in what order, what became of each, and how far their articles are placed.
 *
 * Reading and annotating run on many workers at once and finish in any order; copy
 * detection and story clustering are online, so their results depend on the order articles
 * arrive. The placing job therefore takes inputs in submission order, slot by slot, and
 * waits at the first slot not yet read: two workers place exactly what one process would.
 */
import type pg from 'pg';

export type SlotState = 'queued' | 'read' | 'failed';

export interface ReadySlots {
  submission: number;
  /** The slot to start from next time. */
  next: number;
  /** The articles of the ready slots, in order. */
  articleIds: string[];
}

/** A submission not sealed and not touched for this long was abandoned by its submitter (killed): it is placed as far as it got. */
export const ABANDONED_AFTER_S = 600;

export class Ledger {
  constructor(private readonly pool: pg.Pool) {}

  async open(label: string): Promise<number> {
    const { rows } = await this.pool.query<{ seq: string }>('INSERT INTO job_submissions (label) VALUES ($1) RETURNING seq', [label]);
    return Number(rows[0]!.seq);
  }

  /** Adds the next slot of a submission; returns its number. */
  async addSlot(submission: number, name: string): Promise<number> {
    const { rows } = await this.pool.query<{ slot: number }>(
      `WITH s AS (UPDATE job_submissions SET inputs = inputs + 1, touched_at = now() WHERE seq = $1 RETURNING inputs - 1 AS slot)
       INSERT INTO job_inputs (submission, slot, name, state) SELECT $1, slot, $2, 'queued' FROM s RETURNING slot`,
      [submission, name],
    );
    return rows[0]!.slot;
  }

  /** Adds a slot already read (its articles stored by the submitter itself). */
  async addReadSlot(submission: number, name: string, articleIds: readonly string[]): Promise<void> {
    const slot = await this.addSlot(submission, name);
    await this.settle(submission, slot, 'read', articleIds, null);
  }

  /** Which job reads a slot, once it is sent. */
  async sent(submission: number, slot: number, jobId: string): Promise<void> {
    await this.pool.query('UPDATE job_inputs SET job_id = $3 WHERE submission = $1 AND slot = $2', [submission, slot, jobId]);
  }

  /** The slot placing waits for, when it waits for one still queued: to tell a dead job from a slow one. */
  async waitingFor(client: pg.ClientBase): Promise<{ submission: number; slot: number; name: string; jobId: string | null } | null> {
    const { rows } = await client.query<{ submission: string; slot: number; name: string; job_id: string | null }>(
      `SELECT i.submission, i.slot, i.name, i.job_id FROM job_submissions s JOIN job_inputs i ON i.submission = s.seq AND i.slot = s.placed
       WHERE i.state = 'queued' ORDER BY s.seq LIMIT 1`,
    );
    const r = rows[0];
    return r ? { submission: Number(r.submission), slot: r.slot, name: r.name, jobId: r.job_id } : null;
  }

  async seal(submission: number): Promise<void> {
    await this.pool.query('UPDATE job_submissions SET sealed = true, touched_at = now() WHERE seq = $1', [submission]);
  }

  /** Records what became of a slot. Settling again (a retried job) replaces it. */
  async settle(submission: number, slot: number, state: Exclude<SlotState, 'queued'>, articleIds: readonly string[], error: string | null): Promise<void> {
    await this.pool.query('UPDATE job_inputs SET state = $3, article_ids = $4, error = $5 WHERE submission = $1 AND slot = $2', [
      submission,
      slot,
      state,
      JSON.stringify(articleIds),
      error,
    ]);
  }

  /**
   * The run of settled slots from where placing stopped, in the oldest submission not yet
   * placed to its end: up to `maxArticles` articles (whole slots). Null when the next slot
   * is still being read, or nothing is waiting.
   */
  async ready(client: pg.ClientBase, maxArticles: number): Promise<ReadySlots | null> {
    for (;;) {
      const { rows } = await client.query<{ seq: string; inputs: number; placed: number; done: boolean }>(
        `SELECT seq, inputs, placed, (sealed OR touched_at < now() - make_interval(secs => $1)) AND placed >= inputs AS done
         FROM job_submissions WHERE NOT (sealed AND placed >= inputs) ORDER BY seq LIMIT 1`,
        [ABANDONED_AFTER_S],
      );
      const head = rows[0];
      if (!head) return null;
      const submission = Number(head.seq);
      if (head.done) {
        // Abandoned, and placed as far as it got: sealed so that later submissions go on.
        await client.query('UPDATE job_submissions SET sealed = true WHERE seq = $1', [submission]);
        continue;
      }
      const slots = await client.query<{ slot: number; state: SlotState; article_ids: string }>(
        'SELECT slot, state, article_ids FROM job_inputs WHERE submission = $1 AND slot >= $2 ORDER BY slot LIMIT 500',
        [submission, head.placed],
      );
      const articleIds: string[] = [];
      let next = head.placed;
      for (const s of slots.rows) {
        if (s.slot !== next || s.state === 'queued') break;
        const ids = JSON.parse(s.article_ids) as string[];
        if (articleIds.length > 0 && articleIds.length + ids.length > maxArticles) break;
        articleIds.push(...ids);
        next++;
      }
      return next > head.placed ? { submission, next, articleIds } : null;
    }
  }

  async placed(client: pg.ClientBase, submission: number, next: number): Promise<void> {
    await client.query('UPDATE job_submissions SET placed = GREATEST(placed, $2) WHERE seq = $1', [submission, next]);
  }

  /** Submissions not yet placed to their end, oldest first, with their slots by state. */
  async pending(): Promise<{ submission: number; label: string; inputs: number; placed: number; sealed: boolean; queued: number; failed: number }[]> {
    const { rows } = await this.pool.query<{ seq: string; label: string; inputs: number; placed: number; sealed: boolean; queued: string; failed: string }>(
      `SELECT s.seq, s.label, s.inputs, s.placed, s.sealed,
         count(*) FILTER (WHERE i.state = 'queued') AS queued, count(*) FILTER (WHERE i.state = 'failed') AS failed
       FROM job_submissions s LEFT JOIN job_inputs i ON i.submission = s.seq
       WHERE NOT (s.sealed AND s.placed >= s.inputs) GROUP BY s.seq ORDER BY s.seq`,
    );
    return rows.map((r) => ({ submission: Number(r.seq), label: r.label, inputs: r.inputs, placed: r.placed, sealed: r.sealed, queued: Number(r.queued), failed: Number(r.failed) }));
  }

  /** Slots that failed for good, newest first. */
  async failedSlots(limit: number): Promise<{ submission: number; slot: number; name: string; error: string }[]> {
    const { rows } = await this.pool.query<{ submission: string; slot: number; name: string; error: string | null }>(
      "SELECT submission, slot, name, error FROM job_inputs WHERE state = 'failed' ORDER BY submission DESC, slot DESC LIMIT $1",
      [limit],
    );
    return rows.map((r) => ({ submission: Number(r.submission), slot: r.slot, name: r.name, error: r.error ?? '' }));
  }
}
