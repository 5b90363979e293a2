/**
 * Contradictions between claims about the same thing. A candidate pair from alignment
 * whose slots conflict becomes a contradiction of that slot's type when the claims are
 * about the same thing, judged by a threshold per type on their topic similarity (terms
 * without slot values): numbers need the same counted event, dates the same event told
 * with its own date (not the date someone said it), durations the same measured thing,
 * reasons the same effect, polarity nearly the same statement. Plans told as past ("would
 * meet") never contradict a later "no plans": plans change. Pairs are pooled per pair of
 * claim groups and merged when they share a group, so one dispute is one contradiction
 * with every span on each side. All sides from one independent source: `internal`.
 */
import type { Alignment, ScoredPair } from './align.js';
import { numberKey, type Conflict } from './compare.js';
import type { RichClaim } from './extract.js';
import type { Grouped } from './support.js';
import type { SourceIndex } from './sources.js';
import type { Contradiction, ContradictionSide, ContradictionType } from './types.js';

/** Topic similarity a pair needs before a conflict on this slot counts. */
function threshold(conflict: Conflict): number {
  if (conflict.key.startsWith('date:')) return 0.25;
  if (conflict.key.startsWith('duration:')) {
    const measured = conflict.key.slice('duration:'.length);
    // "the war, now in its fourth year" and "the 32-month conflict": the story's one war.
    if (measured.startsWith('p:')) return 0.2;
    if (measured.startsWith('a:')) return 0.5;
    return 0;
  }
  if (conflict.type === 'cause') return 0.25;
  if (conflict.key.startsWith('property:')) return 0.05;
  if (conflict.type === 'entity') return 0.5;
  return 0.6;
}

function plausible(pair: ScoredPair, conflict: Conflict, x: RichClaim, y: RichClaim): boolean {
  // Figures are compared property by property across the story (numeric.ts), not pair by pair.
  if (conflict.type === 'numeric') return false;
  // Other people, or other places, make it likelier that two claims are about two things;
  // except for a dispute over who it was.
  const topic = conflict.type === 'entity' ? pair.topic : pair.topic * (pair.otherPeople ? 0.5 : 1) * (pair.elsewhere ? 0.7 : 1);
  if (topic < threshold(conflict)) return false;
  // An article seldom contradicts itself: two figures or dates in one article are most often two things.
  if (pair.sameArticle && topic < 0.5) return false;
  // Three dead in the Pellan hills and fourteen in the Oskel valley are two tolls.
  if (pair.elsewhere && conflict.key.startsWith('date:')) return false;
  if (conflict.type === 'polarity' && conflict.key === 'clause') {
    if (x.irrealis || y.irrealis) return false;
    // "X denied that P" against P: the same words, one side denying them.
    const denial = x.denied !== y.denied && pair.own >= 0.5;
    if (!denial && (!x.predicate || x.predicate !== y.predicate)) return false;
    // An article that says a thing and its opposite is far more often read wrong than wrong.
    if (pair.sameArticle) return false;
    // A hedged denial against a hedged claim says how unsure both are, not that they disagree.
    if (x.hedges.length > 0 && y.hedges.length > 0) return false;
  }
  // "a 12-hour deliberation" that convicted and "30 hours of deliberation" that deadlocked:
  // a length of something the story has several of needs the same event around it.
  if (conflict.key.startsWith('duration:') && !/^duration:(?:p:|a:|age:|war$)/u.test(conflict.key) && (x.predicate !== y.predicate || topic < 0.4)) return false;
  if (conflict.type === 'cause' && x.predicate !== y.predicate && topic < 0.45) return false;
  // A date is disputed only for one event of the same participants: "Halas visited Brodna on
  // Tuesday" and "Halas visited Zelov on Wednesday" are two visits.
  if (conflict.key.startsWith('date:') && topic < 0.4 && x.participants.filter((p) => y.participants.includes(p)).length < 2) return false;
  if (conflict.type === 'polarity' && conflict.key.startsWith('property:') && (x.irrealis || y.irrealis)) return false;
  // "A tense call between A and B" and "a productive call between C and D" are two calls.
  if (conflict.key.startsWith('property:evaluation|')) {
    const px = people(x);
    const py = people(y);
    if (px.length > 0 && py.length > 0 && !px.some((p) => py.includes(p))) return false;
  }
  // Someone else in the role of one event: the same event, the same kind of claim, and
  // something else in common (another participant), or the two are just two events.
  if (conflict.type === 'entity') {
    if (x.predicate !== y.predicate || x.polarity !== y.polarity || x.irrealis !== y.irrealis) return false;
    const role = conflict.key.slice('role:'.length);
    const inRole = new Set([...(x.roles[role] ?? []), ...(y.roles[role] ?? [])]);
    if (!x.participants.some((p) => !inRole.has(p) && y.participants.includes(p)) && topic < 0.6) return false;
  }
  return true;
}

