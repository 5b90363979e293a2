/**
 * Independent sources. A report and its copies (a copy group) are one source, and two
 * reports by one outlet are one source too: an outlet repeating itself is not
 * corroboration. An article counts for the outlet of its copy group's original, so a wire
 * story republished by a newspaper counts for the wire, and the newspaper's own reports
 * still count for the newspaper.
 */
import type { AnnotatedArticle } from '../pipeline/annotate.js';
import type { CopyGroup } from '../copies/index.js';
import type { Article } from '../pipeline/record.js';
import type { ClaimGroup, QuoteReport, SourceReport } from './types.js';

export interface SourceIndex {
  /** Independent source key of an article. */
  sourceOf(articleId: string): string;
  /** Outlet (name, domain) an article was published by. */
  outletOf(articleId: string): { name: string; domain: string | null };
  /** Source key → its outlet's name and domain. */
  describe(source: string): { name: string; domain: string | null };
  /** Copy group id of an article, when it has copies in the story. */
  copyGroupOf(articleId: string): string | null;
  /** The original an article is a copy of (itself when it is none). */
  originalOf(articleId: string): string;
}

export function outletKey(a: Pick<Article, 'source'>): string {
  return (a.source.domain ?? a.source.name).trim().toLowerCase() || 'unknown';
}

export function buildSources(articles: readonly AnnotatedArticle[], copyGroups: readonly CopyGroup[]): SourceIndex {
  const byId = new Map(articles.map((a) => [a.article.id, a.article]));
  const originalOf = new Map<string, string>();
  const groupOf = new Map<string, string>();
  for (const g of copyGroups) {
    const present = g.members.filter((m) => byId.has(m.id));
    if (present.length === 0) continue;
    // The group's original may lie outside this story; then its likeliest member inside it stands in.
    const original = byId.has(g.original) ? g.original : present[0]!.id;
    for (const m of present) {
      originalOf.set(m.id, original);
      groupOf.set(m.id, g.id);
    }
  }
  const sourceOf = (id: string): string => {
    const original = byId.get(originalOf.get(id) ?? id) ?? byId.get(id);
    return original ? outletKey(original) : `article:${id}`;
  };
  const described = new Map<string, { name: string; domain: string | null }>();
  for (const a of articles) {
    const key = sourceOf(a.article.id);
    const original = byId.get(originalOf.get(a.article.id) ?? a.article.id)!;
    if (!described.has(key)) described.set(key, { name: original.source.name, domain: original.source.domain });
  }
  return {
    sourceOf,
    outletOf: (id) => {
      const a = byId.get(id);
      return a ? { name: a.source.name, domain: a.source.domain } : { name: 'unknown', domain: null };
    },
    describe: (key) => described.get(key) ?? { name: key, domain: null },
    copyGroupOf: (id) => groupOf.get(id) ?? null,
    originalOf: (id) => originalOf.get(id) ?? id,
  };
}

/** Per independent source: how its facts fared, and the quotes no other source carries. */
export function reportSources(articles: readonly AnnotatedArticle[], sources: SourceIndex, groups: readonly ClaimGroup[], quotes: readonly QuoteReport[]): SourceReport[] {
  const reports = new Map<string, SourceReport>();
  for (const a of articles) {
    const key = sources.sourceOf(a.article.id);
    let r = reports.get(key);
    if (!r) {
      const d = sources.describe(key);
      r = { source: key, outlet: d.name, domain: d.domain, articleIds: [], claims: { corroborated: 0, singleSource: 0, contested: 0 }, exclusiveQuotes: [] };
      reports.set(key, r);
    }
    r.articleIds.push(a.article.id);
  }
  for (const g of groups) {
    for (const key of g.sources) {
      const r = reports.get(key);
      if (!r) continue;
      if (g.status === 'corroborated') r.claims.corroborated++;
      else if (g.status === 'contested') r.claims.contested++;
      else r.claims.singleSource++;
    }
  }
  const seen = new Set<string>();
  for (const q of quotes) {
    if (q.spread !== 'single') continue;
    const r = reports.get(q.source);
    // A copy carries the same quote again: list it once per source.
    const k = `${q.source}|${q.text}`;
    if (!r || seen.has(k)) continue;
    seen.add(k);
    r.exclusiveQuotes.push({ text: q.text, speaker: q.speaker.name, articleId: q.articleId, start: q.start, end: q.end });
  }
  return [...reports.values()].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
}
