import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analysedMembers } from './story-sample.js';
import type { CopyGroup } from '../copies/index.js';

const group = (id: string, original: string, members: string[]): CopyGroup => ({ id, original, members: members.map((m) => ({ id: m, relation: m === original ? 'original' : 'near-identical' })) }) as unknown as CopyGroup;

test('a story small enough is read whole', () => {
  assert.deepEqual(analysedMembers(['a', 'b', 'c'], [], new Map(), 3), ['a', 'b', 'c']);
});

test('a story too big is read one copy group at a time first (its original), earliest first, then filled up by date', () => {
  const members = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
  // a, b, c are copies of b; d and e copies of x, an article of another story; f, g, h stand alone.
  const groups = [group('g1', 'b', ['a', 'b', 'c']), group('g2', 'x', ['x', 'd', 'e'])];
  const published = new Map<string, string | null>([['a', '2026-03-01'], ['b', '2026-03-02'], ['c', '2026-03-03'], ['d', '2026-03-04'], ['e', '2026-03-01'], ['f', '2026-03-09'], ['g', null], ['h', '2026-03-05']]);
  assert.deepEqual(analysedMembers(members, groups, published, 4), ['b', 'e', 'f', 'h'], 'one of each group (the original where the story holds it), then lone articles by date');
  assert.deepEqual(analysedMembers(members, groups, published, 6), ['a', 'b', 'e', 'f', 'g', 'h'], 'then the rest by date, undated last');
  assert.deepEqual(analysedMembers(members, groups, published, 6), analysedMembers([...members].reverse(), groups, published, 6).reverse(), 'the same articles whatever order the story lists them in');
});
