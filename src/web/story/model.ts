/**
 * What the story page shows, derived once from a story's analysis: short keys that tie every
 * list item to the spans it rests on, the claim × source matrix, and the marks each article's
 * text needs. Rendering then only walks this model.
 */
import type { AnalysisDocument, AnalysedStoryEntry, ArticleEntry, EntityEntry } from '../../report/document.js';
import type { ClaimGroup, Contradiction, QuoteReport, SourceReport, TimelineEntry } from '../../claims/types.js';
import { rankStatements } from '../../report/statements.js';
import { keyQuotes } from '../../report/key-quotes.js';

export type Cell = { state: 'supports'; articleId: string; hedged: boolean } | { state: 'contradicts'; articleId: string; contradiction: string } | { state: 'silent' };

export interface ClaimRow {
  key: string;
  claim: ClaimGroup;
  entities: string[];
  cells: Cell[];
  open: string[];
}

export interface ContradictionSideView {
  articleId: string;
  outlet: string;
  value: string;
  /** Other articles of the same source saying the same (copies). */
  copies: number;
  before: string;
  span: string;
  after: string;
}

export interface ContradictionView {
  key: string;
  /** 1-based, in the order the page lists contradictions: the matrix points at them by it. */
  number: number;
  contradiction: Contradiction;
  entities: string[];
  sides: ContradictionSideView[];
  open: string[];
}

export interface QuoteView {
  key: string;
  quote: QuoteReport;
  outlet: string;
  entities: string[];
}

export interface SpeakerGroup {
  name: string;
  kind: string;
  entityId: string | null;
  quotes: QuoteView[];
}

export interface TimelineView {
  key: string;
  entry: TimelineEntry;
  claimKey: string | null;
  entities: string[];
}

export interface Mark {
  start: number;
  end: number;
  keys: string[];
}

export interface ArticleView {
  entry: ArticleEntry;
  text: string;
  marks: Mark[];
}

export interface Chip {
  id: string;
  name: string;
  type: string;
  articles: number;
}

export interface StoryModel {
  doc: AnalysisDocument;
  story: AnalysedStoryEntry;
  /** What happened, who, where and when: the page's heading (the lead article's title when the document has none). */
  headline: string;
  sources: SourceReport[];
  outletOf: Map<string, string>;
  matrix: ClaimRow[];
  singleSource: { source: SourceReport; rows: ClaimRow[] }[];
  contradictions: ContradictionView[];
  speakers: SpeakerGroup[];
  timeline: TimelineView[];
  articles: ArticleView[];
  chips: Chip[];
  copyNote: Map<string, string>;
}

const STATUS_ORDER = { contested: 0, corroborated: 1, 'single-source': 2 } as const;
const CHIP_LIMIT = 14;

