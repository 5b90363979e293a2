/**
 * `npm run bench`: runs every benchmark (or those named on the command line), prints a
 * table per entry and merges the results into bench/results.json.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { cpus } from 'node:os';
import type { Bench, BenchEntry } from './harness.js';
import { extractionBench } from './extraction/index.js';
import { attributionBench } from './attribution/index.js';
import { entitiesBench } from './entities/index.js';
import { copiesBench } from './copies/index.js';
import { timesBench } from './times/index.js';
import { storiesBench } from './stories/index.js';
import { streamBench } from './stream/index.js';
import { languageBench } from './language/index.js';
import { claimsBench } from './claims/index.js';
import { stanceBench } from './stance/index.js';
import { webBench } from './web/index.js';
import { verdictsBench } from './verdicts/index.js';
import { alignmentBench } from './alignment/index.js';
import { hostileBench } from './hostile/index.js';
import { loadBench } from './load/index.js';
import { scaleBench } from './scale/index.js';
import { scaleOutBench } from './scale/workers.js';
import { fetchBench } from './fetch/index.js';
import { updateReadme } from './readme.js';

// Issue order: extraction (ingest), the language layer, then copies and stories.
const benches: Bench[] = [extractionBench, timesBench, entitiesBench, attributionBench, languageBench, copiesBench, storiesBench, streamBench, stanceBench, verdictsBench, alignmentBench, claimsBench, webBench, hostileBench, scaleBench, scaleOutBench, loadBench, fetchBench];

const here = dirname(fileURLToPath(import.meta.url));
const resultsPath = join(here, 'results.json');
const wanted = process.argv.slice(2);

function printEntry(entry: BenchEntry): void {
  console.log(`\n## ${entry.name}: ${entry.description}`);
  const columns = [...new Set(entry.rows.flatMap((r) => Object.keys(r)))];
  const widths = columns.map((c) => Math.max(c.length, ...entry.rows.map((r) => String(r[c] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(columns));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of entry.rows) console.log(line(columns.map((c) => String(row[c] ?? ''))));
  for (const [k, v] of Object.entries(entry.summary)) console.log(`  ${k}: ${v}`);
}

const previous = existsSync(resultsPath) ? (JSON.parse(readFileSync(resultsPath, 'utf8')) as { entries?: Record<string, BenchEntry> }) : {};
const entries: Record<string, BenchEntry> = { ...(previous.entries ?? {}) };
for (const bench of benches) {
  // A name takes its family too: `scale` runs scale and scale-out.
  if (wanted.length > 0 && !wanted.some((w) => bench.name === w || bench.name.startsWith(`${w}-`))) continue;
  const entry = await bench.run();
  entries[entry.name] = entry;
  printEntry(entry);
}
const results = {
  updated: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version },
  command: 'npm run bench',
  entries,
};
writeFileSync(resultsPath, JSON.stringify(results, null, 2) + '\n');
console.log(`\nwrote ${resultsPath}`);
if (updateReadme(join(here, '..', 'README.md'), results)) console.log('updated the README\'s benchmark section');
