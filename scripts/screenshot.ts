/**
 * `npm run screenshot`: the story page of the five reference reports in ../shared/seeds, as
 * served by `corroborate serve` and seen in Debian's Chromium, with the "productive" against
 * "unproductive" contradiction selected. Writes docs/seeds-story.png (desktop) and
 * docs/seeds-story-phone.png.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../src/server/server.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { launch } from '../test/e2e/browser.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const seeds = join(root, '..', 'shared', 'seeds');
const dir = mkdtempSync(join(tmpdir(), 'corroborate-shot-'));
const store = openSqliteStore(join(dir, 'seeds.db'));
const server = await startServer({ store, version: 'screenshot', port: 0 });
const browser = await launch();
try {
  for (const name of readdirSync(seeds).sort()) await server.context.ingest(readFileSync(join(seeds, name)), name);
  const { stories } = await server.context.listStories({ sort: 'size', limit: 1, offset: 0 });
  const story = stories[0];
  if (!story) throw new Error('the seeds made no story');
  mkdirSync(join(root, 'docs'), { recursive: true });
  for (const [file, viewport] of [['seeds-story.png', { width: 1440, height: 1100 }], ['seeds-story-phone.png', { width: 390, height: 844 }]] as const) {
    const page = await browser.newPage({ viewport });
    await page.goto(`${server.url}/stories/${story.id}`);
    const polarity = page.locator('.part-contradictions .contra', { has: page.locator('.type-polarity') }).first();
    await polarity.scrollIntoViewIfNeeded();
    await polarity.locator('.contra-sel').click();
    // The reader is sticky: back at the top, the page shows the story's summary and matrix beside the lit sentences.
    if (viewport.width > 1000) await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(root, 'docs', file) });
    await page.close();
    console.log(`wrote docs/${file}`);
  }
} finally {
  await browser.close();
  await server.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
