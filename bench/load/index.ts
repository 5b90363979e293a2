/**
 * `corroborate serve` under load, in a child process on 127.0.0.1, driven by autocannon:
 * each read (the story list, one story's JSON, its page, a search) alone, then the list
 * while 4 clients POST new articles without a pause, then the other reads mixed under the
 * same POSTs. The peer of each read under POSTs is the same read alone. The goal (issue
 * 13) is a p99 of 200 ms or less for the list while the POSTs run.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
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

const reads = (url: string, path = '/api/stories'): Promise<autocannon.Result> => autocannon({ url: `${url}${path}`, connections: READERS, duration: SECONDS });

/** The reads besides the list: the biggest story's JSON and its page, and a search of its words. */
async function otherReads(url: string): Promise<[string, string][]> {
  const list = (await (await fetch(`${url}/api/stories`)).json()) as { stories?: { id: string }[] } | { id: string }[];
  const stories = Array.isArray(list) ? list : (list.stories ?? []);
  const id = stories[0]?.id;
  if (!id) throw new Error('load: the example corpus made no story');
  return [
    ['GET /api/stories/{id}', `/api/stories/${encodeURIComponent(id)}`],
    ['GET /stories/{id} (page)', `/stories/${encodeURIComponent(id)}`],
    ['GET /api/search?q=dam', '/api/search?q=dam'],
  ];
}

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

/** Issue 13's worst POST: 36 KB of gzip that unpacks to one 24 MB paragraph. */
function hugeParagraph(): Buffer {
  const sentence = 'The river rose another metre overnight and the valley roads were closed by the police on Monday. ';
  return gzipSync(`Flood Report\n\n${sentence.repeat(Math.ceil(24e6 / sentence.length))}\n`);
}

/** The list read from READERS connections while one client POSTs the huge paragraph; the POST's status and seconds. */
async function underHugePost(url: string): Promise<{ reads: autocannon.Result; status: number; seconds: number }> {
  const started = Date.now();
  const post = fetch(`${url}/api/articles?name=flood.txt.gz`, { method: 'POST', body: new Uint8Array(hugeParagraph()) }).then(async (r) => {
    await r.arrayBuffer();
    return { status: r.status, seconds: (Date.now() - started) / 1000 };
  });
  const readsDuring = await reads(url);
  return { reads: readsDuring, ...(await post) };
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
      const others = await otherReads(url);
      const othersAlone: Row[] = [];
      for (const [name, path] of others) othersAlone.push(row(`${name}, alone`, await reads(url, path)));
      const [mixed, posted] = await Promise.all([reads(url), writes(url)]);
      const p99 = mixed.latency.p99;
      // The other reads under the same kind of write load, one after another.
      const othersMixed: Row[] = [];
      let otherP99 = 0;
      for (const [name, path] of others) {
        const [r] = await Promise.all([reads(url, path), writes(url)]);
        othersMixed.push(row(`${name}, ${WRITERS} clients POSTing`, r));
        otherP99 = Math.max(otherP99, r.latency.p99);
      }
      const huge = await underHugePost(url);
      return {
        name: 'load',
        description: `corroborate serve on 127.0.0.1 (the example corpus), autocannon for ${SECONDS} s each: each read from ${READERS} connections alone (the peer), then while ${WRITERS} clients POST ${PER_POST} new articles each, back to back`,
        rows: [row('GET /api/stories, alone', alone), row(`GET /api/stories, ${WRITERS} clients POSTing`, mixed), row(`POST /api/articles (${PER_POST} articles), ${WRITERS} clients`, posted), ...othersAlone, ...othersMixed, row(`GET /api/stories, 1 client POSTing 24 MB of one paragraph (gzip)`, huge.reads)],
        summary: {
          'GET p99 under POSTs (ms)': p99,
          'goal p99 (ms)': GOAL_P99_MS,
          'goal met': p99 <= GOAL_P99_MS ? 'yes' : 'no',
          'GET req/s under POSTs / alone': Math.round((mixed.requests.average / alone.requests.average) * 100) / 100,
          'POSTs stored': posted['2xx'],
          'worst p99 of the story, page and search reads under POSTs (ms)': otherP99,
          'POST of 24 MB of one paragraph (gzip)': `status ${huge.status} after ${Math.round(huge.seconds * 10) / 10} s; list p99 meanwhile ${huge.reads.latency.p99} ms`,
        },
      };
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
