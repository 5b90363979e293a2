/**
 * Details that independent sources agree on inside statements that differ. "Four men
 * rammed their car into the Casty store near Place Vendome" and "the heist near Place
 * Vendome is the latest in France" are two facts, yet both sources put the store near Place
 * Vendome; "it was sending a ship to fix the line" and "a repair ship will arrive on Monday"
 * agree on the ship. A detail is a specific thing a claim names: a figure of a property or
 * a length of time.
 *
 * A detail is corroborated when claims of two or more independent sources name it and their
 * events could be one (the same event word or class, or near in the word vectors), with the
 * same polarity and no conflicting figure or date. A detail every source names ("in Paris")
 * tells a reader nothing and is left out; so is one whose claims already make one fact.
 */
import type { Alignment } from './align.js';
import { conflicts } from './compare.js';
import type { RichClaim } from './extract.js';
import type { Grouped, SentenceOf } from './support.js';
import { independentCount } from './support.js';
import type { SourceIndex } from './sources.js';
import type { ClaimGroup, Evidence } from './types.js';
import { numberKey } from './compare.js';

interface Detail {
  key: string;
  /** Where the claim names it. */
  start: number;
  end: number;
}

/** A detail most of a story's sources name is its setting, not a detail. */
const COMMON = 0.6;
const MAX_PHRASE_WORDS = 16;


function detailsOf(c: RichClaim): Detail[] {
  const out: Detail[] = [];
  for (const n of c.numbers) {
    const key = numberKey(n);
    if (key) out.push({ key: `n:${key}:${Number(n.value.toPrecision(3))}`, start: n.start, end: n.end });
  }
  // Places and days are left out: most of a story happens in one place on one day, and two
  // events there share them without sharing any detail.
  for (const t of c.times) if (t.type === 'duration' && t.length) out.push({ key: `d:${t.length.min}:${t.length.max ?? ''}`, start: t.start, end: t.end });
  return out;
}

export interface DetailOptions {
  textOf: (articleId: string) => string;
  sentenceOf: SentenceOf;
}

