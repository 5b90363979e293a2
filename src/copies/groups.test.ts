import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareOriginal, groupId, memberRelation, publishedTime, UnionFind, type OriginFacts } from './groups.js';
import { fingerprint } from './fingerprint.js';
import { overlap } from './verify.js';
import { inventReport, sentencesOf } from './testing.js';

const fact = (id: string, published: string | null, chars: number): OriginFacts => ({ id, published, chars });
const pick = (facts: OriginFacts[]): string => [...facts].sort(compareOriginal)[0]!.id;

test('original: the earliest publication wins', () => {
  assert.equal(pick([fact('b', '2026-03-11T06:15:00Z', 100), fact('a', '2026-03-10T16:45:00Z', 50)]), 'a');
  // Offsets are honoured: 09:00+02:00 is 07:00Z.
  assert.equal(pick([fact('x', '2026-03-10T08:00:00Z', 10), fact('y', '2026-03-10T09:00:00+02:00', 10)]), 'y');
  // A bare date counts as the start of its day.
  assert.equal(pick([fact('timed', '2026-03-10T05:00:00Z', 10), fact('day', '2026-03-10', 10)]), 'day');
});

test('original: a dated report before undated ones; undated ones by length, then id', () => {
  assert.equal(pick([fact('long', null, 900), fact('dated', '2026-03-12', 10)]), 'dated');
  assert.equal(pick([fact('short', null, 100), fact('long', null, 900)]), 'long');
  assert.equal(pick([fact('b', null, 500), fact('a', null, 500)]), 'a');
  assert.equal(pick([fact('b', '2026-03-10', 500), fact('a', '2026-03-10', 500), fact('c', '2026-03-10', 501)]), 'c');
  // Unreadable dates count as unknown.
  assert.equal(publishedTime('not a date'), null);
  assert.equal(pick([fact('garbled', 'soon', 900), fact('dated', '2026-03-12', 10)]), 'dated');
});

test('original: the choice does not depend on the order members arrive in', () => {
  const facts = [fact('c', null, 300), fact('a', '2026-03-11', 10), fact('b', '2026-03-11', 20), fact('d', null, 900)];
  const expected = pick(facts);
  for (let i = 0; i < 24; i++) {
    const shuffled = [...facts].sort(() => (i * 7919) % 3 - 1);
    assert.equal(pick(shuffled), expected);
  }
  assert.equal(expected, 'b');
  assert.equal(groupId('b'), 'copies:b');
});

test('union-find: components, sizes and growth', () => {
  const uf = new UnionFind(2);
  for (let i = 0; i < 10; i++) assert.equal(uf.push(), i);
  uf.union(0, 1);
  uf.union(2, 3);
  uf.union(1, 3);
  uf.union(7, 8);
  assert.equal(uf.find(0), uf.find(2));
  assert.notEqual(uf.find(0), uf.find(7));
  assert.equal(uf.size[uf.find(3)], 4);
  assert.deepEqual(uf.union(0, 3).absorbed, uf.find(0));
});

test('member relation: direct when the member is a copy of the original, else by size and marked indirect', () => {
  const report = inventReport(3, 10);
  const s = sentencesOf(report);
  const excerpt = memberRelation(overlap(fingerprint(s.slice(0, 6).join(' ')), fingerprint(report)));
  assert.equal(excerpt.relation, 'excerpt');
  assert.equal(excerpt.direct, true);
  assert.equal(excerpt.inOriginal, 1);
  // Shares little with the original (linked through another member): indirect.
  const far = memberRelation(overlap(fingerprint(inventReport(4, 2)), fingerprint(report)));
  assert.equal(far.direct, false);
  assert.equal(far.relation, 'excerpt');
  const farLong = memberRelation(overlap(fingerprint(inventReport(4, 10)), fingerprint(report)));
  assert.equal(farLong.relation, 'rewrite');
});
