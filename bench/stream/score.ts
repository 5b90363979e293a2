/**
 * Scores a clustering of the invented stream: BCubed against the gold events, stories that
 * span more than a fortnight, and false merges, stories holding items a reader keeps apart.
 * An item with `mayJoin` may sit with its own event or with the one it names: it is scored as
 * the named event when it was put with that event's items, and never makes a false merge
 * with them.
 */
import { bcubed } from '../stories/metric.js';
import type { StreamItem } from './text.js';

export const LONG_DAYS = 14;
const DAY_MS = 86_400_000;

/** Items of different events, neither of which may join the other. */
export function keptApart(a: StreamItem, b: StreamItem): boolean {
  return a.event !== b.event && a.mayJoin !== b.event && b.mayJoin !== a.event;
}

export interface FalseMerge {
  story: string;
  members: StreamItem[];
  /** Distinct gold events among the members. */
  events: number;
  /** Member pairs a reader keeps apart. */
  pairs: number;
  days: number;
}

export interface StreamScore {
  items: number;
  events: number;
  stories: number;
  precision: number;
  recall: number;
  f1: number;
  /** Stories whose members' publication dates span more than LONG_DAYS. */
  long: number;
  falseMerges: FalseMerge[];
  falsePairs: number;
  /** Gold events (with `mayJoin` items resolved as scored) whose items lie in more than one story. */
  split: number;
  /** Those events' ids. */
  splitEvents: string[];
}

export function spanDays(members: readonly StreamItem[]): number {
  const times = members.map((m) => Date.parse(m.published.value));
  return (Math.max(...times) - Math.min(...times)) / DAY_MS;
}

/** `predicted` maps every item id to its story; stories keep the order of their first member in `items`. */
export function scoreStream(items: readonly StreamItem[], predicted: ReadonlyMap<string, string>): StreamScore {
  const stories = new Map<string, StreamItem[]>();
  for (const item of items) {
    const story = predicted.get(item.id);
    if (story === undefined) throw new Error(`item ${item.id} has no story`);
    const members = stories.get(story);
    if (members) members.push(item);
    else stories.set(story, [item]);
  }
  const gold = new Map<string, string>();
  for (const item of items) {
    const members = stories.get(predicted.get(item.id)!)!;
    const joined = item.mayJoin !== undefined && members.some((m) => m.event === item.mayJoin);
    gold.set(item.id, joined ? item.mayJoin! : item.event);
  }
  const b = bcubed(predicted, gold);

  let long = 0;
  let falsePairs = 0;
  const falseMerges: FalseMerge[] = [];
  for (const [story, members] of stories) {
    const days = spanDays(members);
    if (days > LONG_DAYS) long++;
    let pairs = 0;
    for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) if (keptApart(members[i]!, members[j]!)) pairs++;
    if (pairs === 0) continue;
    falsePairs += pairs;
    falseMerges.push({ story, members, events: new Set(members.map((m) => m.event)).size, pairs, days });
  }
  falseMerges.sort((x, y) => y.pairs - x.pairs || x.members[0]!.published.value.localeCompare(y.members[0]!.published.value));

  const storiesOf = new Map<string, Set<string>>();
  for (const item of items) {
    const g = gold.get(item.id)!;
    const set = storiesOf.get(g) ?? new Set<string>();
    set.add(predicted.get(item.id)!);
    storiesOf.set(g, set);
  }
  const splitEvents = [...storiesOf].filter(([, s]) => s.size > 1).map(([event]) => event);
  return {
    items: b.items,
    events: new Set(items.map((i) => i.event)).size,
    stories: stories.size,
    precision: b.precision,
    recall: b.recall,
    f1: b.f1,
    long,
    falseMerges,
    falsePairs,
    split: splitEvents.length,
    splitEvents,
  };
}

const clip = (s: string, n: number): string => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

/** A false merge in a line: its size and span, then one title per event (earliest first). */
export function describeMerge(m: FalseMerge, titles = 5): string {
  const firstOfEvent = new Map<string, StreamItem>();
  for (const item of m.members) if (!firstOfEvent.has(item.event)) firstOfEvent.set(item.event, item);
  const shown = [...firstOfEvent.values()].slice(0, titles).map((i) => `"${clip(i.title, 70)}" (${i.published.value.slice(5, 10)})`);
  const more = firstOfEvent.size - shown.length;
  return `${m.members.length} items of ${m.events} events over ${Math.round(m.days)} days, ${m.pairs} ${m.pairs === 1 ? 'pair' : 'pairs'} kept apart: ${shown.join('; ')}${more > 0 ? `; +${more} more events` : ''}`;
}
