/**
 * What claim analysis produces for one story. Every span is `articleId` + `start`/`end`
 * into that article's `Article.text`, so each statement can be shown where it was written.
 */
import type { SpeakerKind, TimexMod, Granularity, TimeType } from '../language/types.js';
import type { Span } from '../pipeline/record.js';

/** Who asserts a claim: the outlet in its own voice, a named speaker, or a typed unnamed source. */
export interface Attribution {
  kind: 'outlet' | 'speaker' | 'unnamed';
  /** Outlet name, the speaker as named, or the unnamed source as written ("a White House official"). */
  name: string;
  /** Canonical entity id of a named speaker. */
  entityId: string | null;
  /** The quote layer's kind for speakers; 'outlet' for the outlet's own voice. */
  speakerKind: SpeakerKind | 'outlet';
}

export interface ClaimNumber extends Span {
  text: string;
  value: number;
  unit: string | null;
  qualifier: string | null;
  /** What the number counts, as the event class it belongs to ("kill" for "14 dead"), when known. */
  predicate: string | null;
  /**
   * The quantity it is a value of, when the words say: an event count ("kill"), a count of
   * things ("u:village"), "magnitude", a distance from a place ("dist:place:…"), a share of
   * something ("pct:traffic"), a sum in one currency ("money:EUR"), someone's age ("age:person:…").
   */
  property: string | null;
  /** The place the figure is of, when the words name one ("82 percent in India"). */
  referent: string | null;
  /** A total of its property, or a part, an increment, a generic remark, a currency conversion. */
  scope: 'main' | 'part' | 'increment' | 'generic' | 'conversion';
  /** The interval of values the wording allows: "about 2,300" is ±10 %, "more than 3,000" is open above. */
  low: number;
  high: number;
}

export interface ClaimTime extends Span {
  text: string;
  type: TimeType;
  value: string | null;
  granularity: Granularity;
  mod: TimexMod | null;
  /** Durations: extent in days (max null = unbounded). */
  length: { min: number; max: number | null } | null;
  /** For a duration, what it measures ("war", "delay", "age:person:…"), when the text says. */
  measures: string | null;
  /** Resolved against a publication date estimated from the story's other articles. */
  estimated: boolean;
}

export interface ClaimCause extends Span {
  text: string;
  /** The cause was denied ("not because of the rain"). */
  negated: boolean;
  /** Concepts of the cause, for comparing stated reasons. */
  concepts: string[];
}

/** An evaluative property: "a productive call" → productive, positive, of "call". */
export interface ClaimProperty extends Span {
  adjective: string;
  positive: boolean;
  head: string;
}

/** One clause-level statement in one article. */
export interface Claim {
  id: string;
  articleId: string;
  start: number;
  end: number;
  text: string;
  /** The pieces of `start`–`end` actually claimed, when a clause is interrupted (a relative clause cut out). */
  parts: Span[];
  /** Main event class ("cancel", "kill"…), or null for a statement with none in the lexicon. */
  predicate: string | null;
  /** Every event class named in the claim. */
  predicates: string[];
  participants: string[];
  numbers: ClaimNumber[];
  times: ClaimTime[];
  polarity: 'positive' | 'negative';
  hedges: string[];
  attribution: Attribution;
  causes: ClaimCause[];
  properties: ClaimProperty[];
  /** A plan or expectation told as past ("would meet", "announced plans to"): plans change without anyone contradicting anyone. */
  irrealis: boolean;
  /** Index of the sentence in the article's language annotations. */
  sentence: number;
}

export type ClaimStatus = 'corroborated' | 'single-source' | 'contested';

export interface Evidence extends Span {
  articleId: string;
  text: string;
  attribution: Attribution;
  hedges: string[];
  /** The independent source this article counts towards. */
  source: string;
  /** The word naming the claim's event ("scrapped", "the cancellation"), when it has one. */
  head?: Span;
}

