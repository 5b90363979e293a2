/**
 * What a briefing shows, and in which order, for every renderer (terminal, Markdown, and
 * later HTML): the stories biggest first, and for each its sources and copies, the facts
 * independent sources agree on, what only one outlet says, the contradictions, key quotes
 * and the timeline. Long lists are cut here, with a count of what was left out, so every
 * format tells the same story. Strings are plain text taken from the articles: renderers
 * must escape them for their format.
 */
import type { AnalysedStoryEntry, AnalysisDocument, ArticleEntry } from './document.js';
import type { ClaimGroup, Contradiction, QuoteReport, TimelineEntry } from '../claims/types.js';
import type { Span } from '../pipeline/record.js';
import type { Analysis } from '../pipeline/analyze.js';
import { DAY_MS, dateLabel, intervalOf, publishedLabel, spanLabel } from './dates.js';
import { readsWhole, rankStatements, statementWeight } from './statements.js';
import { keyQuotes } from './key-quotes.js';
import { mainNames } from './main-names.js';
import { minOf } from '../pipeline/arrays.js';

/** What the analysis document leaves out and a briefing can use when it has it. */
export interface BriefingSources {
  /** Article texts by article id: the document keeps spans only, and a side of a contradiction reads best as its whole sentence. */
  texts?: ReadonlyMap<string, string>;
  /** Sentence bounds by article id (the language layer's), to widen a clause to its sentence. */
  sentences?: ReadonlyMap<string, readonly Span[]>;
}

/** The article texts and sentences behind the document's spans: briefings quote whole sentences. */
export function briefingSources(analysis: Pick<Analysis, 'annotated'>): { texts: Map<string, string>; sentences: Map<string, readonly Span[]> } {
  return {
    texts: new Map(analysis.annotated.map((a) => [a.article.id, a.article.text])),
    sentences: new Map(analysis.annotated.map((a) => [a.article.id, a.language.sentences])),
  };
}

export interface BriefingLimits {
  facts: number;
  outlets: number;
  statementsPerOutlet: number;
  contradictions: number;
  speakers: number;
  quotesPerSpeaker: number;
  timeline: number;
  sources: number;
}

export const DEFAULT_LIMITS: BriefingLimits = {
  facts: 12,
  outlets: 12,
  statementsPerOutlet: 3,
  contradictions: 10,
  speakers: 8,
  quotesPerSpeaker: 3,
  timeline: 20,
  sources: 30,
};

export interface BriefingOptions extends BriefingSources {
  limits?: Partial<BriefingLimits>;
}

/** A piece of article text; `mark` is the part the item is about when the text shows more (the clause in its sentence, the figure in a side). */
export interface Passage {
  text: string;
  mark: Span | null;
}

export interface Capped<T> {
  items: T[];
  /** How many were left out. */
  more: number;
}

export interface ReportRef {
  title: string;
  url: string | null;
  published: string;
}

export interface CopyRow {
  outlet: string;
  relation: string;
  title: string;
  url: string | null;
}

export interface SourceRow {
  outlet: string;
  domain: string | null;
  /** When the source first published on the story; `~` dates are estimated. */
  first: string;
  firstEstimated: boolean;
  reports: ReportRef[];
  /** Other outlets' copies of this source's reports: they add no independent support. */
  copies: CopyRow[];
  claims: { corroborated: number; singleSource: number; contested: number };
}

export interface Fact {
  text: Passage;
  /** Independent sources that state it. */
  sources: number;
  outlets: string[];
  /** Hedges the sources used ("reportedly", "could"); `hedged` when every supporting statement hedges. */
  hedges: string[];
  hedged: boolean;
  /** Who the statement is attributed to when it is not the outlet's own voice. */
  attribution: string | null;
  /** Another source contradicts it (see the story's contradictions). */
  disputed: boolean;
  /** The contradictions it is a side of, as the briefing numbers them. */
  contradictions: ContradictionRef[];
  /** A detail sources share inside statements that differ, not a whole statement. */
  detail: boolean;
}

/** A pointer from a fact to a contradiction: its number in the list, and a few words saying which it is. */
export interface ContradictionRef {
  /** 1-based, as the contradictions are listed; null when the list was cut before it. */
  number: number | null;
  /** The two sides' values ("productive vs unproductive"), or the contradiction's headline when the values are long. */
  label: string;
}

export interface OutletStatements extends Capped<Fact> {
  outlet: string;
  total: number;
}

