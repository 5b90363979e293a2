/**
 * Independent support: each aligned group of claims becomes one fact with its evidence
 * (every supporting span), the number of independent sources behind it, and a status.
 * Copies and an outlet's own repetitions add evidence but no sources (see sources.ts).
 */
import type { Alignment } from './align.js';
import type { RichClaim } from './extract.js';
import type { SourceIndex } from './sources.js';
import type { ClaimGroup, ClaimNumber, ClaimTime, Contradiction, Evidence } from './types.js';
import { comparableText } from '../normalize/text.js';
import { maxOf } from '../pipeline/arrays.js';

export interface Grouped {
  groups: ClaimGroup[];
  /** Group index of every claim id. */
  groupOfClaim: Map<string, number>;
  /** The claims of each group, in story order. */
  members: RichClaim[][];
}

function byStoryOrder(a: RichClaim, b: RichClaim): number {
  return a.order - b.order || a.start - b.start || a.end - b.end;
}

/** The most complete statement of the fact: the claim sharing most terms with the others, earliest on a tie. */
function representative(claims: readonly RichClaim[]): RichClaim {
  if (claims.length <= 2) return claims[0]!;
  const count = new Map<string, number>();
  for (const c of claims) for (const t of c.terms) count.set(t, (count.get(t) ?? 0) + 1);
  let best = claims[0]!;
  let bestScore = -1;
  for (const c of claims.slice(0, 50)) {
    let s = 0;
    for (const t of c.terms) s += (count.get(t) ?? 1) - 1;
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}

/** The text of a claim's sentence, when the caller knows it: wire copy is told by whole sentences. */
export type SentenceOf = (c: RichClaim) => string | null;

/** Sentences shorter than this are common phrasings, not copy. */
const COPY_WORDS = 10;
const COPY_SIMILARITY = 0.8;

function shingles(text: string): Set<string> {
  const words = comparableText(text).split(' ').filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 3 <= words.length; i++) out.add(words.slice(i, i + 3).join(' '));
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

/**
 * Independent sources of one fact, when a sentence reused word for word from a common
 * source (a wire story) counts once: outlets whose every statement of the fact is a
 * sentence another outlet has too, nearly word for word, count with that outlet as one.
 * An outlet that states the fact in a sentence of its own counts for itself.
 */
export function independentCount(claims: readonly RichClaim[], sourceOf: (articleId: string) => string, sentenceOf: SentenceOf): string[][] {
  const bySource = new Map<string, { text: string; grams: Set<string> }[]>();
  for (const c of claims) {
    const text = sentenceOf(c) ?? c.text;
    const list = bySource.get(sourceOf(c.articleId)) ?? [];
    if (!list.some((x) => x.text === text)) list.push({ text, grams: shingles(text) });
    bySource.set(sourceOf(c.articleId), list);
  }
  const keys = [...bySource.keys()].sort();
  const parent = new Map(keys.map((k) => [k, k]));
  const find = (k: string): string => {
    while (parent.get(k) !== k) k = parent.get(k)!;
    return k;
  };
  if (keys.length <= 40) {
    for (const s of keys) {
      const mine = bySource.get(s)!;
      const partners = new Set<string>();
      const allShared = mine.every((x) => {
        if (x.grams.size + 2 < COPY_WORDS) return false;
        let found = false;
        for (const t of keys) {
          if (t === s) continue;
          if (bySource.get(t)!.some((y) => y.grams.size + 2 >= COPY_WORDS && jaccard(x.grams, y.grams) >= COPY_SIMILARITY)) {
            partners.add(t);
            found = true;
          }
        }
        return found;
      });
      if (!allShared) continue;
      for (const t of partners) parent.set(find(s), find(t));
    }
  }
  const components = new Map<string, string[]>();
  for (const k of keys) {
    const r = find(k);
    components.set(r, [...(components.get(r) ?? []), k]);
  }
  return [...components.values()];
}

/** A claim as the evidence of a fact. */
export function evidenceOf(c: RichClaim, sources: SourceIndex): Evidence {
  return {
    articleId: c.articleId,
    start: c.start,
    end: c.end,
    text: c.text,
    attribution: c.attribution,
    hedges: c.hedges,
    source: sources.sourceOf(c.articleId),
    ...(c.head ? { head: { start: c.head.start, end: c.head.end } } : {}),
  };
}

export function buildGroups(alignment: Alignment, sources: SourceIndex, sentenceOf: SentenceOf = () => null): Grouped {
  const members: RichClaim[][] = alignment.groups.map((forms) => forms.flatMap((fi) => alignment.forms[fi]!.claims).sort(byStoryOrder));
  // Groups in the order their first claim appears in the story: stable ids, readable output.
  const order = members.map((_, i) => i).sort((x, y) => byStoryOrder(members[x]![0]!, members[y]![0]!));
  const sortedMembers = order.map((i) => members[i]!);
  const groupOfClaim = new Map<string, number>();
  const groups: ClaimGroup[] = sortedMembers.map((claims, gi) => {
    for (const c of claims) groupOfClaim.set(c.id, gi);
    const rep = representative(claims);
    const evidence = claims.map((c) => evidenceOf(c, sources));
    const sourceKeys = [...new Set(evidence.map((e) => e.source))].sort();
    const independent = sourceKeys.length < 2 ? sourceKeys.length : independentCount(claims, sources.sourceOf, sentenceOf).length;
    const hedges = [...new Set(claims.flatMap((c) => c.hedges))];
    return {
      id: `claim:${rep.articleId.slice(0, 12)}:${rep.start}`,
      text: rep.text,
      status: independent >= 2 ? 'corroborated' : 'single-source',
      independentSources: independent,
      sources: sourceKeys,
      evidence,
      predicate: rep.predicate,
      participants: [...new Set(claims.flatMap((c) => c.participants))].sort(),
      numbers: uniqueNumbers(claims),
      times: uniqueTimes(claims),
      polarity: rep.polarity,
      hedges,
      hedged: claims.every((c) => c.hedges.length > 0),
      attribution: rep.attribution,
      contradictions: [],
    };
  });
  return { groups, groupOfClaim, members: sortedMembers };
}

function uniqueNumbers(claims: readonly RichClaim[]): ClaimNumber[] {
  const seen = new Set<string>();
  const out: ClaimNumber[] = [];
  for (const c of claims) {
    for (const n of c.numbers) {
      const key = `${n.predicate}|${n.unit}|${n.low}|${n.high}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(n);
    }
  }
  return out;
}

function uniqueTimes(claims: readonly RichClaim[]): ClaimTime[] {
  const seen = new Set<string>();
  const out: ClaimTime[] = [];
  for (const c of claims) {
    for (const t of c.times) {
      const key = `${t.type}|${t.value ?? t.text.toLowerCase()}|${t.measures}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(t);
    }
  }
  return out;
}

/**
 * A fact is contested when a contradiction between sources has it on one side and the
 * other side is at least as well supported. A fact that several sources agree on and one
 * source disputes stays corroborated (the dispute is listed on it); the lone dissenting
 * claim is the contested one. Contradictions inside one source change no status.
 */
export function applyContradictions(groups: ClaimGroup[], contradictions: readonly Contradiction[]): void {
  const byId = new Map(groups.map((g) => [g.id, g]));
  for (const c of contradictions) {
    const sideGroups = [...new Set(c.sides.map((s) => s.claimId).filter((id): id is string => id !== null))].map((id) => byId.get(id)!).filter(Boolean);
    for (const g of sideGroups) if (!g.contradictions.includes(c.id)) g.contradictions.push(c.id);
    if (c.internal) continue;
    for (const g of sideGroups) {
      const values = new Set(c.sides.filter((s) => s.claimId === g.id).map((s) => s.value));
      const others = sideGroups.filter((o) => o !== g && !c.sides.filter((s) => s.claimId === o.id).every((s) => values.has(s.value)));
      const strongest = maxOf(others.map((o) => o.independentSources), 0);
      if (others.length > 0 && g.independentSources <= strongest) g.status = 'contested';
    }
  }
}