/** The people a claim is about, its speaker included: the one who describes a call was on it. */
function people(c: RichClaim): string[] {
  const out = c.participants.filter((p) => p.startsWith('person:'));
  if (c.attribution.entityId?.startsWith('person:')) out.push(c.attribution.entityId);
  return out;
}

interface Found {
  type: ContradictionType;
  key: string;
  groups: Set<number>;
  claims: Set<RichClaim>;
}

/** What a slot is, in words: numeric.ts names figures by it too. */
export const EVENT_LABELS: Record<string, string> = {
  kill: 'the death toll',
  missing: 'the number missing',
  injure: 'the number injured',
  evacuate: 'the number evacuated',
  rescue: 'the number rescued',
  arrest: 'the number arrested',
  magnitude: 'the magnitude',
  population: 'the population',
  depth: 'the depth',
  deploy: 'the number deployed',
  decline: 'the fall',
  increase: 'the rise',
  fund: 'the amount of money',
  negotiate: 'talks',
  call: 'call',
  meet: 'meeting',
  war: 'war',
  investigate: 'inquiry',
  chair: 'who chairs it',
};

function label(key: string): string {
  // "property:evaluation|call": how the call went.
  if (key.startsWith('property:evaluation|')) return `how the ${key.slice('property:evaluation|'.length)} went`;
  const bare = key.replace(/^(date|duration|property):/u, '').replace(/^[pua]:/u, '');
  return EVENT_LABELS[bare] ?? bare.replace(/\|/u, ' ');
}

/** What one claim says on the disputed slot, as written. */
function valueOf(c: RichClaim, type: ContradictionType, key: string, nameOf: (id: string) => string): string | null {
  if (type === 'numeric') {
    return c.numbers.find((x) => numberKey(x) === key)?.text ?? null;
  }
  if (key.startsWith('date:')) {
    const t = c.times.find((x) => (x.type === 'date' || x.type === 'time') && x.value);
    return t ? `${t.text} (${t.value})` : null;
  }
  if (key.startsWith('duration:')) {
    const measured = key.slice('duration:'.length);
    const t = c.times.find((x) => x.measures === measured);
    return t ? `${t.text} (${t.value})` : null;
  }
  if (type === 'cause') {
    const cause = c.causes[0];
    return cause ? `${cause.negated ? 'not ' : ''}${cause.text.trim().replace(/[.,;]+$/u, '')}` : null;
  }
  if (key.startsWith('role:')) {
    const id = c.roles[key.slice('role:'.length)]?.[0];
    return id ? nameOf(id) : null;
  }
  if (key.startsWith('property:')) {
    const [adjective] = key.slice('property:'.length).split('|');
    const p = c.properties.find((x) => x.adjective === adjective);
    return p ? c.text.slice(p.start - c.start, p.end - c.start) : null;
  }
  return c.polarity;
}

export function findContradictions(alignment: Alignment, grouped: Grouped, sources: SourceIndex, nameOf: (id: string) => string = (id) => id): Contradiction[] {
  const groupOfForm = (fi: number): number => grouped.groupOfClaim.get(alignment.forms[fi]!.rep.id)!;
  const found = new Map<string, Found>();
  for (const pair of alignment.pairs) {
    if (pair.conflicts.length === 0) continue;
    const fx = alignment.forms[pair.a]!;
    const fy = alignment.forms[pair.b]!;
    const gx = groupOfForm(pair.a);
    const gy = groupOfForm(pair.b);
    if (gx === gy) continue;
    // The first conflict that is about the same thing; one pair is one kind of dispute.
    const conflict = pair.conflicts.find((c) => plausible(pair, c, fx.rep, fy.rep));
    if (!conflict) continue;
    const key = `${conflict.type}|${conflict.key}|${Math.min(gx, gy)}|${Math.max(gx, gy)}`;
    const f = found.get(key) ?? { type: conflict.type, key: conflict.key, groups: new Set<number>(), claims: new Set<RichClaim>() };
    f.groups.add(gx).add(gy);
    for (const c of [...fx.claims, ...fy.claims]) f.claims.add(c);
    found.set(key, f);
  }
  return merge([...found.values()]).map((f) => build(f, grouped, sources, nameOf));
}

