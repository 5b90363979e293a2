import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FIRST_DAY, LAST_DAY, MIN_WORDS, streamItems, type StreamItem } from './stream.js';
import { keptApart, scoreStream } from './score.js';

const items = streamItems();
const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

test('the stream is deterministic and of the intended size', () => {
  assert.deepEqual(streamItems(), items);
  assert.notDeepEqual(streamItems(2), items);
  assert.ok(items.length >= 250 && items.length <= 400, `${items.length} items`);
  assert.equal(new Set(items.map((i) => i.id)).size, items.length, 'ids are unique');
  const outlets = new Set(items.map((i) => i.source.name));
  assert.ok(outlets.size >= 5 && outlets.size <= 8, `${outlets.size} outlets`);
});

test('every text reads as an article: at least 80 words, no template left unfilled', () => {
  assert.equal(MIN_WORDS, 80);
  for (const item of items) {
    assert.ok(words(item.text) >= MIN_WORDS, `${item.id}: ${words(item.text)} words`);
    assert.ok(item.title.length > 0, item.id);
    assert.doesNotMatch(`${item.title} ${item.text}`, /[{}|]/, item.id);
  }
});

test('dates ascend within the stream', () => {
  const start = Date.parse(`${FIRST_DAY}T00:00:00Z`);
  const end = Date.parse(`${LAST_DAY}T23:59:59Z`);
  let previous = -Infinity;
  for (const item of items) {
    const t = Date.parse(item.published.value);
    assert.ok(Number.isFinite(t), item.id);
    assert.ok(t >= start && t <= end, `${item.id} at ${item.published.value}`);
    assert.ok(t >= previous, `${item.id} is out of order`);
    previous = t;
  }
});

test('every mayJoin names an existing, earlier event', () => {
  const events = new Set(items.map((i) => i.event));
  const joining = items.filter((i) => i.mayJoin !== undefined);
  assert.ok(joining.length > 0);
  for (const item of joining) {
    assert.ok(events.has(item.mayJoin!), `${item.id}: ${item.mayJoin}`);
    assert.notEqual(item.mayJoin, item.event);
    const first = items.find((i) => i.event === item.mayJoin)!;
    assert.ok(first.published.value < item.published.value, item.id);
  }
});

test('each issue of a series is its own event, and the series run for weeks', () => {
  const bySeries = new Map<string, StreamItem[]>();
  for (const item of items) if (item.series) bySeries.set(item.series, [...(bySeries.get(item.series) ?? []), item]);
  assert.ok(bySeries.size >= 5, [...bySeries.keys()].join(', '));
  for (const [series, members] of bySeries) {
    const events = new Set(members.map((m) => m.event));
    assert.ok(events.size >= 4, `${series}: ${events.size} issues`);
    // One item per issue, except a release also reported by a tech site.
    for (const event of events) {
      const issue = members.filter((m) => m.event === event);
      assert.ok(issue.length === 1 || (series === 'release-tallyweave' && issue.length === 2), `${event}: ${issue.length} items`);
    }
    for (const event of events) assert.ok(!items.some((i) => i.event === event && i.series !== series), `${event} is only in ${series}`);
  }
});

test('multi-day stories are told by several outlets over several days', () => {
  const byEvent = new Map<string, StreamItem[]>();
  for (const item of items) if (!item.series) byEvent.set(item.event, [...(byEvent.get(item.event) ?? []), item]);
  const big = [...byEvent.values()].filter((m) => new Set(m.map((i) => i.source.name)).size >= 3);
  assert.ok(big.length >= 10, `${big.length} stories with 3+ outlets`);
  for (const members of big) {
    const days = new Set(members.map((i) => i.published.value.slice(0, 10))).size;
    const span = (Date.parse(members[members.length - 1]!.published.value) - Date.parse(members[0]!.published.value)) / 86_400_000;
    assert.ok(span <= 10, `${members[0]!.event} spans ${span} days`);
    assert.ok(days >= 1);
  }
});

test('scoring: false merges, mayJoin and long stories', () => {
  const pick = (...ids: string[]): StreamItem[] => ids.map((id) => items.find((i) => i.id === id)!);
  const [robbery, trial, column1, column2] = pick('robbery-lorimer-finch-01', 'trial-lorimer-finch-01', 'column-plugged-in-112', 'column-plugged-in-113');
  assert.equal(keptApart(robbery!, trial!), false);
  assert.equal(keptApart(column1!, column2!), true);
  // The trial with the robbery is no false merge and scores as the robbery; two columns are one.
  const s = scoreStream([robbery!, trial!, column1!, column2!], new Map([
    [robbery!.id, 'a'],
    [trial!.id, 'a'],
    [column1!.id, 'b'],
    [column2!.id, 'b'],
  ]));
  assert.equal(s.falseMerges.length, 1);
  assert.equal(s.falsePairs, 1);
  assert.equal(s.long, 1, 'the robbery and its trial span five weeks');
  assert.equal(s.events, 4);
  assert.ok(s.precision < 1 && s.recall === 1);
  const perfect = scoreStream(items, new Map(items.map((i) => [i.id, i.event])));
  assert.equal(perfect.f1, 1);
  assert.equal(perfect.falseMerges.length, 0);
  assert.equal(perfect.long, 0);
  assert.equal(perfect.split, 0);
});
