import { test } from 'node:test';
import assert from 'node:assert/strict';
import { add, decode, dot, encode, norm, prune, sparse, top, unit } from './tfidf.js';
import { articleProfile, COUNT, DEFAULT_PARAMS, FIGURE, MONTH, NAME, similarity, vectorId, WEEKDAY, YEAR, type ArticleVectors } from './similarity.js';

const v = (entries: [number, number][]) => unit(sparse(entries));
/** An identity vector: each kind unit length on its own, as weigh() builds it. */
function identity(names: [number, number][], figures: [number, number][] = [], years: [number, number][] = [], counts: [number, number][] = []): ReturnType<typeof sparse> {
  const parts = [
    [names, NAME],
    [figures, FIGURE],
    [years, YEAR],
    [counts, COUNT],
  ] as const;
  const entries: [number, number][] = [];
  for (const [list, kind] of parts) {
    const n = Math.hypot(...list.map(([, w]) => w)) || 1;
    for (const [id, w] of list) entries.push([vectorId(id, kind), w / n]);
  }
  return sparse(entries);
}
const article = (topic: [number, number][], names: [number, number][], day: number | null = null, figures: [number, number][] = [], years: [number, number][] = []): ArticleVectors => ({
  topic: v(topic.map(([id, w]) => [vectorId(id, 0), w])),
  identity: identity(names, figures, years),
  day,
  refDays: [],
});

test('sparse vectors: dot, add, norm, prune, top and the storage round trip', () => {
  const a = sparse([[5, 1], [1, 2], [9, 3]]);
  assert.deepEqual([...a.ids], [1, 5, 9]);
  const b = sparse([[5, 2], [7, 1]]);
  assert.equal(dot(a, b), 2);
  const c = add(a, b);
  assert.deepEqual([...c.ids], [1, 5, 7, 9]);
  assert.deepEqual([...c.w], [2, 3, 1, 3]);
  assert.ok(Math.abs(norm(unit(c)) - 1) < 1e-6);
  assert.deepEqual(top(c, 2), [5, 9]);
  const big = sparse(Array.from({ length: 100 }, (_, i) => [i, i] as [number, number]));
  const pruned = prune(big, 10, 1);
  assert.equal(pruned.ids.length, 10);
  assert.deepEqual([...pruned.ids], [90, 91, 92, 93, 94, 95, 96, 97, 98, 99]);
  const back = decode(encode(c));
  assert.deepEqual([...back.ids], [...c.ids]);
  assert.deepEqual([...back.w], [...c.w]);
});

test('the same article is as close as can be; an unrelated one is not close', () => {
  const a = article([[1, 1], [2, 1]], [[10, 1], [11, 1]]);
  const same = similarity(a, articleProfile(a));
  assert.ok(same.score > 0.99);
  const b = article([[3, 1], [4, 1]], [[12, 1]]);
  assert.ok(similarity(a, articleProfile(b)).score < 0.01);
});

test('the same kind of event with other names is kept apart, however alike the wording', () => {
  const a = article([[1, 1], [2, 1], [3, 1]], [[10, 1], [11, 1]]);
  const b = article([[1, 1], [2, 1], [3, 1]], [[20, 1], [21, 1]]);
  assert.ok(similarity(a, articleProfile(b)).score < DEFAULT_PARAMS.threshold / 4);
});

test('missing dates are neutral; far dates lower the score, more the farther', () => {
  const base = article([[1, 1]], [[10, 1]], 20000);
  const undated = article([[1, 1]], [[10, 1]], null);
  const near = article([[1, 1]], [[10, 1]], 20005);
  const month = article([[1, 1]], [[10, 1]], 20060);
  const year = article([[1, 1]], [[10, 1]], 20365);
  const s = (x: ArticleVectors): number => similarity(x, articleProfile(base)).score;
  assert.equal(s(undated), s(near));
  assert.ok(s(near) > s(month) && s(month) > s(year));
  assert.ok(s(year) < 0.3);
});

test('years only lower the score, figures also raise it unless dates differ, and years count only when a side is undated', () => {
  const a = article([[1, 1]], [[10, 1]], null, [[30, 1]], [[40, 1]]);
  const agree = article([[1, 1]], [[10, 1]], null, [[30, 1]], [[40, 1]]);
  const differ = article([[1, 1]], [[10, 1]], null, [[31, 1]], [[41, 1]]);
  const s = (x: ArticleVectors): number => similarity(x, articleProfile(a)).score;
  assert.ok(s(differ) < s(agree));
  assert.ok(s(agree) <= 1);
  // A partial match, so that what figures add is not hidden by the cap at 1.
  const story = article([[1, 1], [2, 1]], [[10, 1], [11, 1]], null, [[30, 1]], [[40, 1]]);
  const part = (figures: [number, number][], years: [number, number][], day: number | null = null, storyDay: number | null = null): number =>
    similarity(article([[1, 1]], [[10, 1]], day, figures, years), articleProfile({ ...story, day: storyDay })).score;
  assert.ok(part([[30, 1]], []) > part([], []), 'agreeing figures add');
  assert.ok(part([[31, 1]], []) < part([], []), 'differing figures take away');
  assert.ok(Math.abs(part([], [[40, 1]]) - part([], [])) < 1e-6, 'agreeing years add nothing over none');
  assert.ok(part([], [[41, 1]]) < part([], []), 'differing years take away');
  assert.ok(part([[30, 1]], [], 20000, 20400) <= part([], [], 20000, 20400) + 1e-9, 'agreeing figures add nothing when the dates are far apart');
  const datedA = { ...a, day: 20000 };
  const datedDiffer = { ...differ, day: 20001 };
  const yearsOnly = article([[1, 1]], [[10, 1]], 20001, [[30, 1]], [[41, 1]]);
  assert.equal(similarity(yearsOnly, articleProfile(datedA)).score, similarity({ ...yearsOnly, identity: identity([[10, 1]], [[30, 1]], [[40, 1]]) }, articleProfile(datedA)).score, 'with both dated, years are background');
  assert.ok(similarity(datedDiffer, articleProfile(datedA)).score < 1);
});

