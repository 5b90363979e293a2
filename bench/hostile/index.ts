/**
 * Hostile inputs at full size, each through the CLI in a child process under /usr/bin/time,
 * for its exit status, wall time and peak memory: the shapes that once aborted a run or
 * cost gigabytes. The tests check the same code paths at small scale, without timings.
 */
import { spawn, spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { cliBundle } from '../../test/cli-bundle.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Bench, BenchEntry } from '../harness.js';
import { round } from '../harness.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'src/cli/bin.ts');

interface Case {
  name: string;
  file: string;
  /** ingest, or analyze for the shapes that once cost the language layer and claims most. */
  command: 'ingest' | 'analyze';
  contents: () => string;
}

const SENTENCE = 'The river rose another metre overnight and the valley roads were closed by the police on Monday. ';

const CASES: Case[] = [
  {
    name: '200,000-item JSON array',
    file: 'items.json',
    command: 'ingest',
    contents: () => JSON.stringify(Array.from({ length: 200_000 }, (_, i) => ({ title: `Item ${i}`, text: `Short report number ${i} about a ferry.`, source: `Outlet ${i % 50}` }))),
  },
  {
    name: '500,000 paragraphs',
    file: 'paragraphs.txt',
    command: 'analyze',
    contents: () => `A Long File\n\n${Array.from({ length: 500_000 }, (_, i) => `Paragraph ${i} of a very long file.`).join('\n\n')}\n`,
  },
  {
    name: 'one 24 MB paragraph',
    file: 'paragraph.txt',
    command: 'analyze',
    contents: () => `Flood Report\n\n${SENTENCE.repeat(Math.ceil(24e6 / SENTENCE.length))}\n`,
  },
  {
    name: 'three 1 MB "sentences"',
    file: 'sentences.txt',
    command: 'analyze',
    contents: () => `One Sentence\n\n${`${'word '.repeat(200_000)}end. `.repeat(3)}\n`,
  },
];

interface Measured {
  status: number | null;
  wallS: number;
  peakMb: number;
  last: string;
}

/** One CLI run; GNU time's %e and %M (seconds, kilobytes) come last on stderr. */
function measure(args: string[]): Measured {
  const r = spawnSync('/usr/bin/time', ['-f', 'time %e %M', process.execPath, '--import', 'tsx', bin, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  const lines = r.stderr.trim().split('\n');
  const m = /^time ([\d.]+) (\d+)$/.exec(lines.at(-1) ?? '');
  return { status: r.status, wallS: m ? Number(m[1]) : Number.NaN, peakMb: m ? round(Number(m[2]) / 1024, 0) : Number.NaN, last: lines.at(-2) ?? '' };
}

const RACERS = 20;
const RACE_ROUNDS = 3;

/**
 * The first repro of issue 13: `RACERS` CLI processes ingest into one database that none has
 * created yet, all at once, `RACE_ROUNDS` times. Each must exit 0 and keep its article.
 */
async function openRace(dir: string): Promise<{ exits: number[]; stored: number[] }> {
  const cli = cliBundle();
  const exits: number[] = [];
  const stored: number[] = [];
  for (let r = 0; r < RACE_ROUNDS; r++) {
    const db = join(dir, `race-${r}.db`);
    const runs = Array.from({ length: RACERS }, (_, i) => {
      const file = join(dir, `race-${r}-${i}.txt`);
      writeFileSync(file, `Ferry report ${r}-${i}\n\nThe ferry number ${i} reached the harbour at ${r + 1} o'clock, the port office said.\n`);
      return new Promise<number>((resolve) => spawn(process.execPath, [cli, 'ingest', file, '--db', db], { stdio: 'ignore' }).on('exit', (code) => resolve(code ?? -1)));
    });
    exits.push(...(await Promise.all(runs)));
    const check = new Database(db, { readonly: true });
    stored.push((check.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n);
    check.close();
  }
  return { exits, stored };
}

export const hostileBench: Bench = {
  name: 'hostile',
  async run(): Promise<BenchEntry> {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-hostile-'));
    const rows: BenchEntry['rows'] = [];
    try {
      for (const c of CASES) {
        const path = join(dir, c.file);
        writeFileSync(path, c.contents());
        const r = measure([c.command, path, '--db', join(dir, `${c.file}.db`)]);
        rows.push({ input: c.name, command: c.command, exit: r.status ?? 'killed', 'wall s': r.wallS, 'peak MB': r.peakMb, summary: r.last });
      }
      const started = Date.now();
      const race = await openRace(dir);
      const failedRuns = race.exits.filter((e) => e !== 0).length;
      rows.push({
        input: `${RACERS} processes opening one new database at once, ${RACE_ROUNDS} rounds`,
        command: 'ingest',
        exit: failedRuns === 0 ? 0 : `${failedRuns} of ${race.exits.length} failed`,
        'wall s': round((Date.now() - started) / 1000, 1),
        'peak MB': '',
        summary: `articles kept per round: ${race.stored.join(', ')} of ${RACERS}`,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const failed = rows.filter((r) => r['exit'] !== 0).length;
    return {
      name: 'hostile',
      description: 'hostile inputs at full size through the CLI, one child process each: exit status, wall time and peak resident memory (GNU time)',
      rows,
      summary: { cases: rows.length, failed },
    };
  },
};
