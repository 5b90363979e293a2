import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storyHeadline, surnameOf, type HeadlineArticle, type HeadlineStory } from './story-headline.js';
import { findEntities } from '../language/entities/index.js';
import { splitSentences } from '../language/sentences/index.js';
import { findTimes } from '../language/times/index.js';
import type { ClaimGroup, Evidence } from '../claims/types.js';
import { claimGroup } from '../claims/testing.js';

/** An article as the document builder would hand it over: the entity layer's own mentions, each its own canonical id. */
function article(text: string, anchor: string | null, o: { title?: string; estimated?: boolean; copy?: boolean } = {}): HeadlineArticle {
  const sentences = splitSentences(text, [{ kind: 'paragraph', start: 0, end: text.length }]);
  const found = findEntities(text, sentences);
  const byKey = new Map(found.entities.map((e) => [e.key, e]));
  const mentions = found.mentions.map((m) => {
    const e = byKey.get(m.entity)!;
    return { start: m.start, end: m.end, entityId: `${e.type}:${e.name}`, type: e.type, kind: m.kind, name: e.name, role: m.role ? { start: m.role.start, end: m.role.end } : null };
  });
  const times = findTimes(text, anchor);
  return { text, title: o.title ?? '', sentences, mentions, anchor, times: () => times, estimated: o.estimated ?? false, copy: o.copy ?? false };
}

function evidence(id: string, a: HeadlineArticle, clause: string, o: Partial<Evidence> = {}): Evidence {
  const start = a.text.indexOf(clause);
  assert.ok(start >= 0, `no "${clause}" in ${id}`);
  return { articleId: id, start, end: start + clause.length, text: clause, attribution: { kind: 'outlet', name: id, entityId: null, speakerKind: 'outlet' }, hedges: [], source: id, ...o };
}

function group(id: string, predicate: string, evidence: Evidence[], o: Partial<ClaimGroup> = {}): ClaimGroup {
  return claimGroup({ id, predicate, evidence, text: evidence[0]!.text, ...o });
}

function story(claims: ClaimGroup[], title = 'A title', span: HeadlineStory['span'] = { start: '2026-04-08', end: '2026-04-08' }): HeadlineStory {
  return { title, claims, span };
}

const A = 'Deputy Trade Minister Ola Brenn has cancelled the planned Velmar trade summit with Estovia, officials said on Tuesday. The decision surprised diplomats.';
const B = 'On Tuesday, Ola Brenn called off the Velmar trade summit with Estovia, citing security concerns. Talks may resume in May.';
const C = 'Estovia regretted the decision. The planned Velmar trade summit, which was due in June, was cancelled by Ola Brenn.';

function cancelStory(): { s: HeadlineStory; articles: Map<string, HeadlineArticle> } {
  const articles = new Map([
    ['a', article(A, '2026-04-08')],
    ['b', article(B, '2026-04-08')],
    ['c', article(C, '2026-04-08')],
  ]);
  const g = group('g1', 'cancel', [
    evidence('a', articles.get('a')!, 'Deputy Trade Minister Ola Brenn has cancelled the planned Velmar trade summit with Estovia'),
    evidence('b', articles.get('b')!, 'On Tuesday, Ola Brenn called off the Velmar trade summit with Estovia'),
    evidence('c', articles.get('c')!, 'The planned Velmar trade summit, which was due in June, was cancelled by Ola Brenn'),
  ]);
  return { s: story([g]), articles };
}

test('a corroborated fact becomes a headline: who did what, titles and first names gone, present tense, the event day', () => {
  const { s, articles } = cancelStory();
  const h = storyHeadline(s, articles);
  assert.equal(h.claimId, 'g1');
  assert.equal(h.date, '2026-04-07');
  assert.match(h.text, /^Brenn (?:cancels|calls off) (?:planned )?Velmar trade summit with Estovia \(Tue 7 Apr 2026\)$/u);
  assert.equal(h.estimated, false);
});

test('every word of a built headline is in the text it was cut from, or the present tense of one', () => {
  const { s, articles } = cancelStory();
  const h = storyHeadline(s, articles);
  const source = [...articles.values()].map((a) => a.text.toLowerCase()).join(' ');
  const words = h.text.replace(/\(.*\)$/u, '').toLowerCase().split(/\s+/u).filter(Boolean);
  for (const w of words) assert.ok(source.includes(w) || source.includes(w.replace(/e?s$/u, '')), `"${w}" is not in the articles`);
});

test('a day named only where the article was said to come out counts less than the event’s own day', () => {
  const x = article('Ola Brenn cancelled the Velmar trade summit on Monday, the ministry reported on Wednesday.', '2026-04-08');
  const y = article('The Velmar trade summit was called off by Ola Brenn, officials confirmed Wednesday.', '2026-04-08');
  const articles = new Map([['x', x], ['y', y]]);
  const g = group('g', 'cancel', [evidence('x', x, 'Ola Brenn cancelled the Velmar trade summit on Monday'), evidence('y', y, 'The Velmar trade summit was called off by Ola Brenn')]);
  const h = storyHeadline(story([g]), articles);
  assert.equal(h.date, '2026-04-06');
  assert.ok(!/Monday/u.test(h.text), `the date is said once, at the end: ${h.text}`);
});

