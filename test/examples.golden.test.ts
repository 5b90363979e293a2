/**
 * Golden expectations for every file of the example corpus, as the readers and the
 * normalize/identify stages see it. `npm run golden:update` rewrites them for review.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { processInput } from '../src/pipeline/run.js';
import { updating } from '../src/test-support/golden.js';

const newsDir = fileURLToPath(new URL('../examples/news/', import.meta.url));
const goldenDir = fileURLToPath(new URL('./golden/examples/', import.meta.url));

for (const file of readdirSync(newsDir).sort()) {
  test(`example golden: ${file}`, () => {
    const outcome = processInput({ name: file, bytes: readFileSync(join(newsDir, file)) });
    assert.equal(outcome.error, null, outcome.error?.message);
    const actual = JSON.parse(
      JSON.stringify(
        outcome.articles.map((a) => ({
          ...a,
          paragraphs: a.paragraphs.map((p) => ({ ...p, text: a.text.slice(p.start, p.end) })),
          text: undefined,
        })),
      ),
    ) as unknown;
    const path = join(goldenDir, `${file}.json`);
    if (updating || !existsSync(path)) {
      mkdirSync(goldenDir, { recursive: true });
      writeFileSync(path, JSON.stringify(actual, null, 2) + '\n');
      if (!updating) assert.fail(`wrote missing ${path}; review it and run again`);
      return;
    }
    assert.deepStrictEqual(actual, JSON.parse(readFileSync(path, 'utf8')));
  });
}
