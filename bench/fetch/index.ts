/**
 * Live sources against a local site (server.mjs, in its own process so that its CPU is not
 * counted): polling 1,000 unchanged feeds with their validators (every answer a 304), against
 * the peer of polling them without (every answer the whole feed, read); and pages fetched,
 * extracted and stored, against the peer of the same pages read from files.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Bench, BenchEntry } from '../harness.js';
import { clock, round } from '../harness.js';
import { Fetcher } from '../../src/fetch/fetch.js';
import { PoliteFetcher } from '../../src/fetch/polite.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { Watcher } from '../../src/watch/watcher.js';
import { ingestPaths, processInput } from '../../src/pipeline/run.js';
import { inOrder } from '../../src/pipeline/web.js';

const FEEDS = 1_000;
const PAGES = 500;
const CONCURRENCY = 8;
const MAX_BYTES = 25 * 1024 * 1024;

async function site(): Promise<{ base: string; stop: () => void }> {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./server.mjs', import.meta.url))], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (d: Buffer) => resolve(d.toString().trim()));
    child.once('exit', () => reject(new Error('the bench site stopped')));
  });
  return { base: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

export const fetchBench: Bench = {
  name: 'fetch',
  async run(): Promise<BenchEntry> {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-fetch-bench-'));
    const { base, stop } = await site();
    const fetcher = new Fetcher({ maxBytes: MAX_BYTES, timeoutMs: 30_000, allowPrivate: true, userAgent: 'corroborate-bench' });
    const polite = new PoliteFetcher(fetcher, { delayMs: 0 });
    try {
      // Unchanged feeds: each source knows its validators from an earlier poll.
      const feeds = Array.from({ length: FEEDS }, (_, i) => `${base}/feed/${i}`);
      const store = openSqliteStore(join(dir, 'watch.db'));
      for await (const { url, result } of inOrder(feeds, CONCURRENCY, (url) => polite.fetch(url))) {
        await store.putWatchSource({ url, etag: result.etag, lastModified: result.lastModified, lastSuccess: 0, lastAttempt: 0, failures: 0, lastError: null, nextPoll: 0, via: null });
      }
      const watcher = new Watcher({ store, fetch: (url, v) => polite.fetch(url, v), version: 'bench', maxBytes: MAX_BYTES, schedule: { everyMs: 900_000, maxBackoffMs: 21_600_000 }, concurrency: CONCURRENCY });
      const t = clock();
      const reports = await watcher.pollDue();
      const conditional = { cpuMs: t.cpuMs(), wallMs: t.wallMs(), unchanged: reports.filter((r) => r.status === 'unchanged').length };
      await store.close();

      const p = clock();
      let read = 0;
      for await (const { url, result } of inOrder(feeds, CONCURRENCY, (url) => polite.fetch(url))) read += processInput({ name: url, bytes: result.bytes }, MAX_BYTES).articles.length;
      const unconditional = { cpuMs: p.cpuMs(), wallMs: p.wallMs() };

      // Pages fetched to stored, against the same pages from files.
      const pages = Array.from({ length: PAGES }, (_, i) => `${base}/page/${i}`);
      const webStore = openSqliteStore(join(dir, 'web.db'));
      const w = clock();
      const web = await ingestPaths(pages, { store: webStore, maxBytes: MAX_BYTES, web: { fetch: (url) => polite.fetch(url), concurrency: CONCURRENCY } });
      const fetched = { wallMs: w.wallMs(), cpuMs: w.cpuMs(), stored: web.added };
      await webStore.close();
      const files = join(dir, 'pages');
      mkdirSync(files);
      for await (const { url, result } of inOrder(pages, CONCURRENCY, (url) => polite.fetch(url))) writeFileSync(join(files, `${url.split('/').pop()!.padStart(4, '0')}.html`), result.bytes);
      const fileStore = openSqliteStore(join(dir, 'files.db'));
      const f = clock();
      const fromFiles = await ingestPaths([files], { store: fileStore, maxBytes: MAX_BYTES });
      const local = { wallMs: f.wallMs(), cpuMs: f.cpuMs(), stored: fromFiles.added };
      await fileStore.close();

      return {
        name: 'fetch',
        description: `live sources against a local site in its own process: ${FEEDS.toLocaleString('en')} unchanged feeds polled with their validators (the peer: polled without, each feed downloaded and read), and ${PAGES} article pages fetched, extracted and stored (the peer: the same pages read from files); ${CONCURRENCY} fetches at once, one host, no pause`,
        rows: [
          { system: 'poll with validators (watch)', requests: FEEDS, 'answered 304': conditional.unchanged, 'CPU s': round(conditional.cpuMs / 1000, 2), 'wall s': round(conditional.wallMs / 1000, 2) },
          { system: 'peer: poll without validators', requests: FEEDS, 'answered 304': 0, 'CPU s': round(unconditional.cpuMs / 1000, 2), 'wall s': round(unconditional.wallMs / 1000, 2), 'articles read': read },
          { system: 'pages fetched to stored', requests: PAGES, stored: fetched.stored, 'CPU s': round(fetched.cpuMs / 1000, 2), 'wall s': round(fetched.wallMs / 1000, 2), 'pages/s': round(PAGES / (fetched.wallMs / 1000), 0) },
          { system: 'peer: the same pages from files', requests: 0, stored: local.stored, 'CPU s': round(local.cpuMs / 1000, 2), 'wall s': round(local.wallMs / 1000, 2), 'pages/s': round(PAGES / (local.wallMs / 1000), 0) },
        ],
        summary: {
          [`poll ${FEEDS.toLocaleString('en')} unchanged feeds: CPU seconds (goal < 10), all 304`]: `${round(conditional.cpuMs / 1000, 2)} s, ${conditional.unchanged} of ${FEEDS} answered 304`,
          'CPU ratio, polling with validators / without': round(conditional.cpuMs / unconditional.cpuMs, 2),
          'fetch-to-stored pages/s, wall (goal ≥ 100)': round(PAGES / (fetched.wallMs / 1000), 0),
          'fetch-to-stored wall time / from files': round(fetched.wallMs / local.wallMs, 2),
        },
      };
    } finally {
      await fetcher.close();
      stop();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
