/**
 * The briefing of the example corpus, as `analyze` prints it in a pipe (plain text, 100
 * columns) and as `analyze --md` writes it: test/golden/briefing/. `npm run golden:update`
 * (UPDATE_GOLDEN=1) rewrites them for review in git diff.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processInput } from '../src/pipeline/run.js';
import { analyzeArticles } from '../src/pipeline/analyze.js';
import { buildDocument, type AnalysisDocument } from '../src/report/document.js';
import { briefingSources, type BriefingSources } from '../src/report/briefing.js';
import { renderTerminal } from '../src/report/terminal.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { updating } from '../src/test-support/golden.js';

const newsDir = fileURLToPath(new URL('../examples/news/', import.meta.url));
const golden = fileURLToPath(new URL('./golden/briefing/', import.meta.url));

async function examples(): Promise<{ doc: AnalysisDocument; sources: BriefingSources }> {
  const files = readdirSync(newsDir).sort();
  const articles = files.flatMap((f) => processInput({ name: f, bytes: readFileSync(join(newsDir, f)) }).articles);
  const store = openSqliteStore(':memory:');
  try {
    await store.addArticles(articles);
    const analysis = await analyzeArticles(store, articles);
    // The clock and the version are the only things that change from run to run.
    const doc = { ...buildDocument('test', analysis, files.length, []), generated: '2026-01-01T00:00:00.000Z' };
    return { doc, sources: briefingSources(analysis) };
  } finally {
    await store.close();
  }
}

/** Like matchGolden, for text read as text: a missing file is written and fails, UPDATE_GOLDEN=1 rewrites. */
function matchText(path: string, actual: string): void {
  if (updating || !existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    if (!updating) assert.fail(`wrote missing ${path}; review it and run again`);
    return;
  }
  assert.equal(actual, readFileSync(path, 'utf8'), `${path} differs; if the change is right, rerun with UPDATE_GOLDEN=1`);
}

const built = examples();

test('the plain terminal briefing of the example corpus', async () => {
  const { doc, sources } = await built;
  matchText(join(golden, 'examples.txt'), renderTerminal(doc, { ...sources, width: 100, color: false }));
});

test('the Markdown briefing of the example corpus', async () => {
  const { doc, sources } = await built;
  matchText(join(golden, 'examples.md'), renderMarkdown(doc, sources));
});
