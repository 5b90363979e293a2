/**
 * When a watched source is due again. A source that answered is polled every `everyMs`,
 * or later when its Cache-Control max-age says the answer stays fresh longer. One that
 * failed backs off, doubling the wait with each failure in a row up to `maxBackoffMs`, and
 * never comes back before its Retry-After.
 */
export interface SchedulePolicy {
  everyMs: number;
  maxBackoffMs: number;
}

/** A day: a max-age longer than this still gets a poll a day. */
const MAX_FRESH_MS = 24 * 3600_000;

export function afterSuccess(now: number, policy: SchedulePolicy, maxAgeMs: number | null): number {
  return now + Math.max(policy.everyMs, Math.min(maxAgeMs ?? 0, MAX_FRESH_MS));
}

export function afterFailure(now: number, policy: SchedulePolicy, failures: number, retryAfterMs: number | null): number {
  const backoff = Math.min(policy.everyMs * 2 ** Math.max(0, failures - 1), policy.maxBackoffMs);
  return now + Math.max(backoff, retryAfterMs ?? 0);
}
