/**
 * The real-stream check: an invented stream of eleven weeks from seven outlets (stream.ts),
 * recurring series beside multi-day stories and sibling events, fed in publication order to
 * the online story clusterer and to the re-cluster. Reports BCubed against the gold events,
 * stories that span more than 14 days, and false merges: stories joining items a reader keeps
 * apart, with the worst of them by title. Goal: no false merges.
 */
import type { Bench, BenchEntry } from '../harness.js';
import { clock, round } from '../harness.js';
import { StoryClusterer } from '../../src/stories/online.js';
import { reclusterArticles } from '../../src/stories/recluster.js';
import { describeMerge, LONG_DAYS, scoreStream, type StreamScore } from './score.js';
import { FIRST_DAY, LAST_DAY, STREAM_SEED, streamItems, type StreamItem } from './stream.js';

/** False-merged stories listed in the summary, per system. */
const SHOWN = 10;

function row(system: string, s: StreamScore, cpuMs: number): Record<string, string | number> {
  return {
    system,
    items: s.items,
    'gold events': s.events,
    'stories found': s.stories,
    'BCubed P': round(s.precision),
    'BCubed R': round(s.recall),
    'BCubed F1': round(s.f1),
    [`stories > ${LONG_DAYS} days`]: s.long,
    'false-merged stories': s.falseMerges.length,
    'false-merged pairs': s.falsePairs,
    'split events': s.split,
    'CPU ms': round(cpuMs, 0),
  };
}

function describeStream(items: readonly StreamItem[]): Record<string, string> {
  const series = new Map<string, number>();
  for (const i of items) if (i.series) series.set(i.series, (series.get(i.series) ?? 0) + 1);
  const news = items.filter((i) => !i.series);
  const newsEvents = new Map<string, Set<string>>();
  for (const i of news) newsEvents.set(i.event, (newsEvents.get(i.event) ?? new Set<string>()).add(i.source.name));
  const multi = [...newsEvents.values()].filter((s) => s.size >= 3).length;
  const mayJoin = items.filter((i) => i.mayJoin !== undefined);
  return {
    stream: `${items.length} invented items from ${new Set(items.map((i) => i.source.name)).size} invented outlets, ${FIRST_DAY} to ${LAST_DAY} (seed ${STREAM_SEED}), fed in publication order (ties by id)`,
    'series (each issue its own event)': [...series].map(([k, v]) => `${k} ${v}`).join(', '),
    'news events': `${newsEvents.size} events in ${news.length} items, ${multi} of them told by 3–5 outlets over 1–10 days; siblings kept apart: two storms (Odile, Perrin), two strikes at Port Saltreach six weeks apart, Marrowfield Energy's two quarterly results, a port strike and a teachers' strike in one week`,
    'may join': `${mayJoin.length} trial items name the March 3 robbery (mayJoin): scored as the robbery when put with it, never a false merge with it`,
  };
}

export const streamBench: Bench = {
  name: 'stream',
  async run(): Promise<BenchEntry> {
    const items = streamItems();
    const order = [...items].sort((a, b) => a.published.value.localeCompare(b.published.value) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

    const t = clock();
    const online = new StoryClusterer();
    for (const item of order) await online.add(item);
    const onlineMs = t.cpuMs();
    const onlinePredicted = new Map<string, string>();
    for (const [story, ids] of await online.assignments()) for (const id of ids) onlinePredicted.set(id, story);

    const tr = clock();
    const re = await reclusterArticles(order);
    const reMs = tr.cpuMs();
    const rePredicted = new Map(re.members.map((m) => [m.articleId, m.storyId]));

    const systems: [string, StreamScore, number][] = [
      ['corroborate online', scoreStream(order, onlinePredicted), onlineMs],
      ['corroborate re-clustered', scoreStream(order, rePredicted), reMs],
    ];
    const summary: Record<string, string | number> = {
      goal: `no false merges: 0 false-merged stories and 0 stories over ${LONG_DAYS} days (the only fair long join is the trial with the robbery it names, 5 weeks on)`,
      ...describeStream(items),
    };
    for (const [system, s] of systems) {
      const name = system.replace('corroborate ', '');
      if (s.falseMerges.length === 0) summary[`${name}: false merges`] = 'none';
      s.falseMerges.slice(0, SHOWN).forEach((m, i) => {
        summary[`${name} false merge ${i + 1}`] = describeMerge(m);
      });
      if (s.falseMerges.length > SHOWN) summary[`${name}: further false merges`] = s.falseMerges.length - SHOWN;
      if (s.splitEvents.length > 0) summary[`${name}: split events`] = s.splitEvents.slice(0, SHOWN).join(', ') + (s.splitEvents.length > SHOWN ? `, +${s.splitEvents.length - SHOWN} more` : '');
    }
    return {
      name: 'stream',
      description:
        'the real-stream check on an invented stream (bench/stream): 11 weeks of items from 7 invented outlets, weekly and daily series (each issue its own event) beside ' +
        'multi-day stories told by several outlets and sibling events a reader keeps apart, fed in publication order to the online clusterer and the re-cluster; ' +
        `BCubed against the gold events, stories spanning more than ${LONG_DAYS} days, and false merges (stories joining items of events a reader keeps apart)`,
      rows: systems.map(([system, s, ms]) => row(system, s, ms)),
      summary,
    };
  },
};
