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
import { dice } from './words.js';

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
      const norm = quoteForm(raw);
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
      const relation = relate(w.norm, other.norm, dice(w.bag, other.bag));
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

/**
 * How two wordings of quotes relate. One inside the other, or two that overlap only at
 * their ends ("A B C D" and "C D E F"), are excerpts of one quote: the same words. Words
 * changed, added or dropped between shared words are an altered quote.
 */
function relate(a: string, b: string, overlap: number): 'verbatim' | 'altered' | null {
  const x = a.split(' ');
  const y = b.split(' ');
  if (Math.min(x.length, y.length) < MIN_WORDS) return null;
  if (` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `)) return 'verbatim';
  const run = longestRun(x, y);
  if (run.length >= MIN_WORDS && run.length >= 0.5 * Math.min(x.length, y.length)) {
    const openX = run.i > 0;
    const openY = run.j > 0;
    const tailX = run.i + run.length < x.length;
    const tailY = run.j + run.length < y.length;
    // Each side may run on past the shared words, but not both on one end: that is a change.
    if (!(openX && openY) && !(tailX && tailY)) return 'verbatim';
  }
  if (overlap < ALTERED) return null;
  // Altered: one utterance with words changed, so most of both is the same content words in
  // the same order; "Russia's position remains unchanged" is not an altered form of a longer remark
  // that happens to hold those words.
  const cx = x.filter((w) => !SHORT.has(w)).map(stem);
  const cy = y.filter((w) => !SHORT.has(w)).map(stem);
  const common = commonSubsequence(cx, cy);
  return common >= 0.6 * Math.min(cx.length, cy.length) && common >= 0.5 * Math.max(cx.length, cy.length) ? 'altered' : null;
}

/** Length of the longest common subsequence of two word lists. */
function commonSubsequence(x: readonly string[], y: readonly string[]): number {
  let prev = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const row = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) row[j] = x[i - 1] === y[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    prev = row;
  }
  return prev[y.length]!;
}

/** The longest run of words two wordings share, with where it starts in each. */
function longestRun(x: readonly string[], y: readonly string[]): { i: number; j: number; length: number } {
  let best = { i: 0, j: 0, length: 0 };
  // Quotes are short (tens of words): the quadratic table is cheap.
  let prev = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const row = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) {
      if (x[i - 1] !== y[j - 1]) continue;
      row[j] = prev[j - 1]! + 1;
      if (row[j]! > best.length) best = { i: i - row[j]!, j: j - row[j]!, length: row[j]! };
    }
    prev = row;
  }
  return best;
}

const CONTRACTIONS: Record<string, string> = { "n't": ' not', "'m": ' am', "'re": ' are', "'ve": ' have', "'ll": ' will', "'d": ' would' };
const PRONOUN_IS = /\b(it|that|he|she|there|what|who|here|where)'s\b/gu;

/**
 * A quote in the form its wordings are compared in: case, quote marks and punctuation
 * folded as in comparableText, and the spellings one quote takes in two outlets made one:
 * "e-mail"/"email", "I'm"/"I am", "colour"/"color", "organise"/"organize".
 */
function quoteForm(raw: string): string {
  const folded = raw
    .toLowerCase()
    .replace(/[’‘`]/gu, "'")
    .replace(/(\p{L})[-‐‑](?=\p{L})/gu, '$1')
    .replace(PRONOUN_IS, '$1 is')
    .replace(/can't/gu, 'can not')
    .replace(/won't/gu, 'will not')
    .replace(/(n't|'m|'re|'ve|'ll|'d)\b/gu, (m) => CONTRACTIONS[m] ?? m);
  return comparableText(folded)
    .split(' ')
    .map(spelling)
    .join(' ');
}

function spelling(w: string): string {
  if (w.length <= 5) return w;
  return w
    .replace(/our(s?)$/u, 'or$1')
    .replace(/is(e|ed|es|ing|ation|ations)$/u, 'iz$1')
    .replace(/ys(e|ed|es|ing)$/u, 'yz$1')
    .replace(/tre(s?)$/u, 'ter$1')
    .replace(/ll(ed|ing|er)$/u, 'l$1')
    .replace(/mme$/u, 'm');
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