export interface Position {
  /** The values this side gives, as written ("14 dead", "at least 14 people"). */
  values: string[];
  outlets: string[];
  passage: Passage | null;
}

export interface ContradictionView {
  /** 1-based position in the story's list: facts refer to it by this number. */
  number: number;
  type: string;
  /** The type in a reader's words: "figures", "dates". */
  label: string;
  headline: string;
  summary: string;
  internal: boolean;
  positions: Position[];
  /** Every outlet on any side, once, in order of the sides: who disagrees with themselves when `internal`. */
  outlets: string[];
}

export interface QuoteView {
  text: string;
  kind: 'direct' | 'partial';
  outlet: string;
  /** Other outlets carrying the same words, or altered words; copies of this report. */
  verbatim: string[];
  altered: string[];
  copies: string[];
}

export interface SpeakerView extends Capped<QuoteView> {
  name: string;
  kind: string;
}

export interface TimelineView {
  label: string;
  estimated: boolean;
  text: Passage;
  outlets: string[];
  sources: number;
}

export interface StoryView {
  id: string;
  /** What happened, who, where and when: the first line a reader sees. */
  headline: string;
  /** The headline's date was reached through an estimated publication date. */
  headlineEstimated: boolean;
  /** The title of the story's most central article, as it was written. */
  title: string;
  span: string;
  articles: number;
  /** How many of them the analysis read, when the story was too big to read whole. */
  sampled: number | null;
  independentSources: number;
  names: string[];
  counts: { corroborated: number; singleSource: number; contested: number; contradictions: number; quotes: number };
  sources: Capped<SourceRow>;
  corroborated: Capped<Fact>;
  singleSource: Capped<OutletStatements>;
  contradictions: Capped<ContradictionView>;
  quotes: Capped<SpeakerView>;
  timeline: Capped<TimelineView>;
  /** Some timeline dates or first publications are estimated. */
  estimated: boolean;
}

export interface Briefing {
  version: string;
  generated: string;
  articles: number;
  outlets: number;
  inputsRead: number;
  stories: StoryView[];
  failed: { input: string; message: string }[];
}

export function buildBriefing(doc: AnalysisDocument, options: BriefingOptions = {}): Briefing {
  const builder = new BriefingBuilder(options.limits);
  builder.add(doc, options);
  return builder.finish({ version: doc.corroborate, generated: doc.generated, inputsRead: doc.inputs.read, failed: doc.inputs.failed });
}

/**
 * A briefing built a story at a time, as a long run analyses them: each story's document
 * (its own articles, entities and quotes) is read into its capped view and let go, so the
 * briefing of a run holds views, never analyses. Stories come out largest first.
 */
export class BriefingBuilder {
  private readonly limits: BriefingLimits;
  private readonly views: { view: StoryView; articles: number; sources: number; title: string; id: string }[] = [];
  private articles = 0;
  private readonly outlets = new Set<string>();

