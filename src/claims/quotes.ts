/**
 * Quotes across outlets: whether each direct or partial quote is carried word for word by
 * another independent source, in altered wording, or by one source only; and the
 * attribution disputes that follow: the same words given to different named speakers, or
 * one speaker's words given differently.
 *
 * Quotes with the same words (after folding case, quote marks and punctuation) are one
 * wording; wordings are compared with each other through an index of their rarer words,
 * so 500 copies of one quote cost one wording, and matching stays near-linear.
 */
import type { Canonicalization } from '../language/entities/canonical.js';
import type { Quote } from '../language/types.js';
import type { AnnotatedArticle } from '../pipeline/annotate.js';
import { comparableText } from '../normalize/text.js';
import type { SourceIndex } from './sources.js';
import type { Contradiction, ContradictionSide, QuoteMatch, QuoteReport } from './types.js';

/** Word-set overlap above which two quotes of one speaker are the same words, altered. */
const ALTERED = 0.5;
/** Quotes shorter than this many words are matched only when identical. */
const MIN_WORDS = 4;
const CANDIDATES = 50;
/** Places listed per quote in `elsewhere`; `elsewhereTotal` counts them all. */
const MAX_ELSEWHERE = 40;
const SHORT = new Set(['the', 'a', 'an', 'and', 'of', 'to', 'in', 'on', 'we', 'i', 'it', 'is', 'was', 'that', 'this', 'for', 'be', 'have', 'had', 'has', 'not', 'but', 'with', 'at', 'by', 'are', 'were', 'they', 'he', 'she', 'you', 'our', 'my', 'me']);

interface Wording {
  norm: string;
  words: number;
  bag: Set<string>;
  items: QuoteReport[];
  /** Other wordings and how they relate: the same words inside a longer quote, or altered. */
  related: Map<number, 'verbatim' | 'altered'>;
}

function stem(w: string): string {
  return w.length > 4 ? w.replace(/(ing|ed|es|s)$/u, '') : w;
}

/** Quotes the quote layer found that are marked speech. */
function usable(q: Quote, text: string): boolean {
  if (q.kind !== 'direct' && q.kind !== 'partial') return false;
  if (q.cue && /^\s+(?:off|out|up)\b/iu.test(text.slice(q.cue.end, q.cue.end + 6))) return false;
  return q.content.end > q.content.start;
}

export interface QuoteAnalysis {
  quotes: QuoteReport[];
  contradictions: Contradiction[];
}

export function analyzeQuotes(articles: readonly AnnotatedArticle[], canonical: Canonicalization, sources: SourceIndex): QuoteAnalysis {
  const wordings: Wording[] = [];
  const byNorm = new Map<string, number>();
  const reports: QuoteReport[] = [];
  for (const { article, language } of articles) {
    for (const q of language.quotes) {
      if (!usable(q, article.text)) continue;
      const raw = article.text.slice(q.content.start, q.content.end);
      const norm = comparableText(raw);
      if (!norm) continue;
      const entityId = q.speaker.entity ? canonical.idOf(article.id, q.speaker.entity) ?? null : null;
      const report: QuoteReport = {
        text: raw,
        kind: q.kind as 'direct' | 'partial',
        speaker: { name: q.speaker.name, entityId, kind: q.speaker.kind },
        articleId: article.id,
        start: q.content.start,
        end: q.content.end,
        source: sources.sourceOf(article.id),
        spread: 'single',
        elsewhere: [],
        elsewhereTotal: 0,
      };
      reports.push(report);
      let w = byNorm.get(norm);
      if (w === undefined) {
        const words = norm.split(' ');
        w = wordings.length;
        byNorm.set(norm, w);
        wordings.push({ norm, words: words.length, bag: new Set(words.filter((x) => !SHORT.has(x)).map(stem)), items: [], related: new Map() });
      }
      wordings[w]!.items.push(report);
    }
  }
  relateWordings(wordings);
  for (const w of wordings) describe(w, wordings);
  return { quotes: reports, contradictions: attributionDisputes(wordings) };
}

/** Wordings that contain one another (a partial quote of a longer one) or are altered versions. */
function relateWordings(wordings: Wording[]): void {
  const postings = new Map<string, number[]>();
  wordings.forEach((w, i) => {
    if (w.words < MIN_WORDS) return;
    for (const x of w.bag) {
      const p = postings.get(x) ?? [];
      p.push(i);
      postings.set(x, p);
    }
  });
  wordings.forEach((w, i) => {
    if (w.words < MIN_WORDS) return;
    // Candidates share at least two of the wording's rarer words.
    const rare = [...w.bag].sort((x, y) => (postings.get(x)?.length ?? 0) - (postings.get(y)?.length ?? 0) || (x < y ? -1 : 1)).slice(0, 8);
    const votes = new Map<number, number>();
    for (const x of rare) for (const j of (postings.get(x) ?? []).slice(0, CANDIDATES * 4)) if (j !== i) votes.set(j, (votes.get(j) ?? 0) + 1);
    const ranked = [...votes].filter(([, v]) => v >= 2).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CANDIDATES);
    for (const [j] of ranked) {
      if (w.related.has(j)) continue;
      const other = wordings[j]!;
      const relation = contains(w.norm, other.norm) || contains(other.norm, w.norm) ? 'verbatim' : dice(w.bag, other.bag) >= ALTERED ? 'altered' : null;
      if (!relation) continue;
      w.related.set(j, relation);
      other.related.set(i, relation);
    }
  });
}

