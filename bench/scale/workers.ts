/**
 * Throughput end to end, raw HTML pages to analysed stories, four ways in one run: SQLite on
 * one thread (the peer), SQLite with the stage pool (a thread per core), and PostgreSQL
 * with one and with two worker processes. The pages are ECB+ stories retold with invented
 * names (bench/stories/synthetic.ts), one HTML file each, about 20 to a story. Each way
 * runs the built CLI (dist/) in child processes under GNU time: wall time, and CPU time of
 * the whole process tree. Also the store's cost per article (rows and bytes) at two sizes,
 * to see that it grows linearly.
 *
 * SCALE_ARTICLES sets the larger size (the issue's figure is 20,000; the default is smaller
 * so that a run takes minutes, not an hour); the smaller is a quarter of it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Bench, BenchEntry } from '../harness.js';
import { round } from '../harness.js';
import { ecbArticles } from '../stories/data.js';
import { syntheticStream } from '../stories/synthetic.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist', 'cli', 'bin.js');
const PG = process.env['DATABASE_URL'] || 'postgres://postgres@127.0.0.1:5432/test';
const LARGE = Number(process.env['SCALE_ARTICLES'] ?? 2000);

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** `count` articles as HTML pages in `dir`, as an outlet's site would serve them. */
function pages(count: number, dir: string): void {
  mkdirSync(dir, { recursive: true });
  const s = syntheticStream(ecbArticles(), count, Math.max(1, Math.round(count / 20)), 11);
  s.articles.forEach((a, i) => {
    const outlet = `outlet${i % 40}.example`;
    const day = `2026-03-${String(1 + (i % 28)).padStart(2, '0')}`;
    const body = a.text
      .split(/\n+/)
      .filter((p) => p.trim() !== '')
      .map((p) => `<p>${escape(p)}</p>`)
      .join('\n');
    writeFileSync(
      join(dir, `${String(i).padStart(6, '0')}.html`),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(a.title)} | Outlet ${i % 40}</title>
<link rel="canonical" href="https://${outlet}/news/${a.id}"><meta property="og:site_name" content="Outlet ${i % 40}">
<meta property="article:published_time" content="${day}T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><main><article><h1>${escape(a.title)}</h1>
<p class="byline">By Staff Reporter</p>${body}</article></main><footer>© Outlet ${i % 40}</footer></body></html>`,
    );
  });
}

interface Timed {
  wallS: number;
  cpuS: number;
  status: number | null;
}

/**
 * Runs commands under GNU time, the first at once and the others once `gate` resolves (the
 * workers, once `ingest` has opened its submission: a worker run with --exit-when-idle
 * would otherwise stop before there is anything to do). The wall time runs from the first
 * start to the last end; the CPU time is the sum.
 */
async function timed(commands: string[][], gate: () => Promise<void> = async () => undefined): Promise<Timed> {
  const started = performance.now();
  const run = (args: string[]): Promise<{ cpu: number; status: number | null }> =>
      new Promise<{ cpu: number; status: number | null }>((resolve) => {
        const child = spawn('/usr/bin/time', ['-f', 'cpu %U %S', process.execPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
        let err = '';
        child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
        child.on('exit', (status) => {
          const m = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(err);
          if (status !== 0) process.stderr.write(err);
          resolve({ cpu: m ? Number(m[1]) + Number(m[2]) : Number.NaN, status });
        });
      });
  const [first, ...rest] = commands;
  const runs = [run(first!)];
  await gate();
  runs.push(...rest.map(run));
  const done = await Promise.all(runs);
  return { wallS: (performance.now() - started) / 1000, cpuS: done.reduce((n, d) => n + d.cpu, 0), status: done.find((d) => d.status !== 0)?.status ?? 0 };
}

async function pgCost(schema: string): Promise<{ rows: number; bytes: number }> {
  const client = new pg.Client({ connectionString: PG });
  await client.connect();
  try {
    const { rows } = await client.query<{ rows: string; bytes: string }>(
      `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'`,
      [schema],
    );
    let count = 0;
    for (const table of STORE_TABLES) count += Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${schema}.${table}`)).rows[0]!.n);
    return { rows: count, bytes: Number(rows[0]!.bytes) };
  } finally {
    await client.end();
  }
}

/** Resolves once the schema holds a submission (ingest has started handing inputs over). */
async function submitted(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG });
  await client.connect();
  try {
    for (;;) {
      const found = await client.query(`SELECT 1 FROM ${schema}.job_submissions LIMIT 1`).catch(() => ({ rowCount: 0 }));
      if ((found.rowCount ?? 0) > 0) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await client.end();
  }
}

async function dropSchemas(names: readonly string[]): Promise<void> {
  const client = new pg.Client({ connectionString: PG });
  await client.connect();
  try {
    for (const n of names) await client.query(`DROP SCHEMA IF EXISTS ${n} CASCADE`);
  } finally {
    await client.end();
  }
}

/** The tables counted for rows per article, the same on both stores. */
const STORE_TABLES = ['articles', 'annotations', 'copy_keys', 'story_postings', 'story_members', 'story_documents', 'story_claims'];

function sqliteCost(path: string): { rows: number; bytes: number } {
  const dir = join(path, '..');
  const bytes = readdirSync(dir)
    .filter((f) => f.startsWith(path.split('/').pop()!))
    .reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  const out = spawnSync('sqlite3', [path, `SELECT ${STORE_TABLES.map((t) => `(SELECT count(*) FROM ${t})`).join(' + ')}`], { encoding: 'utf8' });
  return { rows: out.status === 0 ? Number(out.stdout.trim()) : Number.NaN, bytes };
}

export const scaleOutBench: Bench = {
  name: 'scale-out',
  async run(): Promise<BenchEntry> {
    const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
    if (built.status !== 0) throw new Error('npm run build failed');
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-scale-out-'));
    const tag = `bench_${process.pid}`;
    const schemas: string[] = [];
    const rows: BenchEntry['rows'] = [];
    const rate = new Map<string, number>();
    try {
      for (const n of [Math.round(LARGE / 4), LARGE]) {
        const input = join(dir, `pages-${n}`);
        pages(n, input);
        const analyze = (db: string, threads: number): string[][] => [[cli, 'analyze', input, '--db', db, '--threads', String(threads)]];
        const workers = (db: string, count: number): string[][] => [
          [cli, 'ingest', input, '--db', db],
          [cli, 'worker', '--db', db, '--concurrency', String(count), '--exit-when-idle', '3'],
        ];
        const ways: [string, () => string[][], () => Promise<{ rows: number; bytes: number }>, () => Promise<void>][] = [
          ['SQLite, one thread (peer)', () => analyze(join(dir, `one-${n}.db`), 0), async () => sqliteCost(join(dir, `one-${n}.db`)), async () => undefined],
          ['SQLite, thread pool', () => analyze(join(dir, `pool-${n}.db`), availableParallelism()), async () => sqliteCost(join(dir, `pool-${n}.db`)), async () => undefined],
          ['PostgreSQL, 1 worker', () => workers(`${PG}?schema=${tag}_w1_${n}`, 1), () => pgCost(`${tag}_w1_${n}`), () => submitted(`${tag}_w1_${n}`)],
          ['PostgreSQL, 2 workers', () => workers(`${PG}?schema=${tag}_w2_${n}`, 2), () => pgCost(`${tag}_w2_${n}`), () => submitted(`${tag}_w2_${n}`)],
        ];
        schemas.push(`${tag}_w1_${n}`, `${tag}_w1_${n}_jobs`, `${tag}_w2_${n}`, `${tag}_w2_${n}_jobs`);
        for (const [way, commands, cost, gate] of ways) {
          const t = await timed(commands(), gate);
          const c = await cost();
          rate.set(`${way}|${n}`, n / t.wallS);
          rows.push({
            articles: n,
            way,
            exit: t.status ?? 'killed',
            'wall s': round(t.wallS, 1),
            'articles/s': round(n / t.wallS, 1),
            'CPU ms/article': round((t.cpuS * 1000) / n, 1),
            'store rows/article': round(c.rows / n, 1),
            'store KB/article': round(c.bytes / 1024 / n, 1),
          });
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await dropSchemas(schemas).catch(() => undefined);
    }
    const r = (way: string): number => rate.get(`${way}|${LARGE}`) ?? Number.NaN;
    const single = r('SQLite, one thread (peer)');
    const perArticle = (way: string, n: number): number => Number(rows.find((x) => x['way'] === way && x['articles'] === n)?.['store KB/article'] ?? Number.NaN);
    return {
      name: 'scale-out',
      description: `end to end, raw HTML pages to analysed stories (ECB+ stories retold, about 20 a story), ${Math.round(LARGE / 4).toLocaleString('en')} and ${LARGE.toLocaleString('en')} articles: SQLite on one thread (the peer), SQLite with the thread pool, PostgreSQL with 1 and 2 worker processes; the built CLI in child processes under GNU time`,
      rows,
      summary: {
        [`articles/s, one thread, ${LARGE}`]: round(single, 1),
        'thread pool against one thread': round(r('SQLite, thread pool') / single, 2),
        'PostgreSQL, 1 worker against one thread': round(r('PostgreSQL, 1 worker') / single, 2),
        'PostgreSQL, 2 workers against one thread': round(r('PostgreSQL, 2 workers') / single, 2),
        'PostgreSQL, 2 workers against 1': round(r('PostgreSQL, 2 workers') / r('PostgreSQL, 1 worker'), 2),
        'SQLite KB per article, large against small': round(perArticle('SQLite, one thread (peer)', LARGE) / perArticle('SQLite, one thread (peer)', Math.round(LARGE / 4)), 2),
        'PostgreSQL KB per article, large against small': round(perArticle('PostgreSQL, 2 workers', LARGE) / perArticle('PostgreSQL, 2 workers', Math.round(LARGE / 4)), 2),
        goals: '≥ 1.7× one thread with two cores; ≥ 100 articles/s; cost per article flat as the store grows (issue 16)',
      },
    };
  },
};
