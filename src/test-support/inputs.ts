import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const base = readFileSync(fileURLToPath(new URL('../../examples/news/northern-standard-engineer-warned.txt', import.meta.url)), 'utf8');

/**
 * A JSON array of `count` distinct rewrites of one report: every one is a new article that
 * joins the same story, so storing it costs the writer copies, stories and re-analysis for
 * each. Twenty take over a second of work; what makes it slow is the work, not a clock.
 */
export function rewrites(count: number, seed = 0): string {
  const items = Array.from({ length: count }, (_, i) => ({
    title: `Report ${seed}-${i} on the dam`,
    text: `${base}\n\nUpdate ${seed}-${i}: crews counted ${(seed + 1) * (i + 3) * 7} sandbags at pier ${i}.`,
    source: `Outlet ${i % 13}`,
  }));
  return JSON.stringify(items);
}
