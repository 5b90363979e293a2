/**
 * What `serve` tells a monitor: /api/health says whether the store answers, and /metrics
 * gives Prometheus the server's requests, the writes waiting, store errors, and, on
 * PostgreSQL, the job queue (jobs by queue and state, and how long finished ones took).
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Store } from '../store/store.js';
import { PostgresStore } from '../store/postgres/store.js';
import { jobSchema, QUEUES } from '../jobs/queue.js';

export interface ServerMetrics {
  registry: Registry;
  request(method: string, route: string, status: number, seconds: number): void;
  storeError(): void;
}

export function serverMetrics(store: Store, queuedWrites: () => number): ServerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'corroborate_' });
  const requests = new Counter({ name: 'corroborate_http_requests_total', help: 'HTTP requests answered, by method, route and status', labelNames: ['method', 'route', 'status'], registers: [registry] });
  const durations = new Histogram({
    name: 'corroborate_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route',
    labelNames: ['route'],
    buckets: [0.005, 0.02, 0.1, 0.5, 2, 10, 60],
    registers: [registry],
  });
  const storeErrors = new Counter({ name: 'corroborate_store_errors_total', help: 'Requests that failed in the store (the database did not answer, or refused a write)', registers: [registry] });
  new Gauge({ name: 'corroborate_write_queue_depth', help: 'Writes (ingests, analyses, polls) waiting behind the running one', registers: [registry], collect() {
    this.set(queuedWrites());
  } });
  if (store instanceof PostgresStore) jobMetrics(registry, store);
  return {
    registry,
    request(method, route, status, seconds) {
      requests.inc({ method, route, status: String(status) });
      durations.observe({ route }, seconds);
    },
    storeError: () => storeErrors.inc(),
  };
}

/** The job queue as the workers leave it in PostgreSQL, read when Prometheus scrapes. */
function jobMetrics(registry: Registry, store: PostgresStore): void {
  const schema = jobSchema(store.schema);
  const names = Object.values(QUEUES);
  new Gauge({
    name: 'corroborate_jobs',
    help: 'Jobs by queue and state (created: waiting; retry: waiting to be tried again; active: running). A rate of the completed count is the job rate.',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      this.reset();
      const { rows } = await store.pool.query<{ name: string; state: string; n: string }>(`SELECT name, state, count(*) AS n FROM ${schema}.job WHERE name = ANY($1) GROUP BY 1, 2`, [names]).catch(() => ({ rows: [] }));
      for (const r of rows) this.set({ queue: r.name, state: r.state }, Number(r.n));
    },
  });
  new Gauge({
    name: 'corroborate_job_seconds',
    help: 'Run time of the jobs that finished in the last five minutes, by queue: the median and the 95th percentile',
    labelNames: ['queue', 'quantile'],
    registers: [registry],
    async collect() {
      this.reset();
      const { rows } = await store.pool
        .query<{ name: string; p50: number; p95: number }>(
          `SELECT name, percentile_cont(0.5) WITHIN GROUP (ORDER BY s) AS p50, percentile_cont(0.95) WITHIN GROUP (ORDER BY s) AS p95
           FROM (SELECT name, extract(epoch FROM completed_on - started_on)::float8 AS s FROM ${schema}.job
                 WHERE name = ANY($1) AND state = 'completed' AND completed_on > now() - interval '5 minutes') j GROUP BY name`,
          [names],
        )
        .catch(() => ({ rows: [] }));
      for (const r of rows) {
        this.set({ queue: r.name, quantile: '0.5' }, r.p50);
        this.set({ queue: r.name, quantile: '0.95' }, r.p95);
      }
    },
  });
}
