/**
 * `corroborate serve` under load, in a child process on 127.0.0.1, driven by autocannon:
 * GET /api/stories alone, then the same GETs while 4 clients POST new articles without a
 * pause. The peer is the first run: what reads cost when nothing is written. The goal
 * (issue 13) is a p99 of 200 ms or less for the list while the POSTs run.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { Bench, BenchEntry } from '../harness.js';
import { rewrites } from '../../src/test-support/inputs.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'src/cli/bin.ts');
const SECONDS = 10;
const READERS = 10;
const WRITERS = 4;
/** Articles in each POST: every one new, each joining the dam story. */
const PER_POST = 3;
const GOAL_P99_MS = 200;

async function serve(db: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', bin, 'serve', '--port', '0', '--db', db, '--quiet', '--no-analyze-all'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
      if (m) resolve(m[0]);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  return { url, child };
}

type Row = Record<string, string | number>;

function row(name: string, r: autocannon.Result): Row {
  return { load: name, 'req/s': Math.round(r.requests.average * 10) / 10, 'p50 ms': r.latency.p50, 'p99 ms': r.latency.p99, requests: r.requests.total, non2xx: r.non2xx, errors: r.errors + r.timeouts };
}

const reads = (url: string): Promise<autocannon.Result> => autocannon({ url: `${url}/api/stories`, connections: READERS, duration: SECONDS });

function writes(url: string): Promise<autocannon.Result> {
  let seed = 1;
  return autocannon({
    url: `${url}/api/articles?name=load.json`,
    connections: WRITERS,
    duration: SECONDS,
    timeout: 60,
    requests: [{ method: 'POST', setupRequest: (req) => ({ ...req, body: rewrites(PER_POST, seed++) }) }],
  });
}

export const loadBench: Bench = {
  name: 'load',
  async run(): Promise<BenchEntry> {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-load-'));
    const db = join(dir, 'c.db');
    const analysed = spawnSync(process.execPath, ['--import', 'tsx', bin, 'analyze', join(root, 'examples/news'), '--db', db], { cwd: root, encoding: 'utf8' });
    if (analysed.status !== 0) throw new Error(`analyze failed: ${analysed.stderr}`);
    const { url, child } = await serve(db);
    try {
      const alone = await reads(url);
      const [mixed, posted] = await Promise.all([reads(url), writes(url)]);
      const p99 = mixed.latency.p99;
      return {
        name: 'load',
        description: `corroborate serve on 127.0.0.1 (the example corpus), autocannon for ${SECONDS} s each: GET /api/stories from ${READERS} connections alone (the peer), then while ${WRITERS} clients POST ${PER_POST} new articles each, back to back`,
        rows: [row('GET /api/stories, alone', alone), row(`GET /api/stories, ${WRITERS} clients POSTing`, mixed), row(`POST /api/articles (${PER_POST} articles), ${WRITERS} clients`, posted)],
        summary: {
          'GET p99 under POSTs (ms)': p99,
          'goal p99 (ms)': GOAL_P99_MS,
          'goal met': p99 <= GOAL_P99_MS ? 'yes' : 'no',
          'GET req/s under POSTs / alone': Math.round((mixed.requests.average / alone.requests.average) * 100) / 100,
          'POSTs stored': posted['2xx'],
        },
      };
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