export function storyModel(doc: AnalysisDocument, story: AnalysedStoryEntry, texts: ReadonlyMap<string, string>): StoryModel {
  const articleById = new Map(doc.articles.map((a) => [a.id, a]));
  const members = story.articleIds.map((id) => articleById.get(id)).filter((a): a is ArticleEntry => a !== undefined);
  const sources = [...story.sources].sort((a, b) => b.articleIds.length - a.articleIds.length || cmp(a.outlet, b.outlet));
  const sourceIndex = new Map(sources.map((s, i) => [s.source, i]));
  const outletOf = new Map<string, string>();
  for (const s of sources) for (const id of s.articleIds) outletOf.set(id, s.outlet);
  for (const a of members) if (!outletOf.has(a.id)) outletOf.set(a.id, a.source);

  const marks = new Map<string, Mark[]>();
  const mark = (articleId: string, start: number, end: number, key: string): void => {
    if (end <= start) return;
    const list = marks.get(articleId) ?? [];
    list.push({ start, end, keys: [key] });
    marks.set(articleId, list);
  };

  const claimKey = new Map<string, string>();
  story.claims.forEach((c, i) => claimKey.set(c.id, `c${i}`));
  const contradictionKey = new Map<string, string>();
  story.contradictions.forEach((c, i) => contradictionKey.set(c.id, `x${i}`));
  const claimById = new Map(story.claims.map((c) => [c.id, c]));
  const contradictionById = new Map(story.contradictions.map((c) => [c.id, c]));

  const rows = story.claims.map((claim): ClaimRow => {
    const key = claimKey.get(claim.id)!;
    for (const e of claim.evidence) mark(e.articleId, e.start, e.end, key);
    const cells: Cell[] = sources.map(() => ({ state: 'silent' }));
    for (const e of claim.evidence) {
      const i = sourceIndex.get(e.source);
      if (i !== undefined && cells[i]!.state === 'silent') cells[i] = { state: 'supports', articleId: e.articleId, hedged: e.hedges.length > 0 };
    }
    for (const cid of claim.contradictions) {
      const c = contradictionById.get(cid);
      if (!c || c.internal) continue;
      for (const side of c.sides) {
        const i = sourceIndex.get(side.source);
        if (side.claimId === claim.id || i === undefined || cells[i]!.state !== 'silent') continue;
        cells[i] = { state: 'contradicts', articleId: side.articleId, contradiction: contradictionKey.get(c.id)! };
      }
    }
    return { key, claim, entities: claim.participants, cells, open: firstPerSource(claim.evidence, 2) };
  });
  const matrix = rows
    .filter((r) => r.claim.status !== 'single-source')
    .sort((a, b) => STATUS_ORDER[a.claim.status] - STATUS_ORDER[b.claim.status] || b.claim.independentSources - a.claim.independentSources || firstStart(a.claim) - firstStart(b.claim));
  // The same choice as the briefing: what matters first, fragments ("The decision came") left out.
  const singleSource = sources
    .map((source) => ({ source, rows: rankStatements(rows.filter((r) => r.claim.status === 'single-source' && r.claim.sources[0] === source.source), (r) => r.claim) }))
    .filter((g) => g.rows.length > 0);

  const contradictions = story.contradictions
    .map((c, i): ContradictionView => {
      const key = `x${i}`;
      for (const s of c.sides) mark(s.articleId, s.start, s.end, key);
      const entities = new Set<string>();
      for (const s of c.sides) for (const p of (s.claimId && claimById.get(s.claimId)?.participants) || []) entities.add(p);
      const sides: ContradictionSideView[] = [];
      const seen = new Map<string, ContradictionSideView>();
      for (const s of c.sides) {
        const same = seen.get(`${s.source}\u0000${s.value}`);
        if (same) {
          same.copies++;
          continue;
        }
        const view = { articleId: s.articleId, outlet: outletOf.get(s.articleId) ?? s.source, value: s.value, copies: 0, ...sentenceAround(texts.get(s.articleId) ?? '', s.start, s.end) };
        seen.set(`${s.source}\u0000${s.value}`, view);
        sides.push(view);
      }
      return { key, number: 0, contradiction: c, entities: [...entities], sides, open: sides.slice(0, 3).map((s) => s.articleId) };
    })
    .sort((a, b) => Number(a.contradiction.internal) - Number(b.contradiction.internal))
    .map((c, i) => ({ ...c, number: i + 1 }));

  const speakers = new Map<string, SpeakerGroup>();
  // As in the briefing: a copy's repeat of a quote is the same quote, and scare quotes (“productive”) are no one's statement.
  const key = new Set(keyQuotes(story.quotes, (id) => (articleById.get(id)?.copyRelation ?? 'original') === 'original'));
  story.quotes.forEach((q, i) => {
    if (!key.has(q)) return;
    const quoteKey = `q${i}`;
    mark(q.articleId, q.start, q.end, quoteKey);
    for (const m of q.elsewhere) mark(m.articleId, m.start, m.end, quoteKey);
    const id = q.speaker.entityId ?? `${q.speaker.kind}:${q.speaker.name}`;
    const group = speakers.get(id) ?? { name: q.speaker.name || 'Unattributed', kind: q.speaker.kind, entityId: q.speaker.entityId, quotes: [] };
    group.quotes.push({ key: quoteKey, quote: q, outlet: outletOf.get(q.articleId) ?? q.source, entities: q.speaker.entityId ? [q.speaker.entityId] : [] });
    speakers.set(id, group);
  });

  const timeline = story.timeline.map((entry, i): TimelineView => {
    const claim = claimById.get(entry.claimId);
    return { key: `t${i}`, entry, claimKey: claimKey.get(entry.claimId) ?? null, entities: claim?.participants ?? [] };
  });

  const copyNote = new Map<string, string>();
  for (const g of doc.copyGroups) {
    const original = articleById.get(g.original);
    for (const m of g.members) if (m.id !== g.original) copyNote.set(m.id, `${m.relation} copy of ${original?.source ?? 'another report'}`);
  }

  const inStory = new Set(story.articleIds);
  const ranked = doc.entities
    .map((e: EntityEntry) => ({ id: e.id, name: e.name, type: e.type, articles: e.articleIds.filter((id) => inStory.has(id)).length }))
    .filter((e) => e.articles > 0)
    .sort((a, b) => b.articles - a.articles || cmp(a.name, b.name));
  // People first in the quota: places are named by every report and would crowd them out.
  const quota: Record<string, number> = { person: 6, organization: 4, place: 4 };
  const chips = ranked.filter((e) => (quota[e.type] = (quota[e.type] ?? 1) - 1) >= 0).slice(0, CHIP_LIMIT);

  return {
    doc,
    story,
    headline: story.headline?.text ?? story.title,
    sources,
    outletOf,
    matrix,
    singleSource,
    contradictions,
    speakers: [...speakers.values()].sort((a, b) => b.quotes.length - a.quotes.length || cmp(a.name, b.name)),
    timeline,
    articles: members.map((entry) => ({ entry, text: texts.get(entry.id) ?? '', marks: marks.get(entry.id) ?? [] })),
    chips,
    copyNote,
  };
}

/** One article per independent source, so a selection opens different outlets side by side. */
function firstPerSource(spans: readonly { articleId: string; source: string }[], limit: number): string[] {
  const seen = new Set<string>();
  const open: string[] = [];
  for (const s of spans) {
    if (seen.has(s.source)) continue;
    seen.add(s.source);
    open.push(s.articleId);
    if (open.length === limit) break;
  }
  return open;
}

function firstStart(claim: ClaimGroup): number {
  return claim.evidence[0]?.start ?? 0;
}

const CONTEXT = 240;

/** The sentence a span sits in, cut at paragraph breaks and at most CONTEXT characters either side. */
export function sentenceAround(text: string, start: number, end: number): { before: string; span: string; after: string } {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  let from = s;
  while (from > 0 && s - from < CONTEXT) {
    const c = text[from - 1]!;
    if (c === '\n') break;
    if (/\s/.test(c) && /[.!?]["”’)]*$/.test(text.slice(Math.max(0, from - 4), from - 1))) break;
    from--;
  }
  let to = e;
  while (to < text.length && to - e < CONTEXT) {
    const c = text[to]!;
    if (c === '\n') break;
    to++;
    if (/[.!?]/.test(c) && (to === text.length || /[\s"”’)]/.test(text[to]!))) {
      while (to < text.length && /["”’)]/.test(text[to]!)) to++;
      break;
    }
  }
  return { before: (from > 0 && s - from >= CONTEXT ? '…' : '') + text.slice(from, s), span: text.slice(s, e), after: text.slice(e, to) + (to < text.length && to - e >= CONTEXT ? '…' : '') };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