/** Disputes of one type and slot that share a group are one dispute. */
function merge(list: Found[]): Found[] {
  const parent = list.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const owner = new Map<string, number>();
  list.forEach((f, i) => {
    // Judgements ("productive", "tense") of one thing by several sources are pairs of
    // opposite descriptions; chained through a shared group they would lump every word used.
    if (f.key.startsWith('property:')) return;
    for (const g of f.groups) {
      const k = `${f.type}|${f.key}|${g}`;
      const j = owner.get(k);
      if (j === undefined) owner.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  const merged = new Map<number, Found>();
  list.forEach((f, i) => {
    const r = find(i);
    const m = merged.get(r);
    if (!m) merged.set(r, { ...f, groups: new Set(f.groups), claims: new Set(f.claims) });
    else {
      for (const g of f.groups) m.groups.add(g);
      for (const c of f.claims) m.claims.add(c);
    }
  });
  return [...merged.values()];
}

function build(f: Found, grouped: Grouped, sources: SourceIndex, nameOf: (id: string) => string): Contradiction {
  const sides: ContradictionSide[] = [];
  const seen = new Set<string>();
  for (const g of [...f.groups].sort((a, b) => a - b)) {
    const group = grouped.groups[g]!;
    for (const c of grouped.members[g]!) {
      // Every member of a side's group that says something on the disputed slot.
      const value = valueOf(c, f.type, f.key, nameOf);
      if (value === null || (!f.claims.has(c) && f.type !== 'numeric' && !f.key.startsWith('duration:'))) continue;
      const k = `${c.articleId}:${c.start}:${c.end}`;
      if (seen.has(k)) continue;
      seen.add(k);
      sides.push({ articleId: c.articleId, start: c.start, end: c.end, value, claimId: group.id, source: sources.sourceOf(c.articleId) });
    }
  }
  const internal = new Set(sides.map((s) => s.source)).size <= 1;
  return {
    id: `contradiction:${f.type}:${sides[0]?.articleId.slice(0, 8) ?? 'none'}:${sides[0]?.start ?? 0}`,
    type: f.type,
    summary: summarize(f, sides, sources),
    sides,
    internal,
  };
}

function summarize(f: Found, sides: readonly ContradictionSide[], sources: SourceIndex): string {
  const byValue = new Map<string, Set<string>>();
  for (const s of sides) {
    const v = s.value.replace(/\s+/gu, ' ');
    const set = byValue.get(v) ?? new Set<string>();
    set.add(sources.describe(s.source).name);
    byValue.set(v, set);
  }
  const parts = [...byValue].map(([v, outlets]) => `"${v}" (${[...outlets].join(', ')})`);
  const what = label(f.key);
  switch (f.type) {
    case 'numeric':
      return `Different figures for ${what}: ${parts.join(' vs ')}.`;
    case 'temporal':
      return f.key.startsWith('duration:') ? `Different lengths for ${what}: ${parts.join(' vs ')}.` : `Different dates for ${what}: ${parts.join(' vs ')}.`;
    case 'cause':
      return `Different reasons given: ${parts.join(' vs ')}.`;
    case 'entity':
      return `Different ${f.key.endsWith('|subj') ? 'people' : 'people or places'} in the same role (${label(f.key.replace(/^role:/u, '').replace(/\|.*$/u, ''))}): ${parts.join(' vs ')}.`;
    case 'polarity':
      return f.key.startsWith('property:') ? `Opposite descriptions of ${what}: ${parts.join(' vs ')}.` : `One says it, the other denies it: ${parts.join(' vs ')}.`;
    default:
      return `${f.type}: ${parts.join(' vs ')}.`;
  }
}