/** A fact as the story's articles state it: one or more claims aligned across articles. */
export interface ClaimGroup {
  id: string;
  text: string;
  status: ClaimStatus;
  independentSources: number;
  /** Independent source keys (see sources.ts), sorted. */
  sources: string[];
  evidence: Evidence[];
  predicate: string | null;
  participants: string[];
  numbers: ClaimNumber[];
  times: ClaimTime[];
  polarity: 'positive' | 'negative';
  /** Every hedge any supporting claim used; `hedged` when all of them did. */
  hedges: string[];
  hedged: boolean;
  /** The attribution of the representative claim; each evidence item carries its own. */
  attribution: Attribution;
  /** Ids of contradictions this fact is a side of. */
  contradictions: string[];
  /**
   * For a detail that sources agree on inside statements that differ (details.ts): what it
   * is, as keys (a figure, a date, a place, a pair of words). Absent for whole statements.
   */
  detail?: string;
}

export type ContradictionType = 'numeric' | 'temporal' | 'polarity' | 'attribution' | 'cause' | 'entity';

export interface ContradictionSide extends Span {
  articleId: string;
  value: string;
  /** The claim group the span belongs to, when it is a claim (quotes have none). */
  claimId: string | null;
  source: string;
}

export interface Contradiction {
  id: string;
  type: ContradictionType;
  summary: string;
  sides: ContradictionSide[];
  /** Every side comes from one independent source: the source contradicts itself. */
  internal: boolean;
}

export type QuoteSpread = 'verbatim' | 'altered' | 'single';

export interface QuoteMatch extends Span {
  articleId: string;
  relation: 'verbatim' | 'altered' | 'copy';
  speaker: { name: string; entityId: string | null; kind: SpeakerKind };
}

export interface QuoteReport {
  text: string;
  kind: 'direct' | 'partial';
  speaker: { name: string; entityId: string | null; kind: SpeakerKind };
  articleId: string;
  start: number;
  end: number;
  source: string;
  spread: QuoteSpread;
  /** The same words elsewhere: verbatim, altered, or in a copy of this article (other sources first, at most 40). */
  elsewhere: QuoteMatch[];
  /** How many places carry these words, listed or not. */
  elsewhereTotal: number;
}

export interface SourceReport {
  /** Independent source key: the outlet of a copy group's original. */
  source: string;
  outlet: string;
  domain: string | null;
  articleIds: string[];
  claims: { corroborated: number; singleSource: number; contested: number };
  /** Quotes no other independent source carries: text, speaker and span. */
  exclusiveQuotes: { text: string; speaker: string; articleId: string; start: number; end: number }[];
}

export interface TimelineEntry {
  /** TIMEX3 value: 2026-03-10, 2026-03, 2026-W10, 1974, 2026-03-10T04:40. */
  date: string;
  granularity: Granularity;
  text: string;
  claimId: string;
  articleIds: string[];
  /** Placed through a publication date estimated from the story's dated articles. */
  estimated?: boolean;
  /** When several facts tell this one event in other words: all of them, `claimId` (the best supported) first. */
  claimIds?: string[];
}

/** One happening named across the story's reports ("the quake", "the earthquake struck", "the tremor"). */
export interface StoryEvent {
  id: string;
  /** The word the reports name it with most often. */
  label: string;
  independentSources: number;
  /** Independent source keys, sorted. */
  sources: string[];
  /** Every word that names it: one span of an article's clean text each. */
  mentions: (Span & { articleId: string })[];
  /** The facts (claim group ids) whose evidence names it. */
  claimIds: string[];
}

export interface StoryAnalysis {
  claims: ClaimGroup[];
  /** Events named by two or more independent sources, the most widely reported first. */
  events: StoryEvent[];
  contradictions: Contradiction[];
  quotes: QuoteReport[];
  sources: SourceReport[];
  timeline: TimelineEntry[];
  /** Publication dates estimated for undated articles. */
  estimatedPublication: { articleId: string; date: string }[];
}
