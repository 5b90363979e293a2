/**
 * Golden tests: a folder per case holding `input.*` and `expected.json`.
 * `npm run golden:update` (UPDATE_GOLDEN=1) rewrites the expectations for review in git diff.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
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

/** Registers one test per case; `run` maps a case to a JSON-serializable result. */
export function goldenSuite(fixturesDir: string, run: (c: GoldenCase) => unknown): void {
  const cases = goldenCases(fixturesDir);
  test(`golden cases exist in ${fixturesDir}`, () => {
    assert.ok(cases.length > 0, `no golden cases in ${fixturesDir}`);
  });
  for (const c of cases) {
    test(`golden: ${c.name}`, () => {
      const actual = JSON.parse(JSON.stringify(run(c))) as unknown;
      const expectedPath = join(c.dir, 'expected.json');
      if (updating || !existsSync(expectedPath)) {
        writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n');
        if (!updating) assert.fail(`wrote missing ${expectedPath}; review it and run again`);
        return;
      }
      const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as unknown;
      assert.deepStrictEqual(actual, expected);
    });
  }
}