test('a day reached through an estimated publication date is marked', () => {
  const x = article('Ola Brenn cancelled the Velmar trade summit on Monday.', '2026-04-08', { estimated: true });
  const y = article('Ola Brenn called off the Velmar trade summit on Monday.', '2026-04-08', { estimated: true });
  const articles = new Map([['x', x], ['y', y]]);
  const g = group('g', 'cancel', [evidence('x', x, 'Ola Brenn cancelled the Velmar trade summit on Monday'), evidence('y', y, 'Ola Brenn called off the Velmar trade summit on Monday')]);
  const h = storyHeadline(story([g]), articles);
  assert.equal(h.estimated, true);
  assert.match(h.text, /\(~Mon 6 Apr 2026\)$/u);
});

test('without a usable corroborated fact, the headline is the best article title, cleaned', () => {
  const x = article('Ola Brenn cancelled the Velmar trade summit.', '2026-04-08', { title: 'BREAKING: Brenn scraps Velmar summit | The Daily Ledger' });
  const y = article('Ola Brenn cancelled the Velmar trade summit.', '2026-04-08', { title: 'Ola Brenn cancelled the Velmar trade summit on a day when…' });
  const articles = new Map([['y', y], ['x', x]]);
  const cases: [string, ClaimGroup[]][] = [
    ['nothing corroborated', [group('g', 'cancel', [evidence('x', x, 'Ola Brenn cancelled the Velmar trade summit')])]],
    ['hedged', [group('g', 'cancel', [evidence('x', x, 'Ola Brenn cancelled the Velmar trade summit'), evidence('y', y, 'Ola Brenn cancelled the Velmar trade summit')], { hedged: true, hedges: ['reportedly'] })]],
    ['denied', [group('g', 'cancel', [evidence('x', x, 'Ola Brenn cancelled the Velmar trade summit'), evidence('y', y, 'Ola Brenn cancelled the Velmar trade summit')], { polarity: 'negative' })]],
    ['a speaker’s words, not the outlets’', [group('g', 'cancel', [evidence('x', x, 'Ola Brenn cancelled the Velmar trade summit', { attribution: { kind: 'speaker', name: 'Ola Brenn', entityId: null, speakerKind: 'person' } }), evidence('y', y, 'Ola Brenn cancelled the Velmar trade summit', { attribution: { kind: 'unnamed', name: 'officials', entityId: null, speakerKind: 'unnamed-official' } })])]],
  ];
  for (const [why, claims] of cases) {
    const h = storyHeadline(story(claims, 'Ola Brenn cancelled the Velmar trade summit on a day when…'), articles);
    assert.deepEqual({ text: h.text, claimId: h.claimId }, { text: 'Brenn scraps Velmar summit', claimId: null }, why);
  }
});

test('a cut title stays marked as cut when no article has a better one', () => {
  const x = article('Ola Brenn cancelled the Velmar trade summit.', null, { title: 'Ola Brenn cancelled the Velmar trade summit on a day when…' });
  const h = storyHeadline(story([], 'Ola Brenn cancelled the Velmar trade summit on a day when…', { start: null, end: null }), new Map([['x', x]]));
  assert.equal(h.text, 'Ola Brenn cancelled the Velmar trade summit on a day when…');
});

test('statements without a subject of their own, or only a pronoun for one, are not headlines', () => {
  const x = article('The summit, which Ola Brenn cancelled, was to open in Velmar. He cancelled it on Monday.', '2026-04-08', { title: 'Velmar summit off' });
  const y = article('He scrapped the Velmar trade summit with Estovia. The ministry said nothing more.', '2026-04-08', { title: 'Velmar summit off' });
  const articles = new Map([['x', x], ['y', y]]);
  const g = group('g', 'cancel', [evidence('x', x, 'which Ola Brenn cancelled'), evidence('x', x, 'He cancelled it on Monday'), evidence('y', y, 'He scrapped the Velmar trade summit with Estovia')]);
  g.status = 'corroborated';
  assert.equal(storyHeadline(story([g]), articles).claimId, null);
});

test('the most reported fact in the lead wins over a later one more outlets repeat', () => {
  const lead = (n: number): string => `Floodwater from the Tarn River swept through Kelby on Sunday. Report ${n} adds detail. More detail follows here. Anyone with information was asked to call Kelby Police.`;
  const articles = new Map([1, 2, 3].map((n) => [`s${n}`, article(lead(n), '2026-04-06')]));
  const flood = group('flood', 'flood', [1, 2].map((n) => evidence(`s${n}`, articles.get(`s${n}`)!, 'Floodwater from the Tarn River swept through Kelby on Sunday')));
  const appeal = group('appeal', 'request', [1, 2, 3].map((n) => evidence(`s${n}`, articles.get(`s${n}`)!, 'Anyone with information was asked to call Kelby Police')));
  const h = storyHeadline(story([appeal, flood], 'x', { start: '2026-04-06', end: '2026-04-06' }), articles);
  assert.equal(h.claimId, 'flood');
});

test('surnames keep their particles and lose their suffixes', () => {
  const cases: [string, string][] = [['Ola Brenn', 'Brenn'], ['Karel van der Berg', 'van der Berg'], ['Tomas de Silva', 'de Silva'], ['Arno Vell Jr.', 'Vell'], ['Brenn', 'Brenn']];
  for (const [name, want] of cases) assert.equal(surnameOf(name), want, name);
});
