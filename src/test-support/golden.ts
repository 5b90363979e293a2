/**
 * Golden tests: a folder per case holding `input.*` and `expected.json`.
 * `npm run golden:update` (UPDATE_GOLDEN=1) rewrites the expectations for review in git diff.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync, statSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';

export const updating = process.env['UPDATE_GOLDEN'] === '1';

export interface GoldenCase {
  name: string;
  dir: string;
  /** Path of the case's input file (the first file named input.*). */
  inputPath: string;
}

export function goldenCases(fixturesDir: string): GoldenCase[] {
  if (!existsSync(fixturesDir)) return [];
  return readdirSync(fixturesDir)
    .filter((name) => statSync(join(fixturesDir, name)).isDirectory())
    .sort()
    .map((name) => {
      const dir = join(fixturesDir, name);
      const input = readdirSync(dir).find((f) => f.startsWith('input'));
      if (!input) throw new Error(`golden case ${dir} has no input.* file`);
      return { name, dir, inputPath: join(dir, input) };
    });
}

/**
 * Compares `actual` (as JSON) with the expectation stored at `path`; writes it when it is
 * missing (and fails, so that a new expectation is always reviewed) or when updating.
 */
export function matchGolden(path: string, actual: unknown): void {
  const json = JSON.parse(JSON.stringify(actual)) as unknown;
  if (updating || !existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify(json, null, 2) + '\n');
    if (!updating) assert.fail(`wrote missing ${path}; review it and run again`);
    return;
  }
  assert.deepStrictEqual(json, JSON.parse(readFileSync(path, 'utf8')));
}

/** Registers one test per case; `run` maps a case to a JSON-serializable result. */
export function goldenSuite(fixturesDir: string, run: (c: GoldenCase) => unknown): void {
  const cases = goldenCases(fixturesDir);
  test(`golden cases exist in ${fixturesDir}`, () => {
    assert.ok(cases.length > 0, `no golden cases in ${fixturesDir}`);
  });
  for (const c of cases) {
    test(`golden: ${c.name}`, () => matchGolden(join(c.dir, 'expected.json'), run(c)));
  }
}