  constructor(limits: Partial<BriefingLimits> = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  /** The stories of `doc`, whose spans `sources` resolves. */
  add(doc: AnalysisDocument, sources: BriefingSources): void {
    const articles = new Map(doc.articles.map((a) => [a.id, a]));
    this.articles += doc.articles.length;
    for (const a of doc.articles) this.outlets.add(a.source);
    for (const s of doc.stories) {
      this.views.push({ view: storyView(doc, s, articles, sources, this.limits), articles: s.articleIds.length, sources: s.independentSources, title: s.title, id: s.id });
    }
  }

  finish(run: { version: string; generated: string; inputsRead: number; failed: readonly { input: string; message: string }[] }): Briefing {
    const stories = [...this.views].sort((a, b) => b.articles - a.articles || b.sources - a.sources || cmp(a.title, b.title) || cmp(a.id, b.id));
    return {
      version: run.version,
      generated: run.generated,
      articles: this.articles,
      outlets: this.outlets.size,
      inputsRead: run.inputsRead,
      stories: stories.map((s) => s.view),
      failed: run.failed.map((f) => ({ input: f.input, message: f.message })),
    };
  }
}

function storyView(doc: AnalysisDocument, s: AnalysedStoryEntry, articles: ReadonlyMap<string, ArticleEntry>, sources: BriefingSources, limits: BriefingLimits): StoryView {
  const year = s.span.start ? Number(s.span.start.slice(0, 4)) : null;
  const outletOf = new Map(s.sources.map((r) => [r.source, r.outlet]));
  const sourceOfArticle = new Map<string, string>();
  for (const r of s.sources) for (const id of r.articleIds) sourceOfArticle.set(id, r.source);
  const contradictions = [...s.contradictions].sort((a, b) => Number(a.internal) - Number(b.internal));
  const ctx: Context = {
    sources,
    articles,
    outletOf,
    sourceOfArticle,
    year,
    claims: new Map(s.claims.map((c) => [c.id, c])),
    contradictionById: new Map(contradictions.map((c) => [c.id, c])),
    contradictionNumber: new Map(contradictions.map((c, i) => [c.id, i + 1])),
    contradictionsShown: limits.contradictions,
  };

  const sourceRows = sourceTable(doc, s, ctx);
  const order = new Map(sourceRows.map((r, i) => [r.key, i]));
  const count = (status: string): number => s.claims.filter((c) => c.status === status).length;
  const timeline = timelineView(s.timeline, s.span, ctx, limits.timeline);
  const quotes = keyQuotes(s.quotes, (id) => (articles.get(id)?.copyRelation ?? 'original') === 'original');
  const headline = s.headline ?? null;
  return {
    id: s.id,
    headline: headline?.text ?? s.title,
    headlineEstimated: headline?.estimated ?? false,
    title: s.title,
    span: spanLabel(s.span.start, s.span.end),
    articles: s.articleIds.length,
    sampled: s.sample?.analysed ?? null,
    independentSources: s.independentSources,
    names: storyNames(doc, s, ctx),
    counts: {
      corroborated: count('corroborated'),
      singleSource: count('single-source'),
      contested: count('contested'),
      contradictions: s.contradictions.length,
      quotes: quotes.length,
    },
    sources: cap(sourceRows.map((r) => r.row), limits.sources),
    corroborated: corroboratedFacts(s.claims, ctx, limits.facts),
    singleSource: singleSourceStatements(s.claims, ctx, order, limits),
    contradictions: cap(contradictions.map((c, i) => contradictionView(c, i + 1, ctx)), limits.contradictions),
    quotes: quoteViews(quotes, ctx, limits),
    timeline,
    estimated: (headline?.estimated ?? false) || timeline.items.some((t) => t.estimated) || sourceRows.some((r) => r.row.firstEstimated),
  };
}

/** Whole names from the language layer when the document has them; the story's name phrases otherwise. */
function storyNames(doc: AnalysisDocument, s: AnalysedStoryEntry, ctx: Context): string[] {
  if (doc.entities.length === 0) return s.entities.slice(0, 6).map((e) => e.name);
  const outlets = unique([...s.sources.map((r) => r.outlet), ...s.articleIds.map((id) => ctx.articles.get(id)?.source ?? '')].filter(Boolean));
  return mainNames({ articleIds: s.articleIds, claims: s.claims, outlets }, doc.entities, (id) => ctx.sourceOfArticle.get(id) ?? id);
}

interface Context {
  sources: BriefingSources;
  articles: ReadonlyMap<string, ArticleEntry>;
  /** Independent source key → outlet name. */
  outletOf: ReadonlyMap<string, string>;
  sourceOfArticle: ReadonlyMap<string, string>;
  year: number | null;
  claims: ReadonlyMap<string, ClaimGroup>;
  /** Contradictions by id, with their number as listed and how many are listed. */
  contradictionById: ReadonlyMap<string, Contradiction>;
  contradictionNumber: ReadonlyMap<string, number>;
  contradictionsShown: number;
}

function cap<T>(items: readonly T[], limit: number): Capped<T> {
  return { items: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}

// ---------------------------------------------------------------- sources

function sourceTable(doc: AnalysisDocument, s: AnalysedStoryEntry, ctx: Context): { key: string; at: number; row: SourceRow }[] {
  const inStory = new Set(s.articleIds);
  const copyOf = new Map<string, { original: string; relation: string }>();
  for (const g of doc.copyGroups) {
    for (const m of g.members) if (m.id !== g.original && inStory.has(m.id)) copyOf.set(m.id, { original: g.original, relation: m.relation });
  }
  const estimated = new Map(s.estimatedPublication.map((e) => [e.articleId, e.date]));
  const rows = s.sources.map((r) => {
    const own = r.articleIds.filter((id) => !copyOf.has(id)).map((id) => ctx.articles.get(id)).filter((a): a is ArticleEntry => a !== undefined);
    const copies = r.articleIds
      .filter((id) => copyOf.has(id))
      .map((id) => ctx.articles.get(id))
      .filter((a): a is ArticleEntry => a !== undefined)
      .map((a) => ({ outlet: a.source, relation: copyOf.get(a.id)!.relation, title: a.title, url: a.url }));
    const dated = own.map((a) => ({ a, date: a.published ?? estimated.get(a.id) ?? null, estimated: !a.published && estimated.has(a.id) }));
    dated.sort((x, y) => cmp(x.date ?? '\uffff', y.date ?? '\uffff'));
    const first = dated[0];
    const at = first?.date ? (Date.parse(first.date) || (intervalOf(first.date.slice(0, 10))?.start ?? Infinity)) : Infinity;
    const row: SourceRow = {
      outlet: r.outlet,
      domain: r.domain,
      first: first?.date ? publishedLabel(first.date, ctx.year) : '—',
      firstEstimated: first?.estimated ?? false,
      reports: dated.map(({ a, date }) => ({ title: a.title, url: a.url, published: publishedLabel(date, ctx.year) })),
      copies,
      claims: r.claims,
    };
    return { key: r.source, at, row };
  });
  // Who reported first reads as the story's own chronology.
  return rows.sort((a, b) => a.at - b.at || cmp(a.row.outlet, b.row.outlet));
}

// ---------------------------------------------------------------- passages

/**
 * A statement as written: the claim itself when it reads as a sentence, else its whole
 * sentence with the claim marked ("and nine remain missing" alone reads as a fragment). The
 * claim comes first because a sentence can carry other claims, even contested ones.
 */
function statementPassage(g: ClaimGroup, ctx: Context, from: readonly string[] = []): Passage {
  const e = g.evidence.find((x) => from.includes(x.articleId)) ?? g.evidence.find((x) => x.text === g.text) ?? g.evidence[0];
  const clean = squeeze(e && from.includes(e.articleId) ? e.text : g.text);
  if (!e || readsWhole(clean.text)) return withoutDateline(clean);
  return passageAt(e.articleId, e, clean.text, ctx);
}

const MAX_PASSAGE = 360;

/** The sentence(s) holding `span` in its article, with the span marked; `fallback` when the text is not at hand. */
function passageAt(articleId: string, span: Span, fallback: string, ctx: Context): Passage {
  const text = ctx.sources.texts?.get(articleId);
  if (text === undefined || span.end > text.length || span.start >= span.end) return squeeze(fallback);
  let start = span.start;
  let end = span.end;
  for (const s of ctx.sources.sentences?.get(articleId) ?? []) {
    if (s.end <= span.start || s.start >= span.end) continue;
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  const p = squeeze(text.slice(start, end), { start: span.start - start, end: span.end - start });
  return trimAround(withoutDateline(p));
}

/** "LESK — Shares fell…": the dateline names where the report was filed, not what happened. */
function withoutDateline(p: Passage): Passage {
  const m = /^\p{Lu}[\p{Lu} .'’-]{1,30}(?:,[^—–]{1,60})? [—–-] (?=\S)/u.exec(p.text);
  if (!m) return p;
  const cut = m[0].length;
  const mark = p.mark && p.mark.end > cut ? { start: Math.max(0, p.mark.start - cut), end: p.mark.end - cut } : null;
  return { text: p.text.slice(cut), mark: mark && (mark.start > 0 || mark.end < p.text.length - cut) ? mark : null };
}

/** Collapses runs of white space (line breaks included) to one space, moving the mark with the text. */
function squeeze(raw: string, mark: Span | null = null): Passage {
  let out = '';
  let markStart = -1;
  let markEnd = -1;
  let space = false;
  for (let i = 0; i < raw.length; i++) {
    if (mark && i === mark.start) markStart = out.length + (space && out.length > 0 ? 1 : 0);
    if (mark && i === mark.end) markEnd = out.length;
    const ch = raw[i]!;
    if (/\s/u.test(ch)) {
      space = true;
      continue;
    }
    if (space && out.length > 0) out += ' ';
    space = false;
    out += ch;
  }
  if (mark && mark.end >= raw.length) markEnd = out.length;
  if (!mark || markStart < 0 || markEnd <= markStart || (markStart === 0 && markEnd >= out.length)) return { text: out, mark: null };
  return { text: out, mark: { start: markStart, end: Math.min(markEnd, out.length) } };
}

/** A very long sentence is cut down to the neighbourhood of its mark. */
function trimAround(p: Passage): Passage {
  if (p.text.length <= MAX_PASSAGE) return p;
  const m = p.mark ?? { start: 0, end: Math.min(p.text.length, MAX_PASSAGE) };
  const room = Math.max(40, Math.floor((MAX_PASSAGE - (m.end - m.start)) / 2));
  let from = Math.max(0, m.start - room);
  let to = Math.min(p.text.length, m.end + room);
  // Cut at word boundaries.
  if (from > 0) from = p.text.indexOf(' ', from) + 1 || from;
  if (to < p.text.length) to = Math.max(m.end, p.text.lastIndexOf(' ', to));
  const head = from > 0 ? '… ' : '';
  const tail = to < p.text.length ? ' …' : '';
  const mark = p.mark ? { start: p.mark.start - from + head.length, end: p.mark.end - from + head.length } : null;
  return { text: head + p.text.slice(from, to).trim() + tail, mark };
}

/** Marks the first place `value` occurs in the passage, when it does. */
function markValue(p: Passage, value: string): Passage {
  const v = value.trim();
  if (!v) return p;
  const at = p.text.toLowerCase().indexOf(v.toLowerCase());
  return at < 0 ? p : { text: p.text, mark: { start: at, end: at + v.length } };
}

// ---------------------------------------------------------------- facts

function fact(g: ClaimGroup, ctx: Context): Fact {
  return {
    // A detail is only part of each statement that names it: the rest of any one sentence is not corroborated.
    text: g.detail ? squeeze(`… ${g.text.trim()} …`) : statementPassage(g, ctx),
    detail: g.detail !== undefined,
    sources: g.independentSources,
    outlets: g.sources.map((k) => ctx.outletOf.get(k) ?? k),
    hedges: g.hedges,
    hedged: g.hedged,
    attribution: g.detail || g.attribution.kind === 'outlet' ? null : g.attribution.name || null,
    disputed: g.contradictions.length > 0,
    contradictions: g.contradictions
      .map((id) => ctx.contradictionById.get(id))
      .filter((c): c is Contradiction => c !== undefined)
      .map((c) => ({ number: refNumber(c, ctx), label: contradictionLabel(c, g.id, ctx.year) }))
      .sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity)),
  };
}

function refNumber(c: Contradiction, ctx: Context): number | null {
  const n = ctx.contradictionNumber.get(c.id);
  return n !== undefined && n <= ctx.contradictionsShown ? n : null;
}

const QUALIFIER_START = /^(?:About|Around|Roughly|Approximately|Nearly|Almost|More|Less|Fewer|Over|Under|Up|At|Some|Just|Only|Its|The|A|An)\b/u;

/** Longest side value a reference quotes; past it, the contradiction's headline says which it is. */
const REF_VALUE = 28;

/**
 * A few words saying which contradiction a fact is a side of: "productive vs unproductive",
 * this fact's side first, each distinct value once; the contradiction's headline when the
 * values are too long to quote. `year` is the story's, left out of dates.
 */
export function contradictionLabel(c: Contradiction, claimId: string, year: number | null): string {
  const ordered = [...c.sides.filter((x) => x.claimId === claimId), ...c.sides.filter((x) => x.claimId !== claimId)];
  const values: string[] = [];
  for (const side of ordered) {
    // "about 2,300 people vs more than 3,000 people": a figure's qualifier reads mid-sentence; names keep their capitals.
    const v = readableValue(side.value, year, c.type).trim().replace(QUALIFIER_START, (w) => w.toLowerCase());
    if (v && !values.some((w) => w.toLowerCase() === v.toLowerCase())) values.push(v);
  }
  if (values.length >= 2 && values.length <= 3 && values.every((v) => v.length <= REF_VALUE)) return values.join(' vs ');
  // Read mid-sentence: "see contradiction 3, different reasons given"; a name keeps its capital.
  return headlineOf(c.summary).replace(/^(?:Different|Opposite|Conflicting|The|A|An)\b/u, (w) => w.toLowerCase());
}

/** How a fact's contradictions read after it: "see contradiction 2, productive vs unproductive". */
export function contradictionRefText(refs: readonly ContradictionRef[]): string {
  return refs.map((r) => (r.number === null ? `a contradiction not listed (${r.label})` : `see contradiction ${r.number}, ${r.label}`)).join('; ');
}

/**
 * The first `limit` items with distinct keys. Claims of one sentence are shown by that
 * sentence once, so `more` counts only the items whose key is not shown at all.
 */
function distinctCapped<T>(items: readonly T[], key: (item: T) => string, limit: number): Capped<T> {
  const seen = new Set<string>();
  const shown = items.filter((x) => !seen.has(key(x)) && (seen.add(key(x)), true)).slice(0, limit);
  const keys = new Set(shown.map(key));
  return { items: shown, more: items.filter((x) => !keys.has(key(x))).length };
}

function corroboratedFacts(claims: readonly ClaimGroup[], ctx: Context, limit: number): Capped<Fact> {
  const groups = claims.filter((c) => c.status === 'corroborated').sort((a, b) => b.independentSources - a.independentSources || statementWeight(b) - statementWeight(a) || cmp(a.id, b.id));
  return distinctCapped(
    groups.map((g) => fact(g, ctx)),
    (f) => f.text.text,
    limit,
  );
}

function singleSourceStatements(claims: readonly ClaimGroup[], ctx: Context, order: ReadonlyMap<string, number>, limits: BriefingLimits): Capped<OutletStatements> {
  const bySource = new Map<string, ClaimGroup[]>();
  for (const c of claims) {
    if (c.status !== 'single-source') continue;
    const key = c.sources[0] ?? '';
    let groups = bySource.get(key);
    if (!groups) bySource.set(key, (groups = []));
    groups.push(c);
  }
  const outlets = [...bySource]
    .sort((a, b) => (order.get(a[0]) ?? Infinity) - (order.get(b[0]) ?? Infinity) || cmp(a[0], b[0]))
    .map(([key, groups]): OutletStatements => {
      const ranked = rankStatements(groups, (g) => g).map((g) => ({ f: fact(g, ctx), at: minOf(g.evidence.map((e) => e.start)) }));
      const { items } = distinctCapped(ranked, (x) => x.f.text.text, limits.statementsPerOutlet);
      // The best few, in the order the outlet wrote them; fragments are among the rest, not shown.
      const shown = items.sort((a, b) => a.at - b.at);
      const texts = new Set(shown.map((x) => x.f.text.text));
      const more = groups.filter((g) => !texts.has(statementPassage(g, ctx).text)).length;
      return { outlet: ctx.outletOf.get(key) ?? key, total: groups.length, items: shown.map((x) => x.f), more };
    });
  return cap(outlets, limits.outlets);
}

// ---------------------------------------------------------------- contradictions

const TYPE_LABELS: Record<string, string> = { numeric: 'figures', temporal: 'dates', polarity: 'opposites', attribution: 'attribution', cause: 'causes', entity: 'who' };

function headlineOf(summary: string): string {
  const at = summary.indexOf(': ');
  const head = at > 0 && summary.slice(at).includes(' vs ') ? summary.slice(0, at) : summary;
  return head.replace(/\.$/u, '');
}

/** "three months (P3M)" → "three months"; "Monday (2026-03-09)" → "Monday (Mon 9 Mar)". */
function readableValue(value: string, year: number | null, type = ''): string {
  if (type === 'attribution') return value.replace(/: [“"].*$/su, '');
  return value
    .replace(/\s*\((?:P|PT)[\dYMWDHS.]+\)$/u, '')
    .replace(/\((\d{4}(?:-[\dA-Z]+)*(?:T[\d:A-Z]+)?)\)$/u, (_m, v: string) => `(${dateLabel(v, year)})`);
}

function contradictionView(c: Contradiction, number: number, ctx: Context): ContradictionView {
  // Sides that share a claim group say the same thing, and so do a figure's sides with one
  // value (its position, as numeric.ts sets it); copies of one source count once.
  const positions = new Map<string, { values: string[]; sources: string[]; sides: Contradiction['sides'] }>();
  c.sides.forEach((side, i) => {
    const key = c.type === 'numeric' ? `value:${side.value}` : (side.claimId ?? `side:${i}`);
    const p = positions.get(key) ?? { values: [], sources: [], sides: [] };
    const value = readableValue(side.value, ctx.year, c.type);
    if (!p.values.some((v) => v.toLowerCase() === value.toLowerCase())) p.values.push(value);
    if (!p.sources.includes(side.source)) p.sources.push(side.source);
    p.sides.push(side);
    positions.set(key, p);
  });
  const views = [...positions.values()].map((p): Position => {
    const side = p.sides.find((x) => ctx.articles.get(x.articleId)?.copyRelation === 'original') ?? p.sides[0]!;
    const group = side.claimId ? ctx.claims.get(side.claimId) : undefined;
    const fallback = group?.evidence.find((e) => e.articleId === side.articleId && e.start === side.start)?.text ?? (c.type === 'attribution' ? '' : (group?.text ?? ''));
    const passage = fallback || ctx.sources.texts?.has(side.articleId) ? markValue(passageAt(side.articleId, side, fallback, ctx), readableValue(side.value, null, c.type).replace(/\s*\(.*\)$/u, '')) : null;
    return { values: p.values, outlets: p.sources.map((k) => ctx.outletOf.get(k) ?? k), passage: passage && passage.text ? passage : null };
  });
  return {
    number,
    type: c.type,
    label: TYPE_LABELS[c.type] ?? c.type,
    headline: headlineOf(c.summary),
    summary: c.summary,
    internal: c.internal,
    positions: views,
    outlets: unique(views.flatMap((p) => p.outlets)),
  };
}

// ---------------------------------------------------------------- quotes

const SPEAKER_RANK: Record<string, number> = { person: 0, organization: 1, 'unnamed-official': 2, 'unnamed-group': 3, document: 4 };

function quoteViews(quotes: readonly QuoteReport[], ctx: Context, limits: BriefingLimits): Capped<SpeakerView> {
  const rank = (q: QuoteReport): number =>
    (q.spread === 'single' ? 0 : 4) + (q.kind === 'direct' ? 2 : 0) + Math.min(2, q.text.split(/\s+/u).length / 8) + (ctx.articles.get(q.articleId)?.copyRelation === 'original' ? 0.5 : 0);
  const ranked = [...quotes].sort((a, b) => rank(b) - rank(a) || cmp(a.articleId, b.articleId) || a.start - b.start);
  const taken: QuoteReport[] = [];
  const at = (articleId: string, start: number): string => `${articleId}:${start}`;
  const covered = new Set<string>();
  for (const q of ranked) {
    // The same words in another report (or a copy) are shown as spread, not again.
    if (covered.has(at(q.articleId, q.start))) continue;
    taken.push(q);
    covered.add(at(q.articleId, q.start));
    for (const e of q.elsewhere) covered.add(at(e.articleId, e.start));
  }
  const bySpeaker = new Map<string, { name: string; kind: string; quotes: QuoteReport[] }>();
  for (const q of taken) {
    const key = q.speaker.entityId ?? (q.speaker.name.toLowerCase() || '');
    const s = bySpeaker.get(key) ?? { name: q.speaker.name, kind: q.speaker.kind, quotes: [] };
    s.quotes.push(q);
    bySpeaker.set(key, s);
  }
  const outletOfArticle = (id: string): string => ctx.articles.get(id)?.source ?? id;
  const speakers = [...bySpeaker.values()]
    .sort(
      (a, b) =>
        Number(!a.name) - Number(!b.name) ||
        Number(b.quotes.some((q) => q.spread !== 'single')) - Number(a.quotes.some((q) => q.spread !== 'single')) ||
        (SPEAKER_RANK[a.kind] ?? 5) - (SPEAKER_RANK[b.kind] ?? 5) ||
        b.quotes.length - a.quotes.length ||
        cmp(a.name, b.name),
    )
    .map((s): SpeakerView => {
      const views = s.quotes.map((q): QuoteView => {
        const own = q.source;
        const other = (relation: string): string[] =>
          unique(q.elsewhere.filter((e) => e.relation === relation && ctx.sourceOfArticle.get(e.articleId) !== own).map((e) => outletOfArticle(e.articleId)));
        return {
          text: squeeze(q.text).text,
          kind: q.kind,
          outlet: ctx.outletOf.get(q.source) ?? outletOfArticle(q.articleId),
          verbatim: other('verbatim'),
          altered: other('altered'),
          copies: unique(q.elsewhere.filter((e) => e.relation === 'copy').map((e) => outletOfArticle(e.articleId))),
        };
      });
      return { name: s.name || 'Unattributed', kind: s.kind, ...cap(views, limits.quotesPerSpeaker) };
    });
  return cap(speakers, limits.speakers);
}

/** How far a quote travelled, in words: "also word for word in A; in other words in B". */
export function spreadText(q: QuoteView): string {
  const parts: string[] = [];
  if (q.verbatim.length) parts.push(`word for word also in ${list(q.verbatim)}`);
  if (q.altered.length) parts.push(`in other words in ${list(q.altered)}`);
  if (parts.length === 0) parts.push('only here');
  if (q.copies.length) parts.push(`copied by ${list(q.copies)}`);
  return parts.join('; ');
}

// ---------------------------------------------------------------- timeline

function timelineView(entries: readonly TimelineEntry[], span: { start: string | null; end: string | null }, ctx: Context, limit: number): Capped<TimelineView> {
  const from = span.start ? intervalOf(span.start.slice(0, 10))?.start : undefined;
  const to = span.end ? intervalOf(span.end.slice(0, 10))?.end : undefined;
  const distance = (at: { start: number; end: number }): number => (from !== undefined && at.end <= from ? from - at.end : to !== undefined && at.start >= to ? at.start - to : 0);
  const byClaim = new Map<string, { e: TimelineEntry; at: { start: number; end: number } }[]>();
  for (const e of entries) {
    const at = intervalOf(e.date);
    if (!at) continue;
    let dated = byClaim.get(e.claimId);
    if (!dated) byClaim.set(e.claimId, (dated = []));
    dated.push({ e, at });
  }
  const items: (TimelineView & { at: number; width: number })[] = [];
  for (const [claimId, dated] of byClaim) {
    // "Tuesday" and "5 a.m. on Tuesday" for one fact: the finer date says it all.
    const finest = dated.filter((x) => !dated.some((y) => y !== x && x.at.start <= y.at.start && y.at.end <= x.at.end && x.at.end - x.at.start > y.at.end - y.at.start));
    // A statement naming several dates ("down 23% on Wednesday, the worst day since it listed in 2009")
    // is placed once, at the date nearest the story: the others are background.
    finest.sort((a, b) => distance(a.at) - distance(b.at) || b.e.articleIds.length - a.e.articleIds.length || a.at.start - b.at.start || cmp(a.e.date, b.e.date));
    const primary = finest[0]!;
    const articleIds = unique(dated.flatMap((x) => x.e.articleIds));
    const sources = unique(articleIds.map((id) => ctx.sourceOfArticle.get(id) ?? id));
    const group = ctx.claims.get(claimId);
    const said = group?.times.find((t) => t.value === primary.e.date)?.text;
    const text = group ? statementPassage(group, ctx, primary.e.articleIds) : squeeze(primary.e.text);
    items.push({
      label: dateLabel(primary.e.date, ctx.year),
      estimated: dated.every((x) => x.e.estimated === true),
      text: said ? markValue(text, said) : text,
      outlets: sources.map((k) => ctx.outletOf.get(k) ?? k),
      sources: sources.length,
      at: primary.at.start,
      width: primary.at.end - primary.at.start,
    });
  }
  // Keep what most sources date, then put it back in order of time: a whole day first, then
  // its hours by their middle, so "5 a.m." comes before "the morning".
  const kept = [...items]
    .sort((a, b) => b.sources - a.sources || Number(a.estimated) - Number(b.estimated) || a.width - b.width || a.at - b.at)
    .slice(0, limit);
  const key = (x: { at: number; width: number }): number => (x.width >= DAY_MS ? x.at : x.at + x.width / 2);
  const shown = kept.sort((a, b) => key(a) - key(b) || b.width - a.width || cmp(a.text.text, b.text.text)).map(({ at: _at, width: _w, ...v }) => v);
  return { items: shown, more: items.length - shown.length };
}

// ---------------------------------------------------------------- small things

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

/** "A", "A and B", "A, B and C", "A, B, C and 4 more". */
export function list(names: readonly string[], max = 3): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length <= max) return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

/** "… and 3 more quotes", "… and 1 more quote". */
export function moreText(n: number, one: string, many = `${one}s`, tail = ''): string {
  return `… and ${n} more ${n === 1 ? one : many}${tail ? ` ${tail}` : ''}`.replace(/ +$/u, '');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A story read through a sample, in words: how many of its articles the analysis read. */
export function sampledText(s: Pick<StoryView, 'sampled' | 'articles'>): string {
  return `analysed ${s.sampled?.toLocaleString('en') ?? s.articles} of ${s.articles.toLocaleString('en')} (one per copy group first, then the earliest)`;
}