/** Each quote's spread and where else its words appear. */
function describe(w: Wording, wordings: readonly Wording[]): void {
  const others: { r: QuoteReport; relation: 'verbatim' | 'altered' }[] = [];
  for (const [j, relation] of w.related) for (const r of wordings[j]!.items) others.push({ r, relation });
  for (const item of w.items) {
    const matches: QuoteMatch[] = [];
    let total = 0;
    let verbatim = false;
    let altered = false;
    const consider = (r: QuoteReport, relation: 'verbatim' | 'altered'): void => {
      if (r.articleId === item.articleId) return;
      const sameSource = r.source === item.source;
      if (!sameSource && relation === 'verbatim') verbatim = true;
      if (!sameSource && relation === 'altered') altered = true;
      total++;
      if (matches.length < MAX_ELSEWHERE) matches.push({ articleId: r.articleId, start: r.start, end: r.end, relation: sameSource && relation === 'verbatim' ? 'copy' : relation, speaker: r.speaker });
    };
    // Other sources first, so that a quote carried by 500 copies still lists who else has it.
    const ordered = [...w.items.map((r) => ({ r, relation: 'verbatim' as const })), ...others].sort((a, b) => Number(a.r.source === item.source) - Number(b.r.source === item.source));
    for (const { r, relation } of ordered) consider(r, relation);
    matches.sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start));
    item.elsewhere = matches;
    item.elsewhereTotal = total;
    item.spread = verbatim ? 'verbatim' : altered ? 'altered' : 'single';
  }
}

function contains(long: string, short: string): boolean {
  if (short.length >= long.length || short.split(' ').length < MIN_WORDS) return false;
  return ` ${long} `.includes(` ${short} `);
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** One representative quote per (source, speaker): a dispute lists each version once. */
function representatives(items: readonly QuoteReport[]): QuoteReport[] {
  const seen = new Map<string, QuoteReport>();
  for (const r of items) {
    const k = `${r.source}|${r.speaker.entityId ?? r.speaker.name}`;
    if (!seen.has(k)) seen.set(k, r);
  }
  return [...seen.values()];
}

/**
 * Disputes: the same words given to different named speakers by different sources, or a
 * named speaker's words given differently by different sources. Unnamed and unresolved
 * speakers never dispute: "an official" may well be the person another outlet names.
 */
function attributionDisputes(wordings: readonly Wording[]): Contradiction[] {
  const out: Contradiction[] = [];
  const done = new Set<string>();
  wordings.forEach((w, i) => {
    // The same words, connected through containment, from named speakers.
    const cluster = [i, ...[...w.related].filter(([, r]) => r === 'verbatim').map(([j]) => j)];
    const key = [...cluster].sort((a, b) => a - b).join(',');
    if (!done.has(`v:${key}`)) {
      done.add(`v:${key}`);
      const named = representatives(cluster.flatMap((j) => wordings[j]!.items).filter((r) => r.speaker.entityId));
      const speakers = new Set(named.map((r) => r.speaker.entityId));
      if (speakers.size > 1 && new Set(named.map((r) => r.source)).size > 1) {
        out.push(dispute(named, false));
      }
    }
    for (const [j, relation] of w.related) {
      if (relation !== 'altered' || j < i) continue;
      const both = representatives([...w.items, ...wordings[j]!.items].filter((r) => r.kind === 'direct' && r.speaker.entityId));
      const bySpeaker = new Map<string, QuoteReport[]>();
      for (const r of both) {
        const list = bySpeaker.get(r.speaker.entityId!) ?? [];
        list.push(r);
        bySpeaker.set(r.speaker.entityId!, list);
      }
      for (const list of bySpeaker.values()) {
        const inW = list.filter((r) => w.items.includes(r));
        const inJ = list.filter((r) => !w.items.includes(r));
        if (inW.length > 0 && inJ.length > 0 && inW.some((a) => inJ.some((b) => a.source !== b.source))) out.push(dispute([...inW, ...inJ], true));
      }
    }
  });
  return out;
}

function dispute(reports: readonly QuoteReport[], altered: boolean): Contradiction {
  const sides: ContradictionSide[] = reports.map((r) => ({
    articleId: r.articleId,
    start: r.start,
    end: r.end,
    value: altered ? `${r.speaker.name}: “${r.text}”` : r.speaker.name,
    claimId: null,
    source: r.source,
  }));
  const first = reports[0]!;
  const summary = altered
    ? `${first.speaker.name} is quoted in different words: ${[...new Set(reports.map((r) => `“${r.text}”`))].join(' vs ')}.`
    : `The same words, “${first.text}”, are attributed to different speakers: ${[...new Set(reports.map((r) => r.speaker.name))].join(' vs ')}.`;
  return { id: `contradiction:attribution:${first.articleId.slice(0, 8)}:${first.start}`, type: 'attribution', summary, sides, internal: new Set(sides.map((s) => s.source)).size <= 1 };
}
