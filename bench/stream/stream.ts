/**
 * An invented stream of news for the real-stream check (README.md): eleven weeks, from Monday,
 * February 3 to Sunday, April 20, 2025, of items from seven invented outlets. Recurring series
 * (a weekly column, release notes, a weekly podcast, a weekday morning briefing, a weekly
 * league roundup, a weekly market column), each issue its own gold event, run beside
 * multi-day stories told by three to five outlets, sibling events a reader keeps apart, and
 * a trial five weeks after the robbery it names (`mayJoin`). Deterministic for a seed.
 */
import { STORIES, type StorySpec } from './events.js';
import { seriesItems } from './series.js';
import { at, expand, int, paragraphs, seeded, shuffle, words, type StreamItem } from './text.js';

export type { StreamItem } from './text.js';
export { FIRST_DAY, LAST_DAY } from './text.js';

export const STREAM_SEED = 1;
/** Every text is at least this long, so it reads as an article, not a snippet. */
export const MIN_WORDS = 80;

/** One story's reports: a lead for the day, then body and background sentences in an order and wording of the report's own. */
function tell(spec: StorySpec, seed: number): StreamItem[] {
  const titleOrder = spec.phases.map((p, k) => shuffle(seeded(`${spec.event}/titles/${k}`, seed), p.titles));
  const used = spec.phases.map(() => 0);
  return spec.reports.map(([when, outlet, phase, lead], i) => {
    const id = `${spec.event}-${String(i + 1).padStart(2, '0')}`;
    const r = seeded(id, seed);
    const p = spec.phases[phase];
    const leadText = p?.leads[lead];
    if (!p || leadText === undefined) throw new Error(`${id}: no phase ${phase} lead ${lead}`);
    const titles = titleOrder[phase]!;
    const title = expand(r, titles[used[phase]!++ % titles.length]!);
    const slots = { outlet };
    const body = shuffle(r, p.body);
    const background = shuffle(r, spec.background);
    const target = int(r, 95, 140);
    const first = body.splice(0, Math.min(body.length, int(r, 3, 4)));
    const middle = background.splice(0, int(r, 1, 2));
    const sentences = [leadText, ...first, ...middle];
    for (const s of [...body, ...background]) {
      if (words(sentences.join(' ')) >= target) break;
      sentences.push(s);
    }
    const text = paragraphs(r, sentences.map((s) => expand(r, s, slots)));
    const item: StreamItem = { id, title, text, published: { value: at(when) }, source: { name: outlet }, event: spec.event };
    if (spec.mayJoin !== undefined) item.mayJoin = spec.mayJoin;
    return item;
  });
}

/** The whole stream in publication order (ties by id). */
export function streamItems(seed: number = STREAM_SEED): StreamItem[] {
  const items = [...STORIES.flatMap((s) => tell(s, seed)), ...seriesItems(seed)];
  for (const item of items) if (words(item.text) < MIN_WORDS) throw new Error(`${item.id}: ${words(item.text)} words`);
  return items.sort((a, b) => (a.published.value < b.published.value ? -1 : a.published.value > b.published.value ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