for (const [kind, label] of [[MONTH, 'months'], [WEEKDAY, 'weekdays']] as const) {
  test(`${label} only lower the score, and only when a side is undated`, () => {
    const withCalendar = (terms: [number, number][], day: number | null = null): ArticleVectors => {
      const base = article([[1, 1]], [[10, 1]], day);
      const n = Math.hypot(...terms.map(([, w]) => w)) || 1;
      const entries: [number, number][] = [...terms.map(([id, w]) => [vectorId(id, kind), w / n] as [number, number])];
      for (let i = 0; i < base.identity.ids.length; i++) entries.push([base.identity.ids[i]!, base.identity.w[i]!]);
      return { ...base, identity: sparse(entries) };
    };
    const story = articleProfile(withCalendar([[50, 1]]));
    const s = (x: ArticleVectors, profile = story): number => similarity(x, profile).score;
    assert.ok(s(withCalendar([[51, 1]])) < s(withCalendar([])), `other ${label} take away`);
    assert.ok(Math.abs(s(withCalendar([[50, 1]])) - s(withCalendar([]))) < 1e-6, `the same ${label} add nothing over none`);
    const datedStory = articleProfile(withCalendar([[50, 1]], 20000));
    assert.ok(Math.abs(s(withCalendar([[51, 1]], 20001), datedStory) - s(withCalendar([], 20001), datedStory)) < 1e-6, 'with both dated, the dates say when');
  });
}

test('counts only ever add a little: agreeing ones less than agreeing figures, differing ones nothing, and nothing when dates are far apart', () => {
  const story = { ...article([[1, 1], [2, 1]], [[10, 1], [11, 1]]), identity: identity([[10, 1], [11, 1]], [[30, 1]], [], [[4, 1]]) };
  const part = (figures: [number, number][], counts: [number, number][], day: number | null = null, storyDay: number | null = null): number =>
    similarity({ ...article([[1, 1]], [[10, 1]], day), identity: identity([[10, 1]], figures, [], counts) }, articleProfile({ ...story, day: storyDay })).score;
  const none = part([], []);
  assert.ok(part([], [[4, 1]]) > none, 'agreeing counts add');
  assert.ok(part([], [[4, 1]]) < part([[30, 1]], []), 'less than an agreeing figure');
  assert.ok(Math.abs(part([], [[3, 1]]) - none) < 1e-6, '"three" against "four" takes nothing away');
  assert.ok(Math.abs(part([], [[4, 1]], 20000, 20400) - part([], [], 20000, 20400)) < 1e-6, 'and adds nothing when the dates are far apart');
});

test('a day one side names in its text, within the other side\'s span, counts as the same time', () => {
  const crime = article([[1, 1]], [[10, 1]], 15000);
  const trial = article([[1, 1]], [[10, 1]], 15540);
  const trialNamingTheCrime = { ...trial, refDays: [14990, 15001] };
  const trialNamingAnother = { ...trial, refDays: [14000] };
  const s = (x: ArticleVectors, y: ArticleVectors): number => similarity(x, articleProfile(y)).score;
  assert.ok(s(trial, crime) < 0.3, 'eighteen months apart');
  assert.ok(s(trialNamingTheCrime, crime) > 0.99, 'the trial names the crime\'s day');
  assert.ok(Math.abs(s(crime, trialNamingTheCrime) - s(trialNamingTheCrime, crime)) < 1e-9, 'either way round');
  assert.ok(Math.abs(s(trialNamingAnother, crime) - s(trial, crime)) < 1e-9, 'a day far from both changes nothing');
});

test('an article without names is matched on its topic alone, at a stricter standard', () => {
  const story = article([[1, 1], [2, 1]], [[10, 1]]);
  const noNames = article([[1, 1], [2, 1]], []);
  const r = similarity(noNames, articleProfile(story));
  assert.ok(r.score > 0.9, 'the same topic still matches');
  const partly = article([[1, 1], [5, 1]], []);
  const withNames = article([[1, 1], [5, 1]], [[10, 1]]);
  assert.ok(similarity(partly, articleProfile(story)).score < similarity(withNames, articleProfile(story)).score);
});

test('similarity is symmetric between two stories', () => {
  const a = article([[1, 1], [2, 2]], [[10, 1], [11, 2]], 20000, [[30, 1]]);
  const b = article([[1, 2], [3, 1]], [[10, 2], [12, 1]], 20003, [[30, 1], [31, 1]]);
  const ab = similarity(articleProfile(a), articleProfile(b)).score;
  const ba = similarity(articleProfile(b), articleProfile(a)).score;
  assert.ok(Math.abs(ab - ba) < 1e-9);
});
