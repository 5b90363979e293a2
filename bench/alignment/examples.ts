/**
 * A reading aid, written to .corroborate/ and never committed: why alignment misses gold
 * links and makes false ones, counted by kind, with a fixed sample of each.
 */
import type { Clustering, Placed, StoryRun } from './systems.js';

const SAMPLE = 25;
const BIG_GROUP = 10;

interface Context {
  /** Whether any claim starts in the mention's paragraph (a sentence: one per paragraph here). */
  sentenceHasClaim: (p: Placed) => boolean;
  sentence: (p: Placed) => string;
  claim: (p: Placed) => string;
}

function context(runs: readonly StoryRun[]): Context {
  const docs = new Map(runs.flatMap((r) => r.docs.map((d) => [d.name, d])));
  const paragraphOf = (p: Placed): { start: number; end: number; text: string } | null => {
    const d = docs.get(p.mention.doc);
    const at = p.mention.start;
    if (!d || at === null) return null;
    const para = d.article.paragraphs.find((x) => at >= x.start && at < x.end);
    return para ? { ...para, text: d.article.text } : null;
  };
  const starts = new Map<string, number[]>();
  for (const r of runs) for (const g of r.analysis.claims) for (const e of g.evidence) starts.set(e.articleId, [...(starts.get(e.articleId) ?? []), e.start]);
  return {
    sentenceHasClaim: (p) => {
      const para = paragraphOf(p);
      const id = docs.get(p.mention.doc)?.article.id ?? '';
      return para !== null && (starts.get(id) ?? []).some((x) => x >= para.start && x < para.end);
    },
    sentence: (p) => {
      const para = paragraphOf(p);
      if (!para || p.mention.start === null || p.mention.end === null) return '(not in the text)';
      const t = para.text;
      return `${t.slice(para.start, p.mention.start)}[[${t.slice(p.mention.start, p.mention.end)}]]${t.slice(p.mention.end, para.end)}`;
    },
    claim: (p) => {
      if (!p.group) return '(no claim)';
      const d = docs.get(p.mention.doc);
      const e = p.group.evidence.find((x) => x.articleId === d?.article.id && p.mention.start !== null && x.start <= p.mention.start && p.mention.start < x.end);
      return `${p.group.id} (${p.group.evidence.length} claims, predicate ${p.group.predicate ?? 'none'}): ${(e?.text ?? p.group.text).replace(/\s+/gu, ' ')}`;
    },
  };
}

const describe = (p: Placed): string => `${p.mention.doc} ${p.mention.type} "${p.mention.words.join(' ')}" → ${p.mention.chainName ?? p.mention.chain ?? '-'}`;

/** Every `step`-th element, so the sample spreads over topics rather than taking the first. */
function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  const step = items.length / n;
  return Array.from({ length: n }, (_, i) => items[Math.floor(i * step)]!);
}

export function examples(placed: readonly Placed[], runs: readonly StoryRun[], system: Clustering): string {
  const ctx = context(runs);
  const chained = placed.filter((p) => p.mention.chain !== null);
  const byTopic = new Map<number, Placed[]>();
  for (const p of chained) byTopic.set(p.mention.topic, [...(byTopic.get(p.mention.topic) ?? []), p]);
  // The chains named in each claim (one evidence span of one document).
  const chainsOfClaim = new Map<string, Set<string>>();
  const claimKey = (p: Placed): string => `${p.mention.doc}:${p.claim?.start}:${p.claim?.end}`;
  for (const p of chained) if (p.claim) chainsOfClaim.set(claimKey(p), (chainsOfClaim.get(claimKey(p)) ?? new Set()).add(p.mention.chain!));
  // A false link whose claims share a chain: the claims were rightly aligned for one event, and
  // another event named in the same clause came along.
  const clauseMates = (a: Placed, b: Placed): boolean => chainsOfClaim.get(claimKey(a))!.has(b.mention.chain!) || chainsOfClaim.get(claimKey(b))!.has(a.mention.chain!);
  const missedUnmapped: [Placed, Placed][] = [];
  const missedApart: [Placed, Placed][] = [];
  const falseMates: [Placed, Placed][] = [];
  const falseMerges: [Placed, Placed][] = [];
  for (const list of byTopic.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.mention.doc === b.mention.doc) continue;
        const ga = system.get(a.mention.id) ?? null;
        const gb = system.get(b.mention.id) ?? null;
        const gold = a.mention.chain === b.mention.chain;
        const linked = ga !== null && ga === gb;
        if (gold && !linked) (ga === null || gb === null ? missedUnmapped : missedApart).push([a, b]);
        if (!gold && linked) (clauseMates(a, b) ? falseMates : falseMerges).push([a, b]);
      }
    }
  }
  const unmapped = chained.filter((p) => p.group === null);
  const unmappedTypes = new Map<string, number>();
  for (const p of unmapped) unmappedTypes.set(p.mention.type, (unmappedTypes.get(p.mention.type) ?? 0) + 1);
  const perClaim = [...chainsOfClaim.values()].map((c) => c.size);
  const big = (pair: [Placed, Placed]): boolean => pair[0].group!.evidence.length > BIG_GROUP;
  const lines: string[] = [
    '# alignment: misses and false links (chained mentions, one story per topic half)',
    '',
    `- gold links missed with a mention outside every claim: ${missedUnmapped.length}`,
    `- gold links missed with both mentions in claims of different groups: ${missedApart.length}`,
    `- false links: ${falseMates.length + falseMerges.length}; ${falseMates.length} between claims that also share a gold chain (another event named in the same clause came along), ${falseMerges.length} between claims of different events`,
    `- mentions outside every claim: ${unmapped.length} of ${chained.length}; by type: ${[...unmappedTypes].sort((x, y) => y[1] - x[1]).map(([t, n]) => `${t} ${n}`).join(', ')}`,
    `- of those, in a sentence without any claim: ${unmapped.filter((p) => !ctx.sentenceHasClaim(p)).length}; beside a claim of their sentence (cue words, frames, dropped clauses): ${unmapped.filter((p) => ctx.sentenceHasClaim(p)).length}`,
    `- claims holding a chained mention: ${perClaim.length}; holding mentions of two or more chains: ${perClaim.filter((n) => n > 1).length}`,
    `- false links inside groups of more than ${BIG_GROUP} claims: ${[...falseMates, ...falseMerges].filter(big).length}`,
    '',
  ];
  const pairs = (title: string, list: readonly [Placed, Placed][]): void => {
    lines.push(`## ${title}`, '');
    for (const [a, b] of spread(list, SAMPLE)) {
      for (const p of [a, b]) {
        lines.push(`- ${describe(p)}`, `  - ${ctx.sentence(p)}`, `  - claim: ${ctx.claim(p)}`);
      }
      lines.push('');
    }
  };
  pairs('Missed: both in claims, different groups', missedApart);
  pairs('False links: another event of an aligned clause', falseMates);
  pairs('False links: claims of different events in one group', falseMerges);
  lines.push('## Mentions outside every claim', '');
  for (const p of spread(unmapped, SAMPLE * 2)) lines.push(`- ${describe(p)}`, `  - ${ctx.sentence(p)}`);
  return lines.join('\n') + '\n';
}