export function detailGroups(alignment: Alignment, grouped: Grouped, sources: SourceIndex, options: DetailOptions): ClaimGroup[] {
  const claims = alignment.forms.flatMap((f) => f.claims);
  const slotsOf = new Map<string, Alignment['forms'][number]['slots']>();
  for (const f of alignment.forms) for (const c of f.claims) slotsOf.set(c.id, f.slots);
  const byKey = new Map<string, { claim: RichClaim; detail: Detail }[]>();
  const sourcesOf = new Map<string, Set<string>>();
  for (const c of claims) {
    if (c.irrealis) continue;
    const seen = new Set<string>();
    for (const d of detailsOf(c)) {
      if (seen.has(d.key)) continue;
      seen.add(d.key);
      const list = byKey.get(d.key) ?? [];
      list.push({ claim: c, detail: d });
      byKey.set(d.key, list);
      const set = sourcesOf.get(d.key) ?? new Set<string>();
      set.add(sources.sourceOf(c.articleId));
      sourcesOf.set(d.key, set);
    }
  }
  const storySources = new Set(claims.map((c) => sources.sourceOf(c.articleId))).size;
  const found = new Map<string, { claims: RichClaim[]; details: Detail[]; keys: string[] }>();
  for (const [key, list] of [...byKey].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const df = sourcesOf.get(key)!.size;
    if (df < 2 || (storySources >= 5 && df > COMMON * storySources)) continue;
    // The best-supported claim is the seed; claims whose events could be its event join it.
    const ranked = [...list].sort((a, b) => support(b.claim) - support(a.claim) || a.claim.order - b.claim.order || a.claim.start - b.claim.start);
    const used = new Set<RichClaim>();
    for (const seed of ranked) {
      if (used.has(seed.claim)) continue;
      const members = ranked.filter((m) => !used.has(m.claim) && (m === seed || compatible(seed.claim, m.claim)));
      for (const m of members) used.add(m.claim);
      const distinct = new Set(members.map((m) => sources.sourceOf(m.claim.articleId)));
      if (distinct.size < 2) continue;
      // Nothing new when one fact already holds every one of them.
      const groups = new Set(members.map((m) => grouped.groupOfClaim.get(m.claim.id)));
      if (groups.size === 1) continue;
      const k = members.map((m) => m.claim.id).sort().join('|');
      const prior = found.get(k);
      if (prior) prior.keys.push(key);
      else found.set(k, { claims: members.map((m) => m.claim), details: members.map((m) => m.detail), keys: [key] });
    }
  }

  function support(c: RichClaim): number {
    const g = grouped.groupOfClaim.get(c.id);
    return g === undefined ? 0 : grouped.groups[g]!.independentSources;
  }

  function compatible(a: RichClaim, b: RichClaim): boolean {
    if (a.articleId === b.articleId || a.polarity !== b.polarity || a.irrealis !== b.irrealis) return false;
    // The same event, named by the same word or the same class: a shared place or day of two
    // different events ("arrested on Philip Street", "found barricaded on Philip Street") is no detail in common.
    if (!a.head || !b.head) return false;
    if (a.head.lemma !== b.head.lemma && (a.predicate === null || a.predicate !== b.predicate)) return false;
    const sa = slotsOf.get(a.id);
    const sb = slotsOf.get(b.id);
    return !sa || !sb || conflicts(sa, sb).length === 0;
  }

  const out: ClaimGroup[] = [];
  for (const { claims: members, details, keys } of found.values()) {
    const components = independentCount(members, sources.sourceOf, options.sentenceOf);
    if (components.length < 2) continue;
    const rep = members[0]!;
    const detail = details[0]!;
    out.push(detailGroup(rep, detail, members, keys, components.length, sources, options.textOf(rep.articleId)));
  }
  return out.sort((a, b) => b.independentSources - a.independentSources || (a.id < b.id ? -1 : 1));
}

/** The words from the event to the detail, in the best-supported claim: what the sources agree on. */
function phrase(rep: RichClaim, detail: Detail, text: string): string {
  if (detail.start < 0 || !rep.head) return rep.text;
  const start = Math.min(rep.head.start, detail.start);
  const end = Math.max(rep.head.end, detail.end);
  const span = text.slice(start, end);
  return span.split(/\s+/u).length <= MAX_PHRASE_WORDS && start >= rep.start && end <= rep.end ? span : rep.text;
}

function detailGroup(rep: RichClaim, detail: Detail, members: readonly RichClaim[], keys: readonly string[], independent: number, sources: SourceIndex, text: string): ClaimGroup {
  const evidence: Evidence[] = members.map((c) => ({
    articleId: c.articleId,
    start: c.start,
    end: c.end,
    text: c.text,
    attribution: c.attribution,
    hedges: c.hedges,
    source: sources.sourceOf(c.articleId),
    ...(c.head ? { head: { start: c.head.start, end: c.head.end } } : {}),
  }));
  const sourceKeys = [...new Set(evidence.map((e) => e.source))].sort();
  return {
    id: `detail:${rep.articleId.slice(0, 12)}:${rep.start}:${keys[0]!.replace(/[^\p{L}\p{N}:.-]+/gu, '-')}`,
    text: phrase(rep, detail, text),
    status: 'corroborated',
    independentSources: independent,
    sources: sourceKeys,
    evidence,
    predicate: rep.predicate,
    participants: [...new Set(members.flatMap((c) => c.participants))].sort(),
    numbers: [],
    times: [],
    polarity: rep.polarity,
    hedges: [...new Set(members.flatMap((c) => c.hedges))],
    hedged: members.every((c) => c.hedges.length > 0),
    attribution: rep.attribution,
    contradictions: [],
    detail: keys.join(' '),
  };
}
