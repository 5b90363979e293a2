/** `corroborate analyze` as a reader runs it: the briefing on stdout, `--md` to a file or to stdout. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'src/cli/bin.ts');

function cli(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const base = { ...process.env };
  delete base['FORCE_COLOR'];
  delete base['NO_COLOR'];
  const r = spawnSync(process.execPath, ['--import', 'tsx', bin, ...args], { cwd: root, encoding: 'utf8', env: { ...base, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function workspace(): { dir: string; inputs: string; db: string } {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-briefing-'));
  const inputs = join(dir, 'in');
  mkdirSync(inputs);
  writeFileSync(join(inputs, 'a.txt'), 'Ferry <b>Crossings</b> Suspended\n\nBy Ana Ruiz\nMarch 3, 2026\n\nNight ferries stopped on Monday after an engine fire on the Vela, the port authority said.\n\n“Nobody was hurt,” said captain Ivo Bran.\n');
  writeFileSync(join(inputs, 'b.txt'), 'Engine fire halts night ferries\n\nBy Mila Dorn\nMarch 3, 2026\n\nNight ferries were suspended on Monday after a fire in the engine room of the Vela, port officials said.\n\n“Nobody was hurt,” said captain Ivo Bran.\n');
  return { dir, inputs, db: join(dir, 'store.db') };
}

test('analyze prints the plain briefing in a pipe and writes --md to a file', () => {
  const { dir, inputs, db } = workspace();
  const md = join(dir, 'briefing.md');
  const r = cli(['analyze', inputs, '--db', db, '--md', md]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Corroborate briefing · 2 articles/u);
  assert.match(r.stdout, /^SOURCES/mu);
  assert.ok(!r.stdout.includes('\u001b'), 'no escape codes when piped');
  const file = readFileSync(md, 'utf8');
  assert.match(file, /^# Corroborate briefing\n/u);
  assert.match(file, /^### Sources/mu);
  assert.ok(!file.includes('<'), 'markup from the article stays text');
});

test('FORCE_COLOR colours the briefing even in a pipe', () => {
  const { inputs, db } = workspace();
  const r = cli(['analyze', inputs, '--db', db], { FORCE_COLOR: '1' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /\u001b\[[0-9;]+m/u);
  const off = cli(['analyze', inputs, '--db', db], { FORCE_COLOR: '1', NO_COLOR: '1' });
  assert.match(off.stdout, /\u001b\[/u, 'FORCE_COLOR wins over NO_COLOR');
});

test('--md - prints Markdown instead of the terminal briefing; with --json it is a usage error', () => {
  const { dir, inputs, db } = workspace();
  const r = cli(['analyze', inputs, '--db', db, '--md', '-']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^# Corroborate briefing\n/u);
  assert.doesNotMatch(r.stdout, /^SOURCES/mu);
  const both = cli(['analyze', inputs, '--db', db, '--json', '--md', '-']);
  assert.equal(both.status, 2);
  assert.match(both.stderr, /standard output/u);
  const json = cli(['analyze', inputs, '--db', db, '--json', '--md', join(dir, 'also.md')]);
  assert.equal(json.status, 0, json.stderr);
  assert.ok(JSON.parse(json.stdout).stories, '--json is unchanged by --md');
  assert.match(readFileSync(join(dir, 'also.md'), 'utf8'), /^# Corroborate briefing/u);
  const nowhere = cli(['analyze', inputs, '--db', db, '--md', join(dir, 'missing', 'x.md')]);
  assert.equal(nowhere.status, 1);
  assert.match(nowhere.stderr, /cannot write the --md report/u);
});

test('analyze --html writes one self-contained report beside the briefing', () => {
  const { dir, inputs, db } = workspace();
  const file = join(dir, 'report.html');
  const r = cli(['analyze', inputs, '--db', db, '--html', file]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Corroborate briefing/u);
  const report = readFileSync(file, 'utf8');
  assert.match(report, /^<!doctype html>/u);
  assert.match(report, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;/u);
  assert.match(report, /Ferry &lt;b&gt;Crossings&lt;\/b&gt; Suspended/u);
  assert.doesNotMatch(report, /<link\b|\bsrc=/u);
  const piped = cli(['analyze', inputs, '--db', db, '--html', '-']);
  assert.equal(piped.status, 0, piped.stderr);
  assert.match(piped.stdout, /^<!doctype html>/u);
  assert.equal(cli(['analyze', inputs, '--db', db, '--html', '-', '--md', '-']).status, 2);
});
