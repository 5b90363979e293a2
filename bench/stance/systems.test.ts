import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StanceReading } from '../../src/claims/stance.js';
import type { RichClaim } from '../../src/claims/extract.js';
import { decideFrom } from './systems.js';

type Voice = { kind?: 'outlet' | 'speaker' | 'unnamed'; hedges?: string[]; polarity?: 'positive' | 'negative'; opposes?: boolean };
const claim = (v: Voice = {}): RichClaim =>
  ({ attribution: { kind: v.kind ?? 'outlet', name: 'x', entityId: null, speakerKind: 'outlet' }, hedges: v.hedges ?? [], polarity: v.polarity ?? 'positive' }) as unknown as RichClaim;

function reading(headline: Voice[], body: (Voice & { score?: number; refutes?: string[] })[], claimRefutes: string[] = []): StanceReading {
  return {
    claims: headline.map(claim),
    source: body.map((b) => ({ claim: claim(b), score: b.score ?? 0, aligned: false, refutes: b.refutes ?? [], opposes: b.opposes ?? false })),
    contradictions: [],
    claimRefutes,
  };
}

test('unrelated below the relatedness threshold; the best claim similarity counts a quarter', () => {
  assert.equal(decideFrom(reading([{}], [{ score: 0.4 }]), 0.1).stance, 'unrelated');
  assert.equal(decideFrom(reading([{}], [{ score: 0.8 }]), 0.1).stance, 'agree');
});

test('a refuting lede disputes a stating headline and agrees with a refuting one', () => {
  const body = [{ refutes: ['hoax'] }, {}, {}];
  assert.equal(decideFrom(reading([{}], body), 0.5).stance, 'disagree');
  assert.equal(decideFrom(reading([{}], body, ['fake']), 0.5).stance, 'agree');
  assert.equal(decideFrom(reading([{ polarity: 'negative' }], body), 0.5).stance, 'agree');
  // Past the lede, a refuting word is one claim among others.
  assert.equal(decideFrom(reading([{}], [{}, {}, {}, { refutes: ['hoax'] }]), 0.5).stance, 'agree');
});

test('a voiced headline or a voiced body is discussed; an outlet asserting it agrees', () => {
  assert.equal(decideFrom(reading([{ kind: 'unnamed' }], [{}, {}]), 0.5).stance, 'discuss');
  assert.equal(decideFrom(reading([{ hedges: ['reportedly'] }], [{}, {}]), 0.5).stance, 'discuss');
  assert.equal(decideFrom(reading([{}], [{ kind: 'speaker' }, { kind: 'unnamed' }, { hedges: ['may'] }, {}, {}]), 0.5).stance, 'discuss');
  assert.equal(decideFrom(reading([{}], [{}, {}, { kind: 'speaker' }, {}, {}]), 0.5).stance, 'agree');
});

test('a body claim saying the opposite of the headline in nearly its words disputes it', () => {
  assert.equal(decideFrom(reading([{}], [{ score: 0.7, opposes: true }, {}]), 0.5).stance, 'disagree');
  // Far from the headline's words, an opposite claim is about something else.
  assert.equal(decideFrom(reading([{}], [{ score: 0.3, opposes: true }, {}]), 0.5).stance, 'agree');
});
