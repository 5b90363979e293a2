/**
 * Memory as a run grows: `analyze --json` on synthetic streams of 1k, 5k and 10k articles
 * (bench/stories/synthetic.ts: ECB+ stories retold with invented names, about 20 articles a
 * story), each in a child process under GNU time for its peak resident memory. The peer, in
 * the same run, holds the run whole in memory as analyze did before it streamed
 * (whole.ts), at the sizes it can finish in reasonable time. Both run from an esbuild bundle,
 * so that no compiler sits in the measured process.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import type { Bench, BenchEntry } from '../harness.js';
import { round } from '../harness.js';
import { ecbArticles } from '../stories/data.js';
import { syntheticStream } from '../stories/synthetic.js';
import { rewrites } from '../../src/test-support/inputs.js';

/** One story of this many near-copies of one report (issue 14: analysed in bounded memory and time, through a sample). */
const NEAR_COPIES = 10_000;

const root = fileURLToPath(new URL('../..', import.meta.url));
const SIZES = [1_000, 5_000, 10_000];
const PEER_SIZES = [1_000, 5_000];

/** The two programs, bundled where src/cli/ sits so that what they read beside the code is found. */
function bundle(dir: string): { cli: string; whole: string } {
  const out = join(dir, 'src', 'cli');
  const common = { bundle: true, platform: 'node', format: 'esm', packages: 'external', target: 'node20', logLevel: 'error' } as const;
  buildSync({ ...common, entryPoints: [join(root, 'src/cli/bin.ts')], outfile: join(out, 'bin.mjs') });
  buildSync({ ...common, entryPoints: [join(root, 'bench/scale/whole.ts')], outfile: join(out, 'whole.mjs') });
  for (const name of ['package.json', 'data', 'schema', 'node_modules']) symlinkSync(join(root, name), join(dir, name));
  return { cli: join(out, 'bin.mjs'), whole: join(out, 'whole.mjs') };
}

function stream(count: number, path: string): void {
  const s = syntheticStream(ecbArticles(), count, Math.max(1, Math.round(count / 20)), 7);
  const lines = s.articles.map((a, i) => JSON.stringify({ title: a.title, text: a.text, source: `Outlet ${i % 40}`, url: `https://outlet${i % 40}.example/${a.id}`, published: `2026-03-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z` }));
  writeFileSync(path, `${lines.join('\n')}\n`);
}

function measure(args: string[]): { status: number | null; wallS: number; peakMb: number } {
  const r = spawnSync('/usr/bin/time', ['-f', 'time %e %M', process.execPath, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const m = /time ([\d.]+) (\d+)\s*$/.exec(r.stderr);
  return { status: r.status, wallS: m ? Number(m[1]) : Number.NaN, peakMb: m ? round(Number(m[2]) / 1024, 0) : Number.NaN };
}

export const scaleBench: Bench = {
  name: 'scale',
  async run(): Promise<BenchEntry> {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-scale-'));
    const rows: BenchEntry['rows'] = [];
    const peak = new Map<string, number>();
    try {
      const { cli, whole } = bundle(dir);
      for (const n of SIZES) {
        const input = join(dir, `stream-${n}.jsonl`);
        stream(n, input);
        const runs: [string, string[]][] = [['analyze --json (streamed)', [cli, 'analyze', input, '--db', join(dir, `s${n}.db`), '--json']]];
        if (PEER_SIZES.includes(n)) runs.push(['whole run in memory (peer)', [whole, join(dir, `w${n}.db`), input]]);
        for (const [mode, args] of runs) {
          const r = measure(args);
          peak.set(`${mode}|${n}`, r.peakMb);
          rows.push({ articles: n, mode, exit: r.status ?? 'killed', 'wall s': r.wallS, 'peak MB': r.peakMb });
        }
      }
      const copies = join(dir, 'near-copies.json');
      writeFileSync(copies, rewrites(NEAR_COPIES));
      const r = measure([cli, 'analyze', copies, '--db', join(dir, 'copies.db'), '--json', '--max-size', '100MB']);
      peak.set('copies', r.peakMb);
      rows.push({ articles: NEAR_COPIES, mode: 'one story of near-copies, analyze --json (read through a sample of 200)', exit: r.status ?? 'killed', 'wall s': r.wallS, 'peak MB': r.peakMb });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const s = (n: number): number => peak.get(`analyze --json (streamed)|${n}`) ?? Number.NaN;
    const w = (n: number): number => peak.get(`whole run in memory (peer)|${n}`) ?? Number.NaN;
    return {
      name: 'scale',
      description: 'peak resident memory (GNU time) of analyze --json on synthetic streams of 1k, 5k and 10k articles (about 20 a story), one child process each, beside the whole-run-in-memory peer in the same run',
      rows,
      summary: {
        'streamed peak MB, 10k articles': s(10_000),
        'streamed peak, 10k against 1k': round(s(10_000) / s(1_000), 2),
        'peer peak against streamed, 5k articles': round(w(5_000) / s(5_000), 2),
        [`one story of ${NEAR_COPIES.toLocaleString('en')} near-copies, peak MB`]: peak.get('copies') ?? Number.NaN,
        goal: '≤ 600 MB at 10k, flat as the import grows (issue 13)',
      },
    };
  },
};
