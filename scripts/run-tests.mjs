// Runs every *.test.ts under src/, test/ and bench/ with node's own test runner.
// Node 20's --test takes no globs, so the files are listed here.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';

function find(dir, out = []) {
  let entries;
  try { entries = readdirSync(dir); } catch { return out; }
  for (const name of entries) {
    if (name === 'node_modules' || name === 'fixtures') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) find(path, out);
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

const only = process.argv.slice(2);
const files = only.length > 0 ? only : ['src', 'test', 'bench'].flatMap((d) => find(d)).sort();
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
// Node 20 runs one file less than there are cores at once: one file on a 2-core machine. Many
// files wait on servers, child processes and browsers rather than compute, so two at once at
// least: the whole suite took 9.0 min against 12.1–13.5 serially on a busy 2-core machine.
const concurrency = Math.max(2, availableParallelism());
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
